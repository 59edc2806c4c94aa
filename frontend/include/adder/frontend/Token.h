//===- Token.h - Python tokens ----------------------------------*- C++ -*-===//
#ifndef ADDER_FRONTEND_TOKEN_H
#define ADDER_FRONTEND_TOKEN_H

#include "adder/support/Compiler.h"

namespace adder {

/// Token kinds, generated from frontend/Tokens.td.
enum class TokenKind : uint8_t {
#define GET_TOKEN_KINDS
#include "adder/Tokens.inc"
  NumKinds
};

/// A human-readable spelling for diagnostics: "(", "if", "name", ...
const char *tokenSpelling(TokenKind K);

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  /// Byte range in the decoded source.
  uint32_t offset = 0, length = 0;
  /// Start and end, 1-based lines and 0-based byte columns.
  uint32_t line = 0, col = 0, endLine = 0, endCol = 0;
  /// Bracket nesting depth at this token (0 outside brackets).
  uint16_t level = 0;

  bool is(TokenKind K) const { return kind == K; }
};

} // namespace adder

#endif
