//===- HostSupport.cpp - host implementations of support hooks ------------===//
//
// The hooks freestanding code leaves to its environment, as the host
// provides them: a malloc-backed chunk source and fatalError on stderr.
// Firmware builds provide their own in the runtime.
//
//===----------------------------------------------------------------------===//

#include "adder/support/Arena.h"

#include <cstdio>
#include <cstdlib>

namespace adder {

static void *hostAllocate(void *, size_t Size) { return std::malloc(Size); }
static void hostRelease(void *, void *Chunk, size_t) { std::free(Chunk); }

ChunkSource hostChunkSource() { return {hostAllocate, hostRelease, nullptr}; }

void fatalError(const char *Message, const char *File, int Line) {
  std::fprintf(stderr, "adder: internal error: %s (%s:%d)\n", Message, File,
               Line);
  std::abort();
}

} // namespace adder
