//===- ParseArgs.cpp - call arguments and function parameters -------------===//
//
// Call arguments and parameter lists have the most ordering rules of the
// grammar (keywords after positionals, `/` before `*`, defaults in a
// suffix). Both are parsed as flat loops that track what has been seen,
// and the ordering rules are checked where CPython's invalid_arguments /
// invalid_parameters rules would fire, with their messages.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

namespace adder::detail {

/// arguments ::= args [','] &')'
/// args ::= ','.(starred_expression | (assignment_expression | expression
///          !':=') !'=')+ [',' kwargs] | kwargs
/// kwargs ::= ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ...
bool Parser::parseCallArguments(Seq<Expr *> &ArgsOut,
                                Seq<Keyword *> &KeywordsOut,
                                TokenKind Close, bool AllowGenexp) {
  Builder<Expr *> Args(ctx.arena);
  Builder<Keyword *> Keywords(ctx.arena);
  bool SawKeyword = false, SawDoubleStar = false;
  // A bare generator expression is only allowed as the sole argument.
  GeneratorExp *BareGenexp = nullptr;
  uint32_t Count = 0;
  while (!at(Close)) {
    uint32_t Start = pos;
    Expr *Positional = nullptr; // this argument, if a plain positional one
    ++Count;
    if (BareGenexp) {
      errorAtNode(BareGenexp->elt, "Generator expression must be parenthesized");
      return false;
    }
    if (at(TokenKind::Star)) {
      consume();
      Expr *V = parseExpression();
      if (!V)
        return false;
      Starred *S = make<Starred>(Start);
      if (!S)
        return false;
      S->value = V;
      S->ctx = ExprContext::Load;
      close(S);
      if (SawDoubleStar) {
        errorAtNode(S, "iterable argument unpacking follows keyword argument "
                       "unpacking");
        return false;
      }
      if (!Args.push(S)) {
        outOfMemory();
        return false;
      }
    } else if (at(TokenKind::DoubleStar)) {
      consume();
      Expr *V = parseExpression();
      if (!V)
        return false;
      Keyword *K = make<Keyword>(Start);
      if (!K)
        return false;
      K->value = V;
      close(K);
      SawDoubleStar = true;
      if (!Keywords.push(K)) {
        outOfMemory();
        return false;
      }
    } else if ((at(TokenKind::kw_True) || at(TokenKind::kw_False) ||
                at(TokenKind::kw_None)) &&
               atNext(TokenKind::Equal)) {
      errorAtToken(pos, "cannot assign to %s", tokenSpelling(kind()));
      return false;
    } else if (at(TokenKind::Name) && atNext(TokenKind::Equal)) {
      Keyword *K = make<Keyword>(Start);
      if (!K)
        return false;
      K->arg = identifier(consume());
      consume(); // '='
      Expr *V = parseExpression();
      if (!V)
        return false;
      if (at(TokenKind::kw_for)) {
        errorAtToken(Start, "invalid syntax. Maybe you meant '==' or ':=' "
                            "instead of '='?");
        return false;
      }
      K->value = V;
      close(K);
      SawKeyword = true;
      if (!Keywords.push(K)) {
        outOfMemory();
        return false;
      }
    } else {
      Expr *E = parseNamedExpression();
      if (!E)
        return false;
      if (AllowGenexp &&
          (at(TokenKind::kw_for) ||
           (at(TokenKind::kw_async) && atNext(TokenKind::kw_for)))) {
        GeneratorExp *G = makeAt<GeneratorExp>(E);
        if (!G)
          return false;
        G->elt = E;
        if (!parseComprehensionClauses(G->generators))
          return false;
        close(G);
        if (Count > 1) {
          errorAtNode(E, "Generator expression must be parenthesized");
          return false;
        }
        BareGenexp = G;
        E = G;
      } else if (at(TokenKind::Equal)) {
        errorAtNode(E, "expression cannot contain assignment, perhaps you "
                       "meant \"==\"?");
        return false;
      }
      if (SawDoubleStar) {
        errorAtToken(pos, "positional argument follows keyword argument "
                          "unpacking");
        return false;
      }
      if (SawKeyword) {
        errorAtToken(pos, "positional argument follows keyword argument");
        return false;
      }
      if (!Args.push(E)) {
        outOfMemory();
        return false;
      }
      Positional = E;
    }
    if (!at(TokenKind::Comma)) {
      if (at(Close))
        break;
      if (Positional)
        checkElementEnd(Positional, Start, Close);
      else
        unexpectedToken();
      return false;
    }
    consume(); // ','
    if (BareGenexp && at(Close)) {
      errorAtNode(BareGenexp->elt, "Generator expression must be "
                                   "parenthesized");
      return false;
    }
  }
  ArgsOut = finish(Args);
  KeywordsOut = finish(Keywords);
  return !hasError;
}

/// param ::= NAME annotation?     (lambda_param ::= NAME)
Arg *Parser::parseParameter(bool Lambda, bool AllowStarAnnotation) {
  if (!at(TokenKind::Name)) {
    if (at(TokenKind::LParen)) {
      errorAtToken(pos, Lambda ? "Lambda expression parameters cannot be "
                                 "parenthesized"
                               : "Function parameters cannot be parenthesized");
      return nullptr;
    }
    unexpectedToken();
    return nullptr;
  }
  uint32_t Start = pos;
  Arg *A = make<Arg>(Start);
  if (!A)
    return nullptr;
  A->arg = identifier(consume());
  if (!Lambda && accept(TokenKind::Colon)) {
    A->annotation = AllowStarAnnotation && at(TokenKind::Star)
                        ? parseStarExpression()
                        : parseExpression();
    if (!A->annotation)
      return nullptr;
  }
  return close(A);
}

/// parameters ::= slash_no_default param_no_default* param_with_default*
///                [star_etc] | ... (see Grammar/python.gram)
/// star_etc ::= '*' param_no_default param_maybe_default* [kwds]
///            | '*' ',' param_maybe_default+ [kwds] | kwds
/// kwds ::= '**' param_no_default
Arguments *Parser::parseParameters(bool Lambda, TokenKind Close) {
  uint32_t Start = pos;
  Builder<Arg *> PosOnly(ctx.arena), Args(ctx.arena), KwOnly(ctx.arena);
  Builder<Expr *> Defaults(ctx.arena), KwDefaults(ctx.arena);
  Arg *VarArg = nullptr, *KwArg = nullptr;
  bool SawSlash = false, SawStar = false, SawDefault = false;
  uint32_t BareStarTok = 0;
  bool BareStar = false;
  auto Fail = [&](uint32_t Tok, const char *Msg) -> Arguments * {
    errorAtToken(Tok, "%s", Msg);
    return nullptr;
  };
  while (!at(Close)) {
    if (KwArg) {
      return Fail(pos, "arguments cannot follow var-keyword argument");
    }
    if (at(TokenKind::Slash)) {
      if (SawSlash)
        return Fail(pos, "/ may appear only once");
      if (SawStar)
        return Fail(pos, "/ must be ahead of *");
      if (Args.empty())
        return Fail(pos, "at least one argument must precede /");
      consume();
      for (Arg *A : Args)
        if (!PosOnly.push(A)) {
          outOfMemory();
          return nullptr;
        }
      Args.clear();
      SawSlash = true;
    } else if (at(TokenKind::Star)) {
      if (SawStar)
        return Fail(pos, "* argument may appear only once");
      uint32_t StarTok = consume();
      SawStar = true;
      if (at(TokenKind::Comma) || at(Close)) {
        BareStar = true;
        BareStarTok = StarTok;
        if (at(Close) || atNext(Close) || atNext(TokenKind::DoubleStar))
          return Fail(StarTok, "named arguments must follow bare *");
      } else {
        VarArg = parseParameter(Lambda, true);
        if (!VarArg)
          return nullptr;
        if (at(TokenKind::Equal))
          return Fail(pos, "var-positional argument cannot have default "
                           "value");
      }
    } else if (at(TokenKind::DoubleStar)) {
      consume();
      KwArg = parseParameter(Lambda, false);
      if (!KwArg)
        return nullptr;
      if (at(TokenKind::Equal))
        return Fail(pos, "var-keyword argument cannot have default value");
    } else {
      Arg *A = parseParameter(Lambda, false);
      if (!A)
        return nullptr;
      Expr *Default = nullptr;
      if (at(TokenKind::Equal)) {
        uint32_t EqTok = consume();
        if (at(TokenKind::Comma) || at(Close))
          return Fail(EqTok, "expected default value expression");
        Default = parseExpression();
        if (!Default)
          return nullptr;
      }
      if (!SawStar) {
        if (Default) {
          SawDefault = true;
          Defaults.push(Default);
        } else if (SawDefault) {
          errorAtNode(A, "non-default argument follows default argument");
          return nullptr;
        }
        if (!Args.push(A)) {
          outOfMemory();
          return nullptr;
        }
      } else {
        if (!KwOnly.push(A) || !KwDefaults.push(Default)) {
          outOfMemory();
          return nullptr;
        }
      }
    }
    if (!accept(TokenKind::Comma))
      break;
  }
  if (BareStar && KwOnly.empty())
    return Fail(BareStarTok, "named arguments must follow bare *");
  Arguments *R = make<Arguments>(Start);
  if (!R)
    return nullptr;
  R->posonlyargs = finish(PosOnly);
  R->args = finish(Args);
  R->vararg = VarArg;
  R->kwonlyargs = finish(KwOnly);
  R->kw_defaults = finish(KwDefaults);
  R->kwarg = KwArg;
  R->defaults = finish(Defaults);
  return close(R);
}

} // namespace adder::detail
