//===- HeapInternal.h - the collector's hooks for tests ---------*- C++ -*-===//
//
// What the heap's unit tests need beyond the public API in Heap.h: a way to
// shrink the mark stack so that its overflow path runs on small graphs, a
// consistency check of the whole heap to run between collections, and a
// reset of the root table so that each test starts clean. Nothing in the
// runtime proper calls these; whole-program linking drops them from images.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_CORE_HEAPINTERNAL_H
#define ADDER_RUNTIME_CORE_HEAPINTERNAL_H

#include "adder/runtime/Heap.h"

namespace adder::rt {

/// Limits the mark stack to Entries (at most its capacity, which heapInit
/// derives from the region size); 0 restores the full capacity.
void gcSetMarkStackLimit(size_t Entries);

/// The number of heap rescans caused by mark-stack overflow so far.
size_t gcOverflowRescans();

/// Forgets every registered root (static table and chained blocks).
void gcResetRootsForTesting();

/// True if P is the start of an allocated (not free) heap object.
bool gcIsAllocatedObject(const void *P);

/// Walks the heap, the bitmaps and the free lists and checks their
/// invariants; returns null if all hold, else a description of the first
/// broken one.
const char *gcVerifyHeap();

/// Statistics of the free space: chunk counts and the wilderness.
struct HeapFreeInfo {
  size_t smallChunks;  // chunks on the exact-size lists
  size_t largeChunks;  // chunks on the large list
  size_t largestChunk; // bytes in the largest free chunk
  size_t wilderness;   // bytes never used since the last retreat of top
  size_t topOffset;    // bytes from the heap base to the end of used space
};
HeapFreeInfo gcFreeInfo();

} // namespace adder::rt

#endif
