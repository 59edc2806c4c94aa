//===- ParseString.cpp - string literals and f-strings --------------------===//
//
// Adjacent string tokens are one literal. This file decodes escapes, joins
// the pieces and, for f-strings, splits out replacement fields, following
// CPython 3.11's Parser/string_parser.c: the same scanning rules for '{',
// '}', quotes and nesting, the same merging of literal pieces, the same
// 'u' kind marking, and the same messages. Each field's expression is
// parsed by a nested Parser over "(" + text + ")", as CPython does.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"
#include "adder/support/CharClass.h"
#include "adder/support/Utf8.h"

namespace adder::detail {

namespace {

struct Prefix {
  bool Bytes = false, Raw = false, F = false, U = false;
  char Quote = 0;
  StrRef Body; // between the quotes
};

Prefix splitLiteral(StrRef T) {
  Prefix P;
  uint32_t I = 0;
  for (; I < T.size && T[I] != '"' && T[I] != '\''; ++I) {
    char C = char(T[I] | 0x20);
    P.Bytes |= C == 'b';
    P.Raw |= C == 'r';
    P.F |= C == 'f';
  }
  P.U = T[0] == 'u'; // CPython marks kind='u' only for a lowercase prefix
  P.Quote = T[I];
  uint32_t QuoteLen = 1;
  if (T.size - I >= 6 && T[I + 1] == P.Quote && T[I + 2] == P.Quote)
    QuoteLen = 3;
  P.Body = StrRef(T.data + I + QuoteLen, T.size - I - 2 * QuoteLen);
  return P;
}

bool isAsciiSpace(char C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' ||
         C == '\v';
}

} // namespace

/// Errors in a string literal are reported, as CPython does, at the token
/// after the literal (the parser has consumed all of its pieces).
bool Parser::stringErrorAt(uint32_t TokIndex, const char *Fmt, ...) {
  (void)TokIndex;
  const Token &T = tok(pos);
  va_list Args;
  va_start(Args, Fmt);
  errorAtV(ErrorKind::SyntaxError, T.line + lineShift,
           T.col + (T.line == 1 ? colShift : 0), Fmt, Args);
  va_end(Args);
  return false;
}

/// Appends the decoded value of Body to Out: escapes unless Raw, and for
/// bytes only ASCII. Str values are UTF-8 with lone surrogates allowed.
bool Parser::decodeString(uint32_t TokIndex, StrRef Body, bool Raw, bool Bytes,
                          Builder<char, 64> &Out) {
  const char *P = Body.begin(), *End = Body.end();
  auto Put = [&](char C) {
    if (!Out.push(C)) {
      outOfMemory();
      return false;
    }
    return true;
  };
  auto PutCode = [&](uint32_t CP) {
    char Buf[4];
    unsigned N = encodeUtf8(CP, Buf);
    for (unsigned I = 0; I < N; ++I)
      if (!Put(Buf[I]))
        return false;
    return true;
  };
  // Positions in CPython's messages count characters of the literal body.
  auto CharPos = [&](const char *Q) {
    return countCodePoints(Body.begin(), Q);
  };
  while (P < End) {
    uint8_t C = static_cast<uint8_t>(*P);
    if (C >= 0x80) {
      if (Bytes) {
        errorAtToken(TokIndex,
                     "bytes can only contain ASCII literal characters");
        return false;
      }
      uint32_t CP;
      unsigned N = decodeUtf8(P, End, CP);
      if (N == 0)
        return stringErrorAt(TokIndex,
                             "(unicode error) 'utf-8' codec can't decode byte "
                             "0x%02x in position %u: invalid start byte",
                             unsigned(C), unsigned(P - Body.begin()));
      for (unsigned I = 0; I < N; ++I)
        if (!Put(P[I]))
          return false;
      P += N;
      continue;
    }
    if (C != '\\' || Raw) {
      if (!Put(char(C)))
        return false;
      ++P;
      continue;
    }
    const char *EscStart = P++;
    if (P >= End) {
      // A trailing backslash can only be raw; keep it.
      if (!Put('\\'))
        return false;
      break;
    }
    char E = *P++;
    uint32_t Value;
    switch (E) {
    case '\n':
      continue;
    case '\\': case '\'': case '"':
      Value = uint8_t(E);
      break;
    case 'a': Value = 7; break;
    case 'b': Value = 8; break;
    case 'f': Value = 12; break;
    case 'n': Value = 10; break;
    case 'r': Value = 13; break;
    case 't': Value = 9; break;
    case 'v': Value = 11; break;
    case '0': case '1': case '2': case '3':
    case '4': case '5': case '6': case '7': {
      Value = uint32_t(E - '0');
      for (int I = 0; I < 2 && P < End && *P >= '0' && *P <= '7'; ++I)
        Value = Value * 8 + uint32_t(*P++ - '0');
      if (Bytes)
        Value &= 0xFF;
      break;
    }
    case 'x': {
      int H1 = P < End ? hexDigitValue(P[0]) : -1;
      int H2 = P + 1 < End ? hexDigitValue(P[1]) : -1;
      if (H1 < 0 || H2 < 0) {
        if (Bytes)
          return stringErrorAt(TokIndex,
                               "(value error) invalid \\x escape at position %u",
                               unsigned(EscStart - Body.begin()));
        const char *Q = P;
        while (Q < End && Q < P + 2 && hexDigitValue(*Q) >= 0)
          ++Q;
        return stringErrorAt(TokIndex,
                             "(unicode error) 'unicodeescape' codec can't "
                             "decode bytes in position %u-%u: truncated "
                             "\\xXX escape",
                             CharPos(EscStart), CharPos(Q) - 1);
      }
      Value = uint32_t(H1 * 16 + H2);
      P += 2;
      break;
    }
    case 'u':
    case 'U':
    case 'N': {
      if (Bytes) {
        // Not escapes in bytes: the backslash stays.
        if (!Put('\\') || !Put(E))
          return false;
        continue;
      }
      if (E == 'N') {
        const char *NameStart = P + 1;
        const char *Q = NameStart;
        if (P < End && *P == '{')
          while (Q < End && *Q != '}')
            ++Q;
        if (P >= End || *P != '{' || Q >= End || Q == NameStart)
          return stringErrorAt(TokIndex,
                               "(unicode error) 'unicodeescape' codec can't "
                               "decode bytes in position %u-%u: malformed "
                               "\\N character escape",
                               CharPos(EscStart),
                               CharPos(Q < End ? Q : End) - 1);
        if (!ctx.options.lookupUnicodeName)
          return stringErrorAt(TokIndex,
                               "\\N{...} escapes are not supported on this "
                               "target");
        if (!ctx.options.lookupUnicodeName(NameStart, size_t(Q - NameStart),
                                           Value))
          return stringErrorAt(TokIndex,
                               "(unicode error) 'unicodeescape' codec can't "
                               "decode bytes in position %u-%u: unknown "
                               "Unicode character name",
                               CharPos(EscStart), CharPos(Q));
        P = Q + 1;
        break;
      }
      int Digits = E == 'u' ? 4 : 8;
      Value = 0;
      int I = 0;
      for (; I < Digits && P < End && hexDigitValue(*P) >= 0; ++I)
        Value = Value * 16 + uint32_t(hexDigitValue(*P++));
      if (I < Digits)
        return stringErrorAt(TokIndex,
                             "(unicode error) 'unicodeescape' codec can't "
                             "decode bytes in position %u-%u: truncated "
                             "\\%s escape",
                             CharPos(EscStart), CharPos(P) - 1,
                             E == 'u' ? "uXXXX" : "UXXXXXXXX");
      if (Value > 0x10FFFF)
        return stringErrorAt(TokIndex,
                             "(unicode error) 'unicodeescape' codec can't "
                             "decode bytes in position %u-%u: illegal "
                             "Unicode character",
                             CharPos(EscStart), CharPos(P) - 1);
      break;
    }
    default:
      // Unknown escapes are kept as written (a DeprecationWarning in
      // CPython).
      if (!Put('\\'))
        return false;
      --P;
      continue;
    }
    if (Bytes || Value < 0x80) {
      if (!Put(char(Value)))
        return false;
    } else if (!PutCode(Value)) {
      return false;
    }
  }
  return true;
}

/// Turns the pending literal text into a Constant part (dropped if empty).
bool Parser::flushPending(Builder<Expr *> &Parts, Builder<char, 64> &Pending,
                          uint32_t TokIndex, bool KindU) {
  if (Pending.empty())
    return true;
  char *Copy = ctx.arena.copyString(Pending.begin(), Pending.size());
  if (!Copy) {
    outOfMemory();
    return false;
  }
  Constant *C = make<Constant>(TokIndex);
  if (!C)
    return false;
  C->value.kind = ConstantValue::Kind::Str;
  C->value.text = StrRef(Copy, Pending.size());
  if (KindU)
    C->kind = internLiteral("u");
  close(C);
  Pending.clear();
  if (!Parts.push(C)) {
    outOfMemory();
    return false;
  }
  return true;
}

/// fstring_compile_expr: parses one replacement field's expression.
Expr *Parser::compileFStringExpr(uint32_t TokIndex, StrRef Body,
                                 const char *Start, const char *End) {
  const char *S = Start;
  while (S < End && (*S == ' ' || *S == '\t' || *S == '\n' || *S == '\f'))
    ++S;
  if (S == End) {
    if (*End == '!' || *End == ':' || *End == '=') {
      stringErrorAt(TokIndex, "f-string: expression required before '%c'",
                    *End);
      return nullptr;
    }
    stringErrorAt(TokIndex, "f-string: empty expression not allowed");
    return nullptr;
  }
  uint32_t Len = uint32_t(End - Start);
  char *Text = static_cast<char *>(ctx.arena.allocate(Len + 4, 1));
  if (!Text) {
    outOfMemory();
    return nullptr;
  }
  Text[0] = '(';
  for (uint32_t I = 0; I < Len; ++I)
    Text[I + 1] = Start[I];
  Text[Len + 1] = ')';
  Text[Len + 2] = '\n';
  Text[Len + 3] = 0;
  // Where the '{' before the field sits in the enclosing source.
  const Token &T = tok(TokIndex);
  uint32_t Line = T.line, Col = T.col;
  for (const char *Q = source + T.offset; Q < Start - 1; ++Q) {
    if (*Q == '\n') {
      ++Line;
      Col = 0;
    } else {
      ++Col;
    }
  }
  LexResult Lex = tokenize(Text, Len + 3, ctx.arena);
  if (Lex.outOfMemory) {
    outOfMemory();
    return nullptr;
  }
  Parser Sub(ctx, Text, Lex);
  Sub.fstringMode = true;
  Sub.lineShift = Line - 1 + lineShift;
  Sub.colShift = Col + (Line == 1 ? colShift : 0);
  Expr *E = Sub.parseFStringExpression();
  if (E && !Sub.failed())
    return E;
  // The nested lexer's own errors are reported without the prefix.
  if (Lex.error.present &&
      (!Sub.error().present || Sub.errorTokenIndex() + 2 >= Lex.tokens.size ||
       Lex.errorOverridesParser)) {
    Diagnostic D = Lex.error;
    errorAt(D.kind, T.line + lineShift, T.col, "%s", D.message);
    return nullptr;
  }
  const Diagnostic &D = Sub.error();
  if (!hasError) {
    hasError = true;
    if (!speculating) {
      diag = D;
      errorPos = pos;
    }
  }
  return nullptr;
}

Expr *Parser::parseFStringExpression() {
  Expr *E = parseStarExpressions();
  if (!E)
    return nullptr;
  if (!accept(TokenKind::Newline) || !at(TokenKind::EndMarker)) {
    unexpectedToken();
    return nullptr;
  }
  return E;
}

/// fstring_find_expr: P is at '{'. Returns the FormattedValue and, for a
/// self-documenting field (`{x=}`), appends its text to Pending.
Expr *Parser::parseFStringField(uint32_t TokIndex, StrRef Body, bool Raw,
                                int Depth, const char *&P,
                                Builder<char, 64> &Pending) {
  const char *End = Body.end();
  if (Depth >= 2) {
    stringErrorAt(TokIndex, "f-string: expressions nested too deeply");
    return nullptr;
  }
  ++P; // '{'
  const char *ExprStart = P;
  char QuoteChar = 0;
  int StringType = 0;
  int Nested = 0;
  char Parens[200];
  for (; P < End; ++P) {
    char Ch = *P;
    if (Ch == '\\') {
      stringErrorAt(TokIndex, "f-string expression part cannot include a "
                              "backslash");
      return nullptr;
    }
    if (QuoteChar) {
      if (Ch == QuoteChar) {
        if (StringType == 3) {
          if (P + 2 < End && P[1] == Ch && P[2] == Ch) {
            P += 2;
            StringType = 0;
            QuoteChar = 0;
          }
        } else {
          StringType = 0;
          QuoteChar = 0;
        }
      }
      continue;
    }
    if (Ch == '\'' || Ch == '"') {
      if (P + 2 < End && P[1] == Ch && P[2] == Ch) {
        StringType = 3;
        P += 2;
      } else {
        StringType = 1;
      }
      QuoteChar = Ch;
    } else if (Ch == '[' || Ch == '{' || Ch == '(') {
      if (Nested >= 200) {
        stringErrorAt(TokIndex, "f-string: too many nested parenthesis");
        return nullptr;
      }
      Parens[Nested++] = Ch;
    } else if (Ch == '#') {
      stringErrorAt(TokIndex, "f-string expression part cannot include '#'");
      return nullptr;
    } else if (Nested == 0 && (Ch == '!' || Ch == ':' || Ch == '}' ||
                               Ch == '=' || Ch == '>' || Ch == '<')) {
      if (P + 1 < End) {
        char Next = P[1];
        if ((Ch == '!' && Next == '=') || (Ch == '=' && Next == '=') ||
            (Ch == '<' && Next == '=') || (Ch == '>' && Next == '=')) {
          ++P;
          continue;
        }
      }
      if (Ch == '>' || Ch == '<')
        continue;
      break;
    } else if (Ch == ']' || Ch == '}' || Ch == ')') {
      if (!Nested) {
        stringErrorAt(TokIndex, "f-string: unmatched '%c'", Ch);
        return nullptr;
      }
      char Open = Parens[--Nested];
      if (!((Open == '(' && Ch == ')') || (Open == '[' && Ch == ']') ||
            (Open == '{' && Ch == '}'))) {
        stringErrorAt(TokIndex, "f-string: closing parenthesis '%c' does not "
                                "match opening parenthesis '%c'",
                      Ch, Open);
        return nullptr;
      }
    }
  }
  const char *ExprEnd = P;
  if (QuoteChar) {
    stringErrorAt(TokIndex, "f-string: unterminated string");
    return nullptr;
  }
  if (Nested) {
    stringErrorAt(TokIndex, "f-string: unmatched '%c'", Parens[Nested - 1]);
    return nullptr;
  }
  if (P >= End) {
    stringErrorAt(TokIndex, "f-string: expecting '}'");
    return nullptr;
  }
  Expr *Value = compileFStringExpr(TokIndex, Body, ExprStart, ExprEnd);
  if (!Value)
    return nullptr;
  const char *TextEnd = nullptr;
  if (*P == '=') {
    ++P;
    while (P < End && isAsciiSpace(*P))
      ++P;
    if (P >= End) {
      stringErrorAt(TokIndex, "f-string: expecting '}'");
      return nullptr;
    }
    TextEnd = P;
  }
  int Conversion = -1;
  if (*P == '!') {
    ++P;
    if (P >= End) {
      stringErrorAt(TokIndex, "f-string: expecting '}'");
      return nullptr;
    }
    Conversion = static_cast<uint8_t>(*P++);
    if (Conversion != 's' && Conversion != 'r' && Conversion != 'a') {
      stringErrorAt(TokIndex, "f-string: invalid conversion character: "
                              "expected 's', 'r', or 'a'");
      return nullptr;
    }
  }
  Expr *Spec = nullptr;
  if (P < End && *P == ':') {
    ++P;
    if (P >= End) {
      stringErrorAt(TokIndex, "f-string: expecting '}'");
      return nullptr;
    }
    Builder<Expr *> Parts(ctx.arena);
    Builder<char, 64> Pending(ctx.arena);
    if (!parseFString(TokIndex, Body, Raw, Depth + 1, Parts, Pending, P) ||
        !flushPending(Parts, Pending, TokIndex, firstStringIsU))
      return nullptr;
    JoinedStr *J = make<JoinedStr>(TokIndex);
    if (!J)
      return nullptr;
    J->values = finish(Parts);
    Spec = close(J);
  }
  if (P >= End || *P != '}') {
    stringErrorAt(TokIndex, "f-string: expecting '}'");
    return nullptr;
  }
  ++P;
  if (TextEnd && !Spec && Conversion == -1)
    Conversion = 'r';
  FormattedValue *F = make<FormattedValue>(TokIndex);
  if (!F)
    return nullptr;
  F->value = Value;
  F->conversion = Conversion;
  F->format_spec = Spec;
  close(F);
  if (TextEnd) {
    for (const char *T = ExprStart; T < TextEnd; ++T)
      if (!Pending.push(*T)) {
        outOfMemory();
        return nullptr;
      }
  }
  return F;
}

/// The body of one f-string token, or of a nested format spec (Depth > 0,
/// which ends at an unmatched '}'): literal pieces go to Pending,
/// replacement fields to Parts.
bool Parser::parseFString(uint32_t TokIndex, StrRef Body, bool Raw, int Depth,
                          Builder<Expr *> &Parts, Builder<char, 64> &Pending,
                          const char *&P) {
  const char *End = Body.end();
  for (;;) {
    // fstring_find_literal
    const char *LitStart = P;
    const char *LitEnd = nullptr;
    bool Doubled = false;
    while (P < End) {
      char Ch = *P++;
      if (!Raw && Ch == '\\' && P < End) {
        Ch = *P++;
        if (Ch == 'N') {
          // "\N{NAME}" braces are not replacement fields.
          if (P < End && *P++ == '{')
            while (P < End && *P++ != '}') {
            }
          continue;
        }
      }
      if (Ch == '{' || Ch == '}') {
        if (Depth == 0) {
          if (P < End && *P == Ch) {
            LitEnd = P; // keeps one brace
            ++P;
            Doubled = true;
            break;
          }
          if (Ch == '}') {
            stringErrorAt(TokIndex, "f-string: single '}' is not allowed");
            return false;
          }
        }
        --P;
        break;
      }
    }
    if (!LitEnd)
      LitEnd = P;
    if (LitStart != LitEnd &&
        !decodeString(TokIndex, StrRef(LitStart, uint32_t(LitEnd - LitStart)),
                      Raw, false, Pending))
      return false;
    if (Doubled)
      continue;
    if (P >= End || *P == '}')
      break;
    Expr *Field = parseFStringField(TokIndex, Body, Raw, Depth, P, Pending);
    if (!Field)
      return false;
    if (!flushPending(Parts, Pending, TokIndex, firstStringIsU))
      return false;
    if (!Parts.push(Field)) {
      outOfMemory();
      return false;
    }
  }
  if (Depth > 0 && (P >= End || *P != '}')) {
    stringErrorAt(TokIndex, "f-string: expecting '}'");
    return false;
  }
  return true;
}

/// strings ::= STRING+
Expr *Parser::parseStrings() {
  uint32_t First = pos;
  while (at(TokenKind::String))
    consume();
  uint32_t Last = pos;
  Prefix FirstPrefix = splitLiteral(text(tok(First)));
  bool BytesMode = FirstPrefix.Bytes;
  bool SawF = false;
  bool SavedU = firstStringIsU;
  firstStringIsU = FirstPrefix.U;
  Builder<Expr *> Parts(ctx.arena);
  Builder<char, 64> Pending(ctx.arena);
  for (uint32_t I = First; I < Last; ++I) {
    Prefix Pre = splitLiteral(text(tok(I)));
    if (Pre.Bytes != BytesMode) {
      errorAtToken(Last, "cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    if (Pre.F) {
      SawF = true;
      const char *P = Pre.Body.begin();
      if (!parseFString(I, Pre.Body, Pre.Raw, 0, Parts, Pending, P))
        return nullptr;
      continue;
    }
    if (!decodeString(I, Pre.Body, Pre.Raw, Pre.Bytes, Pending))
      return nullptr;
  }
  Expr *Result;
  if (!SawF) {
    char *Copy = ctx.arena.copyString(Pending.begin(), Pending.size());
    if (!Copy) {
      outOfMemory();
      return nullptr;
    }
    Constant *C = makeConstant(First, BytesMode ? ConstantValue::Kind::Bytes
                                                : ConstantValue::Kind::Str,
                               StrRef(Copy, Pending.size()));
    if (!C)
      return nullptr;
    if (!BytesMode && firstStringIsU)
      C->kind = internLiteral("u");
    Result = C;
  } else {
    if (!flushPending(Parts, Pending, First, firstStringIsU))
      return nullptr;
    JoinedStr *J = make<JoinedStr>(First);
    if (!J)
      return nullptr;
    J->values = finish(Parts);
    Result = J;
  }
  firstStringIsU = SavedU;
  return close(Result);
}

} // namespace adder::detail
