//===- Lexer.cpp - Python 3.11 tokenizer ----------------------------------===//
//
// A transcription of the rules of CPython's Parser/tokenizer.c (3.11) into
// a single pass over the decoded text. Where CPython's behaviour is subtle
// the comment names the rule it follows. The lexer never allocates per
// character: tokens point into the source, and the parser decodes names,
// numbers and strings from those ranges.
//
//===----------------------------------------------------------------------===//

#include "adder/frontend/Lexer.h"
#include "adder/support/Unicode.h"
#include "adder/support/Utf8.h"

namespace adder {

const char *tokenSpelling(TokenKind K) {
  static const char *const Spellings[] = {
#define GET_TOKEN_SPELLINGS
#include "adder/Tokens.inc"
  };
  return Spellings[static_cast<unsigned>(K)];
}

namespace {

#define GET_KEYWORD_LOOKUP
#include "adder/Tokens.inc"
#define GET_PUNCT_MATCHER
#include "adder/Tokens.inc"

constexpr int MaxIndent = 100; // CPython's MAXINDENT
constexpr int MaxLevel = 200;  // CPython's MAXLEVEL (nested brackets)
constexpr int TabSize = 8;

bool isDigit(char C) { return C >= '0' && C <= '9'; }
bool isHexDigit(char C) {
  return isDigit(C) || (C >= 'a' && C <= 'f') || (C >= 'A' && C <= 'F');
}
bool isAsciiLetter(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z');
}
bool isPotentialIdentifierStart(char C) {
  return isAsciiLetter(C) || C == '_' || static_cast<uint8_t>(C) >= 128;
}
bool isPotentialIdentifierChar(char C) {
  return isPotentialIdentifierStart(C) || isDigit(C);
}

class Lexer {
public:
  Lexer(const char *Text, uint32_t Size, Arena &A)
      : src(Text), end(Text + Size), tokens(A) {}

  LexResult run();

private:
  // Scanning state.
  const char *src;
  const char *end;
  const char *cur = src;
  const char *lineStart = src;
  uint32_t line = 1;
  bool atBol = true;
  bool blankLine = false; // the current line holds only blanks/a comment
  int pendingIndents = 0; // > 0: INDENTs to emit, < 0: DEDENTs
  int indent = 0;
  int indentStack[MaxIndent] = {0};
  int altIndentStack[MaxIndent] = {0};
  int level = 0;
  struct Bracket {
    char ch;
    uint32_t line, col;
  } brackets[MaxLevel];

  Builder<Token, 256> tokens;
  LexResult result;
  bool done = false;

  uint32_t colOf(const char *P) const { return uint32_t(P - lineStart); }

  /// Tokens at the end of input sit at the end of the last line, as in
  /// CPython (its tokenizer does not advance to a line after the last).
  void eofPosition(uint32_t &Line, uint32_t &Col) const {
    const char *LastStart = end - 1;
    while (LastStart > src && LastStart[-1] != '\n')
      --LastStart;
    Line = line > 1 ? line - 1 : 1;
    Col = uint32_t((end - 1) - LastStart);
  }

  void emit(TokenKind K, const char *Start, uint32_t StartLine,
            uint32_t StartCol) {
    Token T;
    T.kind = K;
    T.offset = uint32_t(Start - src);
    T.length = uint32_t(cur - Start);
    T.line = StartLine;
    T.col = StartCol;
    T.endLine = line;
    T.endCol = colOf(cur);
    T.level = uint16_t(level);
    if (!tokens.push(T))
      result.outOfMemory = true;
  }

  /// Records an error at (Line, Col) and stops the lexer. Overrides says
  /// whether CPython raises it directly from the tokenizer (see LexResult).
  void error(ErrorKind K, uint32_t Line, uint32_t Col, bool Overrides,
             const char *Fmt, ...) __attribute__((format(printf, 6, 7))) {
    if (done)
      return;
    va_list Args;
    va_start(Args, Fmt);
    result.error.present = true;
    result.error.kind = K;
    result.error.line = Line;
    result.error.col = Col;
    formatStringV(result.error.message, sizeof(result.error.message), Fmt,
                  Args);
    va_end(Args);
    result.errorOverridesParser = Overrides;
    Token T;
    T.kind = TokenKind::ErrorToken;
    T.offset = uint32_t(cur - src);
    T.line = T.endLine = Line;
    T.col = T.endCol = Col;
    T.level = uint16_t(level);
    tokens.push(T);
    done = true;
  }

  void newline() {
    ++line;
    lineStart = cur;
  }

  bool handleIndentation();
  void lexToken();
  void lexName();
  void lexNumber();
  bool lexString(const char *Start, const char *QuotePos);
  bool verifyIdentifier(const char *Start);
  bool verifyEndOfNumber(const char *Start, const char *&P, const char *Kind);
  bool decimalTail(const char *&P);
  void invalidCharacter(const char *P);
};

LexResult Lexer::run() {
  while (!done && !result.outOfMemory) {
    if (atBol) {
      atBol = false;
      if (!handleIndentation())
        break;
    }
    if (pendingIndents != 0) {
      // Emitted with an empty range at the start of the line's text.
      TokenKind K = pendingIndents > 0 ? TokenKind::Indent : TokenKind::Dedent;
      pendingIndents += pendingIndents > 0 ? -1 : 1;
      emit(K, cur, line, colOf(cur));
      if (cur >= end) {
        Token &T = tokens.back();
        eofPosition(T.line, T.col);
        T.endLine = T.line;
        T.endCol = T.col;
      }
      continue;
    }
    lexToken();
  }
  if (!done) {
    // Unreachable in practice: lexToken ends with EndMarker or an error.
    error(ErrorKind::SyntaxError, line, colOf(cur), false, "invalid syntax");
  }
  Token T;
  T.kind = TokenKind::EndMarker;
  T.offset = uint32_t(end - src);
  eofPosition(T.line, T.col);
  T.endLine = T.line;
  T.endCol = T.col;
  T.level = uint16_t(level);
  tokens.push(T);
  result.tokens = tokens.finish();
  if (result.tokens.size == 0)
    result.outOfMemory = true;
  return result;
}

/// Measures the indentation of a new line and queues INDENT/DEDENT tokens,
/// following tok_get's "Get indentation level" block. Blank lines and
/// comment-only lines do not count, nor do lines inside brackets.
bool Lexer::handleIndentation() {
  int Col = 0, AltCol = 0;
  const char *P = cur;
  for (; P < end; ++P) {
    if (*P == ' ') {
      ++Col;
      ++AltCol;
    } else if (*P == '\t') {
      Col = (Col / TabSize + 1) * TabSize;
      AltCol = AltCol + 1;
    } else if (*P == '\f') {
      Col = AltCol = 0;
    } else {
      break;
    }
  }
  cur = P;
  bool Blank = P < end && (*P == '#' || *P == '\n');
  blankLine = Blank;
  // At the end of input the implicit empty line dedents to column 0.
  if (P >= end)
    Col = AltCol = 0;
  if (Blank || level != 0)
    return true;
  // Tab errors are reported at column 0 of the line (E_TABSPACE).
  auto TabError = [&] {
    error(ErrorKind::TabError, line, 0, false,
          "inconsistent use of tabs and spaces in indentation");
    return false;
  };
  if (Col == indentStack[indent]) {
    if (AltCol != altIndentStack[indent])
      return TabError();
  } else if (Col > indentStack[indent]) {
    if (indent + 1 >= MaxIndent) {
      error(ErrorKind::IndentationError, line, 0, false,
            "too many levels of indentation");
      return false;
    }
    if (AltCol <= altIndentStack[indent])
      return TabError();
    ++pendingIndents;
    ++indent;
    indentStack[indent] = Col;
    altIndentStack[indent] = AltCol;
  } else {
    while (indent > 0 && Col < indentStack[indent]) {
      --pendingIndents;
      --indent;
    }
    if (Col != indentStack[indent]) {
      // CPython reports this at the end of the offending line.
      const char *Q = P;
      while (Q < end && *Q != '\n')
        ++Q;
      error(ErrorKind::IndentationError, line, colOf(Q), false,
            "unindent does not match any outer indentation level");
      return false;
    }
    if (AltCol != altIndentStack[indent])
      return TabError();
  }
  return true;
}

void Lexer::invalidCharacter(const char *P) {
  uint32_t CP = 0;
  unsigned N = decodeUtf8(P, end, CP);
  if (N == 0) {
    error(ErrorKind::SyntaxError, line, colOf(P), true,
          "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
          "position %u: invalid start byte",
          unsigned(static_cast<uint8_t>(*P)), unsigned(P - lineStart));
    return;
  }
  // CPython points just past the character (its column counts it).
  if (unicode::isPrintable(CP))
    error(ErrorKind::SyntaxError, line, colOf(P), true,
          "invalid character '%.*s' (U+%04X)", int(N), P, unsigned(CP));
  else
    error(ErrorKind::SyntaxError, line, colOf(P), true,
          "invalid non-printable character U+%04X", unsigned(CP));
}

/// CPython's verify_identifier: a name with non-ASCII characters must be a
/// valid identifier after NFKC normalization. Normalization never turns an
/// invalid first/continue character into a valid one except for
/// compatibility characters, which XID_* already accounts for, so checking
/// the characters as written gives the same verdict.
bool Lexer::verifyIdentifier(const char *Start) {
  const char *P = Start;
  bool First = true;
  while (P < cur) {
    uint32_t CP;
    unsigned N = decodeUtf8(P, cur, CP);
    if (N == 0) {
      error(ErrorKind::SyntaxError, line, colOf(P), true,
            "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
            "position %u: invalid start byte",
            unsigned(static_cast<uint8_t>(*P)), unsigned(P - Start));
      return false;
    }
    bool Ok = First ? (CP == '_' || unicode::isXidStart(CP))
                    : unicode::isXidContinue(CP);
    if (!Ok) {
      cur = P;
      invalidCharacter(P);
      return false;
    }
    First = false;
    P += N;
  }
  return true;
}

void Lexer::lexName() {
  const char *Start = cur;
  uint32_t StartCol = colOf(cur);
  bool NonAscii = false;
  while (cur < end && isPotentialIdentifierChar(*cur)) {
    NonAscii |= static_cast<uint8_t>(*cur) >= 128;
    ++cur;
  }
  if (NonAscii && !verifyIdentifier(Start))
    return;
  TokenKind K = TokenKind::Name;
  lookupKeyword(Start, size_t(cur - Start), K);
  emit(K, Start, line, StartCol);
}

/// tok_decimal_tail: digits with single underscores between them.
bool Lexer::decimalTail(const char *&P) {
  for (;;) {
    while (P < end && isDigit(*P))
      ++P;
    if (*P != '_')
      return true;
    ++P;
    if (!isDigit(*P)) {
      cur = P;
      error(ErrorKind::SyntaxError, line, colOf(P) - 1, true,
            "invalid decimal literal");
      return false;
    }
  }
}

/// verify_end_of_number: a number directly followed by a name character is
/// an error, except before the keywords that may legally follow a number
/// (`1if x else y`), which CPython accepts with a deprecation warning.
bool Lexer::verifyEndOfNumber(const char *Start, const char *&P,
                              const char *Kind) {
  auto Next = [&](const char *S) {
    const char *Q = P + 1;
    for (; *S; ++S, ++Q)
      if (Q >= end || *Q != *S)
        return false;
    return true;
  };
  char C = *P;
  bool KeywordFollows = false;
  if (C == 'a')
    KeywordFollows = Next("nd");
  else if (C == 'e')
    KeywordFollows = Next("lse");
  else if (C == 'f')
    KeywordFollows = Next("or");
  else if (C == 'i')
    KeywordFollows = P + 1 < end && (P[1] == 'f' || P[1] == 'n' || P[1] == 's');
  else if (C == 'o')
    KeywordFollows = Next("r");
  else if (C == 'n')
    KeywordFollows = Next("ot");
  if (KeywordFollows)
    return true;
  if (isPotentialIdentifierChar(C)) {
    cur = P;
    error(ErrorKind::SyntaxError, line, colOf(P) - 1, true,
          "invalid %s literal", Kind);
    return false;
  }
  return true;
}

void Lexer::lexNumber() {
  const char *Start = cur;
  uint32_t StartCol = colOf(cur);
  const char *P = cur;
  auto Finish = [&] {
    cur = P;
    emit(TokenKind::Number, Start, line, StartCol);
  };
  // Column conventions follow CPython: after an invalid digit the caret
  // is on the digit, otherwise on the character before the offending one.
  auto Fail = [&](const char *At, const char *Fmt, char Digit = 0) {
    cur = At;
    if (Digit)
      error(ErrorKind::SyntaxError, line, colOf(At), true, Fmt, Digit);
    else
      error(ErrorKind::SyntaxError, line, colOf(At) - 1, true, "%s", Fmt);
  };
  // Exponent, fraction and imaginary parts shared by decimal literals.
  auto Exponent = [&]() -> bool {
    // P points at 'e' or 'E'.
    const char *E = P;
    ++P;
    if (*P == '+' || *P == '-') {
      ++P;
      if (!isDigit(*P)) {
        Fail(P, "invalid decimal literal");
        return false;
      }
    } else if (!isDigit(*P)) {
      // "1e" followed by a non-digit: the number ends before the 'e'.
      P = E;
      return verifyEndOfNumber(Start, P, "decimal");
    }
    return decimalTail(P);
  };
  auto FractionAndRest = [&]() -> bool {
    // P points after the integer part.
    if (*P == '.') {
      ++P;
      if (isDigit(*P) && !decimalTail(P))
        return false;
    }
    if (*P == 'e' || *P == 'E') {
      const char *E = P;
      if (!Exponent())
        return false;
      if (P == E) // the 'e' was not an exponent
        return true;
    }
    if (*P == 'j' || *P == 'J') {
      ++P;
      return verifyEndOfNumber(Start, P, "imaginary");
    }
    return verifyEndOfNumber(Start, P, "decimal");
  };

  if (*P == '.') {
    // ".5": fraction only.
    if (!FractionAndRest())
      return;
    return Finish();
  }
  if (*P == '0') {
    ++P;
    char C = *P;
    if (C == 'x' || C == 'X' || C == 'o' || C == 'O' || C == 'b' || C == 'B') {
      char Base = char(C | 0x20);
      const char *Kind =
          Base == 'x' ? "hexadecimal" : Base == 'o' ? "octal" : "binary";
      auto IsDigitOf = [&](char D) {
        return Base == 'x' ? isHexDigit(D)
               : Base == 'o' ? (D >= '0' && D <= '7')
                             : (D == '0' || D == '1');
      };
      ++P;
      do {
        if (*P == '_')
          ++P;
        if (!IsDigitOf(*P)) {
          if (Base != 'x' && isDigit(*P))
            return Fail(P, Base == 'o' ? "invalid digit '%c' in octal literal"
                                       : "invalid digit '%c' in binary literal",
                        *P);
          char Msg[40];
          formatString(Msg, sizeof(Msg), "invalid %s literal", Kind);
          return Fail(P, Msg);
        }
        while (IsDigitOf(*P))
          ++P;
      } while (*P == '_');
      if (Base != 'x' && isDigit(*P))
        return Fail(P, Base == 'o' ? "invalid digit '%c' in octal literal"
                                   : "invalid digit '%c' in binary literal",
                    *P);
      if (!verifyEndOfNumber(Start, P, Kind))
        return;
      return Finish();
    }
    // Zeros, possibly followed by digits: only valid as a float, or if all
    // digits are zero.
    for (;;) {
      if (*P == '_') {
        ++P;
        if (!isDigit(*P))
          return Fail(P, "invalid decimal literal");
      }
      if (*P != '0')
        break;
      ++P;
    }
    const char *ZerosEnd = P;
    bool NonZero = false;
    if (isDigit(*P)) {
      NonZero = true;
      if (!decimalTail(P))
        return;
    }
    if (*P == '.' || *P == 'e' || *P == 'E' || *P == 'j' || *P == 'J') {
      if (!FractionAndRest())
        return;
      return Finish();
    }
    if (NonZero) {
      cur = ZerosEnd;
      error(ErrorKind::SyntaxError, line, colOf(Start), true,
            "leading zeros in decimal integer literals are not permitted; "
            "use an 0o prefix for octal integers");
      return;
    }
    if (!verifyEndOfNumber(Start, P, "decimal"))
      return;
    return Finish();
  }
  if (!decimalTail(P))
    return;
  if (!FractionAndRest())
    return;
  Finish();
}

/// Scans a string literal whose prefix starts at Start and whose opening
/// quote is at QuotePos. Escapes are only skipped here; the parser decodes.
bool Lexer::lexString(const char *Start, const char *QuotePos) {
  uint32_t StartLine = line, StartCol = colOf(Start);
  const char *StartLineStart = lineStart;
  char Quote = *QuotePos;
  const char *P = QuotePos + 1;
  int QuoteSize = 1;
  if (P + 1 < end && P[0] == Quote && P[1] == Quote) {
    QuoteSize = 3;
    P += 2;
  } else if (P < end && P[0] == Quote) {
    cur = P + 1; // empty string
    emit(TokenKind::String, Start, StartLine, StartCol);
    return true;
  }
  int EndQuoteSize = 0;
  while (EndQuoteSize != QuoteSize) {
    if (P >= end || (QuoteSize == 1 && *P == '\n')) {
      // "detected at line N" names the line where the scan gave up: the
      // newline's line for single quotes, the last line for triple quotes.
      uint32_t Detected = line;
      if (P >= end && QuoteSize == 3 && line > StartLine)
        --Detected; // the final '\n' was counted as starting a new line
      line = StartLine;
      lineStart = StartLineStart;
      cur = Start;
      if (QuoteSize == 3)
        error(ErrorKind::SyntaxError, StartLine, StartCol, true,
              "unterminated triple-quoted string literal (detected at line %u)",
              Detected);
      else
        error(ErrorKind::SyntaxError, StartLine, StartCol, true,
              "unterminated string literal (detected at line %u)", Detected);
      return false;
    }
    char C = *P++;
    if (C == Quote) {
      ++EndQuoteSize;
      continue;
    }
    EndQuoteSize = 0;
    if (C == '\n') {
      cur = P;
      newline();
    } else if (C == '\\' && P < end) {
      if (*P == '\n') {
        ++P;
        cur = P;
        newline();
      } else {
        ++P;
      }
    }
  }
  cur = P;
  emit(TokenKind::String, Start, StartLine, StartCol);
  return true;
}

void Lexer::lexToken() {
  // Skip blanks between tokens.
  while (cur < end && (*cur == ' ' || *cur == '\t' || *cur == '\f'))
    ++cur;
  if (cur < end && *cur == '#') {
    while (cur < end && *cur != '\n')
      ++cur;
  }
  if (cur >= end) {
    if (level > 0) {
      const Bracket &B = brackets[level - 1];
      result.unclosedBracketLine = B.line;
      error(ErrorKind::SyntaxError, B.line, B.col, false, "'%c' was never closed",
            B.ch);
      return;
    }
    done = true; // EndMarker is appended by run()
    return;
  }
  const char *Start = cur;
  uint32_t StartCol = colOf(cur);
  char C = *cur;

  if (C == '\n') {
    // A blank line, or a newline inside brackets, is not a token.
    bool Significant = level == 0 && !blankLine;
    ++cur;
    if (Significant) {
      emit(TokenKind::Newline, Start, line, StartCol);
      // The token ends where it starts on the same line.
      Token &T = tokens.back();
      T.endLine = line;
      T.endCol = StartCol + 1;
    }
    newline();
    atBol = true;
    return;
  }

  if (isPotentialIdentifierStart(C)) {
    // String prefixes: any case-mix of b, r, u, f in the valid combinations.
    bool SawB = false, SawR = false, SawU = false, SawF = false;
    const char *P = cur;
    for (;;) {
      char L = *P;
      if (!(SawB || SawU || SawF) && (L == 'b' || L == 'B'))
        SawB = true;
      else if (!(SawB || SawU || SawR || SawF) && (L == 'u' || L == 'U'))
        SawU = true;
      else if (!(SawR || SawU) && (L == 'r' || L == 'R'))
        SawR = true;
      else if (!(SawF || SawB || SawU) && (L == 'f' || L == 'F'))
        SawF = true;
      else
        break;
      ++P;
      if (*P == '"' || *P == '\'') {
        lexString(Start, P);
        return;
      }
    }
    lexName();
    return;
  }

  if (isDigit(C) || (C == '.' && isDigit(cur[1]))) {
    lexNumber();
    return;
  }

  if (C == '"' || C == '\'') {
    lexString(Start, cur);
    return;
  }

  if (C == '\\') {
    ++cur;
    if (*cur != '\n') {
      error(ErrorKind::SyntaxError, line, colOf(cur), false,
            "unexpected character after line continuation character");
      return;
    }
    uint32_t BackslashCol = colOf(cur);
    ++cur;
    if (cur >= end) {
      error(ErrorKind::SyntaxError, line, BackslashCol, false,
            "unexpected EOF while parsing");
      return;
    }
    newline();
    return;
  }

  TokenKind K;
  unsigned N = matchPunctuator(cur, end, K);
  if (N == 0) {
    if (static_cast<uint8_t>(C) < 0x20 || C == 0x7F) {
      invalidCharacter(cur);
      return;
    }
    // '$', '?', '`', a lone '!': CPython passes them to the parser, which
    // reports "invalid syntax" at them.
    ++cur;
    emit(TokenKind::ErrorToken, Start, line, StartCol);
    return;
  }
  if (C == '(' || C == '[' || C == '{') {
    if (level >= MaxLevel) {
      error(ErrorKind::SyntaxError, line, StartCol, true,
            "too many nested parentheses");
      return;
    }
    brackets[level] = {C, line, StartCol};
    ++level;
  } else if (C == ')' || C == ']' || C == '}') {
    if (level == 0) {
      error(ErrorKind::SyntaxError, line, StartCol, true, "unmatched '%c'", C);
      return;
    }
    --level;
    char Open = brackets[level].ch;
    if (!((Open == '(' && C == ')') || (Open == '[' && C == ']') ||
          (Open == '{' && C == '}'))) {
      if (brackets[level].line != line)
        error(ErrorKind::SyntaxError, line, StartCol, true,
              "closing parenthesis '%c' does not match opening parenthesis "
              "'%c' on line %u",
              C, Open, brackets[level].line);
      else
        error(ErrorKind::SyntaxError, line, StartCol, true,
              "closing parenthesis '%c' does not match opening parenthesis "
              "'%c'",
              C, Open);
      return;
    }
  }
  cur += N;
  emit(K, Start, line, StartCol);
}

} // namespace

LexResult tokenize(const char *Text, uint32_t Size, Arena &A) {
  Lexer L(Text, Size, A);
  return L.run();
}

} // namespace adder
