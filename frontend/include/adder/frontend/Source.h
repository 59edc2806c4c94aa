//===- Source.h - decoding source bytes into parser input -------*- C++ -*-===//
//
// CPython reads source as bytes: a UTF-8 BOM or a PEP 263 coding cookie on
// line 1 or 2 selects the encoding, line endings become '\n', and a final
// newline is added. decodeSource does the same and hands the lexer UTF-8
// text. UTF-8 input is passed through unvalidated, as CPython does; the
// lexer checks the bytes it interprets (names, strings, stray characters).
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_FRONTEND_SOURCE_H
#define ADDER_FRONTEND_SOURCE_H

#include "adder/frontend/Diagnostic.h"
#include "adder/support/Arena.h"

namespace adder {

struct SourceText {
  /// UTF-8 (for utf-8 input, as given), '\n' line ends, ends with '\n',
  /// followed by a NUL that is not counted in size.
  const char *data = nullptr;
  uint32_t size = 0;
};

/// Decodes Bytes into Out (allocated in A). On failure fills Err and
/// returns false.
bool decodeSource(const char *Bytes, size_t Size, Arena &A, SourceText &Out,
                  Diagnostic &Err);

} // namespace adder

#endif
