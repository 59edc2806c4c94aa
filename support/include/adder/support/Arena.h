//===- Arena.h - bump allocation in chunks ----------------------*- C++ -*-===//
//
// The parser allocates every token, AST node and string in one arena and
// frees it all at once. Chunks come from a ChunkSource so the same code
// runs on a host (malloc) and in firmware (the GC heap or a static buffer).
// Allocation failure is reported, never ignored: allocate() returns null
// and the arena remembers it, so callers can stop and say "out of memory".
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_ARENA_H
#define ADDER_SUPPORT_ARENA_H

#include "adder/support/Compiler.h"

namespace adder {

/// Where an arena's chunks come from.
struct ChunkSource {
  void *(*allocate)(void *Context, size_t Size);
  void (*release)(void *Context, void *Chunk, size_t Size);
  void *context;
};

/// A ChunkSource backed by the host's malloc/free (host builds only).
ChunkSource hostChunkSource();

class Arena {
public:
  explicit Arena(ChunkSource Source, size_t ChunkSize = 64 * 1024)
      : source(Source), chunkSize(ChunkSize) {}
  Arena(const Arena &) = delete;
  Arena &operator=(const Arena &) = delete;
  ~Arena();

  /// Returns Size bytes aligned to Align, or null when memory runs out.
  void *allocate(size_t Size, size_t Align = alignof(void *)) {
    uintptr_t P = (reinterpret_cast<uintptr_t>(cur) + Align - 1) & ~(Align - 1);
    if (cur && P + Size <= reinterpret_cast<uintptr_t>(limit)) {
      cur = reinterpret_cast<char *>(P + Size);
      return reinterpret_cast<void *>(P);
    }
    return allocateSlow(Size, Align);
  }

  template <class T, class... Args> T *make(Args &&...A) {
    void *M = allocate(sizeof(T), alignof(T));
    if (!M)
      return nullptr;
    return new (placement, M) T(static_cast<Args &&>(A)...);
  }

  /// Copies N bytes into the arena and NUL-terminates the copy.
  char *copyString(const char *S, size_t N);

  bool outOfMemory() const { return failed; }
  size_t bytesAllocated() const { return totalBytes; }

private:
  struct ChunkHeader {
    ChunkHeader *next;
    size_t size;
  };
  void *allocateSlow(size_t Size, size_t Align);

  ChunkSource source;
  size_t chunkSize;
  ChunkHeader *chunks = nullptr;
  char *cur = nullptr;
  char *limit = nullptr;
  size_t totalBytes = 0;
  bool failed = false;
};

} // namespace adder

#endif
