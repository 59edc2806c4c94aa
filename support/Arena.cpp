//===- Arena.cpp - bump allocation in chunks ------------------------------===//
//
// Requests larger than a quarter chunk get a chunk of their own so a big
// string literal does not waste the tail of the current chunk.
//
//===----------------------------------------------------------------------===//

#include "adder/support/Arena.h"

namespace adder {

Arena::~Arena() {
  while (chunks) {
    ChunkHeader *Next = chunks->next;
    source.release(source.context, chunks, chunks->size);
    chunks = Next;
  }
}

void *Arena::allocateSlow(size_t Size, size_t Align) {
  if (failed)
    return nullptr;
  size_t Need = sizeof(ChunkHeader) + Size + Align;
  bool Dedicated = Size > chunkSize / 4;
  size_t ChunkBytes = Dedicated || Need > chunkSize ? Need : chunkSize;
  auto *C = static_cast<ChunkHeader *>(source.allocate(source.context, ChunkBytes));
  if (!C) {
    failed = true;
    return nullptr;
  }
  C->size = ChunkBytes;
  C->next = chunks;
  chunks = C;
  totalBytes += ChunkBytes;
  char *Begin = reinterpret_cast<char *>(C + 1);
  uintptr_t P = (reinterpret_cast<uintptr_t>(Begin) + Align - 1) & ~(Align - 1);
  char *Result = reinterpret_cast<char *>(P);
  if (!Dedicated) {
    cur = Result + Size;
    limit = reinterpret_cast<char *>(C) + ChunkBytes;
  }
  return Result;
}

char *Arena::copyString(const char *S, size_t N) {
  char *D = static_cast<char *>(allocate(N + 1, 1));
  if (!D)
    return nullptr;
  for (size_t I = 0; I < N; ++I)
    D[I] = S[I];
  D[N] = 0;
  return D;
}

} // namespace adder
