//===- ParserFuzzer.cpp - libFuzzer target for source decoding and parsing ===//
//
// A crash, sanitizer report, leak or hang here is a bug: the parser must
// reject any input with a diagnostic. Inputs that found bugs are kept in
// test/fuzz/regressions/ and replayed by ParserTest.
//
//===----------------------------------------------------------------------===//

#include "ParseFuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (!adder::fuzz::parseFuzzInput(Data, Size))
    __builtin_trap(); // a failed parse must say why
  return 0;
}
