//===- ParsePattern.cpp - match statement patterns ------------------------===//
//
// The pattern sub-language of `match` (PEP 634): literals, captures, the
// wildcard, dotted values, groups, sequences, mappings and class patterns,
// combined with `|` and `as`. Patterns share atoms with expressions
// (numbers, strings, dotted names) but have their own node kinds.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

namespace adder::detail {

/// pattern_capture_target ::= !"_" NAME !('.' | '(' | '=')
bool Parser::isCaptureName(uint32_t I) const {
  if (tok(I).kind != TokenKind::Name || isName(I, "_"))
    return false;
  TokenKind Next = tok(I + 1).kind;
  return Next != TokenKind::Dot && Next != TokenKind::LParen &&
         Next != TokenKind::Equal;
}

/// patterns ::= open_sequence_pattern | pattern
/// open_sequence_pattern ::= maybe_star_pattern ',' maybe_sequence_pattern?
Pattern *Parser::parsePatterns() {
  uint32_t Start = pos;
  Pattern *First = at(TokenKind::Star) ? parseStarPattern() : parsePattern();
  if (!First)
    return nullptr;
  if (!at(TokenKind::Comma)) {
    if (isa<MatchStar>(First)) {
      unexpectedToken();
      return nullptr;
    }
    return First;
  }
  Builder<Pattern *> Elts(ctx.arena);
  Elts.push(First);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at(TokenKind::kw_if))
      break;
    Pattern *P = at(TokenKind::Star) ? parseStarPattern() : parsePattern();
    if (!P)
      return nullptr;
    if (!Elts.push(P)) {
      outOfMemory();
      return nullptr;
    }
  }
  MatchSequence *S = make<MatchSequence>(Start);
  if (!S)
    return nullptr;
  S->patterns = finish(Elts);
  return close(S);
}

/// pattern ::= or_pattern 'as' pattern_capture_target | or_pattern
Pattern *Parser::parsePattern() {
  DepthGuard Guard(*this);
  if (!Guard.ok())
    return nullptr;
  uint32_t Start = pos;
  Pattern *Or = parseOrPattern();
  if (!Or || !at(TokenKind::kw_as))
    return Or;
  consume();
  if (atName("_")) {
    errorAtToken(pos, "cannot use '_' as a target");
    return nullptr;
  }
  if (!isCaptureName(pos)) {
    if (atExpressionStart())
      errorAtToken(pos, "invalid pattern target");
    else
      unexpectedToken();
    return nullptr;
  }
  MatchAs *A = make<MatchAs>(Start);
  if (!A)
    return nullptr;
  A->pattern = Or;
  A->name = identifier(consume());
  return close(A);
}

/// or_pattern ::= '|'.closed_pattern+
Pattern *Parser::parseOrPattern() {
  uint32_t Start = pos;
  Pattern *First = parseClosedPattern();
  if (!First || !at(TokenKind::VBar))
    return First;
  Builder<Pattern *> Alts(ctx.arena);
  Alts.push(First);
  while (accept(TokenKind::VBar)) {
    Pattern *P = parseClosedPattern();
    if (!P)
      return nullptr;
    if (!Alts.push(P)) {
      outOfMemory();
      return nullptr;
    }
  }
  MatchOr *O = make<MatchOr>(Start);
  if (!O)
    return nullptr;
  O->patterns = finish(Alts);
  return close(O);
}

/// star_pattern ::= '*' pattern_capture_target | '*' wildcard_pattern
Pattern *Parser::parseStarPattern() {
  uint32_t Start = consume();
  MatchStar *S = make<MatchStar>(Start);
  if (!S)
    return nullptr;
  if (atName("_")) {
    consume();
  } else if (isCaptureName(pos)) {
    S->name = identifier(consume());
  } else {
    unexpectedToken();
    return nullptr;
  }
  return close(S);
}

/// signed_number ::= NUMBER | '-' NUMBER, and complex_number ::=
/// signed_real_number ('+' | '-') imaginary_number.
Expr *Parser::parseSignedNumber(bool AllowComplex) {
  uint32_t Start = pos;
  bool Negative = accept(TokenKind::Minus);
  if (!at(TokenKind::Number)) {
    unexpectedToken();
    return nullptr;
  }
  Expr *Num = parseNumber();
  if (!Num)
    return nullptr;
  bool Imaginary = cast<Constant>(Num)->value.kind == ConstantValue::Kind::Complex;
  Expr *Left = Num;
  if (Negative) {
    UnaryOp *U = make<UnaryOp>(Start);
    if (!U)
      return nullptr;
    U->op = UnaryOpKind::USub;
    U->operand = Num;
    Left = close(U);
  }
  if (!AllowComplex || !(at(TokenKind::Plus) || at(TokenKind::Minus)))
    return Left;
  if (Imaginary) {
    errorAtNode(Num, "real number required in complex literal");
    return nullptr;
  }
  OperatorKind Op = at(TokenKind::Plus) ? OperatorKind::Add : OperatorKind::Sub;
  consume();
  if (!at(TokenKind::Number)) {
    unexpectedToken();
    return nullptr;
  }
  Expr *Right = parseNumber();
  if (!Right)
    return nullptr;
  if (cast<Constant>(Right)->value.kind != ConstantValue::Kind::Complex) {
    errorAtNode(Right, "imaginary number required in complex literal");
    return nullptr;
  }
  BinOp *B = make<BinOp>(Start);
  if (!B)
    return nullptr;
  B->left = Left;
  B->op = Op;
  B->right = Right;
  return close(B);
}

/// literal_expr ::= signed_number !('+' | '-') | complex_number | strings
///                | 'None' | 'True' | 'False'
Expr *Parser::parseLiteralExpr() {
  switch (kind()) {
  case TokenKind::Number:
  case TokenKind::Minus:
    return parseSignedNumber(true);
  case TokenKind::String:
    return parseStrings();
  case TokenKind::kw_None:
  case TokenKind::kw_True:
  case TokenKind::kw_False:
    return parseAtom();
  default:
    unexpectedToken();
    return nullptr;
  }
}

/// literal_pattern: numbers and strings match by value, None/True/False by
/// identity (MatchSingleton).
Pattern *Parser::parseLiteralPattern(uint32_t Start) {
  ConstantValue::Kind K;
  switch (kind()) {
  case TokenKind::kw_None: K = ConstantValue::Kind::None; break;
  case TokenKind::kw_True: K = ConstantValue::Kind::True; break;
  case TokenKind::kw_False: K = ConstantValue::Kind::False; break;
  default: {
    Expr *V = parseLiteralExpr();
    if (!V)
      return nullptr;
    MatchValue *M = make<MatchValue>(Start);
    if (!M)
      return nullptr;
    M->value = V;
    return close(M);
  }
  }
  consume();
  MatchSingleton *S = make<MatchSingleton>(Start);
  if (!S)
    return nullptr;
  S->value.kind = K;
  return close(S);
}

/// name_or_attr ::= attr | NAME;  attr ::= name_or_attr '.' NAME
Expr *Parser::parseNameOrAttr() {
  Expr *E = makeName(consume(), ExprContext::Load);
  while (E && at(TokenKind::Dot)) {
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
  }
  return E;
}

/// closed_pattern ::= literal_pattern | capture_pattern | wildcard_pattern
///   | value_pattern | group_pattern | sequence_pattern | mapping_pattern
///   | class_pattern
Pattern *Parser::parseClosedPattern() {
  uint32_t Start = pos;
  switch (kind()) {
  case TokenKind::Number:
  case TokenKind::Minus:
  case TokenKind::String:
  case TokenKind::kw_None:
  case TokenKind::kw_True:
  case TokenKind::kw_False:
    return parseLiteralPattern(Start);
  case TokenKind::LParen: {
    consume();
    if (accept(TokenKind::RParen)) {
      MatchSequence *S = make<MatchSequence>(Start);
      return S ? close(S) : nullptr;
    }
    Pattern *First = at(TokenKind::Star) ? parseStarPattern() : parsePattern();
    if (!First)
      return nullptr;
    if (at(TokenKind::RParen) && !isa<MatchStar>(First)) {
      consume();
      return First; // group_pattern
    }
    if (!at(TokenKind::Comma)) {
      unexpectedToken();
      return nullptr;
    }
    return parseSequencePattern(TokenKind::RParen, Start);
  }
  case TokenKind::LSquare:
    consume();
    return parseSequencePattern(TokenKind::RSquare, Start);
  case TokenKind::LBrace:
    return parseMappingPattern(Start);
  case TokenKind::Name: {
    if (atName("_")) {
      consume();
      MatchAs *A = make<MatchAs>(Start);
      return A ? close(A) : nullptr;
    }
    if (isCaptureName(pos)) {
      MatchAs *A = make<MatchAs>(Start);
      if (!A)
        return nullptr;
      A->name = identifier(consume());
      return close(A);
    }
    Expr *E = parseNameOrAttr();
    if (!E)
      return nullptr;
    if (at(TokenKind::LParen))
      return parseClassPattern(E, Start);
    if (isa<Name>(E) || at(TokenKind::Equal)) {
      unexpectedToken();
      return nullptr;
    }
    MatchValue *M = make<MatchValue>(Start);
    if (!M)
      return nullptr;
    M->value = E;
    return close(M);
  }
  default:
    unexpectedToken();
    return nullptr;
  }
}

/// sequence_pattern ::= '[' maybe_sequence_pattern? ']'
///                    | '(' open_sequence_pattern? ')'
/// For '(' the first element has been parsed by the caller, which left the
/// parser at the ',' after it; for '[' the parser is after the bracket.
Pattern *Parser::parseSequencePattern(TokenKind Close, uint32_t Start) {
  Builder<Pattern *> Elts(ctx.arena);
  if (Close == TokenKind::RParen) {
    // Re-parse from the start: simpler than threading the first element.
    pos = Start + 1;
  }
  while (!at(Close)) {
    Pattern *P = at(TokenKind::Star) ? parseStarPattern() : parsePattern();
    if (!P)
      return nullptr;
    if (!Elts.push(P)) {
      outOfMemory();
      return nullptr;
    }
    if (!accept(TokenKind::Comma))
      break;
  }
  if (!expect(Close))
    return nullptr;
  MatchSequence *S = make<MatchSequence>(Start);
  if (!S)
    return nullptr;
  S->patterns = finish(Elts);
  return close(S);
}

/// mapping_pattern ::= '{' [items_pattern [','] ] ['**' target [',']] '}'
/// key_value_pattern ::= (literal_expr | attr) ':' pattern
Pattern *Parser::parseMappingPattern(uint32_t Start) {
  consume(); // '{'
  Builder<Expr *> Keys(ctx.arena);
  Builder<Pattern *> Patterns(ctx.arena);
  Identifier Rest;
  while (!at(TokenKind::RBrace)) {
    if (accept(TokenKind::DoubleStar)) {
      if (!isCaptureName(pos)) {
        unexpectedToken();
        return nullptr;
      }
      Rest = identifier(consume());
      accept(TokenKind::Comma);
      break;
    }
    Expr *Key;
    if (at(TokenKind::Name)) {
      Key = parseNameOrAttr();
      if (Key && isa<Name>(Key)) {
        unexpectedToken();
        return nullptr;
      }
    } else {
      Key = parseLiteralExpr();
    }
    if (!Key)
      return nullptr;
    if (!accept(TokenKind::Colon)) {
      unexpectedToken();
      return nullptr;
    }
    Pattern *P = parsePattern();
    if (!P)
      return nullptr;
    if (!Keys.push(Key) || !Patterns.push(P)) {
      outOfMemory();
      return nullptr;
    }
    if (!accept(TokenKind::Comma))
      break;
  }
  if (!expect(TokenKind::RBrace))
    return nullptr;
  MatchMapping *M = make<MatchMapping>(Start);
  if (!M)
    return nullptr;
  M->keys = finish(Keys);
  M->patterns = finish(Patterns);
  M->rest = Rest;
  return close(M);
}

/// class_pattern ::= name_or_attr '(' [positional_patterns]
///                   [keyword_patterns] ','? ')'
/// keyword_pattern ::= NAME '=' pattern
Pattern *Parser::parseClassPattern(Expr *Cls, uint32_t Start) {
  consume(); // '('
  Builder<Pattern *> Positional(ctx.arena), KwPatterns(ctx.arena);
  Builder<Identifier> KwAttrs(ctx.arena);
  while (!at(TokenKind::RParen)) {
    if (at(TokenKind::Name) && atNext(TokenKind::Equal)) {
      Identifier Attr = identifier(consume());
      consume(); // '='
      Pattern *P = parsePattern();
      if (!P)
        return nullptr;
      if (!KwAttrs.push(Attr) || !KwPatterns.push(P)) {
        outOfMemory();
        return nullptr;
      }
    } else {
      Pattern *P = parsePattern();
      if (!P)
        return nullptr;
      if (!KwAttrs.empty()) {
        errorAtNode(P, "positional patterns follow keyword patterns");
        return nullptr;
      }
      if (!Positional.push(P)) {
        outOfMemory();
        return nullptr;
      }
    }
    if (!accept(TokenKind::Comma))
      break;
  }
  if (!expect(TokenKind::RParen))
    return nullptr;
  MatchClass *C = make<MatchClass>(Start);
  if (!C)
    return nullptr;
  C->cls = Cls;
  C->patterns = finish(Positional);
  C->kwd_attrs = finish(KwAttrs);
  C->kwd_patterns = finish(KwPatterns);
  return close(C);
}

} // namespace adder::detail
