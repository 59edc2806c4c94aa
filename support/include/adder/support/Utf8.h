//===- Utf8.h - UTF-8 encoding and decoding ---------------------*- C++ -*-===//
//
// Source text, AST strings and runtime str objects are UTF-8. Python
// strings may hold lone surrogates ("\ud800"); they are stored as their
// 3-byte generalized UTF-8 form, which decodeUtf8 accepts only when asked
// (AllowSurrogates) so that source files with them are still rejected.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_UTF8_H
#define ADDER_SUPPORT_UTF8_H

#include "adder/support/Compiler.h"

namespace adder {

/// Decodes one code point at P (P < End). Returns its byte length, or 0 if
/// the bytes are not valid UTF-8.
inline unsigned decodeUtf8(const char *P, const char *End, uint32_t &CP,
                           bool AllowSurrogates = false) {
  auto B = [&](int I) { return static_cast<uint8_t>(P[I]); };
  uint8_t C = B(0);
  if (C < 0x80) {
    CP = C;
    return 1;
  }
  auto Cont = [&](int I) { return P + I < End && (B(I) & 0xC0) == 0x80; };
  if (C >= 0xC2 && C <= 0xDF) {
    if (!Cont(1))
      return 0;
    CP = (uint32_t(C & 0x1F) << 6) | (B(1) & 0x3F);
    return 2;
  }
  if (C >= 0xE0 && C <= 0xEF) {
    if (!Cont(1) || !Cont(2))
      return 0;
    CP = (uint32_t(C & 0x0F) << 12) | (uint32_t(B(1) & 0x3F) << 6) | (B(2) & 0x3F);
    if (CP < 0x800 || (!AllowSurrogates && CP >= 0xD800 && CP <= 0xDFFF))
      return 0;
    return 3;
  }
  if (C >= 0xF0 && C <= 0xF4) {
    if (!Cont(1) || !Cont(2) || !Cont(3))
      return 0;
    CP = (uint32_t(C & 0x07) << 18) | (uint32_t(B(1) & 0x3F) << 12) |
         (uint32_t(B(2) & 0x3F) << 6) | (B(3) & 0x3F);
    if (CP < 0x10000 || CP > 0x10FFFF)
      return 0;
    return 4;
  }
  return 0;
}

/// Writes CP (surrogates included) to Out; returns the byte count (1-4).
inline unsigned encodeUtf8(uint32_t CP, char *Out) {
  if (CP < 0x80) {
    Out[0] = char(CP);
    return 1;
  }
  if (CP < 0x800) {
    Out[0] = char(0xC0 | (CP >> 6));
    Out[1] = char(0x80 | (CP & 0x3F));
    return 2;
  }
  if (CP < 0x10000) {
    Out[0] = char(0xE0 | (CP >> 12));
    Out[1] = char(0x80 | ((CP >> 6) & 0x3F));
    Out[2] = char(0x80 | (CP & 0x3F));
    return 3;
  }
  Out[0] = char(0xF0 | (CP >> 18));
  Out[1] = char(0x80 | ((CP >> 12) & 0x3F));
  Out[2] = char(0x80 | ((CP >> 6) & 0x3F));
  Out[3] = char(0x80 | (CP & 0x3F));
  return 4;
}

/// Number of code points in a valid UTF-8 byte range.
inline uint32_t countCodePoints(const char *P, const char *End) {
  uint32_t N = 0;
  for (; P < End; ++P)
    if ((static_cast<uint8_t>(*P) & 0xC0) != 0x80)
      ++N;
  return N;
}

} // namespace adder

#endif
