//===- Lexer.h - Python 3.11 tokenizer --------------------------*- C++ -*-===//
//
// Turns decoded source into a token array, as CPython's tokenizer does:
// INDENT/DEDENT from an indentation stack (tabs to multiples of 8, checked
// against tabs of width 1 for TabError), newlines inside brackets ignored,
// backslash continuations, numbers and strings validated but kept as
// source text for the parser to convert. The whole file is tokenized up
// front so the parser can look ahead and backtrack freely.
//
// On the first error the lexer stops, emits ErrorToken then EndMarker and
// records a Diagnostic; the parser reports it when it reaches that token,
// or instead of its own error when CPython would (see Parser.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_FRONTEND_LEXER_H
#define ADDER_FRONTEND_LEXER_H

#include "adder/frontend/Diagnostic.h"
#include "adder/frontend/Token.h"
#include "adder/support/Vector.h"

namespace adder {

struct LexResult {
  Seq<Token> tokens;
  /// The tokenizer error, if any (the token list then ends in ErrorToken,
  /// EndMarker).
  Diagnostic error;
  /// True if CPython raises this error from the tokenizer itself, which
  /// makes it take precedence over a parser error found earlier in the file.
  bool errorOverridesParser = false;
  /// For an unclosed bracket at end of input: the bracket's line.
  uint32_t unclosedBracketLine = 0;
  bool outOfMemory = false;
};

/// Tokenizes Text (UTF-8 with '\n' line ends, ending in '\n' and followed
/// by a NUL at Text[Size], as decodeSource produces).
LexResult tokenize(const char *Text, uint32_t Size, Arena &A);

} // namespace adder

#endif
