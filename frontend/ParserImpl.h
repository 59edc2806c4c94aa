//===- ParserImpl.h - the recursive-descent parser's internals --*- C++ -*-===//
//
// One Parser object parses one token array. It is a recursive-descent
// transcription of CPython 3.11's PEG grammar (Grammar/python.gram): each
// parse function carries the grammar rule it implements. Where CPython
// runs a second pass with `invalid_*` rules to produce a specific message,
// this parser checks the same condition at the point of failure.
//
// Functions return null after an error; the first error is the one
// reported. Lookahead and backtracking are index arithmetic on the token
// array. f-string replacement fields are parsed by a nested Parser over
// their own tokens, sharing the arena and the identifier table.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_FRONTEND_PARSERIMPL_H
#define ADDER_FRONTEND_PARSERIMPL_H

#include "adder/frontend/Lexer.h"
#include "adder/frontend/Parser.h"

namespace adder::detail {

using namespace ast;

/// Interns identifiers so equal names share one pointer (sema compares
/// names by pointer).
class Interner {
public:
  explicit Interner(Arena &A) : arena(A) {}
  /// Returns the canonical copy of S, or an absent StrRef on out-of-memory.
  StrRef intern(const char *S, uint32_t N);

private:
  bool grow();
  Arena &arena;
  StrRef *slots = nullptr;
  uint32_t capacity = 0;
  uint32_t count = 0;
};

/// State shared by a parser and the nested parsers of its f-strings.
struct ParserContext {
  Arena &arena;
  const ParseOptions &options;
  Interner interner;
  unsigned depth = 0;

  ParserContext(Arena &A, const ParseOptions &O)
      : arena(A), options(O), interner(A) {}
};

/// What a target list is for: the verb of "cannot assign to"/"cannot
/// delete" messages and which expressions are accepted.
enum class TargetKind { Star, For, Del };

class Parser {
public:
  Parser(ParserContext &Ctx, const char *Text, const LexResult &Lex);

  Mod *parseFile();
  Mod *parseInteractive();
  Mod *parseEval();
  /// For f-string fields: star_expressions followed by end of input.
  Expr *parseFStringExpression();

  bool failed() const { return hasError; }
  const Diagnostic &error() const { return diag; }
  /// The token the parser was at when it reported its error.
  uint32_t errorTokenIndex() const { return errorPos; }

  /// Set on nested parsers: errors are prefixed "f-string: " and positions
  /// are shifted to the field's place in the enclosing source.
  bool fstringMode = false;
  uint32_t lineShift = 0;
  uint32_t colShift = 0;

private:
  friend class DepthGuard;
  ParserContext &ctx;
  const char *source;
  const LexResult &lex;
  const Token *toks;
  uint32_t ntoks;
  uint32_t pos = 0;
  bool hasError = false;
  Diagnostic diag;
  uint32_t errorPos = 0;
  unsigned speculating = 0;
  /// How far the last failed speculation (a `match` that was not one) got.
  uint32_t furthestSpeculation = 0;

  //===--- Tokens ---------------------------------------------------------===//
  const Token &tok(uint32_t I) const { return toks[I < ntoks ? I : ntoks - 1]; }
  const Token &cur() const { return tok(pos); }
  TokenKind kind(uint32_t Ahead = 0) const { return tok(pos + Ahead).kind; }
  bool at(TokenKind K) const { return kind() == K; }
  bool atNext(TokenKind K) const { return kind(1) == K; }
  StrRef text(const Token &T) const { return StrRef(source + T.offset, T.length); }
  /// True if token I is the name Word (soft keywords: match, case, _).
  bool isName(uint32_t I, const char *Word) const {
    return tok(I).kind == TokenKind::Name && text(tok(I)).is(Word);
  }
  bool atName(const char *Word) const { return isName(pos, Word); }
  uint32_t consume() { return pos < ntoks - 1 ? pos++ : pos; }
  bool accept(TokenKind K) {
    if (!at(K))
      return false;
    consume();
    return true;
  }
  /// Consumes K or reports CPython's message for its absence.
  bool expect(TokenKind K);
  /// True if the current token can begin an expression.
  bool atExpressionStart(uint32_t Ahead = 0) const;

  //===--- Errors ---------------------------------------------------------===//
  void errorAt(ErrorKind K, uint32_t Line, uint32_t Col, const char *Fmt, ...)
      __attribute__((format(printf, 5, 6)));
  void errorAtV(ErrorKind K, uint32_t Line, uint32_t Col, const char *Fmt,
                va_list Args);
  void errorAtToken(uint32_t I, const char *Fmt, ...)
      __attribute__((format(printf, 3, 4)));
  void errorAtNode(const Node *N, const char *Fmt, ...)
      __attribute__((format(printf, 3, 4)));
  /// Reports the error for an unexpected current token: the lexer's error if
  /// the parser has reached it, else "invalid syntax" or a hint CPython
  /// gives for that situation.
  void unexpectedToken();
  void outOfMemory();

  //===--- Node construction ----------------------------------------------===//
  template <class T> T *make(uint32_t StartTok) {
    T *N = ctx.arena.make<T>();
    if (!N) {
      outOfMemory();
      return nullptr;
    }
    N->nodeKind = T::ThisKind;
    const Token &S = tok(StartTok);
    N->line = S.line + lineShift;
    N->col = S.col + (S.line == 1 ? colShift : 0);
    return N;
  }
  template <class T> T *makeAt(const Node *First) {
    T *N = ctx.arena.make<T>();
    if (!N) {
      outOfMemory();
      return nullptr;
    }
    N->nodeKind = T::ThisKind;
    N->line = First->line;
    N->col = First->col;
    return N;
  }
  /// Ends N at the last consumed token.
  template <class T> T *close(T *N) {
    if (!N) // out of memory, already reported
      return nullptr;
    const Token &E = tok(pos ? pos - 1 : 0);
    N->endLine = E.endLine + lineShift;
    N->endCol = E.endCol + (E.endLine == 1 ? colShift : 0);
    return N;
  }
  template <class T> T *closeAt(T *N, const Node *Last) {
    if (!N)
      return nullptr;
    N->endLine = Last->endLine;
    N->endCol = Last->endCol;
    return N;
  }
  template <class T> Seq<T> finish(Builder<T> &B) {
    Seq<T> L = B.finish();
    if (!B.empty() && L.empty())
      outOfMemory();
    return L;
  }
  template <class T, unsigned N> Seq<T> finish(Builder<T, N> &B) {
    Seq<T> L = B.finish();
    if (!B.empty() && L.empty())
      outOfMemory();
    return L;
  }
  Identifier identifier(uint32_t TokIndex);
  Identifier internLiteral(const char *S);
  Name *makeName(uint32_t TokIndex, ExprContext Ctx);
  Constant *makeConstant(uint32_t StartTok, ConstantValue::Kind K, StrRef Text);

  //===--- Statements (Parser.cpp) ----------------------------------------===//
  bool parseStatements(Builder<Stmt *> &Out, bool UntilDedent);
  bool parseStatement(Builder<Stmt *> &Out);
  bool parseSimpleStatements(Builder<Stmt *> &Out);
  Stmt *parseSimpleStatement();
  Stmt *parseExpressionStatement();
  Stmt *parseAssignmentRest(Expr *First, uint32_t StartTok);
  Stmt *parseAnnAssignRest(Expr *Target, uint32_t StartTok);
  Stmt *parseAugAssignRest(Expr *Target, uint32_t StartTok);
  Stmt *parseReturn();
  Stmt *parseRaise();
  Stmt *parseGlobalOrNonlocal(bool Global);
  Stmt *parseDel();
  Stmt *parseAssert();
  Stmt *parseImport();
  Stmt *parseImportFrom();
  bool parseDottedName(Identifier &Out);
  /// block ::= NEWLINE INDENT statements DEDENT | simple_stmts
  bool parseBlock(Seq<Stmt *> &Out, const char *What, uint32_t HeaderLine);
  bool expectBlockColon();
  Stmt *parseIf(bool IsElif);
  Stmt *parseWhile();
  Stmt *parseFor(uint32_t StartTok, bool IsAsync);
  Stmt *parseWith(uint32_t StartTok, bool IsAsync);
  bool parseWithItem(Builder<WithItem *> &Items, bool InParens);
  Stmt *parseTry();
  Stmt *parseFunctionDef(uint32_t StartTok, Seq<Expr *> Decorators,
                         bool IsAsync);
  Stmt *parseClassDef(uint32_t StartTok, Seq<Expr *> Decorators);
  Stmt *parseDecorated();
  Stmt *parseAsync();
  Stmt *parseMatch();
  bool looksLikeMatchStatement();
  MatchCase *parseCaseBlock();

  //===--- Patterns (ParsePattern.cpp) ------------------------------------===//
  Pattern *parsePatterns();
  Pattern *parsePattern();
  Pattern *parseOrPattern();
  Pattern *parseClosedPattern();
  Pattern *parseLiteralPattern(uint32_t StartTok);
  Expr *parseSignedNumber(bool AllowComplex);
  Expr *parseLiteralExpr();
  Pattern *parseSequencePattern(TokenKind Close, uint32_t StartTok);
  Pattern *parseMappingPattern(uint32_t StartTok);
  Pattern *parseClassPattern(Expr *Cls, uint32_t StartTok);
  Expr *parseNameOrAttr();
  Pattern *parseStarPattern();
  bool isCaptureName(uint32_t I) const;

  //===--- Expressions (ParseExpr.cpp) ------------------------------------===//
  Expr *parseStarExpressions();
  Expr *parseStarExpression();
  Expr *parseStarNamedExpression();
  Expr *parseNamedExpression();
  Expr *parseExpression();
  Expr *parseYieldExpression();
  Expr *parseDisjunction();
  Expr *parseConjunction();
  Expr *parseInversion();
  Expr *parseComparison();
  Expr *parseBitwiseOr();
  Expr *parseBitwiseXor();
  Expr *parseBitwiseAnd();
  Expr *parseShift();
  Expr *parseSum();
  Expr *parseTerm();
  Expr *parseFactor();
  Expr *parsePower();
  Expr *parseAwaitPrimary();
  Expr *parsePrimary();
  Expr *parseAtom();
  Expr *parseParenthesized();
  Expr *parseListDisplay();
  Expr *parseBraceDisplay();
  Expr *parseNumber();
  Expr *parseSlices();
  Expr *parseSlice();
  Expr *parseLambda();
  bool parseComprehensionClauses(Seq<Comprehension *> &Out);
  /// Parses a comma-separated list up to Close; Element parses one item.
  bool parseElements(Builder<Expr *> &Out, TokenKind Close,
                     bool &SawTrailingComma);
  /// "Perhaps you forgot a comma?" and related checks after an element.
  bool checkElementEnd(Expr *Element, uint32_t StartTok, TokenKind Close);
  /// After a named_expression where '=' is not allowed (conditions...).
  void checkStrayAssignment(Expr *E);

  //===--- Targets --------------------------------------------------------===//
  Expr *parseStarTargets();
  /// Sets the context of a target expression, reporting CPython's
  /// "cannot assign to ..." if it is not a valid target.
  bool setTargetContext(Expr *E, TargetKind Kind, bool HereHint = false);
  static Expr *invalidTarget(Expr *E, TargetKind Kind);
  static void applyContext(Expr *E, ExprContext Ctx);

  //===--- Arguments and parameters (ParseArgs.cpp) -----------------------===//
  bool parseCallArguments(Seq<Expr *> &Args, Seq<Keyword *> &Keywords,
                          TokenKind Close, bool AllowGenexp = true);
  Arguments *parseParameters(bool Lambda, TokenKind Close);
  Arg *parseParameter(bool Lambda, bool AllowStarAnnotation);

  //===--- Strings (ParseString.cpp) --------------------------------------===//
  Expr *parseStrings();
  bool decodeString(uint32_t TokIndex, StrRef Body, bool Raw, bool Bytes,
                    Builder<char, 64> &Out);
  bool parseFString(uint32_t TokIndex, StrRef Body, bool Raw, int Depth,
                    Builder<Expr *> &Parts, Builder<char, 64> &Pending,
                    const char *&P);
  Expr *parseFStringField(uint32_t TokIndex, StrRef Body, bool Raw,
                          int Depth, const char *&P,
                          Builder<char, 64> &Pending);
  Expr *compileFStringExpr(uint32_t TokIndex, StrRef Body, const char *Start,
                           const char *End);
  bool flushPending(Builder<Expr *> &Parts, Builder<char, 64> &Pending,
                    uint32_t TokIndex, bool KindU);
  bool stringErrorAt(uint32_t TokIndex, const char *Fmt, ...)
      __attribute__((format(printf, 3, 4)));
  bool firstStringIsU = false;
};

/// Bounds recursion: constructed at the entry of recursive rules.
class DepthGuard {
public:
  explicit DepthGuard(Parser &P) : p(P) { ++p.ctx.depth; }
  ~DepthGuard() { --p.ctx.depth; }
  /// False (with an error reported) when nesting is too deep.
  bool ok();

private:
  Parser &p;
};

/// CPython's _PyPegen_get_expr_name: how messages name an expression.
const char *exprName(const Expr *E);

} // namespace adder::detail

#endif
