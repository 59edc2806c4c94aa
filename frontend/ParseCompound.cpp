//===- ParseCompound.cpp - compound statements ---------------------------===//
//
// The statements with blocks: if, while, for, with, try (with except and
// except*), function and class definitions with their decorators, async
// forms, and match with its case blocks (the patterns themselves are in
// ParsePattern.cpp).
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

namespace adder::detail {

/// The colon of a compound statement header. CPython says "expected ':'"
/// when the line ends instead.
bool Parser::expectBlockColon() {
  if (accept(TokenKind::Colon))
    return true;
  if (at(TokenKind::Newline)) {
    errorAtToken(pos, "expected ':'");
    return false;
  }
  unexpectedToken();
  return false;
}

/// block ::= NEWLINE INDENT statements DEDENT | simple_stmts
bool Parser::parseBlock(Seq<Stmt *> &Out, const char *What,
                        uint32_t HeaderLine) {
  Builder<Stmt *> Body(ctx.arena);
  if (accept(TokenKind::Newline)) {
    if (!at(TokenKind::Indent)) {
      const Token &T = cur();
      if (T.kind == TokenKind::ErrorToken)
        unexpectedToken();
      else
        errorAt(ErrorKind::IndentationError, T.line + lineShift, T.col,
                "expected an indented block after %s on line %u", What,
                HeaderLine + lineShift);
      return false;
    }
    consume();
    if (!parseStatements(Body, true))
      return false;
    if (!expect(TokenKind::Dedent))
      return false;
  } else if (!parseSimpleStatements(Body)) {
    return false;
  }
  Out = finish(Body);
  return !hasError;
}

/// if_stmt ::= 'if' named_expression ':' block (elif_stmt | [else_block])
/// elif_stmt ::= 'elif' named_expression ':' block (elif_stmt | [else_block])
/// else_block ::= 'else' &&':' block
Stmt *Parser::parseIf(bool IsElif) {
  uint32_t Start = consume();
  uint32_t Line = tok(Start).line;
  Expr *Test = parseNamedExpression();
  if (!Test)
    return nullptr;
  checkStrayAssignment(Test);
  if (hasError || !expectBlockColon())
    return nullptr;
  If *S = make<If>(Start);
  if (!S)
    return nullptr;
  S->test = Test;
  if (!parseBlock(S->body, IsElif ? "'elif' statement" : "'if' statement",
                  Line))
    return nullptr;
  if (at(TokenKind::kw_elif)) {
    Stmt *Elif = parseIf(true);
    if (!Elif)
      return nullptr;
    Builder<Stmt *> Else(ctx.arena);
    Else.push(Elif);
    S->orelse = finish(Else);
  } else if (at(TokenKind::kw_else)) {
    uint32_t ElseLine = cur().line;
    consume();
    if (!accept(TokenKind::Colon)) {
      errorAtToken(pos, "expected ':'");
      return nullptr;
    }
    if (!parseBlock(S->orelse, "'else' statement", ElseLine))
      return nullptr;
  }
  return close(S);
}

/// while_stmt ::= 'while' named_expression ':' block [else_block]
Stmt *Parser::parseWhile() {
  uint32_t Start = consume();
  uint32_t Line = tok(Start).line;
  Expr *Test = parseNamedExpression();
  if (!Test)
    return nullptr;
  checkStrayAssignment(Test);
  if (hasError || !expectBlockColon())
    return nullptr;
  While *S = make<While>(Start);
  if (!S)
    return nullptr;
  S->test = Test;
  if (!parseBlock(S->body, "'while' statement", Line))
    return nullptr;
  if (at(TokenKind::kw_else)) {
    uint32_t ElseLine = cur().line;
    consume();
    if (!accept(TokenKind::Colon)) {
      errorAtToken(pos, "expected ':'");
      return nullptr;
    }
    if (!parseBlock(S->orelse, "'else' statement", ElseLine))
      return nullptr;
  }
  return close(S);
}

/// for_stmt ::= ['async'] 'for' star_targets 'in' ~ star_expressions &&':'
///              block [else_block]
Stmt *Parser::parseFor(uint32_t Start, bool IsAsync) {
  uint32_t Line = cur().line;
  consume(); // 'for'
  Expr *Target = parseStarTargets();
  if (!Target)
    return nullptr;
  if (!at(TokenKind::kw_in)) {
    unexpectedToken();
    return nullptr;
  }
  if (!setTargetContext(Target, TargetKind::For))
    return nullptr;
  consume();
  Expr *Iter = parseStarExpressions();
  if (!Iter || !expectBlockColon())
    return nullptr;
  Seq<Stmt *> Body, OrElse;
  if (!parseBlock(Body, "'for' statement", Line))
    return nullptr;
  if (at(TokenKind::kw_else)) {
    uint32_t ElseLine = cur().line;
    consume();
    if (!accept(TokenKind::Colon)) {
      errorAtToken(pos, "expected ':'");
      return nullptr;
    }
    if (!parseBlock(OrElse, "'else' statement", ElseLine))
      return nullptr;
  }
  // For and AsyncFor have the same fields.
  auto Fill = [&](auto *S) -> Stmt * {
    if (!S)
      return nullptr;
    S->target = Target;
    S->iter = Iter;
    S->body = Body;
    S->orelse = OrElse;
    return close(S);
  };
  return IsAsync ? Fill(make<AsyncFor>(Start)) : Fill(make<For>(Start));
}

/// with_item ::= expression 'as' star_target &(',' | ')' | ':')
///             | expression
bool Parser::parseWithItem(Builder<WithItem *> &Items, bool InParens) {
  uint32_t Start = pos;
  Expr *Ctx = parseExpression();
  if (!Ctx)
    return false;
  WithItem *Item = make<WithItem>(Start);
  if (!Item)
    return false;
  Item->context_expr = Ctx;
  if (accept(TokenKind::kw_as)) {
    Expr *Target = at(TokenKind::Star) ? parseStarExpression() : parseExpression();
    if (!Target)
      return false;
    if (!at(TokenKind::Comma) && !at(TokenKind::Colon) &&
        !(InParens && at(TokenKind::RParen))) {
      unexpectedToken();
      return false;
    }
    if (!setTargetContext(Target, TargetKind::Star))
      return false;
    Item->optional_vars = Target;
  }
  close(Item);
  if (!Items.push(Item)) {
    outOfMemory();
    return false;
  }
  return true;
}

/// with_stmt ::= ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
///             | ['async'] 'with' ','.with_item+ ':' block
Stmt *Parser::parseWith(uint32_t Start, bool IsAsync) {
  uint32_t Line = cur().line;
  consume(); // 'with'
  Builder<WithItem *> Items(ctx.arena);
  // The parenthesized form wins when the matching ')' is followed by ':'.
  bool Parenthesized = false;
  if (at(TokenKind::LParen)) {
    // A '(' token carries the depth inside it; its ')' the depth outside.
    uint16_t Level = uint16_t(cur().level - 1);
    uint32_t I = pos + 1;
    while (I < ntoks && !(tok(I).kind == TokenKind::RParen &&
                          tok(I).level == Level) &&
           tok(I).kind != TokenKind::EndMarker &&
           tok(I).kind != TokenKind::ErrorToken)
      ++I;
    Parenthesized = tok(I).kind == TokenKind::RParen &&
                    tok(I + 1).kind == TokenKind::Colon;
    // `with (a as b) as c:` is neither form; CPython's furthest token is
    // the one after ')'.
    if (!Parenthesized && tok(I).kind == TokenKind::RParen) {
      for (uint32_t J = pos + 1; J < I; ++J)
        if (tok(J).kind == TokenKind::kw_as && tok(J).level == Level + 1) {
          errorAtToken(I + 1, "invalid syntax");
          return nullptr;
        }
    }
    // `with (a, b):` and `with (a as b):` are item lists, but `with ():`
    // is a with over an empty tuple.
    if (I == pos + 1)
      Parenthesized = false;
  }
  if (Parenthesized) {
    // Items are plain expressions: `with (yield):` is the other form.
    uint32_t Saved = pos;
    ++speculating;
    consume();
    Builder<WithItem *> Trial(ctx.arena);
    while (!hasError && parseWithItem(Trial, true) && accept(TokenKind::Comma) &&
           !at(TokenKind::RParen)) {
    }
    Parenthesized = !hasError && accept(TokenKind::RParen) &&
                    at(TokenKind::Colon);
    --speculating;
    hasError = false;
    pos = Saved;
  }
  if (Parenthesized) {
    consume();
    for (;;) {
      if (!parseWithItem(Items, true))
        return nullptr;
      if (!accept(TokenKind::Comma))
        break;
      if (at(TokenKind::RParen))
        break;
    }
    if (!expect(TokenKind::RParen))
      return nullptr;
  } else {
    do {
      if (!parseWithItem(Items, false))
        return nullptr;
    } while (accept(TokenKind::Comma));
  }
  if (!expectBlockColon())
    return nullptr;
  Seq<Stmt *> Body;
  if (!parseBlock(Body, "'with' statement", Line))
    return nullptr;
  // With and AsyncWith have the same fields.
  auto Fill = [&](auto *S) -> Stmt * {
    if (!S)
      return nullptr;
    S->items = finish(Items);
    S->body = Body;
    return close(S);
  };
  return IsAsync ? Fill(make<AsyncWith>(Start)) : Fill(make<With>(Start));
}

/// try_stmt ::= 'try' &&':' block finally_block
///   | 'try' &&':' block except_block+ [else_block] [finally_block]
///   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
/// except_block ::= 'except' expression ['as' NAME] ':' block
///                | 'except' ':' block
/// except_star_block ::= 'except' '*' expression ['as' NAME] ':' block
Stmt *Parser::parseTry() {
  uint32_t Start = consume();
  uint32_t Line = tok(Start).line;
  if (!accept(TokenKind::Colon)) {
    errorAtToken(pos, "expected ':'");
    return nullptr;
  }
  Seq<Stmt *> Body, OrElse, Final;
  if (!parseBlock(Body, "'try' statement", Line))
    return nullptr;
  Builder<ExceptHandlerBase *> Handlers(ctx.arena);
  int Star = -1; // unknown until the first handler
  while (at(TokenKind::kw_except)) {
    uint32_t ExceptTok = consume();
    uint32_t ExceptLine = tok(ExceptTok).line;
    bool IsStar = accept(TokenKind::Star);
    if (Star == -1) {
      Star = IsStar;
    } else if (Star != int(IsStar)) {
      errorAtToken(ExceptTok,
                   "cannot have both 'except' and 'except*' on the same "
                   "'try'");
      return nullptr;
    }
    ExceptHandler *H = make<ExceptHandler>(ExceptTok);
    if (!H)
      return nullptr;
    if (at(TokenKind::Colon) || at(TokenKind::Newline)) {
      if (IsStar) {
        errorAtToken(pos, "expected one or more exception types");
        return nullptr;
      }
    } else {
      Expr *Type = parseExpression();
      if (!Type)
        return nullptr;
      if (at(TokenKind::Comma)) {
        errorAtNode(Type, "multiple exception types must be parenthesized");
        return nullptr;
      }
      H->type = Type;
      if (accept(TokenKind::kw_as)) {
        if (!at(TokenKind::Name)) {
          unexpectedToken();
          return nullptr;
        }
        H->name = identifier(consume());
      }
    }
    if (!expectBlockColon())
      return nullptr;
    if (!parseBlock(H->body, IsStar ? "'except*' statement" : "'except' statement",
                    ExceptLine))
      return nullptr;
    close(H);
    if (!Handlers.push(H)) {
      outOfMemory();
      return nullptr;
    }
  }
  if (at(TokenKind::kw_else) && !Handlers.empty()) {
    uint32_t ElseLine = cur().line;
    consume();
    if (!accept(TokenKind::Colon)) {
      errorAtToken(pos, "expected ':'");
      return nullptr;
    }
    if (!parseBlock(OrElse, "'else' statement", ElseLine))
      return nullptr;
  }
  if (at(TokenKind::kw_finally)) {
    uint32_t FinallyLine = cur().line;
    consume();
    if (!accept(TokenKind::Colon)) {
      errorAtToken(pos, "expected ':'");
      return nullptr;
    }
    if (!parseBlock(Final, "'finally' statement", FinallyLine))
      return nullptr;
  }
  if (Handlers.empty() && Final.empty()) {
    errorAtToken(pos, "expected 'except' or 'finally' block");
    return nullptr;
  }
  if (Star == 1) {
    TryStar *S = make<TryStar>(Start);
    if (!S)
      return nullptr;
    S->body = Body;
    S->handlers = finish(Handlers);
    S->orelse = OrElse;
    S->finalbody = Final;
    return close(S);
  }
  Try *S = make<Try>(Start);
  if (!S)
    return nullptr;
  S->body = Body;
  S->handlers = finish(Handlers);
  S->orelse = OrElse;
  S->finalbody = Final;
  return close(S);
}

/// function_def_raw ::= ['async'] 'def' NAME &&'(' [params] ')'
///                      ['->' expression] &&':' block
Stmt *Parser::parseFunctionDef(uint32_t Start, Seq<Expr *> Decorators,
                               bool IsAsync) {
  uint32_t Line = cur().line;
  consume(); // 'def'
  if (!at(TokenKind::Name)) {
    unexpectedToken();
    return nullptr;
  }
  Identifier Name = identifier(consume());
  if (!accept(TokenKind::LParen)) {
    errorAtToken(pos, "expected '('");
    return nullptr;
  }
  Arguments *Args = parseParameters(false, TokenKind::RParen);
  if (!Args || !expect(TokenKind::RParen))
    return nullptr;
  Expr *Returns = nullptr;
  // `def f() -> :` fails at the forced ':' after the optional annotation.
  if (at(TokenKind::RArrow) && !atExpressionStart(1)) {
    errorAtToken(pos, "expected ':'");
    return nullptr;
  }
  if (accept(TokenKind::RArrow)) {
    Returns = parseExpression();
    if (!Returns)
      return nullptr;
  }
  if (!accept(TokenKind::Colon)) {
    errorAtToken(pos, "expected ':'");
    return nullptr;
  }
  Seq<Stmt *> Body;
  if (!parseBlock(Body, "function definition", Line))
    return nullptr;
  // FunctionDef and AsyncFunctionDef have the same fields.
  auto Fill = [&](auto *S) -> Stmt * {
    if (!S)
      return nullptr;
    S->name = Name;
    S->args = Args;
    S->body = Body;
    S->decorator_list = Decorators;
    S->returns = Returns;
    return close(S);
  };
  return IsAsync ? Fill(make<AsyncFunctionDef>(Start))
                 : Fill(make<FunctionDef>(Start));
}

/// class_def_raw ::= 'class' NAME ['(' [arguments] ')'] ':' block
Stmt *Parser::parseClassDef(uint32_t Start, Seq<Expr *> Decorators) {
  uint32_t Line = cur().line;
  consume(); // 'class'
  if (!at(TokenKind::Name)) {
    unexpectedToken();
    return nullptr;
  }
  ClassDef *S = make<ClassDef>(Start);
  if (!S)
    return nullptr;
  S->name = identifier(consume());
  if (accept(TokenKind::LParen)) {
    if (!parseCallArguments(S->bases, S->keywords, TokenKind::RParen,
                            /*AllowGenexp=*/false) ||
        !expect(TokenKind::RParen))
      return nullptr;
  }
  if (!expectBlockColon())
    return nullptr;
  if (!parseBlock(S->body, "class definition", Line))
    return nullptr;
  S->decorator_list = Decorators;
  return close(S);
}

/// decorators ::= ('@' named_expression NEWLINE)+
Stmt *Parser::parseDecorated() {
  Builder<Expr *> Decorators(ctx.arena);
  while (accept(TokenKind::At)) {
    Expr *D = parseNamedExpression();
    if (!D)
      return nullptr;
    if (!Decorators.push(D)) {
      outOfMemory();
      return nullptr;
    }
    if (!expect(TokenKind::Newline))
      return nullptr;
  }
  Seq<Expr *> List = finish(Decorators);
  uint32_t Start = pos;
  if (at(TokenKind::kw_def))
    return parseFunctionDef(Start, List, false);
  if (at(TokenKind::kw_class))
    return parseClassDef(Start, List);
  if (at(TokenKind::kw_async) && atNext(TokenKind::kw_def)) {
    consume();
    return parseFunctionDef(Start, List, true);
  }
  unexpectedToken();
  return nullptr;
}

Stmt *Parser::parseAsync() {
  uint32_t Start = consume();
  switch (kind()) {
  case TokenKind::kw_def:
    return parseFunctionDef(Start, Seq<Expr *>(), true);
  case TokenKind::kw_for:
    return parseFor(Start, true);
  case TokenKind::kw_with:
    return parseWith(Start, true);
  default:
    unexpectedToken();
    return nullptr;
  }
}

//===----------------------------------------------------------------------===//
// match
//===----------------------------------------------------------------------===//

/// `match` is a soft keyword: the line is a match statement only if a
/// subject expression and ':' follow.
bool Parser::looksLikeMatchStatement() {
  uint32_t Saved = pos;
  ++speculating;
  consume();
  bool Ok = false;
  if (atExpressionStart() || at(TokenKind::Star)) {
    Expr *Subject = parseStarNamedExpression();
    if (Subject && !hasError) {
      while (accept(TokenKind::Comma) && !at(TokenKind::Colon))
        if (!parseStarNamedExpression())
          break;
      Ok = !hasError && at(TokenKind::Colon);
    }
  }
  --speculating;
  hasError = false;
  if (!Ok)
    furthestSpeculation = pos;
  pos = Saved;
  return Ok;
}

/// match_stmt ::= "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
/// subject_expr ::= star_named_expression ',' star_named_expressions?
///                | named_expression
Stmt *Parser::parseMatch() {
  uint32_t Start = consume();
  uint32_t Line = tok(Start).line;
  Expr *Subject = parseStarNamedExpression();
  if (!Subject)
    return nullptr;
  if (at(TokenKind::Comma)) {
    Builder<Expr *> Elts(ctx.arena);
    Elts.push(Subject);
    while (accept(TokenKind::Comma) && !at(TokenKind::Colon)) {
      Expr *E = parseStarNamedExpression();
      if (!E)
        return nullptr;
      if (!Elts.push(E)) {
        outOfMemory();
        return nullptr;
      }
    }
    Tuple *T = makeAt<Tuple>(Subject);
    if (!T)
      return nullptr;
    T->elts = finish(Elts);
    T->ctx = ExprContext::Load;
    Subject = close(T);
  } else if (isa<Starred>(Subject)) {
    errorAtNode(Subject, "cannot use starred expression here");
    return nullptr;
  }
  if (!expectBlockColon())
    return nullptr;
  if (!accept(TokenKind::Newline)) {
    unexpectedToken();
    return nullptr;
  }
  if (!at(TokenKind::Indent)) {
    errorAt(ErrorKind::IndentationError, cur().line + lineShift, cur().col,
            "expected an indented block after 'match' statement on line %u",
            Line);
    return nullptr;
  }
  consume();
  Builder<MatchCase *> Cases(ctx.arena);
  while (!at(TokenKind::Dedent)) {
    if (!atName("case")) {
      unexpectedToken();
      return nullptr;
    }
    MatchCase *C = parseCaseBlock();
    if (!C)
      return nullptr;
    if (!Cases.push(C)) {
      outOfMemory();
      return nullptr;
    }
  }
  consume(); // DEDENT
  Match *S = make<Match>(Start);
  if (!S)
    return nullptr;
  S->subject = Subject;
  S->cases = finish(Cases);
  return close(S);
}

/// case_block ::= "case" patterns guard? ':' block
/// guard ::= 'if' named_expression
MatchCase *Parser::parseCaseBlock() {
  uint32_t Start = consume();
  uint32_t Line = tok(Start).line;
  MatchCase *C = make<MatchCase>(Start);
  if (!C)
    return nullptr;
  C->pattern = parsePatterns();
  if (!C->pattern)
    return nullptr;
  if (accept(TokenKind::kw_if)) {
    C->guard = parseNamedExpression();
    if (!C->guard)
      return nullptr;
  }
  if (!accept(TokenKind::Colon)) {
    errorAtToken(pos, "expected ':'");
    return nullptr;
  }
  if (!parseBlock(C->body, "'case' statement", Line))
    return nullptr;
  return close(C);
}

} // namespace adder::detail
