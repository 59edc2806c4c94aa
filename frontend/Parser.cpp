//===- Parser.cpp - parser core and statements ----------------------------===//
//
// The entry points, error reporting, statement dispatch and the simple
// statements. Compound statements are in ParseCompound.cpp, expressions
// in ParseExpr.cpp, parameters and call arguments in ParseArgs.cpp,
// string literals in ParseString.cpp and match patterns in
// ParsePattern.cpp.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

namespace adder {
namespace detail {

//===----------------------------------------------------------------------===//
// Identifier interning
//===----------------------------------------------------------------------===//

static uint32_t hashBytes(const char *S, uint32_t N) {
  uint32_t H = 2166136261u;
  for (uint32_t I = 0; I < N; ++I)
    H = (H ^ static_cast<uint8_t>(S[I])) * 16777619u;
  return H;
}

bool Interner::grow() {
  uint32_t NewCap = capacity ? capacity * 2 : 256;
  auto *NewSlots = static_cast<StrRef *>(
      arena.allocate(sizeof(StrRef) * NewCap, alignof(StrRef)));
  if (!NewSlots)
    return false;
  for (uint32_t I = 0; I < NewCap; ++I)
    NewSlots[I] = StrRef();
  for (uint32_t I = 0; I < capacity; ++I) {
    StrRef S = slots[I];
    if (!S.present())
      continue;
    uint32_t J = hashBytes(S.data, S.size) & (NewCap - 1);
    while (NewSlots[J].present())
      J = (J + 1) & (NewCap - 1);
    NewSlots[J] = S;
  }
  slots = NewSlots;
  capacity = NewCap;
  return true;
}

StrRef Interner::intern(const char *S, uint32_t N) {
  if ((count + 1) * 2 > capacity && !grow())
    return StrRef();
  uint32_t J = hashBytes(S, N) & (capacity - 1);
  while (slots[J].present()) {
    if (slots[J].equals(S, N))
      return slots[J];
    J = (J + 1) & (capacity - 1);
  }
  char *Copy = arena.copyString(S, N);
  if (!Copy)
    return StrRef();
  slots[J] = StrRef(Copy, N);
  ++count;
  return slots[J];
}

//===----------------------------------------------------------------------===//
// Core
//===----------------------------------------------------------------------===//

Parser::Parser(ParserContext &Ctx, const char *Text, const LexResult &Lex)
    : ctx(Ctx), source(Text), lex(Lex), toks(Lex.tokens.items),
      ntoks(Lex.tokens.size) {}

bool DepthGuard::ok() {
  if (p.ctx.depth <= p.ctx.options.maxNesting)
    return true;
  p.errorAtToken(p.pos, "too many nested expressions");
  return false;
}

void Parser::errorAtV(ErrorKind K, uint32_t Line, uint32_t Col,
                      const char *Fmt, va_list Args) {
  if (hasError)
    return;
  hasError = true;
  if (speculating)
    return;
  errorPos = pos;
  diag.present = true;
  diag.kind = K;
  diag.line = Line;
  diag.col = Col;
  size_t Prefix = 0;
  if (fstringMode)
    Prefix = formatString(diag.message, sizeof(diag.message), "f-string: ");
  formatStringV(diag.message + Prefix, sizeof(diag.message) - Prefix, Fmt,
                Args);
}

void Parser::errorAt(ErrorKind K, uint32_t Line, uint32_t Col,
                     const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  errorAtV(K, Line, Col, Fmt, Args);
  va_end(Args);
}

void Parser::errorAtToken(uint32_t I, const char *Fmt, ...) {
  const Token &T = tok(I);
  va_list Args;
  va_start(Args, Fmt);
  errorAtV(ErrorKind::SyntaxError, T.line + lineShift,
           T.col + (T.line == 1 ? colShift : 0), Fmt, Args);
  va_end(Args);
}

void Parser::errorAtNode(const Node *N, const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  errorAtV(ErrorKind::SyntaxError, N->line, N->col, Fmt, Args);
  va_end(Args);
}

void Parser::outOfMemory() {
  errorAtToken(pos, "out of memory while parsing");
}

bool Parser::atExpressionStart(uint32_t Ahead) const {
  switch (kind(Ahead)) {
  case TokenKind::Name:
  case TokenKind::Number:
  case TokenKind::String:
  case TokenKind::kw_None:
  case TokenKind::kw_True:
  case TokenKind::kw_False:
  case TokenKind::LParen:
  case TokenKind::LSquare:
  case TokenKind::LBrace:
  case TokenKind::Minus:
  case TokenKind::Plus:
  case TokenKind::Tilde:
  case TokenKind::kw_not:
  case TokenKind::kw_lambda:
  case TokenKind::kw_await:
  case TokenKind::Ellipsis:
    return true;
  default:
    return false;
  }
}

void Parser::unexpectedToken() {
  const Token &T = cur();
  // At the lexer's ErrorToken, parse() reports the lexer's error instead.
  if (T.kind == TokenKind::Indent) {
    // CPython's column here is the indentation width, 1-based.
    errorAt(ErrorKind::IndentationError, T.line + lineShift,
            T.col ? T.col - 1 : 0, "unexpected indent");
    return;
  }
  if (T.kind == TokenKind::Dedent) {
    errorAt(ErrorKind::IndentationError, T.line + lineShift, T.col,
            "unexpected unindent");
    return;
  }
  // Python 2 statements: `print "x"`, `exec code`.
  if (pos > 0 && (isName(pos - 1, "print") || isName(pos - 1, "exec")) &&
      atExpressionStart() && !at(TokenKind::LParen) &&
      !(pos > 1 && tok(pos - 2).kind == TokenKind::Dot)) {
    StrRef Word = text(tok(pos - 1));
    errorAtToken(pos - 1,
                 "Missing parentheses in call to '%.*s'. Did you mean "
                 "%.*s(...)?",
                 int(Word.size), Word.data, int(Word.size), Word.data);
    return;
  }
  // A failed speculative parse of this statement may have got further;
  // CPython reports generic errors at the furthest token it examined.
  uint32_t At = furthestSpeculation > pos ? furthestSpeculation : pos;
  errorAtToken(At, "invalid syntax");
}

bool Parser::expect(TokenKind K) {
  if (accept(K))
    return true;
  unexpectedToken();
  return false;
}

Identifier Parser::internLiteral(const char *S) {
  StrRef R = StrRef::fromCString(S);
  Identifier I = ctx.interner.intern(R.data, R.size);
  if (!I.present())
    outOfMemory();
  return I;
}

Identifier Parser::identifier(uint32_t TokIndex) {
  StrRef T = text(tok(TokIndex));
  bool Ascii = true;
  for (char C : T)
    Ascii &= static_cast<uint8_t>(C) < 0x80;
  if (!Ascii && ctx.options.normalizeIdentifier)
    T = ctx.options.normalizeIdentifier(T, ctx.arena);
  Identifier I = T.present() ? ctx.interner.intern(T.data, T.size) : T;
  if (!I.present())
    outOfMemory();
  return I;
}

Name *Parser::makeName(uint32_t TokIndex, ExprContext Ctx) {
  Name *N = make<Name>(TokIndex);
  if (!N)
    return nullptr;
  N->id = identifier(TokIndex);
  if (!N->id.present())
    return nullptr;
  N->ctx = Ctx;
  const Token &T = tok(TokIndex);
  N->endLine = T.endLine + lineShift;
  N->endCol = T.endCol + (T.endLine == 1 ? colShift : 0);
  return N;
}

Constant *Parser::makeConstant(uint32_t StartTok, ConstantValue::Kind K,
                               StrRef Text) {
  Constant *C = make<Constant>(StartTok);
  if (!C)
    return nullptr;
  C->value.kind = K;
  C->value.text = Text;
  return C;
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

/// file ::= [statements] ENDMARKER
Mod *Parser::parseFile() {
  Builder<Stmt *> Body(ctx.arena);
  if (!parseStatements(Body, false))
    return nullptr;
  if (!at(TokenKind::EndMarker)) {
    unexpectedToken();
    return nullptr;
  }
  Module *M = make<Module>(0);
  if (!M)
    return nullptr;
  M->body = finish(Body);
  return hasError ? nullptr : M;
}

/// interactive ::= statement_newline
/// statement_newline ::= compound_stmt NEWLINE | simple_stmts | NEWLINE
///                     | ENDMARKER
Mod *Parser::parseInteractive() {
  Builder<Stmt *> Body(ctx.arena);
  if (at(TokenKind::Newline) || at(TokenKind::EndMarker)) {
    consume();
  } else {
    TokenKind First = kind();
    if (!parseStatement(Body))
      return nullptr;
    bool Compound = First != TokenKind::Name || atName("match");
    (void)Compound;
    // A compound statement is followed by the NEWLINE of its blank line.
    accept(TokenKind::Newline);
  }
  if (!at(TokenKind::EndMarker)) {
    errorAtToken(pos, "multiple statements found while compiling a single "
                      "statement");
    return nullptr;
  }
  Interactive *M = make<Interactive>(0);
  if (!M)
    return nullptr;
  M->body = finish(Body);
  return hasError ? nullptr : M;
}

/// eval ::= expressions NEWLINE* ENDMARKER
Mod *Parser::parseEval() {
  Expr *E = parseStarExpressions();
  if (!E)
    return nullptr;
  while (accept(TokenKind::Newline)) {
  }
  if (!at(TokenKind::EndMarker)) {
    unexpectedToken();
    return nullptr;
  }
  Expression *M = make<Expression>(0);
  if (!M)
    return nullptr;
  M->body = E;
  return hasError ? nullptr : M;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

/// statements ::= statement+
bool Parser::parseStatements(Builder<Stmt *> &Out, bool UntilDedent) {
  while (!at(TokenKind::EndMarker) && !(UntilDedent && at(TokenKind::Dedent))) {
    if (!parseStatement(Out))
      return false;
  }
  return true;
}

/// statement ::= compound_stmt | simple_stmts
bool Parser::parseStatement(Builder<Stmt *> &Out) {
  Stmt *S = nullptr;
  switch (kind()) {
  case TokenKind::kw_def:
    S = parseFunctionDef(pos, Seq<Expr *>(), false);
    break;
  case TokenKind::kw_if:
    S = parseIf(false);
    break;
  case TokenKind::kw_class:
    S = parseClassDef(pos, Seq<Expr *>());
    break;
  case TokenKind::kw_with:
    S = parseWith(pos, false);
    break;
  case TokenKind::kw_for:
    S = parseFor(pos, false);
    break;
  case TokenKind::kw_try:
    S = parseTry();
    break;
  case TokenKind::kw_while:
    S = parseWhile();
    break;
  case TokenKind::At:
    S = parseDecorated();
    break;
  case TokenKind::kw_async:
    S = parseAsync();
    break;
  case TokenKind::Indent:
    unexpectedToken();
    return false;
  default:
    if (atName("match") && looksLikeMatchStatement()) {
      S = parseMatch();
      break;
    }
    return parseSimpleStatements(Out);
  }
  if (!S)
    return false;
  if (!Out.push(S)) {
    outOfMemory();
    return false;
  }
  return true;
}

/// simple_stmts ::= simple_stmt (';' simple_stmt)* [';'] NEWLINE
bool Parser::parseSimpleStatements(Builder<Stmt *> &Out) {
  uint32_t Start = pos;
  for (;;) {
    Stmt *S = parseSimpleStatement();
    if (!S)
      return false;
    if (!Out.push(S)) {
      outOfMemory();
      return false;
    }
    if (!accept(TokenKind::Semi))
      break;
    if (at(TokenKind::Newline))
      break;
  }
  if (!accept(TokenKind::Newline)) {
    unexpectedToken();
    return false;
  }
  if (furthestSpeculation <= Start || furthestSpeculation < pos)
    furthestSpeculation = 0;
  return true;
}

/// simple_stmt ::= assignment | star_expressions | return_stmt
///   | import_stmt | raise_stmt | 'pass' | del_stmt | yield_stmt
///   | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
Stmt *Parser::parseSimpleStatement() {
  uint32_t Start = pos;
  switch (kind()) {
  case TokenKind::kw_return:
    return parseReturn();
  case TokenKind::kw_import:
    return parseImport();
  case TokenKind::kw_from:
    return parseImportFrom();
  case TokenKind::kw_raise:
    return parseRaise();
  case TokenKind::kw_pass:
    consume();
    return close(make<Pass>(Start));
  case TokenKind::kw_break:
    consume();
    return close(make<Break>(Start));
  case TokenKind::kw_continue:
    consume();
    return close(make<Continue>(Start));
  case TokenKind::kw_del:
    return parseDel();
  case TokenKind::kw_assert:
    return parseAssert();
  case TokenKind::kw_global:
    return parseGlobalOrNonlocal(true);
  case TokenKind::kw_nonlocal:
    return parseGlobalOrNonlocal(false);
  default:
    return parseExpressionStatement();
  }
}

static bool isAugAssign(TokenKind K, OperatorKind &Op) {
  switch (K) {
  case TokenKind::PlusEqual: Op = OperatorKind::Add; return true;
  case TokenKind::MinEqual: Op = OperatorKind::Sub; return true;
  case TokenKind::StarEqual: Op = OperatorKind::Mult; return true;
  case TokenKind::AtEqual: Op = OperatorKind::MatMult; return true;
  case TokenKind::SlashEqual: Op = OperatorKind::Div; return true;
  case TokenKind::PercentEqual: Op = OperatorKind::Mod; return true;
  case TokenKind::AmperEqual: Op = OperatorKind::BitAnd; return true;
  case TokenKind::VBarEqual: Op = OperatorKind::BitOr; return true;
  case TokenKind::CircumflexEqual: Op = OperatorKind::BitXor; return true;
  case TokenKind::LeftShiftEqual: Op = OperatorKind::LShift; return true;
  case TokenKind::RightShiftEqual: Op = OperatorKind::RShift; return true;
  case TokenKind::DoubleStarEqual: Op = OperatorKind::Pow; return true;
  case TokenKind::DoubleSlashEqual: Op = OperatorKind::FloorDiv; return true;
  default: return false;
  }
}

/// Expression statements and the three kinds of assignment, which all
/// begin with an expression:
///   assignment ::= NAME ':' expression ['=' annotated_rhs]
///     | ('(' single_target ')' | single_subscript_attribute_target)
///       ':' expression ['=' annotated_rhs]
///     | (star_targets '=')+ (yield_expr | star_expressions) !'='
///     | single_target augassign ~ (yield_expr | star_expressions)
Stmt *Parser::parseExpressionStatement() {
  uint32_t Start = pos;
  Expr *First =
      at(TokenKind::kw_yield) ? parseYieldExpression() : parseStarExpressions();
  if (!First)
    return nullptr;
  OperatorKind Op;
  if (at(TokenKind::Equal))
    return parseAssignmentRest(First, Start);
  if (at(TokenKind::Colon))
    return parseAnnAssignRest(First, Start);
  if (isAugAssign(kind(), Op))
    return parseAugAssignRest(First, Start);
  ExprStmt *S = make<ExprStmt>(Start);
  if (!S)
    return nullptr;
  S->value = First;
  return close(S);
}

/// True if E begins with a bitwise_or (CPython's invalid_named_expression
/// applies only then).
static bool startsWithBitwiseOr(const Expr *E) {
  if (E->parenthesized)
    return true;
  switch (E->nodeKind) {
  case NodeKind::Yield:
  case NodeKind::YieldFrom:
  case NodeKind::Starred:
  case NodeKind::Lambda:
    return false;
  case NodeKind::UnaryOp:
    return cast<UnaryOp>(E)->op != UnaryOpKind::Not;
  case NodeKind::Tuple:
    return !cast<Tuple>(E)->elts.empty() &&
           startsWithBitwiseOr(cast<Tuple>(E)->elts[0]);
  case NodeKind::BoolOp:
    // Empty only after running out of memory (already reported).
    return !cast<BoolOp>(E)->values.empty() &&
           startsWithBitwiseOr(cast<BoolOp>(E)->values[0]);
  case NodeKind::Compare:
    return startsWithBitwiseOr(cast<Compare>(E)->left);
  case NodeKind::IfExp:
    return startsWithBitwiseOr(cast<IfExp>(E)->body);
  default:
    return true;
  }
}

/// True if E is a bitwise_or that CPython's "Maybe you meant '=='" hint
/// names: not a list, tuple, generator expression, True, False or None.
static bool takesEqualityHint(const Expr *E) {
  if (isa<List>(E) || isa<Tuple>(E) || isa<GeneratorExp>(E))
    return false;
  if (auto *C = dyn_cast<Constant>(E)) {
    auto K = C->value.kind;
    if (K == ConstantValue::Kind::True || K == ConstantValue::Kind::False ||
        K == ConstantValue::Kind::None)
      return false;
  }
  if (E->parenthesized)
    return true;
  switch (E->nodeKind) {
  case NodeKind::Compare:
  case NodeKind::BoolOp:
  case NodeKind::IfExp:
  case NodeKind::Lambda:
  case NodeKind::Starred:
  case NodeKind::Yield:
  case NodeKind::YieldFrom:
  case NodeKind::NamedExpr:
    return false;
  case NodeKind::UnaryOp:
    return cast<UnaryOp>(E)->op != UnaryOpKind::Not;
  default:
    return true;
  }
}

Stmt *Parser::parseAssignmentRest(Expr *First, uint32_t Start) {
  Builder<Expr *> Targets(ctx.arena);
  if (!Targets.push(First)) {
    outOfMemory();
    return nullptr;
  }
  Expr *Value = nullptr;
  while (accept(TokenKind::Equal)) {
    Expr *V = at(TokenKind::kw_yield) ? parseYieldExpression()
                                      : parseStarExpressions();
    if (!V)
      return nullptr;
    if (at(TokenKind::Equal)) {
      if (!Targets.push(V)) {
        outOfMemory();
        return nullptr;
      }
      continue;
    }
    Value = V;
  }
  for (uint32_t I = 0; I < Targets.size(); ++I) {
    Expr *T = Targets[I];
    if ((isa<Yield>(T) || isa<YieldFrom>(T)) && !T->parenthesized) {
      errorAtNode(T, "assignment to yield expression not possible");
      return nullptr;
    }
    bool Hint = I == 0 && Targets.size() == 1 && takesEqualityHint(T) &&
                startsWithBitwiseOr(Value);
    if (!setTargetContext(T, TargetKind::Star, Hint))
      return nullptr;
  }
  Assign *S = make<Assign>(Start);
  if (!S)
    return nullptr;
  S->targets = finish(Targets);
  S->value = Value;
  return close(S);
}

Stmt *Parser::parseAnnAssignRest(Expr *Target, uint32_t Start) {
  consume(); // ':'
  int Simple = 0;
  if (auto *N = dyn_cast<Name>(Target)) {
    Simple = N->parenthesized ? 0 : 1;
  } else if (!isa<Attribute>(Target) && !isa<Subscript>(Target)) {
    // Report only once the annotation is known to parse, as CPython does.
    Expr *Annotation = parseExpression();
    if (!Annotation)
      return nullptr;
    if (auto *T = dyn_cast<Tuple>(Target)) {
      if (!T->parenthesized && !T->elts.empty())
        errorAtNode(T->elts[0], "only single target (not tuple) can be "
                                "annotated");
      else
        errorAtNode(T, "only single target (not tuple) can be annotated");
    } else if (isa<List>(Target)) {
      errorAtNode(Target, "only single target (not list) can be annotated");
    } else {
      errorAtNode(Target, "illegal target for annotation");
    }
    return nullptr;
  }
  if (!setTargetContext(Target, TargetKind::Star))
    return nullptr;
  Expr *Annotation = parseExpression();
  if (!Annotation)
    return nullptr;
  Expr *Value = nullptr;
  if (accept(TokenKind::Equal)) {
    Value = at(TokenKind::kw_yield) ? parseYieldExpression()
                                    : parseStarExpressions();
    if (!Value)
      return nullptr;
  }
  AnnAssign *S = make<AnnAssign>(Start);
  if (!S)
    return nullptr;
  S->target = Target;
  S->annotation = Annotation;
  S->value = Value;
  S->simple = Simple;
  return close(S);
}

Stmt *Parser::parseAugAssignRest(Expr *Target, uint32_t Start) {
  OperatorKind Op;
  isAugAssign(kind(), Op);
  consume();
  bool Valid = isa<Name>(Target) || isa<Attribute>(Target) ||
               isa<Subscript>(Target);
  Expr *Value = at(TokenKind::kw_yield) ? parseYieldExpression()
                                        : parseStarExpressions();
  if (!Valid) {
    if (!hasError || !Value) {
      hasError = false;
      errorAtNode(Target, "'%s' is an illegal expression for augmented "
                          "assignment",
                  exprName(Target));
    }
    return nullptr;
  }
  if (!Value)
    return nullptr;
  applyContext(Target, ExprContext::Store);
  AugAssign *S = make<AugAssign>(Start);
  if (!S)
    return nullptr;
  S->target = Target;
  S->op = Op;
  S->value = Value;
  return close(S);
}

/// return_stmt ::= 'return' [star_expressions]
Stmt *Parser::parseReturn() {
  uint32_t Start = consume();
  Expr *Value = nullptr;
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
    Value = parseStarExpressions();
    if (!Value)
      return nullptr;
  }
  Return *S = make<Return>(Start);
  if (!S)
    return nullptr;
  S->value = Value;
  return close(S);
}

/// raise_stmt ::= 'raise' expression ['from' expression] | 'raise'
Stmt *Parser::parseRaise() {
  uint32_t Start = consume();
  Expr *Exc = nullptr, *Cause = nullptr;
  if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
    Exc = parseExpression();
    if (!Exc)
      return nullptr;
    if (accept(TokenKind::kw_from)) {
      Cause = parseExpression();
      if (!Cause)
        return nullptr;
    }
  }
  Raise *S = make<Raise>(Start);
  if (!S)
    return nullptr;
  S->exc = Exc;
  S->cause = Cause;
  return close(S);
}

/// global_stmt ::= 'global' ','.NAME+
/// nonlocal_stmt ::= 'nonlocal' ','.NAME+
Stmt *Parser::parseGlobalOrNonlocal(bool IsGlobal) {
  uint32_t Start = consume();
  Builder<Identifier> Names(ctx.arena);
  do {
    if (!at(TokenKind::Name)) {
      unexpectedToken();
      return nullptr;
    }
    Identifier I = identifier(consume());
    if (!I.present() || !Names.push(I)) {
      outOfMemory();
      return nullptr;
    }
  } while (accept(TokenKind::Comma));
  if (IsGlobal) {
    Global *S = make<Global>(Start);
    if (!S)
      return nullptr;
    S->names = finish(Names);
    return close(S);
  }
  Nonlocal *S = make<Nonlocal>(Start);
  if (!S)
    return nullptr;
  S->names = finish(Names);
  return close(S);
}

/// del_stmt ::= 'del' del_targets &(';' | NEWLINE)
/// del_targets ::= ','.del_target+ [',']
Stmt *Parser::parseDel() {
  uint32_t Start = consume();
  Builder<Expr *> Targets(ctx.arena);
  do {
    if (at(TokenKind::Newline) || at(TokenKind::Semi))
      break;
    Expr *T = parseStarExpression();
    if (!T)
      return nullptr;
    if (!Targets.push(T)) {
      outOfMemory();
      return nullptr;
    }
  } while (accept(TokenKind::Comma));
  if (Targets.empty()) {
    unexpectedToken();
    return nullptr;
  }
  for (Expr *T : Targets)
    if (!setTargetContext(T, TargetKind::Del))
      return nullptr;
  Delete *S = make<Delete>(Start);
  if (!S)
    return nullptr;
  S->targets = finish(Targets);
  return close(S);
}

/// assert_stmt ::= 'assert' expression [',' expression]
Stmt *Parser::parseAssert() {
  uint32_t Start = consume();
  Expr *Test = parseExpression();
  if (!Test)
    return nullptr;
  Expr *Msg = nullptr;
  if (accept(TokenKind::Comma)) {
    Msg = parseExpression();
    if (!Msg)
      return nullptr;
  }
  Assert *S = make<Assert>(Start);
  if (!S)
    return nullptr;
  S->test = Test;
  S->msg = Msg;
  return close(S);
}

/// dotted_name ::= NAME ('.' NAME)*
bool Parser::parseDottedName(Identifier &Out) {
  if (!at(TokenKind::Name)) {
    unexpectedToken();
    return false;
  }
  uint32_t First = pos;
  consume();
  while (at(TokenKind::Dot) && atNext(TokenKind::Name))
    pos += 2;
  if (pos == First + 1) {
    Out = identifier(First);
    return Out.present();
  }
  // Join the parts without the whitespace a source may put around dots.
  Builder<char, 64> Buf(ctx.arena);
  for (uint32_t I = First; I < pos; ++I) {
    if (tok(I).kind == TokenKind::Dot) {
      Buf.push('.');
      continue;
    }
    Identifier Part = identifier(I);
    if (!Part.present())
      return false;
    for (char C : Part)
      if (!Buf.push(C)) {
        outOfMemory();
        return false;
      }
  }
  Out = ctx.interner.intern(Buf.begin(), Buf.size());
  if (!Out.present()) {
    outOfMemory();
    return false;
  }
  return true;
}

/// import_name ::= 'import' dotted_as_names
/// dotted_as_name ::= dotted_name ['as' NAME]
Stmt *Parser::parseImport() {
  uint32_t Start = consume();
  Builder<Alias *> Names(ctx.arena);
  do {
    uint32_t AliasStart = pos;
    Identifier Module;
    if (!parseDottedName(Module))
      return nullptr;
    Alias *A = make<Alias>(AliasStart);
    if (!A)
      return nullptr;
    A->name = Module;
    if (accept(TokenKind::kw_as)) {
      if (!at(TokenKind::Name)) {
        unexpectedToken();
        return nullptr;
      }
      A->asname = identifier(consume());
    }
    close(A);
    if (!Names.push(A)) {
      outOfMemory();
      return nullptr;
    }
  } while (accept(TokenKind::Comma));
  Import *S = make<Import>(Start);
  if (!S)
    return nullptr;
  S->names = finish(Names);
  return close(S);
}

/// import_from ::= 'from' ('.' | '...')* dotted_name 'import' targets
///               | 'from' ('.' | '...')+ 'import' targets
/// import_from_targets ::= '(' import_from_as_names [','] ')'
///                       | import_from_as_names !',' | '*'
Stmt *Parser::parseImportFrom() {
  uint32_t Start = consume();
  int Level = 0;
  for (;;) {
    if (accept(TokenKind::Dot))
      Level += 1;
    else if (accept(TokenKind::Ellipsis))
      Level += 3;
    else
      break;
  }
  Identifier Module;
  if (!at(TokenKind::kw_import) || Level == 0) {
    if (!parseDottedName(Module))
      return nullptr;
  }
  if (!accept(TokenKind::kw_import)) {
    unexpectedToken();
    return nullptr;
  }
  Builder<Alias *> Names(ctx.arena);
  if (at(TokenKind::Star)) {
    Alias *A = make<Alias>(pos);
    if (!A)
      return nullptr;
    consume();
    A->name = internLiteral("*");
    close(A);
    Names.push(A);
  } else {
    bool Parens = accept(TokenKind::LParen);
    for (;;) {
      if (!at(TokenKind::Name)) {
        unexpectedToken();
        return nullptr;
      }
      Alias *A = make<Alias>(pos);
      if (!A)
        return nullptr;
      A->name = identifier(consume());
      if (accept(TokenKind::kw_as)) {
        if (!at(TokenKind::Name)) {
          unexpectedToken();
          return nullptr;
        }
        A->asname = identifier(consume());
      }
      close(A);
      if (!Names.push(A)) {
        outOfMemory();
        return nullptr;
      }
      if (!accept(TokenKind::Comma))
        break;
      if (Parens && at(TokenKind::RParen))
        break;
      if (!Parens && at(TokenKind::Newline)) {
        errorAtToken(pos, "trailing comma not allowed without "
                          "surrounding parentheses");
        return nullptr;
      }
    }
    if (Parens && !expect(TokenKind::RParen))
      return nullptr;
  }
  ImportFrom *S = make<ImportFrom>(Start);
  if (!S)
    return nullptr;
  S->module = Module;
  S->names = finish(Names);
  S->level = Level;
  return close(S);
}

} // namespace detail

//===----------------------------------------------------------------------===//
// parse()
//===----------------------------------------------------------------------===//

ParseResult parse(const SourceText &Source, Arena &A,
                  const ParseOptions &Options) {
  ParseResult R;
  LexResult Lex = tokenize(Source.data, Source.size, A);
  if (Lex.outOfMemory) {
    R.error.set(ErrorKind::SyntaxError, 1, 0, "out of memory while parsing");
    return R;
  }
  detail::ParserContext Ctx(A, Options);
  detail::Parser P(Ctx, Source.data, Lex);
  ast::Mod *M = nullptr;
  switch (Options.mode) {
  case ParseMode::File:
    M = P.parseFile();
    break;
  case ParseMode::Interactive:
    M = P.parseInteractive();
    break;
  case ParseMode::Eval:
    M = P.parseEval();
    break;
  }
  if (M && !P.failed()) {
    R.module = M;
    return R;
  }
  // CPython lets a tokenizer error take precedence over a parser error when
  // the parser reached the bad token, when the tokenizer raises the error
  // itself (it tokenizes the rest of the file after a parser error), or
  // when an unclosed bracket opens on an earlier line (see Lexer.h).
  if (Lex.error.present) {
    const Diagnostic &PE = P.error();
    uint32_t ErrorTok = Lex.tokens.size - 2; // ErrorToken, then EndMarker
    bool UseLex = !PE.present || P.errorTokenIndex() >= ErrorTok ||
                  Lex.errorOverridesParser ||
                  (Lex.unclosedBracketLine && Lex.unclosedBracketLine < PE.line);
    if (UseLex) {
      R.error = Lex.error;
      return R;
    }
  }
  R.error = P.error();
  if (!R.error.present)
    R.error.set(ErrorKind::SyntaxError, 1, 0, "invalid syntax");
  return R;
}

} // namespace adder
