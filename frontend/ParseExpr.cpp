//===- ParseExpr.cpp - expressions and assignment targets -----------------===//
//
// One function per precedence level of the 3.11 grammar, from
// star_expressions down to atom. Binary operators are left-associative
// loops; `**` and the unary operators recurse. Targets (`for` targets,
// assignment left-hand sides) are parsed as expressions and then checked
// and given their Store/Del context, with CPython's messages.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

namespace adder::detail {

const char *exprName(const Expr *E) {
  switch (E->nodeKind) {
  case NodeKind::Attribute: return "attribute";
  case NodeKind::Subscript: return "subscript";
  case NodeKind::Starred: return "starred";
  case NodeKind::Name: return "name";
  case NodeKind::List: return "list";
  case NodeKind::Tuple: return "tuple";
  case NodeKind::Lambda: return "lambda";
  case NodeKind::Call: return "function call";
  case NodeKind::BoolOp:
  case NodeKind::BinOp:
  case NodeKind::UnaryOp: return "expression";
  case NodeKind::GeneratorExp: return "generator expression";
  case NodeKind::Yield:
  case NodeKind::YieldFrom: return "yield expression";
  case NodeKind::Await: return "await expression";
  case NodeKind::ListComp: return "list comprehension";
  case NodeKind::SetComp: return "set comprehension";
  case NodeKind::DictComp: return "dict comprehension";
  case NodeKind::Dict: return "dict literal";
  case NodeKind::Set: return "set display";
  case NodeKind::JoinedStr:
  case NodeKind::FormattedValue: return "f-string expression";
  case NodeKind::Constant:
    switch (cast<Constant>(E)->value.kind) {
    case ConstantValue::Kind::None: return "None";
    case ConstantValue::Kind::False: return "False";
    case ConstantValue::Kind::True: return "True";
    case ConstantValue::Kind::Ellipsis: return "ellipsis";
    default: return "literal";
    }
  case NodeKind::Compare: return "comparison";
  case NodeKind::IfExp: return "conditional expression";
  case NodeKind::NamedExpr: return "named expression";
  default: return "expression";
  }
}

//===----------------------------------------------------------------------===//
// Tuples, starred and named expressions
//===----------------------------------------------------------------------===//

/// star_expressions ::= star_expression (',' star_expression)* [',']
Expr *Parser::parseStarExpressions() {
  Expr *First = parseStarExpression();
  if (!First || !at(TokenKind::Comma))
    return First;
  Builder<Expr *> Elts(ctx.arena);
  Elts.push(First);
  while (accept(TokenKind::Comma)) {
    if (!atExpressionStart() && !at(TokenKind::Star))
      break;
    Expr *E = parseStarExpression();
    if (!E)
      return nullptr;
    if (!Elts.push(E)) {
      outOfMemory();
      return nullptr;
    }
  }
  Tuple *T = makeAt<Tuple>(First);
  if (!T)
    return nullptr;
  T->elts = finish(Elts);
  T->ctx = ExprContext::Load;
  return close(T);
}

/// star_expression ::= '*' bitwise_or | expression
Expr *Parser::parseStarExpression() {
  if (!at(TokenKind::Star))
    return parseExpression();
  uint32_t Start = consume();
  Expr *V = parseBitwiseOr();
  if (!V)
    return nullptr;
  Starred *S = make<Starred>(Start);
  if (!S)
    return nullptr;
  S->value = V;
  S->ctx = ExprContext::Load;
  return close(S);
}

/// star_named_expression ::= '*' bitwise_or | named_expression
Expr *Parser::parseStarNamedExpression() {
  if (at(TokenKind::Star))
    return parseStarExpression();
  return parseNamedExpression();
}

/// named_expression ::= NAME ':=' expression | expression !':='
Expr *Parser::parseNamedExpression() {
  if (at(TokenKind::Name) && atNext(TokenKind::ColonEqual)) {
    uint32_t Start = pos;
    Name *Target = makeName(consume(), ExprContext::Store);
    if (!Target)
      return nullptr;
    consume(); // ':='
    Expr *Value = parseExpression();
    if (!Value)
      return nullptr;
    NamedExpr *N = make<NamedExpr>(Start);
    if (!N)
      return nullptr;
    N->target = Target;
    N->value = Value;
    return close(N);
  }
  Expr *E = parseExpression();
  if (E && at(TokenKind::ColonEqual)) {
    errorAtNode(E, "cannot use assignment expressions with %s", exprName(E));
    return nullptr;
  }
  return E;
}

/// CPython's invalid_named_expression: `if x = 1:` and friends.
void Parser::checkStrayAssignment(Expr *E) {
  if (!at(TokenKind::Equal) || hasError)
    return;
  if (!atExpressionStart(1)) {
    unexpectedToken();
    return;
  }
  if (isa<Name>(E) && !E->parenthesized) {
    errorAtNode(E, "invalid syntax. Maybe you meant '==' or ':=' instead of "
                   "'='?");
    return;
  }
  bool Hint = true;
  if (isa<List>(E) || isa<Tuple>(E) || isa<GeneratorExp>(E))
    Hint = false;
  if (auto *C = dyn_cast<Constant>(E)) {
    auto K = C->value.kind;
    Hint &= K != ConstantValue::Kind::True && K != ConstantValue::Kind::False &&
            K != ConstantValue::Kind::None;
  }
  if (!E->parenthesized &&
      (isa<Compare>(E) || isa<BoolOp>(E) || isa<IfExp>(E) || isa<Lambda>(E) ||
       (isa<UnaryOp>(E) && cast<UnaryOp>(E)->op == UnaryOpKind::Not)))
    Hint = false;
  if (Hint) {
    errorAtNode(E, "cannot assign to %s here. Maybe you meant '==' instead "
                   "of '='?",
                exprName(E));
    return;
  }
  unexpectedToken();
}

/// After an element of a bracketed display or argument list, anything but
/// ',' or the closing bracket is an error; CPython's invalid_expression
/// suggests a missing comma when another expression follows.
bool Parser::checkElementEnd(Expr *E, uint32_t StartTok, TokenKind Close) {
  if (at(TokenKind::Comma) || at(Close))
    return true;
  if (at(TokenKind::Equal)) {
    checkStrayAssignment(E);
    return false;
  }
  bool Disjunction = E->parenthesized ||
                     !(isa<IfExp>(E) || isa<Lambda>(E) || isa<Starred>(E) ||
                       isa<NamedExpr>(E) || isa<Yield>(E));
  bool NameString = tok(StartTok).kind == TokenKind::Name &&
                    tok(StartTok + 1).kind == TokenKind::String;
  bool SoftKeyword = isName(StartTok, "match") || isName(StartTok, "case") ||
                     isName(StartTok, "_");
  bool Legacy = isa<Name>(E) && (cast<Name>(E)->id.is("print") ||
                                 cast<Name>(E)->id.is("exec"));
  if (Disjunction && !NameString && !SoftKeyword && !Legacy &&
      atExpressionStart() && !at(TokenKind::kw_not)) {
    errorAtNode(E, "invalid syntax. Perhaps you forgot a comma?");
    return false;
  }
  unexpectedToken();
  return false;
}

//===----------------------------------------------------------------------===//
// Conditional, boolean and comparison operators
//===----------------------------------------------------------------------===//

/// expression ::= disjunction 'if' disjunction 'else' expression
///              | disjunction | lambdef
Expr *Parser::parseExpression() {
  DepthGuard Guard(*this);
  if (!Guard.ok())
    return nullptr;
  if (at(TokenKind::kw_lambda))
    return parseLambda();
  Expr *Body = parseDisjunction();
  if (!Body || !at(TokenKind::kw_if))
    return Body;
  consume();
  Expr *Test = parseDisjunction();
  if (!Test)
    return nullptr;
  if (!accept(TokenKind::kw_else)) {
    if (at(TokenKind::Colon))
      unexpectedToken();
    else
      errorAtNode(Body, "expected 'else' after 'if' expression");
    return nullptr;
  }
  Expr *OrElse = parseExpression();
  if (!OrElse)
    return nullptr;
  IfExp *E = makeAt<IfExp>(Body);
  if (!E)
    return nullptr;
  E->test = Test;
  E->body = Body;
  E->orelse = OrElse;
  return closeAt(E, OrElse);
}

/// yield_expr ::= 'yield' 'from' expression | 'yield' [star_expressions]
Expr *Parser::parseYieldExpression() {
  uint32_t Start = consume();
  if (accept(TokenKind::kw_from)) {
    Expr *V = parseExpression();
    if (!V)
      return nullptr;
    YieldFrom *Y = make<YieldFrom>(Start);
    if (!Y)
      return nullptr;
    Y->value = V;
    return close(Y);
  }
  Expr *V = nullptr;
  if (atExpressionStart() || at(TokenKind::Star)) {
    V = parseStarExpressions();
    if (!V)
      return nullptr;
  }
  Yield *Y = make<Yield>(Start);
  if (!Y)
    return nullptr;
  Y->value = V;
  return close(Y);
}

/// disjunction ::= conjunction ('or' conjunction)+ | conjunction
/// conjunction ::= inversion ('and' inversion)+ | inversion
Expr *Parser::parseDisjunction() {
  Expr *First = parseConjunction();
  if (!First || !at(TokenKind::kw_or))
    return First;
  Builder<Expr *> Values(ctx.arena);
  Values.push(First);
  while (accept(TokenKind::kw_or)) {
    Expr *E = parseConjunction();
    if (!E)
      return nullptr;
    if (!Values.push(E)) {
      outOfMemory();
      return nullptr;
    }
  }
  BoolOp *B = makeAt<BoolOp>(First);
  if (!B)
    return nullptr;
  B->op = BoolOpKind::Or;
  B->values = finish(Values);
  return close(B);
}

Expr *Parser::parseConjunction() {
  Expr *First = parseInversion();
  if (!First || !at(TokenKind::kw_and))
    return First;
  Builder<Expr *> Values(ctx.arena);
  Values.push(First);
  while (accept(TokenKind::kw_and)) {
    Expr *E = parseInversion();
    if (!E)
      return nullptr;
    if (!Values.push(E)) {
      outOfMemory();
      return nullptr;
    }
  }
  BoolOp *B = makeAt<BoolOp>(First);
  if (!B)
    return nullptr;
  B->op = BoolOpKind::And;
  B->values = finish(Values);
  return close(B);
}

/// inversion ::= 'not' inversion | comparison
Expr *Parser::parseInversion() {
  if (!at(TokenKind::kw_not))
    return parseComparison();
  DepthGuard Guard(*this);
  if (!Guard.ok())
    return nullptr;
  uint32_t Start = consume();
  Expr *Operand = parseInversion();
  if (!Operand)
    return nullptr;
  UnaryOp *U = make<UnaryOp>(Start);
  if (!U)
    return nullptr;
  U->op = UnaryOpKind::Not;
  U->operand = Operand;
  return close(U);
}

/// comparison ::= bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
Expr *Parser::parseComparison() {
  Expr *Left = parseBitwiseOr();
  if (!Left)
    return nullptr;
  Builder<CmpOpKind> Ops(ctx.arena);
  Builder<Expr *> Comparators(ctx.arena);
  for (;;) {
    CmpOpKind Op;
    switch (kind()) {
    case TokenKind::EqEqual: Op = CmpOpKind::Eq; break;
    case TokenKind::NotEqual: Op = CmpOpKind::NotEq; break;
    case TokenKind::Less: Op = CmpOpKind::Lt; break;
    case TokenKind::LessEqual: Op = CmpOpKind::LtE; break;
    case TokenKind::Greater: Op = CmpOpKind::Gt; break;
    case TokenKind::GreaterEqual: Op = CmpOpKind::GtE; break;
    case TokenKind::kw_in: Op = CmpOpKind::In; break;
    case TokenKind::kw_is:
      Op = atNext(TokenKind::kw_not) ? CmpOpKind::IsNot : CmpOpKind::Is;
      break;
    case TokenKind::kw_not:
      if (!atNext(TokenKind::kw_in))
        goto done;
      Op = CmpOpKind::NotIn;
      break;
    default:
      goto done;
    }
    consume();
    if (Op == CmpOpKind::IsNot || Op == CmpOpKind::NotIn)
      consume();
    {
      Expr *Right = parseBitwiseOr();
      if (!Right)
        return nullptr;
      if (!Ops.push(Op) || !Comparators.push(Right)) {
        outOfMemory();
        return nullptr;
      }
    }
  }
done:
  if (Ops.empty())
    return Left;
  Compare *C = makeAt<Compare>(Left);
  if (!C)
    return nullptr;
  C->left = Left;
  C->ops = finish(Ops);
  C->comparators = finish(Comparators);
  return close(C);
}

//===----------------------------------------------------------------------===//
// Binary and unary arithmetic
//===----------------------------------------------------------------------===//

namespace {
struct BinaryLevel {
  TokenKind Token;
  OperatorKind Op;
};
} // namespace

/// One precedence level of left-associative binary operators.
#define ADDER_BINARY_LEVEL(Func, Next, ...)                                    \
  Expr *Parser::Func() {                                                       \
    static const BinaryLevel Ops[] = {__VA_ARGS__};                            \
    Expr *Left = Next();                                                       \
    while (Left) {                                                             \
      const BinaryLevel *Match = nullptr;                                      \
      for (const BinaryLevel &L : Ops)                                         \
        if (L.Token == kind())                                                 \
          Match = &L;                                                          \
      if (!Match)                                                              \
        break;                                                                 \
      consume();                                                               \
      Expr *Right = Next();                                                    \
      if (!Right)                                                              \
        return nullptr;                                                        \
      BinOp *B = makeAt<BinOp>(Left);                                          \
      if (!B)                                                                  \
        return nullptr;                                                        \
      B->left = Left;                                                          \
      B->op = Match->Op;                                                       \
      B->right = Right;                                                        \
      Left = closeAt(B, Right);                                                \
    }                                                                          \
    return Left;                                                               \
  }

/// bitwise_or ::= bitwise_or '|' bitwise_xor | bitwise_xor
ADDER_BINARY_LEVEL(parseBitwiseOr, parseBitwiseXor,
                   {TokenKind::VBar, OperatorKind::BitOr})
/// bitwise_xor ::= bitwise_xor '^' bitwise_and | bitwise_and
ADDER_BINARY_LEVEL(parseBitwiseXor, parseBitwiseAnd,
                   {TokenKind::Circumflex, OperatorKind::BitXor})
/// bitwise_and ::= bitwise_and '&' shift_expr | shift_expr
ADDER_BINARY_LEVEL(parseBitwiseAnd, parseShift,
                   {TokenKind::Amper, OperatorKind::BitAnd})
/// shift_expr ::= shift_expr ('<<' | '>>') sum | sum
ADDER_BINARY_LEVEL(parseShift, parseSum,
                   {TokenKind::LeftShift, OperatorKind::LShift},
                   {TokenKind::RightShift, OperatorKind::RShift})
/// sum ::= sum ('+' | '-') term | term
ADDER_BINARY_LEVEL(parseSum, parseTerm, {TokenKind::Plus, OperatorKind::Add},
                   {TokenKind::Minus, OperatorKind::Sub})
/// term ::= term ('*' | '/' | '//' | '%' | '@') factor | factor
ADDER_BINARY_LEVEL(parseTerm, parseFactor,
                   {TokenKind::Star, OperatorKind::Mult},
                   {TokenKind::Slash, OperatorKind::Div},
                   {TokenKind::DoubleSlash, OperatorKind::FloorDiv},
                   {TokenKind::Percent, OperatorKind::Mod},
                   {TokenKind::At, OperatorKind::MatMult})

#undef ADDER_BINARY_LEVEL

/// factor ::= '+' factor | '-' factor | '~' factor | power
Expr *Parser::parseFactor() {
  UnaryOpKind Op;
  switch (kind()) {
  case TokenKind::Plus: Op = UnaryOpKind::UAdd; break;
  case TokenKind::Minus: Op = UnaryOpKind::USub; break;
  case TokenKind::Tilde: Op = UnaryOpKind::Invert; break;
  default: return parsePower();
  }
  DepthGuard Guard(*this);
  if (!Guard.ok())
    return nullptr;
  uint32_t Start = consume();
  Expr *Operand = parseFactor();
  if (!Operand)
    return nullptr;
  UnaryOp *U = make<UnaryOp>(Start);
  if (!U)
    return nullptr;
  U->op = Op;
  U->operand = Operand;
  return closeAt(U, Operand);
}

/// power ::= await_primary '**' factor | await_primary
Expr *Parser::parsePower() {
  Expr *Base = parseAwaitPrimary();
  if (!Base || !at(TokenKind::DoubleStar))
    return Base;
  DepthGuard Guard(*this);
  if (!Guard.ok())
    return nullptr;
  consume();
  Expr *Exp = parseFactor();
  if (!Exp)
    return nullptr;
  BinOp *B = makeAt<BinOp>(Base);
  if (!B)
    return nullptr;
  B->left = Base;
  B->op = OperatorKind::Pow;
  B->right = Exp;
  return closeAt(B, Exp);
}

/// await_primary ::= AWAIT primary | primary
Expr *Parser::parseAwaitPrimary() {
  if (!at(TokenKind::kw_await))
    return parsePrimary();
  DepthGuard Guard(*this);
  if (!Guard.ok())
    return nullptr;
  uint32_t Start = consume();
  Expr *V = parsePrimary();
  if (!V)
    return nullptr;
  Await *A = make<Await>(Start);
  if (!A)
    return nullptr;
  A->value = V;
  return closeAt(A, V);
}

//===----------------------------------------------------------------------===//
// Primaries and atoms
//===----------------------------------------------------------------------===//

/// primary ::= primary '.' NAME | primary genexp | primary '(' [arguments] ')'
///           | primary '[' slices ']' | atom
Expr *Parser::parsePrimary() {
  Expr *E = parseAtom();
  while (E) {
    if (at(TokenKind::Dot)) {
      consume();
      if (!at(TokenKind::Name)) {
        unexpectedToken();
        return nullptr;
      }
      Attribute *A = makeAt<Attribute>(E);
      if (!A)
        return nullptr;
      A->value = E;
      A->attr = identifier(consume());
      A->ctx = ExprContext::Load;
      E = close(A);
    } else if (at(TokenKind::LParen)) {
      DepthGuard Guard(*this);
      if (!Guard.ok())
        return nullptr;
      consume();
      Call *C = makeAt<Call>(E);
      if (!C)
        return nullptr;
      C->func = E;
      if (!parseCallArguments(C->args, C->keywords, TokenKind::RParen) ||
          !expect(TokenKind::RParen))
        return nullptr;
      E = close(C);
    } else if (at(TokenKind::LSquare)) {
      DepthGuard Guard(*this);
      if (!Guard.ok())
        return nullptr;
      consume();
      Expr *Index = parseSlices();
      if (!Index || !expect(TokenKind::RSquare))
        return nullptr;
      Subscript *S = makeAt<Subscript>(E);
      if (!S)
        return nullptr;
      S->value = E;
      S->slice = Index;
      S->ctx = ExprContext::Load;
      E = close(S);
    } else {
      break;
    }
  }
  return E;
}

/// atom ::= NAME | 'True' | 'False' | 'None' | strings | NUMBER
///        | (tuple | group | genexp) | (list | listcomp)
///        | (dict | set | dictcomp | setcomp) | '...'
Expr *Parser::parseAtom() {
  uint32_t Start = pos;
  switch (kind()) {
  case TokenKind::Name:
    return makeName(consume(), ExprContext::Load);
  case TokenKind::kw_True:
    consume();
    return close(makeConstant(Start, ConstantValue::Kind::True, StrRef()));
  case TokenKind::kw_False:
    consume();
    return close(makeConstant(Start, ConstantValue::Kind::False, StrRef()));
  case TokenKind::kw_None:
    consume();
    return close(makeConstant(Start, ConstantValue::Kind::None, StrRef()));
  case TokenKind::Ellipsis:
    consume();
    return close(makeConstant(Start, ConstantValue::Kind::Ellipsis, StrRef()));
  case TokenKind::Number:
    return parseNumber();
  case TokenKind::String:
    return parseStrings();
  case TokenKind::LParen:
    return parseParenthesized();
  case TokenKind::LSquare:
    return parseListDisplay();
  case TokenKind::LBrace:
    return parseBraceDisplay();
  default:
    unexpectedToken();
    return nullptr;
  }
}

/// A number's kind follows from its spelling; its value stays text.
Expr *Parser::parseNumber() {
  uint32_t Start = consume();
  StrRef T = text(tok(Start));
  ConstantValue::Kind K = ConstantValue::Kind::Int;
  char Last = T[T.size - 1];
  bool Prefixed = T.size > 1 && T[0] == '0' &&
                  (T[1] == 'x' || T[1] == 'X' || T[1] == 'o' || T[1] == 'O' ||
                   T[1] == 'b' || T[1] == 'B');
  if (Last == 'j' || Last == 'J') {
    K = ConstantValue::Kind::Complex;
  } else if (!Prefixed) {
    for (char C : T)
      if (C == '.' || C == 'e' || C == 'E')
        K = ConstantValue::Kind::Float;
  }
  return close(makeConstant(Start, K, T));
}

/// Parses `elt for ... ` once the element has been parsed; Close ends it.
bool Parser::parseComprehensionClauses(Seq<Comprehension *> &Out) {
  Builder<Comprehension *> Gens(ctx.arena);
  while (at(TokenKind::kw_for) ||
         (at(TokenKind::kw_async) && atNext(TokenKind::kw_for))) {
    uint32_t Start = pos;
    bool IsAsync = accept(TokenKind::kw_async);
    consume(); // 'for'
    Expr *Target = parseStarTargets();
    if (!Target)
      return false;
    if (!at(TokenKind::kw_in)) {
      unexpectedToken();
      return false;
    }
    if (!setTargetContext(Target, TargetKind::For))
      return false;
    consume();
    Expr *Iter = parseDisjunction();
    if (!Iter)
      return false;
    Builder<Expr *> Ifs(ctx.arena);
    while (accept(TokenKind::kw_if)) {
      Expr *Cond = parseDisjunction();
      if (!Cond)
        return false;
      if (!Ifs.push(Cond)) {
        outOfMemory();
        return false;
      }
    }
    Comprehension *C = make<Comprehension>(Start);
    if (!C)
      return false;
    C->target = Target;
    C->iter = Iter;
    C->ifs = finish(Ifs);
    C->is_async = IsAsync;
    close(C);
    if (!Gens.push(C)) {
      outOfMemory();
      return false;
    }
  }
  Out = finish(Gens);
  return !hasError;
}

/// Collects further star_named_expressions of a display up to Close.
bool Parser::parseElements(Builder<Expr *> &Out, TokenKind Close,
                           bool &SawTrailingComma) {
  SawTrailingComma = false;
  while (accept(TokenKind::Comma)) {
    if (at(Close)) {
      SawTrailingComma = true;
      break;
    }
    uint32_t ElementStart = pos;
    Expr *E = parseStarNamedExpression();
    if (!E)
      return false;
    if (!checkElementEnd(E, ElementStart, Close))
      return false;
    if (!Out.push(E)) {
      outOfMemory();
      return false;
    }
  }
  return true;
}

/// tuple ::= '(' [star_named_expression ',' [star_named_expressions]] ')'
/// group ::= '(' (yield_expr | named_expression) ')'
/// genexp ::= '(' (assignment_expression | expression !':=') for_if_clauses ')'
Expr *Parser::parseParenthesized() {
  DepthGuard Guard(*this);
  if (!Guard.ok())
    return nullptr;
  uint32_t Start = consume();
  if (accept(TokenKind::RParen)) {
    Tuple *T = make<Tuple>(Start);
    if (!T)
      return nullptr;
    T->ctx = ExprContext::Load;
    T->parenthesized = true;
    return close(T);
  }
  if (at(TokenKind::kw_yield)) {
    Expr *Y = parseYieldExpression();
    if (!Y || !expect(TokenKind::RParen))
      return nullptr;
    Y->parenthesized = true;
    return Y;
  }
  uint32_t FirstStart = pos;
  Expr *First = parseStarNamedExpression();
  if (!First)
    return nullptr;
  if (at(TokenKind::kw_for) ||
      (at(TokenKind::kw_async) && atNext(TokenKind::kw_for))) {
    if (isa<Starred>(First)) {
      errorAtNode(First, "iterable unpacking cannot be used in comprehension");
      return nullptr;
    }
    GeneratorExp *G = make<GeneratorExp>(Start);
    if (!G)
      return nullptr;
    G->elt = First;
    if (!parseComprehensionClauses(G->generators) ||
        !expect(TokenKind::RParen))
      return nullptr;
    G->parenthesized = true;
    return close(G);
  }
  if (at(TokenKind::Comma)) {
    Builder<Expr *> Elts(ctx.arena);
    Elts.push(First);
    bool Trailing;
    if (!parseElements(Elts, TokenKind::RParen, Trailing) ||
        !expect(TokenKind::RParen))
      return nullptr;
    Tuple *T = make<Tuple>(Start);
    if (!T)
      return nullptr;
    T->elts = finish(Elts);
    T->ctx = ExprContext::Load;
    T->parenthesized = true;
    return close(T);
  }
  if (!checkElementEnd(First, FirstStart, TokenKind::RParen))
    return nullptr;
  consume(); // ')'
  if (isa<Starred>(First)) {
    errorAtNode(First, "cannot use starred expression here");
    return nullptr;
  }
  First->parenthesized = true;
  return First;
}

/// list ::= '[' [star_named_expressions] ']'
/// listcomp ::= '[' named_expression for_if_clauses ']'
Expr *Parser::parseListDisplay() {
  DepthGuard Guard(*this);
  if (!Guard.ok())
    return nullptr;
  uint32_t Start = consume();
  if (accept(TokenKind::RSquare)) {
    List *L = make<List>(Start);
    if (!L)
      return nullptr;
    L->ctx = ExprContext::Load;
    return close(L);
  }
  uint32_t FirstStart = pos;
  Expr *First = parseStarNamedExpression();
  if (!First)
    return nullptr;
  if (at(TokenKind::kw_for) ||
      (at(TokenKind::kw_async) && atNext(TokenKind::kw_for))) {
    if (isa<Starred>(First)) {
      errorAtNode(First, "iterable unpacking cannot be used in comprehension");
      return nullptr;
    }
    ListComp *C = make<ListComp>(Start);
    if (!C)
      return nullptr;
    C->elt = First;
    if (!parseComprehensionClauses(C->generators) ||
        !expect(TokenKind::RSquare))
      return nullptr;
    return close(C);
  }
  if (!checkElementEnd(First, FirstStart, TokenKind::RSquare))
    return nullptr;
  Builder<Expr *> Elts(ctx.arena);
  Elts.push(First);
  bool Trailing;
  if (!parseElements(Elts, TokenKind::RSquare, Trailing) ||
      !expect(TokenKind::RSquare))
    return nullptr;
  List *L = make<List>(Start);
  if (!L)
    return nullptr;
  L->elts = finish(Elts);
  L->ctx = ExprContext::Load;
  return close(L);
}

/// dict ::= '{' [double_starred_kvpairs] '}'
/// set ::= '{' star_named_expressions '}'
/// dictcomp ::= '{' kvpair for_if_clauses '}'
/// setcomp ::= '{' named_expression for_if_clauses '}'
Expr *Parser::parseBraceDisplay() {
  DepthGuard Guard(*this);
  if (!Guard.ok())
    return nullptr;
  uint32_t Start = consume();
  if (accept(TokenKind::RBrace)) {
    Dict *D = make<Dict>(Start);
    return D ? close(D) : nullptr;
  }
  bool IsDict = at(TokenKind::DoubleStar);
  Expr *FirstKey = nullptr, *FirstValue = nullptr;
  uint32_t FirstStart = pos;
  if (IsDict) {
    consume();
    FirstValue = parseBitwiseOr();
    if (!FirstValue)
      return nullptr;
  } else {
    FirstKey = parseStarNamedExpression();
    if (!FirstKey)
      return nullptr;
    if (at(TokenKind::Colon) && !isa<Starred>(FirstKey)) {
      IsDict = true;
      consume();
      if (at(TokenKind::Star)) {
        errorAtToken(pos, "cannot use a starred expression in a dictionary "
                          "value");
        return nullptr;
      }
      FirstValue = parseExpression();
      if (!FirstValue)
        return nullptr;
    }
  }
  bool AtComprehension = at(TokenKind::kw_for) ||
                         (at(TokenKind::kw_async) && atNext(TokenKind::kw_for));
  if (IsDict) {
    if (AtComprehension) {
      if (!FirstKey) {
        errorAtToken(FirstStart, "dict unpacking cannot be used in dict "
                                 "comprehension");
        return nullptr;
      }
      DictComp *C = make<DictComp>(Start);
      if (!C)
        return nullptr;
      C->key = FirstKey;
      C->value = FirstValue;
      if (!parseComprehensionClauses(C->generators) ||
          !expect(TokenKind::RBrace))
        return nullptr;
      return close(C);
    }
    Builder<Expr *> Keys(ctx.arena), Values(ctx.arena);
    Keys.push(FirstKey);
    Values.push(FirstValue);
    while (!at(TokenKind::RBrace)) {
      if (!at(TokenKind::Comma)) {
        if (at(TokenKind::Colon) || !atExpressionStart()) {
          unexpectedToken();
          return nullptr;
        }
        errorAtNode(FirstValue, "invalid syntax. Perhaps you forgot a comma?");
        return nullptr;
      }
      consume();
      if (at(TokenKind::RBrace))
        break;
      Expr *K = nullptr, *V = nullptr;
      if (accept(TokenKind::DoubleStar)) {
        V = parseBitwiseOr();
        if (!V)
          return nullptr;
      } else {
        K = parseExpression();
        if (!K)
          return nullptr;
        if (!at(TokenKind::Colon)) {
          if (at(TokenKind::Comma) || at(TokenKind::RBrace))
            // CPython points at the key's last character.
            errorAt(ErrorKind::SyntaxError, K->endLine,
                    K->endCol ? K->endCol - 1 : 0,
                    "':' expected after dictionary key");
          else
            unexpectedToken();
          return nullptr;
        }
        consume();
        if (at(TokenKind::Star)) {
          errorAtToken(pos, "cannot use a starred expression in a "
                            "dictionary value");
          return nullptr;
        }
        V = parseExpression();
        if (!V)
          return nullptr;
      }
      if (!Keys.push(K) || !Values.push(V)) {
        outOfMemory();
        return nullptr;
      }
    }
    consume(); // '}'
    Dict *D = make<Dict>(Start);
    if (!D)
      return nullptr;
    D->keys = finish(Keys);
    D->values = finish(Values);
    return close(D);
  }
  if (AtComprehension) {
    if (isa<Starred>(FirstKey)) {
      errorAtNode(FirstKey, "iterable unpacking cannot be used in "
                            "comprehension");
      return nullptr;
    }
    SetComp *C = make<SetComp>(Start);
    if (!C)
      return nullptr;
    C->elt = FirstKey;
    if (!parseComprehensionClauses(C->generators) ||
        !expect(TokenKind::RBrace))
      return nullptr;
    return close(C);
  }
  if (!checkElementEnd(FirstKey, FirstStart, TokenKind::RBrace))
    return nullptr;
  Builder<Expr *> Elts(ctx.arena);
  Elts.push(FirstKey);
  bool Trailing;
  if (!parseElements(Elts, TokenKind::RBrace, Trailing) ||
      !expect(TokenKind::RBrace))
    return nullptr;
  Set *S = make<Set>(Start);
  if (!S)
    return nullptr;
  S->elts = finish(Elts);
  return close(S);
}

//===----------------------------------------------------------------------===//
// Subscripts
//===----------------------------------------------------------------------===//

/// slices ::= slice !',' | ','.(slice | starred_expression)+ [',']
Expr *Parser::parseSlices() {
  uint32_t FirstStart = pos;
  Expr *First = parseSlice();
  if (!First)
    return nullptr;
  if (!at(TokenKind::Comma)) {
    if (!isa<Starred>(First)) {
      if (!at(TokenKind::RSquare)) {
        checkElementEnd(First, FirstStart, TokenKind::RSquare);
        return nullptr;
      }
      return First;
    }
  }
  Builder<Expr *> Elts(ctx.arena);
  Elts.push(First);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSquare))
      break;
    uint32_t ElementStart = pos;
    Expr *E = parseSlice();
    if (!E)
      return nullptr;
    if (!checkElementEnd(E, ElementStart, TokenKind::RSquare))
      return nullptr;
    if (!Elts.push(E)) {
      outOfMemory();
      return nullptr;
    }
  }
  Tuple *T = makeAt<Tuple>(First);
  if (!T)
    return nullptr;
  T->elts = finish(Elts);
  T->ctx = ExprContext::Load;
  return close(T);
}

/// slice ::= [expression] ':' [expression] [':' [expression]]
///         | named_expression
Expr *Parser::parseSlice() {
  uint32_t Start = pos;
  if (at(TokenKind::Star)) {
    consume();
    Expr *V = parseBitwiseOr();
    if (!V)
      return nullptr;
    Starred *S = make<Starred>(Start);
    if (!S)
      return nullptr;
    S->value = V;
    S->ctx = ExprContext::Load;
    return close(S);
  }
  Expr *Lower = nullptr;
  if (!at(TokenKind::Colon)) {
    Lower = parseNamedExpression();
    if (!Lower || !at(TokenKind::Colon))
      return Lower;
  }
  consume(); // ':'
  auto EndsPart = [&] {
    return at(TokenKind::Colon) || at(TokenKind::RSquare) ||
           at(TokenKind::Comma);
  };
  Expr *Upper = nullptr, *Step = nullptr;
  if (!EndsPart()) {
    Upper = parseExpression();
    if (!Upper)
      return nullptr;
  }
  if (accept(TokenKind::Colon) && !EndsPart()) {
    Step = parseExpression();
    if (!Step)
      return nullptr;
  }
  Slice *S = make<Slice>(Start);
  if (!S)
    return nullptr;
  S->lower = Lower;
  S->upper = Upper;
  S->step = Step;
  return close(S);
}

/// lambdef ::= 'lambda' [lambda_params] ':' expression
Expr *Parser::parseLambda() {
  uint32_t Start = consume();
  Arguments *Args = parseParameters(true, TokenKind::Colon);
  if (!Args)
    return nullptr;
  if (!accept(TokenKind::Colon)) {
    unexpectedToken();
    return nullptr;
  }
  Expr *Body = parseExpression();
  if (!Body)
    return nullptr;
  Lambda *L = make<Lambda>(Start);
  if (!L)
    return nullptr;
  L->args = Args;
  L->body = Body;
  return closeAt(L, Body);
}

//===----------------------------------------------------------------------===//
// Targets
//===----------------------------------------------------------------------===//

/// star_targets ::= star_target !',' | star_target (',' star_target)* [',']
/// star_target ::= '*' (!'*' star_target) | target_with_star_atom
/// Targets are parsed at bitwise_or level, which stops before 'in'.
Expr *Parser::parseStarTargets() {
  auto ParseOne = [&]() -> Expr * {
    if (!at(TokenKind::Star))
      return parseBitwiseOr();
    uint32_t Start = consume();
    if (at(TokenKind::Star)) {
      unexpectedToken();
      return nullptr;
    }
    Expr *V = parseBitwiseOr();
    if (!V)
      return nullptr;
    Starred *S = make<Starred>(Start);
    if (!S)
      return nullptr;
    S->value = V;
    S->ctx = ExprContext::Store;
    return close(S);
  };
  Expr *First = ParseOne();
  if (!First || !at(TokenKind::Comma))
    return First;
  Builder<Expr *> Elts(ctx.arena);
  Elts.push(First);
  while (accept(TokenKind::Comma)) {
    if (!at(TokenKind::Star) && !atExpressionStart())
      break;
    Expr *E = ParseOne();
    if (!E)
      return nullptr;
    if (!Elts.push(E)) {
      outOfMemory();
      return nullptr;
    }
  }
  Tuple *T = makeAt<Tuple>(First);
  if (!T)
    return nullptr;
  T->elts = finish(Elts);
  T->ctx = ExprContext::Store;
  return close(T);
}

/// CPython's _PyPegen_get_invalid_target: the first subexpression that
/// cannot be assigned to (or deleted), or null if E is a valid target.
Expr *Parser::invalidTarget(Expr *E, TargetKind Kind) {
  switch (E->nodeKind) {
  case NodeKind::List:
    for (Expr *Elt : cast<List>(E)->elts)
      if (Expr *Bad = invalidTarget(Elt, Kind))
        return Bad;
    return nullptr;
  case NodeKind::Tuple:
    for (Expr *Elt : cast<Tuple>(E)->elts)
      if (Expr *Bad = invalidTarget(Elt, Kind))
        return Bad;
    return nullptr;
  case NodeKind::Starred:
    if (Kind == TargetKind::Del)
      return E;
    return invalidTarget(cast<Starred>(E)->value, Kind);
  case NodeKind::Name:
  case NodeKind::Subscript:
  case NodeKind::Attribute:
    return nullptr;
  default:
    return E;
  }
}

void Parser::applyContext(Expr *E, ExprContext Ctx) {
  switch (E->nodeKind) {
  case NodeKind::Name:
    cast<Name>(E)->ctx = Ctx;
    return;
  case NodeKind::Attribute:
    cast<Attribute>(E)->ctx = Ctx;
    return;
  case NodeKind::Subscript:
    cast<Subscript>(E)->ctx = Ctx;
    return;
  case NodeKind::Starred:
    cast<Starred>(E)->ctx = Ctx;
    applyContext(cast<Starred>(E)->value, Ctx);
    return;
  case NodeKind::List:
    cast<List>(E)->ctx = Ctx;
    for (Expr *Elt : cast<List>(E)->elts)
      applyContext(Elt, Ctx);
    return;
  case NodeKind::Tuple:
    cast<Tuple>(E)->ctx = Ctx;
    for (Expr *Elt : cast<Tuple>(E)->elts)
      applyContext(Elt, Ctx);
    return;
  default:
    ADDER_UNREACHABLE("context applied to an invalid target");
  }
}

bool Parser::setTargetContext(Expr *E, TargetKind Kind, bool HereHint) {
  if (Expr *Bad = invalidTarget(E, Kind)) {
    if (Kind == TargetKind::Del)
      errorAtNode(Bad, "cannot delete %s", exprName(Bad));
    else if (HereHint && Bad == E)
      errorAtNode(Bad, "cannot assign to %s here. Maybe you meant '==' "
                       "instead of '='?",
                  exprName(Bad));
    else
      errorAtNode(Bad, "cannot assign to %s", exprName(Bad));
    return false;
  }
  applyContext(E, Kind == TargetKind::Del ? ExprContext::Del
                                          : ExprContext::Store);
  return true;
}

} // namespace adder::detail
