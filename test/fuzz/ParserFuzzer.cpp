//===- ParserFuzzer.cpp - libFuzzer target for source decoding and parsing ===//
//
// Feeds arbitrary bytes through decodeSource, the lexer and the parser in
// all three modes, and dumps every tree that parses (the dumper walks every
// node and reprs every constant). A crash, sanitizer report, leak or hang
// here is a bug: the parser must reject any input with a diagnostic.
// Every fifth input also runs with a tiny arena to exercise out-of-memory
// paths.
//
//===----------------------------------------------------------------------===//

#include "adder/frontend/HostParse.h"

#include <cstdlib>

using namespace adder;

namespace {
struct Budget {
  size_t Left;
};
void *budgetAllocate(void *C, size_t N) {
  auto *B = static_cast<Budget *>(C);
  if (N > B->Left)
    return nullptr;
  B->Left -= N;
  return std::malloc(N);
}
void budgetRelease(void *, void *P, size_t) { std::free(P); }
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  const char *Bytes = reinterpret_cast<const char *>(Data);
  static const ParseMode Modes[] = {ParseMode::File, ParseMode::Interactive,
                                    ParseMode::Eval};
  for (ParseMode Mode : Modes) {
    Arena A(hostChunkSource(), 64 * 1024);
    SourceText Source;
    Diagnostic Err;
    if (!decodeSource(Bytes, Size, A, Source, Err))
      return 0;
    ParseResult R = parse(Source, A, hostParseOptions(Mode));
    if (R.module)
      (void)dumpAST(R.module);
    else if (!R.error.present)
      __builtin_trap(); // a failed parse must say why
  }
  if (Size % 5 == 0) {
    Budget B{Size * 4 + 4096};
    Arena A(ChunkSource{budgetAllocate, budgetRelease, &B}, 1024);
    SourceText Source;
    Diagnostic Err;
    if (decodeSource(Bytes, Size, A, Source, Err))
      (void)parse(Source, A, hostParseOptions());
  }
  return 0;
}
