//===- Tokens.td - Python 3.11 token kinds ---------------------*- tablegen -*-===//
//
// Every token the lexer produces is listed here once. adder-tblgen
// (-gen-tokens) turns this file into the TokenKind enum, the spelling table
// used in diagnostics, the keyword lookup and the longest-match punctuator
// recogniser, so adding an operator is one line.
//
//===----------------------------------------------------------------------===//

class Token<string spelling> { string Spelling = spelling; }
// A token whose text varies (names, numbers, strings) or that has no text.
class Special<string description> : Token<description>;
class Keyword<string spelling> : Token<spelling>;
class Punct<string spelling> : Token<spelling>;

def EndMarker  : Special<"end of file">;
def Newline    : Special<"newline">;
def Indent     : Special<"indent">;
def Dedent     : Special<"dedent">;
def Name       : Special<"name">;
def Number     : Special<"number">;
def String     : Special<"string">;
def ErrorToken : Special<"error">;

// Hard keywords (soft keywords match/case/_ are Names the parser inspects).
def kw_False    : Keyword<"False">;
def kw_None     : Keyword<"None">;
def kw_True     : Keyword<"True">;
def kw_and      : Keyword<"and">;
def kw_as       : Keyword<"as">;
def kw_assert   : Keyword<"assert">;
def kw_async    : Keyword<"async">;
def kw_await    : Keyword<"await">;
def kw_break    : Keyword<"break">;
def kw_class    : Keyword<"class">;
def kw_continue : Keyword<"continue">;
def kw_def      : Keyword<"def">;
def kw_del      : Keyword<"del">;
def kw_elif     : Keyword<"elif">;
def kw_else     : Keyword<"else">;
def kw_except   : Keyword<"except">;
def kw_finally  : Keyword<"finally">;
def kw_for      : Keyword<"for">;
def kw_from     : Keyword<"from">;
def kw_global   : Keyword<"global">;
def kw_if       : Keyword<"if">;
def kw_import   : Keyword<"import">;
def kw_in       : Keyword<"in">;
def kw_is       : Keyword<"is">;
def kw_lambda   : Keyword<"lambda">;
def kw_nonlocal : Keyword<"nonlocal">;
def kw_not      : Keyword<"not">;
def kw_or       : Keyword<"or">;
def kw_pass     : Keyword<"pass">;
def kw_raise    : Keyword<"raise">;
def kw_return   : Keyword<"return">;
def kw_try      : Keyword<"try">;
def kw_while    : Keyword<"while">;
def kw_with     : Keyword<"with">;
def kw_yield    : Keyword<"yield">;

def LParen       : Punct<"(">;
def RParen       : Punct<")">;
def LSquare      : Punct<"[">;
def RSquare      : Punct<"]">;
def LBrace       : Punct<"{">;
def RBrace       : Punct<"}">;
def Colon        : Punct<":">;
def Comma        : Punct<",">;
def Semi         : Punct<";">;
def Plus         : Punct<"+">;
def Minus        : Punct<"-">;
def Star         : Punct<"*">;
def Slash        : Punct<"/">;
def VBar         : Punct<"|">;
def Amper        : Punct<"&">;
def Less         : Punct<"<">;
def Greater      : Punct<">">;
def Equal        : Punct<"=">;
def Dot          : Punct<".">;
def Percent      : Punct<"%">;
def EqEqual      : Punct<"==">;
def NotEqual     : Punct<"!=">;
def LessEqual    : Punct<"<=">;
def GreaterEqual : Punct<">=">;
def Tilde        : Punct<"~">;
def Circumflex   : Punct<"^">;
def LeftShift    : Punct<"<<">;
def RightShift   : Punct<">>">;
def DoubleStar   : Punct<"**">;
def PlusEqual    : Punct<"+=">;
def MinEqual     : Punct<"-=">;
def StarEqual    : Punct<"*=">;
def SlashEqual   : Punct<"/=">;
def PercentEqual : Punct<"%=">;
def AmperEqual   : Punct<"&=">;
def VBarEqual    : Punct<"|=">;
def CircumflexEqual  : Punct<"^=">;
def LeftShiftEqual   : Punct<"<<=">;
def RightShiftEqual  : Punct<">>=">;
def DoubleStarEqual  : Punct<"**=">;
def DoubleSlash      : Punct<"//">;
def DoubleSlashEqual : Punct<"//=">;
def At           : Punct<"@">;
def AtEqual      : Punct<"@=">;
def RArrow       : Punct<"->">;
def Ellipsis     : Punct<"...">;
def ColonEqual   : Punct<":=">;
