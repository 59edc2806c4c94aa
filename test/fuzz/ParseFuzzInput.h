//===- ParseFuzzInput.h - One fuzz input through every parse path -*- C++ -*-===//
//
// Feeds arbitrary bytes through decodeSource, the lexer and the parser in
// all three modes, and dumps every tree that parses (the dumper walks every
// node and reprs every constant). Every fifth input also runs with a tiny
// arena to exercise out-of-memory paths. Shared by the libFuzzer target and
// the unit test that replays test/fuzz/regressions/.
//
//===----------------------------------------------------------------------===//

#ifndef ADDER_TEST_FUZZ_PARSEFUZZINPUT_H
#define ADDER_TEST_FUZZ_PARSEFUZZINPUT_H

#include "adder/frontend/HostParse.h"

#include <cstdint>
#include <cstdlib>

namespace adder::fuzz {

namespace detail {
struct Budget {
  size_t Left;
};
inline void *budgetAllocate(void *C, size_t N) {
  auto *B = static_cast<Budget *>(C);
  if (N > B->Left)
    return nullptr;
  B->Left -= N;
  return std::malloc(N);
}
inline void budgetRelease(void *, void *P, size_t) { std::free(P); }
} // namespace detail

/// Runs one input through every parse path; false when a parse failed
/// without saying why. The tiny-arena pass runs on every fifth input, or on
/// all of them with AlwaysTinyArena.
inline bool parseFuzzInput(const uint8_t *Data, size_t Size,
                           bool AlwaysTinyArena = false) {
  const char *Bytes = reinterpret_cast<const char *>(Data);
  static const ParseMode Modes[] = {ParseMode::File, ParseMode::Interactive,
                                    ParseMode::Eval};
  for (ParseMode Mode : Modes) {
    Arena A(hostChunkSource(), 64 * 1024);
    SourceText Source;
    Diagnostic Err;
    if (!decodeSource(Bytes, Size, A, Source, Err))
      return true;
    ParseResult R = parse(Source, A, hostParseOptions(Mode));
    if (R.module)
      (void)dumpAST(R.module);
    else if (!R.error.present)
      return false;
  }
  if (AlwaysTinyArena || Size % 5 == 0) {
    detail::Budget B{Size * 4 + 4096};
    Arena A(ChunkSource{detail::budgetAllocate, detail::budgetRelease, &B},
            1024);
    SourceText Source;
    Diagnostic Err;
    if (decodeSource(Bytes, Size, A, Source, Err))
      (void)parse(Source, A, hostParseOptions());
  }
  return true;
}

} // namespace adder::fuzz

#endif
