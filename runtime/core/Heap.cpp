//===- Heap.cpp - the mark-sweep collector and its allocator --------------===//
//
// Owns the garbage-collected heap of DESIGN.md decision 7 (API in Heap.h).
//
// Layout. heapInit carves, from the start of the one region it is given,
// two side bitmaps with a bit per 16-byte granule ("an object starts here"
// and "marked"), then the mark stack, then the granules. The granules are a
// sequence of chunks, each beginning at a start bit: allocated objects, and
// free chunks whose header is the internal FreeChunkType. A chunk extends to
// the next start bit, or to `top`, the end of the used part; everything
// above `top` is the never-used "wilderness", handed out by bumping `top`,
// so the host touches (and the OS backs) pages only as the heap grows.
// Keeping sizes in the start bitmap rather than in headers is what lets
// static objects have the same one-word header as heap objects, and lets a
// conservative pointer into the middle of an object find its start by
// scanning the bitmap backwards a word at a time.
//
// Allocation of a small object (1..SmallLists granules) pops its exact-size
// free list, or else bumps a pointer through the current bump region: the
// smallest larger small chunk, else about 2 KB from the end of the first
// large chunk or of the wilderness. The region's
// first granule always has its start bit set, so the last object bumped
// ends there; the rest of the region has no header until it is retired
// (when a new region is taken, and before every collection) as a free
// chunk. So nearly every allocation is the fast path, pop or bump, zero,
// set the header, and bumping reads nothing from the memory it hands out.
// Large objects are carved from the end of a large chunk: the first that
// fits in the bin of the request's size (bins by power of two, each in
// address order after a sweep), else the first of a larger bin, else the
// wilderness. Free lists are rebuilt by every sweep.
//
// Collection is stop-the-world mark-sweep. Roots are the registered slots,
// the pending/handled exception slots, and, conservatively, every word of
// the stack and of the callee-saved registers (spilled by inline assembly),
// so compiled code needs no stack maps. Inside objects marking is precise,
// through Type::trace, with an explicit bounded mark stack: on overflow the
// object stays marked-but-untraced and the heap is rescanned for marked
// objects between the lowest and highest such address, until no overflow
// remains; the C stack never grows with the object graph. An object whose
// type lives on the heap (a class created at run time) marks its type. The
// sweep walks the bitmaps a word at a time, clearing marks, coalescing each run
// of dead objects and free chunks into one free chunk, and retreating `top`
// over a free tail.
//
// Policy: a collection runs when an allocation cannot be satisfied, and when
// the bytes allocated since the last collection exceed max(twice the live
// bytes after it, MinThresholdBytes capped at a quarter of the heap), which
// keeps the used part of the heap near three times the live data. Each
// collection traces the live data: with twice (not once) the live bytes
// between collections, a program with a large live set (a tree being
// built) spends half as long in the collector, and its peak memory stays
// below CPython's, whose objects are larger (measured in bench/README.md). If a collection does not
// free enough, MemoryError is raised and the heap is left as it was.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Heap.h"

#include "HeapInternal.h"
#include "adder/runtime/Errors.h"
#include "adder/runtime/Objects.h"
#include "adder/support/Compiler.h"

#include <string.h>

namespace adder::rt {

namespace {

//===--- Constants and bit tricks -----------------------------------------===//

constexpr size_t WordBytes = sizeof(uintptr_t);
constexpr unsigned WordShift = WordBits == 64 ? 6 : 5;
constexpr size_t WordMask = WordBits - 1;
constexpr unsigned GranuleShift = 4;
static_assert(GranuleSize == size_t(1) << GranuleShift, "granule is 16 bytes");
static_assert(WordBits == size_t(1) << WordShift, "word is 32 or 64 bits");

/// Free chunks of 1..SmallLists granules are kept on exact-size lists (one
/// bit per list in smallNonEmpty, so it must fit 32 bits); larger ones in
/// bins. 32 granules (512 bytes) covers nearly every Python object.
constexpr size_t SmallLists = 32;

/// Bins of large free chunks: bin K holds chunks of [2**(K+5), 2**(K+6))
/// granules (bin 0 from SmallLists + 1), the last bin everything larger.
/// A program building long strings frees many large chunks of every size:
/// one first-fit list of them was walked ~100 chunks deep per allocation
/// (bench/jsontree.py); in a bin every chunk of the next bins fits.
constexpr unsigned LargeBins = 24;
/// Chunks of its own bin a large allocation looks at before it takes one
/// of a larger bin (and after, if there is none).
constexpr unsigned MaxBinWalk = 8;

/// A bump region taken from a large chunk or the wilderness has about this
/// many granules (2 KB), so that after a sweep has coalesced the garbage into
/// big chunks, allocation is back on the fast path after one slow call.
constexpr size_t RefillGranules = 128;

/// The least the heap lets allocation run between two collections. Below
/// it, collections of a small live set would run too often for no gain;
/// capped at a quarter of the heap so that small boards still collect
/// before they are full. Measured in HeapTest
/// (ThresholdKeepsHeapNearThreeTimesLive).
constexpr size_t MinThresholdBytes = 256 * 1024;

/// Bitmap words are zeroed lazily, this many at a time, as `top` grows, so
/// that a large host heap costs nothing until it is used.
constexpr size_t BitmapZeroStep = 1024;

/// Mark stack sizing: Region/256 bytes, within these bounds.
constexpr size_t MinMarkStackBytes = 64 * WordBytes;
constexpr size_t MaxMarkStackBytes = 64 * 1024;

/// Static root ranges (registered before or after heapInit); further ones
/// go into RootBlocks allocated on the heap itself and chained.
constexpr size_t StaticRootRanges = 32;
constexpr size_t RootBlockRanges = 30;

ADDER_INLINE unsigned lowestBit(uintptr_t W) {
  if constexpr (sizeof(uintptr_t) == sizeof(unsigned long long))
    return unsigned(__builtin_ctzll(W));
  else
    return unsigned(__builtin_ctz(W));
}

ADDER_INLINE unsigned highestBit(uintptr_t W) {
#if defined(__arm__) && !defined(__ARM_FEATURE_CLZ)
  // ARMv6-M has no CLZ and __builtin_clz becomes a libgcc call; smear the
  // top bit down, isolate it, and use ctz, which LLVM expands inline.
  W |= W >> 1;
  W |= W >> 2;
  W |= W >> 4;
  W |= W >> 8;
  W |= W >> 16;
  if constexpr (WordBits == 64)
    W |= W >> (WordBits / 2);
  return lowestBit(W ^ (W >> 1));
#else
  if constexpr (sizeof(uintptr_t) == sizeof(unsigned long long))
    return WordBits - 1 - unsigned(__builtin_clzll(W));
  else
    return WordBits - 1 - unsigned(__builtin_clz(W));
#endif
}

/// Bits at positions >= Pos of a word (Pos < WordBits).
ADDER_INLINE uintptr_t bitsFrom(size_t Pos) { return ~uintptr_t(0) << Pos; }
/// Bits at positions <= Pos of a word (Pos < WordBits).
ADDER_INLINE uintptr_t bitsUpTo(size_t Pos) {
  return ~uintptr_t(0) >> (WordMask - Pos);
}

ADDER_INLINE uintptr_t alignUp(uintptr_t A, uintptr_t Align) {
  return (A + Align - 1) & ~(Align - 1);
}

//===--- State ------------------------------------------------------------===//

/// A free chunk's header. `granules` is only maintained for chunks on the
/// large list (a one-granule chunk on a 64-bit target has room for two
/// words); exact lists know their size.
struct FreeChunk {
  const Type *type; // &FreeChunkType
  FreeChunk *next;
  size_t granules;
};

struct RootRange {
  Value *slots;
  size_t count;
};

/// Root ranges beyond the static table, on the heap (marked by the root
/// scan itself; their type has no trace).
struct RootBlock {
  Object header;
  RootBlock *next;
  size_t count;
  RootRange ranges[RootBlockRanges];
};

/// Everything the heap knows, zero-initialized in .bss (no constructor).
struct HeapState {
  uintptr_t base; // granule 0; 0 until heapInit
  uintptr_t top;  // end of the used part
  uintptr_t end;  // end of the granules
  uintptr_t stackBase;

  uintptr_t *startBits;
  uintptr_t *markBits;
  size_t bitmapWords;
  size_t readyWords; // bitmap words zeroed so far (lazily, as top grows)

  Object **markStack;
  size_t markStackCapacity;
  size_t markStackLimit;
  size_t markStackSize;
  bool markOverflow;
  bool rescanning;
  uintptr_t overflowLow;  // lowest marked-but-untraced object
  uintptr_t overflowHigh; // highest one
  uintptr_t rescanPos;    // object being traced by the rescan
  uintptr_t rescanEnd;    // last object the current pass must reach
  size_t overflowRescans;

  FreeChunk *small[SmallLists + 1]; // index = size in granules
  uint32_t smallNonEmpty;           // bit N-1 set iff small[N] is non-empty
  FreeChunk *large[LargeBins];      // by largeBin, each > SmallLists
  uint32_t largeNonEmpty;           // bit K set iff large[K] is non-empty
  bool coalesced; // no two free chunks adjacent, none at top (after a sweep
                  // and until a bump region is taken)
  uintptr_t bumpPtr; // the unallocated rest of the bump region, [bumpPtr,
  uintptr_t bumpEnd; // bumpEnd): a start bit at bumpPtr, none inside

  size_t budget;      // bytes allocatable before the next collection (0
                      // while locked or stressed: every allocation is slow)
  size_t savedBudget; // the budget to restore at the outermost unlock
  size_t threshold;   // budget given after each collection
  size_t minThreshold;

  size_t used;
  size_t peakUsed;
  size_t collections;

  unsigned lockDepth;
  bool stress;
  bool collecting;
  bool disabled;    // gc.disable(): collect only when the heap is full
  bool countFreed;  // the sweep counts the starts it frees (gc.collect())
  size_t deadStarts; // that count: dead objects plus the free chunks

  RootBlock *rootBlocks;
  RootRange pendingRoots; // being registered while a RootBlock is allocated
};

HeapState H;
RootRange StaticRoots[StaticRootRanges];
size_t StaticRootCount;

/// A type the heap defines for its own blocks: a name and a trace
/// function, every protocol slot null. constexpr, so the objects are
/// constant-initialized (no static constructor).
constexpr Type allocationOnlyType(const char *Name,
                                  void (*Trace)(Object *, Tracer &)) {
  Type T{};
  T.header.type = &adder_type_type;
  T.name = Name;
  T.trace = Trace;
  return T;
}

// Internal types: a free chunk, and a chained root block. The collector
// recognizes them by address.
const Type FreeChunkType = allocationOnlyType("<free>", nullptr);
const Type RootBlockType = allocationOnlyType("<root table>", nullptr);

//===--- Bitmaps ----------------------------------------------------------===//

ADDER_INLINE size_t granuleOf(uintptr_t A) {
  return (A - H.base) >> GranuleShift;
}
ADDER_INLINE uintptr_t addressOf(size_t G) {
  return H.base + (G << GranuleShift);
}
ADDER_INLINE size_t topGranule() { return granuleOf(H.top); }

/// True if P lies in [base, top): one unsigned compare.
ADDER_INLINE bool inUsedHeap(uintptr_t P) {
  return P - H.base < H.top - H.base;
}

ADDER_INLINE void setBit(uintptr_t *Bits, size_t G) {
  Bits[G >> WordShift] |= uintptr_t(1) << (G & WordMask);
}
ADDER_INLINE void clearBit(uintptr_t *Bits, size_t G) {
  Bits[G >> WordShift] &= ~(uintptr_t(1) << (G & WordMask));
}
ADDER_INLINE bool testBit(const uintptr_t *Bits, size_t G) {
  return (Bits[G >> WordShift] >> (G & WordMask)) & 1;
}

/// Makes the bitmap words covering granules [0, TopG] readable. Bits at or
/// above `top` are always zero in ready words, so a new chunk only sets its
/// own start bit.
void prepareBitmaps(size_t TopG) {
  size_t Need = (TopG >> WordShift) + 1;
  if (ADDER_LIKELY(Need <= H.readyWords))
    return;
  size_t Ready = alignUp(Need, BitmapZeroStep);
  if (Ready > H.bitmapWords)
    Ready = H.bitmapWords;
  memset(H.startBits + H.readyWords, 0, (Ready - H.readyWords) * WordBytes);
  memset(H.markBits + H.readyWords, 0, (Ready - H.readyWords) * WordBytes);
  H.readyWords = Ready;
}

/// The first granule after G that starts a chunk, or the top granule.
size_t nextStart(size_t G) {
  size_t TopG = topGranule();
  size_t Pos = G + 1;
  if (Pos >= TopG)
    return TopG;
  size_t W = Pos >> WordShift;
  uintptr_t S = H.startBits[W] & bitsFrom(Pos & WordMask);
  while (!S) {
    if (((W + 1) << WordShift) >= TopG)
      return TopG;
    S = H.startBits[++W];
  }
  return (W << WordShift) + lowestBit(S);
}

/// The chunk containing granule G (< top granule): the nearest start bit at
/// or below G. Granule 0 always starts a chunk, so the loop ends.
ADDER_INLINE size_t chunkContaining(size_t G) {
  size_t W = G >> WordShift;
  uintptr_t S = H.startBits[W] & bitsUpTo(G & WordMask);
  while (!S)
    S = H.startBits[--W];
  return (W << WordShift) + highestBit(S);
}

//===--- Free lists and allocation ----------------------------------------===//

/// The granules an object of Bytes takes: at least one. (The fast paths
/// skip the minimum: a count of 0 there, from wrapping, goes slow.)
ADDER_INLINE size_t granulesFor(size_t Bytes) {
  size_t N = (Bytes + GranuleSize - 1) >> GranuleShift;
  return N ? N : 1;
}

ADDER_INLINE Object *popSmall(size_t N) {
  FreeChunk *C = H.small[N];
  if (!(H.small[N] = C->next))
    H.smallNonEmpty &= ~(uint32_t(1) << (N - 1));
  return reinterpret_cast<Object *>(C);
}

void pushSmall(FreeChunk *C, size_t N) {
  C->type = &FreeChunkType;
  C->next = H.small[N];
  H.small[N] = C;
  H.smallNonEmpty |= uint32_t(1) << (N - 1);
}

/// The bin of a large chunk of N (> SmallLists) granules.
ADDER_INLINE unsigned largeBin(size_t N) {
  unsigned K = highestBit(N) - 5;
  return K < LargeBins ? K : LargeBins - 1;
}

void pushLarge(FreeChunk *C, size_t N) {
  unsigned K = largeBin(N);
  C->type = &FreeChunkType;
  C->granules = N;
  C->next = H.large[K];
  H.large[K] = C;
  H.largeNonEmpty |= uint32_t(1) << K;
}

/// Unlinks C, the chunk *Link points at, from bin K.
ADDER_INLINE void unlinkLarge(FreeChunk **Link, FreeChunk *C, unsigned K) {
  *Link = C->next;
  if (!H.large[K])
    H.largeNonEmpty &= ~(uint32_t(1) << K);
}

/// N granules from the bump region, or null if it has fewer.
ADDER_INLINE Object *bump(size_t N) {
  size_t Bytes = N << GranuleShift;
  if (Bytes > H.bumpEnd - H.bumpPtr)
    return nullptr;
  auto *O = reinterpret_cast<Object *>(H.bumpPtr);
  H.bumpPtr += Bytes;
  // The region ends at a chunk start or at top: no bit needed there.
  if (H.bumpPtr != H.bumpEnd)
    setBit(H.startBits, granuleOf(H.bumpPtr));
  return O;
}

/// Turns the rest of the bump region into a free chunk: on its exact list
/// when small, else off the lists (only collect retires a large rest, and
/// its sweep rebuilds the lists).
void retireBump() {
  if (H.bumpPtr != H.bumpEnd) {
    size_t N = (H.bumpEnd - H.bumpPtr) >> GranuleShift;
    auto *C = reinterpret_cast<FreeChunk *>(H.bumpPtr);
    if (N <= SmallLists) {
      pushSmall(C, N);
    } else {
      C->type = &FreeChunkType;
      C->next = nullptr;
      C->granules = N;
    }
  }
  H.bumpPtr = H.bumpEnd = 0;
}

/// Takes the last N granules of the large free chunk C (*Link points at
/// it, in bin K), so that the rest keeps its place if it stays in the bin
/// (or moves to the bin or small list of its size). Returns their address,
/// start bit set.
uintptr_t takeChunkEnd(FreeChunk **Link, FreeChunk *C, unsigned K, size_t N) {
  size_t Rest = C->granules - N;
  if (Rest == 0) {
    unlinkLarge(Link, C, K);
    return reinterpret_cast<uintptr_t>(C);
  }
  if (Rest > SmallLists && largeBin(Rest) == K) {
    C->granules = Rest;
  } else {
    unlinkLarge(Link, C, K);
    if (Rest > SmallLists)
      pushLarge(C, Rest);
    else
      pushSmall(C, Rest);
  }
  uintptr_t A = reinterpret_cast<uintptr_t>(C) + (Rest << GranuleShift);
  setBit(H.startBits, granuleOf(A));
  return A;
}

/// N granules bumped off the wilderness, start bit set; 0 if it has fewer.
uintptr_t takeWilderness(size_t N) {
  if (((H.end - H.top) >> GranuleShift) < N)
    return 0;
  uintptr_t A = H.top;
  prepareBitmaps(topGranule() + N);
  H.top += N << GranuleShift;
  setBit(H.startBits, granuleOf(A));
  return A;
}

/// Takes a new bump region with room for N granules (N <= SmallLists) and
/// allocates N from it; null if no free space fits.
Object *refillBump(size_t N) {
  retireBump();
  uintptr_t A = 0;
  size_t Granules = 0;
  if (uint32_t Larger = N < SmallLists ? H.smallNonEmpty >> N : 0) {
    // The smallest larger small chunk.
    Granules = N + 1 + lowestBit(Larger);
    A = reinterpret_cast<uintptr_t>(popSmall(Granules));
  } else {
    // The end of the first chunk of the smallest large bin (all fit N),
    // about RefillGranules of it so the chunk stays for large objects; all
    // of it if the rest would be small.
    if (H.largeNonEmpty) {
      unsigned K = lowestBit(H.largeNonEmpty);
      FreeChunk *C = H.large[K];
      Granules = C->granules <= RefillGranules + SmallLists ? C->granules
                                                           : RefillGranules;
      A = takeChunkEnd(&H.large[K], C, K, Granules);
    } else {
      // Up to RefillGranules, and never fewer than N (<= SmallLists).
      size_t Wild = (H.end - H.top) >> GranuleShift;
      Granules = Wild < RefillGranules ? Wild : RefillGranules;
      if (Granules < N || !(A = takeWilderness(Granules)))
        return nullptr;
    }
  }
  H.bumpPtr = A;
  H.bumpEnd = A + (Granules << GranuleShift);
  H.coalesced = false;
  return bump(N);
}

/// Finds N free granules, sets up their start bit, and returns them (not
/// zeroed, header not set); null if no free space fits. Never collects.
Object *allocateGranules(size_t N) {
  if (N <= SmallLists) {
    if (H.small[N])
      return popSmall(N);
    if (Object *O = bump(N))
      return O;
    return refillBump(N);
  }

  // A large object: first fit in its size's bin, else the first chunk of
  // the next non-empty bin, carving from the chunk's end so that the chunk
  // keeps its place.
  // The walk is bounded before a larger bin is tried: each chunk visited
  // is a cache miss.
  unsigned K = largeBin(N);
  FreeChunk **Link = &H.large[K];
  FreeChunk *C = H.large[K];
  for (unsigned Walked = 0; C && Walked < MaxBinWalk;
       ++Walked, Link = &C->next, C = C->next)
    if (C->granules >= N)
      return reinterpret_cast<Object *>(takeChunkEnd(Link, C, K, N));
  if (uint32_t Larger = H.largeNonEmpty & ~((uint32_t(2) << K) - 1)) {
    unsigned L = lowestBit(Larger);
    return reinterpret_cast<Object *>(
        takeChunkEnd(&H.large[L], H.large[L], L, N));
  }
  for (; C; Link = &C->next, C = C->next)
    if (C->granules >= N)
      return reinterpret_cast<Object *>(takeChunkEnd(Link, C, K, N));
  // The wilderness.
  return reinterpret_cast<Object *>(takeWilderness(N));
}

/// Zeroes an N-granule object and sets its header. Objects of up to four
/// granules (most Python objects) get inline stores instead of a call.
ADDER_INLINE Object *initialize(Object *O, const Type *T, size_t N) {
  switch (N) {
  case 1:
    __builtin_memset(O, 0, 1 * GranuleSize);
    break;
  case 2:
    __builtin_memset(O, 0, 2 * GranuleSize);
    break;
  case 3:
    __builtin_memset(O, 0, 3 * GranuleSize);
    break;
  case 4:
    __builtin_memset(O, 0, 4 * GranuleSize);
    break;
  default:
    memset(O, 0, N << GranuleShift);
    break;
  }
  O->type = T;
  return O;
}

void collect();

/// Sets the fast path's budget to Fresh unless locking or stress mode keep
/// it at zero (which sends every allocation to the slow path).
void refreshBudget(size_t Fresh) {
  if (H.disabled)
    Fresh = SIZE_MAX;
  if (H.lockDepth) {
    H.savedBudget = Fresh;
    H.budget = 0;
  } else {
    H.budget = H.stress ? 0 : Fresh;
  }
}

ADDER_COLD Object *outOfMemory() {
  raiseMemoryError();
  return nullptr;
}

/// Everything the fast path in gcAlloc does not handle: an empty exact
/// list, a large object, an exhausted budget, locking, stress mode.
ADDER_NOINLINE Object *allocateSlow(const Type *T, size_t Bytes, bool Zero) {
  if (ADDER_UNLIKELY(H.collecting))
    fatalError("gcAlloc during garbage collection", __FILE__, __LINE__);
  if (ADDER_UNLIKELY(!H.base))
    fatalError("gcAlloc before heapInit", __FILE__, __LINE__);
  if (Bytes > H.end - H.base)
    return outOfMemory();
  size_t N = granulesFor(Bytes);
  size_t Rounded = N << GranuleShift;
  if (H.lockDepth)
    return outOfMemory();

  bool Collected = false;
  if (H.stress || Rounded > H.budget) {
    collect();
    Collected = true;
  }
  Object *O = allocateGranules(N);
  if (!O && !Collected) {
    collect();
    O = allocateGranules(N);
  }
  if (!O)
    return outOfMemory();

  H.used += Rounded;
  if (!H.stress)
    H.budget = H.budget > Rounded ? H.budget - Rounded : 0;
  if (Zero)
    return initialize(O, T, N);
  O->type = T;
  return O;
}

//===--- Marking ----------------------------------------------------------===//

/// Pushes an object that was just marked. When the stack is full the object
/// stays marked but untraced, and the range of such objects is recorded for
/// the rescan after draining.
ADDER_INLINE void pushMarked(Object *O) {
  if (ADDER_LIKELY(H.markStackSize < H.markStackLimit)) {
    H.markStack[H.markStackSize++] = O;
    return;
  }
  uintptr_t A = reinterpret_cast<uintptr_t>(O);
  // A rescan in progress re-reads mark bits as it advances: an object above
  // its position only needs the pass to go that far.
  if (H.rescanning && A > H.rescanPos) {
    if (A > H.rescanEnd)
      H.rescanEnd = A;
    return;
  }
  H.markOverflow = true;
  if (A < H.overflowLow)
    H.overflowLow = A;
  if (A > H.overflowHigh)
    H.overflowHigh = A;
}

/// Marks the object containing P (P in [base, top)), whether P points at
/// its start or inside it. A word found on the stack may point anywhere,
/// so for it (Conservative) pointers into free chunks are ignored. A
/// reference from an object or a root slot always designates a live
/// object: its header is not read here but prefetched, so that the cache
/// misses of an object's references overlap instead of each stalling the
/// marking (reading it here was 70% of marking's time in jsontree).
template <bool Conservative> ADDER_INLINE void markChunkAt(uintptr_t P) {
  size_t G = chunkContaining(granuleOf(P));
  uintptr_t Bit = uintptr_t(1) << (G & WordMask);
  uintptr_t &Marks = H.markBits[G >> WordShift];
  if (Marks & Bit)
    return;
  Object *O = reinterpret_cast<Object *>(addressOf(G));
  if (Conservative) {
    if (O->type == &FreeChunkType)
      return;
  } else {
    __builtin_prefetch(O);
  }
  Marks |= Bit;
  pushMarked(O);
}

void markAddress(uintptr_t P) { markChunkAt<false>(P); }
void markPossibleAddress(uintptr_t P) { markChunkAt<true>(P); }

void markSlot(Tracer *, Value *Slot) {
  uintptr_t P = *Slot;
  if (inUsedHeap(P))
    markAddress(P);
}

Tracer MarkTracer = {markSlot};

/// Marks what O references: its type, if the type lives on the heap (a
/// class created at run time), and whatever its trace function visits.
ADDER_INLINE void traceObject(Object *O) {
  const Type *T = O->type;
  if (inUsedHeap(reinterpret_cast<uintptr_t>(T)))
    markAddress(reinterpret_cast<uintptr_t>(T));
  if (T->trace)
    T->trace(O, MarkTracer);
}

/// Traces until the mark stack is empty. Objects pass through a small
/// queue on their way from the stack to tracing, so that the header each
/// was prefetched for when marked has arrived by the time it is read
/// (taken straight off the stack, the last object marked is traced next).
void drainMarkStack() {
  constexpr unsigned Window = 8;
  Object *Queue[Window];
  unsigned Head = 0, Queued = 0;
  while (H.markStackSize || Queued) {
    if (H.markStackSize && Queued < Window) {
      Queue[(Head + Queued++) % Window] = H.markStack[--H.markStackSize];
      continue;
    }
    Object *O = Queue[Head];
    Head = (Head + 1) % Window;
    --Queued;
    traceObject(O);
  }
}

/// After an overflow: traces every marked object between the lowest and the
/// highest untraced one (tracing an object twice is harmless), and repeats
/// while that overflows again below the pass's position. Bounding each pass
/// by the recorded range, not the top of the heap, keeps a long chain laid
/// out downwards in memory linear rather than quadratic.
void rescanAfterOverflow() {
  while (H.markOverflow) {
    ++H.overflowRescans;
    H.markOverflow = false;
    size_t Pos = granuleOf(H.overflowLow);
    H.rescanEnd = H.overflowHigh;
    H.overflowLow = UINTPTR_MAX;
    H.overflowHigh = 0;
    H.rescanning = true;
    while (Pos <= granuleOf(H.rescanEnd)) {
      size_t W = Pos >> WordShift;
      uintptr_t M = H.markBits[W] & bitsFrom(Pos & WordMask);
      if (!M) {
        Pos = (W + 1) << WordShift;
        continue;
      }
      size_t G = (W << WordShift) + lowestBit(M);
      if (G > granuleOf(H.rescanEnd))
        break;
      H.rescanPos = addressOf(G);
      traceObject(reinterpret_cast<Object *>(H.rescanPos));
      drainMarkStack();
      Pos = G + 1;
    }
    H.rescanning = false;
  }
}

void markRange(Value *Slots, size_t Count) {
  for (size_t I = 0; I < Count; ++I)
    MarkTracer(&Slots[I]);
}

void markRoots() {
  for (size_t I = 0; I < StaticRootCount; ++I)
    markRange(StaticRoots[I].slots, StaticRoots[I].count);
  for (RootBlock *B = H.rootBlocks; B; B = B->next) {
    markAddress(reinterpret_cast<uintptr_t>(B));
    for (size_t I = 0; I < B->count; ++I)
      markRange(B->ranges[I].slots, B->ranges[I].count);
  }
  markRange(H.pendingRoots.slots, H.pendingRoots.count);
  MarkTracer(&adder_pending_exception);
  MarkTracer(&adder_handled_exception);
}

/// Treats every word in [Lo, Hi) as a possible reference.
void scanConservatively(uintptr_t Lo, uintptr_t Hi) {
  const uintptr_t *P =
      reinterpret_cast<const uintptr_t *>(alignUp(Lo, WordBytes));
  const uintptr_t *End =
      reinterpret_cast<const uintptr_t *>(Hi & ~(WordBytes - 1));
  for (; P < End; ++P) {
    uintptr_t V = *P;
    if (inUsedHeap(V))
      markPossibleAddress(V);
  }
}

//===--- Sweeping ---------------------------------------------------------===//

/// Collects the free chunks of a sweep into address-ordered lists.
struct FreeListBuilder {
  FreeChunk *smallTail[SmallLists + 1];
  FreeChunk *largeTail[LargeBins];
  size_t freeGranules;

  void add(size_t From, size_t To) {
    size_t N = To - From;
    freeGranules += N;
    FreeChunk *C = reinterpret_cast<FreeChunk *>(addressOf(From));
    C->type = &FreeChunkType;
    C->next = nullptr;
    if (N <= SmallLists) {
      if (smallTail[N])
        smallTail[N]->next = C;
      else
        H.small[N] = C;
      smallTail[N] = C;
      H.smallNonEmpty |= uint32_t(1) << (N - 1);
      return;
    }
    C->granules = N;
    unsigned K = largeBin(N);
    if (largeTail[K])
      largeTail[K]->next = C;
    else
      H.large[K] = C;
    largeTail[K] = C;
    H.largeNonEmpty |= uint32_t(1) << K;
  }
};

/// Frees every unmarked chunk, coalescing runs of dead objects and free
/// chunks into one chunk (only the run's first start bit survives), clears
/// the marks, and rebuilds the free lists. Work per bitmap word is one step
/// per live/dead transition, so it is linear in the used part of the heap
/// and touches the memory of free chunks only to write their headers.
void sweep() {
  for (size_t N = 0; N <= SmallLists; ++N)
    H.small[N] = nullptr;
  H.smallNonEmpty = 0;
  for (unsigned K = 0; K < LargeBins; ++K)
    H.large[K] = nullptr;
  H.largeNonEmpty = 0;

  FreeListBuilder Lists;
  memset(&Lists, 0, sizeof(Lists));
  constexpr size_t NoRun = ~size_t(0);
  size_t RunStart = NoRun; // first granule of the current dead run
  size_t TopG = topGranule();
  size_t Words = (TopG + WordMask) >> WordShift;
  for (size_t W = 0; W < Words; ++W) {
    uintptr_t Starts = H.startBits[W];
    if (!Starts)
      continue; // inside one chunk; marks are only ever at starts
    uintptr_t Marks = H.markBits[W];
    uintptr_t Dead = Starts & ~Marks;
    if (ADDER_UNLIKELY(H.countFreed))
      H.deadStarts += size_t(__builtin_popcountl(Dead));
    uintptr_t RunStarts = 0;
    size_t Pos = 0;
    size_t WordBase = W << WordShift;
    while (Pos < WordBits) {
      if (RunStart == NoRun) {
        uintptr_t Next = Dead & bitsFrom(Pos);
        if (!Next)
          break;
        unsigned B = lowestBit(Next);
        RunStart = WordBase + B;
        RunStarts |= uintptr_t(1) << B;
        Pos = B + 1;
      } else {
        uintptr_t Next = Marks & bitsFrom(Pos);
        if (!Next)
          break;
        unsigned B = lowestBit(Next);
        Lists.add(RunStart, WordBase + B);
        RunStart = NoRun;
        Pos = B + 1;
      }
    }
    uintptr_t NewStarts = Marks | RunStarts;
    if (NewStarts != Starts)
      H.startBits[W] = NewStarts;
    if (Marks)
      H.markBits[W] = 0;
  }
  // A dead tail returns to the wilderness.
  if (RunStart != NoRun) {
    clearBit(H.startBits, RunStart);
    H.top = addressOf(RunStart);
  }
  H.coalesced = true;
  H.used = (topGranule() - Lists.freeGranules) << GranuleShift;
}

//===--- Collection -------------------------------------------------------===//

/// Marks from every root and the stack [StackLow, stackBase), then sweeps.
ADDER_NOINLINE void markAndSweep(uintptr_t StackLow, const uintptr_t *Regs,
                                 size_t RegCount) {
  H.markStackSize = 0;
  H.markOverflow = false;
  H.overflowLow = UINTPTR_MAX;
  H.overflowHigh = 0;
  markRoots();
  scanConservatively(reinterpret_cast<uintptr_t>(Regs),
                     reinterpret_cast<uintptr_t>(Regs + RegCount));
  uintptr_t Lo = StackLow, Hi = H.stackBase;
  if (Hi && Lo > Hi) { // a stack that grows up, or a foreign stack
    uintptr_t T = Lo;
    Lo = Hi;
    Hi = T;
  }
  if (Hi)
    scanConservatively(Lo, Hi);
  drainMarkStack();
  rescanAfterOverflow();
  sweep();
}

/// Spills the callee-saved registers into this frame (they may hold the
/// only reference to an object, kept there by some caller), then marks and
/// sweeps with the stack scan starting at the current stack pointer. Caller-
/// saved registers need nothing: a caller keeping a value in one across a
/// call has stored it in its frame.
ADDER_NOINLINE void collectWithRegistersSpilled() {
  uintptr_t SP;
#if defined(__x86_64__)
  uintptr_t Regs[6];
  __asm__ volatile("movq %%rbx, 0(%1)\n\t"
                   "movq %%rbp, 8(%1)\n\t"
                   "movq %%r12, 16(%1)\n\t"
                   "movq %%r13, 24(%1)\n\t"
                   "movq %%r14, 32(%1)\n\t"
                   "movq %%r15, 40(%1)\n\t"
                   "movq %%rsp, %0"
                   : "=r"(SP)
                   : "r"(Regs)
                   : "memory");
#elif defined(__aarch64__)
  uintptr_t Regs[12];
  __asm__ volatile("stp x19, x20, [%1, #0]\n\t"
                   "stp x21, x22, [%1, #16]\n\t"
                   "stp x23, x24, [%1, #32]\n\t"
                   "stp x25, x26, [%1, #48]\n\t"
                   "stp x27, x28, [%1, #64]\n\t"
                   "stp x29, x30, [%1, #80]\n\t"
                   "mov %0, sp"
                   : "=&r"(SP)
                   : "r"(Regs)
                   : "memory");
#elif defined(__arm__)
  // r4-r11 are callee-saved in the AAPCS. Thumb-1 (ARMv6-M) can store only
  // r0-r7, so the high ones go through a low scratch register; the same
  // sequence is valid in ARM and Thumb-2. If the compiler picked one of
  // r4-r7 for an operand, it saved that register's value in the prologue,
  // which the stack scan covers.
  uintptr_t Regs[8];
  uintptr_t Tmp;
  __asm__ volatile("str r4, [%2, #0]\n\t"
                   "str r5, [%2, #4]\n\t"
                   "str r6, [%2, #8]\n\t"
                   "str r7, [%2, #12]\n\t"
                   "mov %1, r8\n\t"
                   "str %1, [%2, #16]\n\t"
                   "mov %1, r9\n\t"
                   "str %1, [%2, #20]\n\t"
                   "mov %1, r10\n\t"
                   "str %1, [%2, #24]\n\t"
                   "mov %1, r11\n\t"
                   "str %1, [%2, #28]\n\t"
                   "mov %0, sp"
                   : "=&l"(SP), "=&l"(Tmp)
                   : "l"(Regs)
                   : "memory");
#else
  // Elsewhere, make the prologue save every callee-saved register.
  __builtin_unwind_init();
  uintptr_t Regs[1] = {0};
  SP = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (reinterpret_cast<uintptr_t>(Regs) < SP)
    SP = reinterpret_cast<uintptr_t>(Regs);
#endif
  // Regs escapes into the call, so it stays live in this frame.
  markAndSweep(SP, Regs, sizeof(Regs) / sizeof(Regs[0]));
}

void collect() {
  if (H.used > H.peakUsed)
    H.peakUsed = H.used;
  // Marking reads headers and the sweep walks chunks: give the rest of the
  // bump region its free-chunk header first.
  retireBump();
  H.collecting = true;
  H.budget = 0; // sends a (forbidden) allocation by a trace function to the
                // slow path, which reports it
  collectWithRegistersSpilled();
  H.collecting = false;
  ++H.collections;
  H.threshold = 2 * H.used > H.minThreshold ? 2 * H.used : H.minThreshold;
  refreshBudget(H.threshold);
}

//===--- Roots ------------------------------------------------------------===//

RootRange *lastRootRange() {
  if (H.rootBlocks && H.rootBlocks->count)
    return &H.rootBlocks->ranges[H.rootBlocks->count - 1];
  if (StaticRootCount)
    return &StaticRoots[StaticRootCount - 1];
  return nullptr;
}

} // namespace

//===--- Public API -------------------------------------------------------===//

void heapInit(void *Start, size_t Size, void *StackBase) {
  memset(&H, 0, sizeof(H));
  uintptr_t Lo = alignUp(reinterpret_cast<uintptr_t>(Start), WordBytes);
  uintptr_t Hi =
      (reinterpret_cast<uintptr_t>(Start) + Size) & ~(GranuleSize - 1);
  if (Hi <= Lo || Hi - Lo < 64 * GranuleSize)
    fatalError("heapInit: region too small", __FILE__, __LINE__);
  size_t Avail = Hi - Lo;

  // Size the bitmaps for as many granules as the whole region has; the
  // granules left after carving them are fewer, so they fit.
  size_t BitmapWords = ((Avail >> GranuleShift) >> WordShift) + 1;
  size_t MarkStackBytes = Avail >> 8;
  if (MarkStackBytes < MinMarkStackBytes)
    MarkStackBytes = MinMarkStackBytes;
  if (MarkStackBytes > MaxMarkStackBytes)
    MarkStackBytes = MaxMarkStackBytes;
  MarkStackBytes &= ~(WordBytes - 1);

  H.startBits = reinterpret_cast<uintptr_t *>(Lo);
  H.markBits = H.startBits + BitmapWords;
  H.markStack = reinterpret_cast<Object **>(H.markBits + BitmapWords);
  H.markStackCapacity = MarkStackBytes / sizeof(Object *);
  H.markStackLimit = H.markStackCapacity;
  H.base = alignUp(reinterpret_cast<uintptr_t>(H.markStack) + MarkStackBytes,
                   GranuleSize);
  if (H.base + 16 * GranuleSize > Hi)
    fatalError("heapInit: region too small", __FILE__, __LINE__);
  H.top = H.base;
  H.end = Hi;
  H.bitmapWords = (((H.end - H.base) >> GranuleShift) >> WordShift) + 1;
  H.stackBase = reinterpret_cast<uintptr_t>(StackBase);
  H.overflowLow = UINTPTR_MAX;
  H.coalesced = true;

  size_t Quarter = (H.end - H.base) >> 2;
  H.minThreshold = Quarter < MinThresholdBytes ? Quarter : MinThresholdBytes;
  H.threshold = H.minThreshold;
  H.budget = H.threshold;
  // (The memset above also dropped any chained root blocks: they lived in
  // the previous heap, which only tests have.)
}

namespace {

/// The fast path of both allocators: an N-granule (Rounded-byte) object
/// from its exact free list or the bump region, within the budget; null
/// for the slow path. Bytes so large that the rounding wraps give N == 0
/// and take the slow path.
ADDER_INLINE Object *allocateFast(size_t N, size_t Rounded) {
  if (ADDER_LIKELY(N - 1 < SmallLists && Rounded <= H.budget)) {
    Object *O = H.small[N] ? popSmall(N) : bump(N);
    if (ADDER_LIKELY(O != nullptr)) {
      H.budget -= Rounded;
      H.used += Rounded;
      return O;
    }
  }
  return nullptr;
}

} // namespace

Object *gcAlloc(const Type *T, size_t Bytes) {
  size_t N = (Bytes + GranuleSize - 1) >> GranuleShift;
  if (Object *O = allocateFast(N, N << GranuleShift))
    return initialize(O, T, N);
  return allocateSlow(T, Bytes, /*Zero=*/true);
}

Object *gcAllocWithoutStress(const Type *T, size_t Bytes) {
  if (!H.stress || H.lockDepth || H.collecting || Bytes > H.end - H.base)
    return gcAlloc(T, Bytes);
  size_t N = granulesFor(Bytes);
  if (Object *O = allocateGranules(N)) {
    H.used += N << GranuleShift;
    return initialize(O, T, N);
  }
  return gcAlloc(T, Bytes); // no room: collect, as always
}

Object *gcAllocUninitialized(const Type *T, size_t Bytes) {
  size_t N = (Bytes + GranuleSize - 1) >> GranuleShift;
  if (Object *O = allocateFast(N, N << GranuleShift)) {
    O->type = T;
    return O;
  }
  return allocateSlow(T, Bytes, /*Zero=*/false);
}

size_t gcObjectSize(const Object *O) {
  uintptr_t A = reinterpret_cast<uintptr_t>(O);
  if (!inUsedHeap(A))
    return 0;
  size_t G = granuleOf(A);
  return (nextStart(G) - G) << GranuleShift;
}

bool gcInHeap(const void *P) {
  return reinterpret_cast<uintptr_t>(P) - H.base < H.end - H.base;
}

size_t gcCollect() {
  if (!H.base || H.collecting)
    return 0;
  // The sweep counts every unmarked start, free chunks included: count
  // those first (all free space is on the lists once the bump region is
  // retired; a large rest of it is off them) and take them off.
  size_t FreeChunks =
      H.bumpEnd - H.bumpPtr > (SmallLists << GranuleShift) ? 1 : 0;
  retireBump();
  for (size_t N = 1; N <= SmallLists; ++N)
    for (FreeChunk *C = H.small[N]; C; C = C->next)
      ++FreeChunks;
  for (unsigned K = 0; K < LargeBins; ++K)
    for (FreeChunk *C = H.large[K]; C; C = C->next)
      ++FreeChunks;
  H.countFreed = true;
  H.deadStarts = 0;
  collect();
  H.countFreed = false;
  return H.deadStarts > FreeChunks ? H.deadStarts - FreeChunks : 0;
}

void gcSetEnabled(bool On) {
  H.disabled = !On;
  refreshBudget(H.threshold);
}

bool gcIsEnabled() { return !H.disabled; }

void gcAddRoot(Value *Slot) { gcAddRoots(Slot, 1); }

void gcAddRoots(Value *Slots, size_t Count) {
  if (!Count)
    return;
  // Neighbouring registrations (globals laid out one after another) share
  // one range.
  if (RootRange *Last = lastRootRange()) {
    if (Last->slots + Last->count == Slots) {
      Last->count += Count;
      return;
    }
  }
  if (StaticRootCount < StaticRootRanges) {
    StaticRoots[StaticRootCount++] = {Slots, Count};
    return;
  }
  if (!H.rootBlocks || H.rootBlocks->count == RootBlockRanges) {
    if (!H.base)
      fatalError("gcAddRoots: more than 32 root ranges before heapInit",
                 __FILE__, __LINE__);
    // The block comes from the heap itself, ignoring heap_lock; the slots
    // being registered count as roots should this allocation collect.
    H.pendingRoots = {Slots, Count};
    size_t N = (sizeof(RootBlock) + GranuleSize - 1) >> GranuleShift;
    Object *O = allocateGranules(N);
    if (!O && !H.collecting) {
      collect();
      O = allocateGranules(N);
    }
    H.pendingRoots = {nullptr, 0};
    if (!O)
      fatalError("gcAddRoots: heap exhausted by the root table", __FILE__,
                 __LINE__);
    H.used += N << GranuleShift;
    memset(O, 0, N << GranuleShift);
    O->type = &RootBlockType;
    RootBlock *B = reinterpret_cast<RootBlock *>(O);
    B->next = H.rootBlocks;
    H.rootBlocks = B;
  }
  H.rootBlocks->ranges[H.rootBlocks->count++] = {Slots, Count};
}

void gcLock() {
  if (H.lockDepth++ == 0) {
    H.savedBudget = H.budget;
    H.budget = 0;
  }
}

void gcUnlock() {
  ADDER_ASSERT(H.lockDepth > 0, "gcUnlock without gcLock");
  if (--H.lockDepth == 0)
    H.budget = H.stress ? 0 : H.savedBudget;
}

bool gcIsLocked() { return H.lockDepth != 0; }

HeapStats gcStats() {
  if (H.used > H.peakUsed)
    H.peakUsed = H.used;
  HeapStats S;
  S.total = H.end - H.base;
  S.used = H.used;
  S.free = S.total - S.used;
  S.collections = H.collections;
  S.peakUsed = H.peakUsed;
  return S;
}

void gcSetStress(bool On) {
  H.stress = On;
  refreshBudget(H.threshold);
}

//===--- The heap's own types ---------------------------------------------===//

/// A value array holds Values up to the end of its allocation; unused slots
/// are zero (Error), which the tracer skips like small ints.
static void traceValueArray(Object *O, Tracer &T) {
  Value *Slot = reinterpret_cast<Value *>(O + 1);
  Value *End =
      reinterpret_cast<Value *>(reinterpret_cast<char *>(O) + gcObjectSize(O));
  if (T.visit == markSlot) {
    // Marking: statics (None, True, interned strings) and small ints are
    // skipped inline, not through a call per slot (big lists of bools).
    // The heap's bounds do not move while marking.
    uintptr_t Base = H.base, Span = H.top - H.base;
    for (; Slot < End; ++Slot) {
      Value V = *Slot;
      if (V - Base < Span && !(V & 3))
        markAddress(V);
    }
    return;
  }
  for (; Slot < End; ++Slot)
    T(Slot);
}

extern "C" const Type adder_type_value_array =
    allocationOnlyType("value_array", traceValueArray);
extern "C" const Type adder_type_byte_array =
    allocationOnlyType("byte_array", nullptr);

//===--- Hooks for tests (HeapInternal.h) ---------------------------------===//

void gcSetMarkStackLimit(size_t Entries) {
  H.markStackLimit =
      Entries && Entries < H.markStackCapacity ? Entries : H.markStackCapacity;
}

size_t gcOverflowRescans() { return H.overflowRescans; }

void gcResetRootsForTesting() {
  StaticRootCount = 0;
  H.rootBlocks = nullptr;
}

bool gcIsAllocatedObject(const void *P) {
  uintptr_t A = reinterpret_cast<uintptr_t>(P);
  if (!inUsedHeap(A) || (A & (GranuleSize - 1)))
    return false;
  if (A == H.bumpPtr && H.bumpPtr != H.bumpEnd)
    return false; // the unallocated rest of the bump region
  return testBit(H.startBits, granuleOf(A)) &&
         static_cast<const Object *>(P)->type != &FreeChunkType;
}

namespace {
/// For the verifier: C is a free chunk's header at a chunk start.
bool isFreeChunkStart(const FreeChunk *C) {
  uintptr_t A = reinterpret_cast<uintptr_t>(C);
  return inUsedHeap(A) && C->type == &FreeChunkType &&
         testBit(H.startBits, granuleOf(A));
}
/// The granules of the chunk starting at C (up to the next start or top).
size_t chunkGranules(const FreeChunk *C) {
  size_t G = granuleOf(reinterpret_cast<uintptr_t>(C));
  return nextStart(G) - G;
}
} // namespace

const char *gcVerifyHeap() {
  if (!H.base)
    return nullptr;
  size_t TopG = topGranule();
  if (H.top > H.end || (H.top & (GranuleSize - 1)))
    return "top out of range";
  if (TopG && !testBit(H.startBits, 0))
    return "granule 0 does not start a chunk";
  for (size_t W = 0; W < H.readyWords; ++W) {
    if (H.markBits[W])
      return "mark bit set outside a collection";
    size_t WordBase = W << WordShift;
    uintptr_t Beyond = WordBase >= TopG ? ~uintptr_t(0)
                       : TopG - WordBase >= WordBits
                           ? 0
                           : bitsFrom(TopG - WordBase);
    if (H.startBits[W] & Beyond)
      return "start bit at or above top";
  }

  // Walk the chunks.
  size_t FreeChunks = 0, FreeGranules = 0;
  bool PrevFree = false;
  for (size_t G = 0; G < TopG;) {
    const Object *O = reinterpret_cast<const Object *>(addressOf(G));
    size_t Next = nextStart(G);
    if (Next <= G)
      return "chunk walk does not advance";
    if (addressOf(G) == H.bumpPtr && H.bumpPtr != H.bumpEnd) {
      // The bump region's rest: free, no header, on no list.
      if (addressOf(Next) != H.bumpEnd)
        return "a start bit inside the bump region";
      FreeGranules += Next - G;
      PrevFree = true;
      G = Next;
      continue;
    }
    if (!O->type)
      return "chunk with a null header";
    bool Free = O->type == &FreeChunkType;
    if (Free) {
      if (PrevFree && H.coalesced)
        return "two adjacent free chunks after a sweep";
      ++FreeChunks;
      FreeGranules += Next - G;
      if (Next - G > SmallLists &&
          reinterpret_cast<const FreeChunk *>(O)->granules != Next - G)
        return "large free chunk size differs from its extent";
    }
    PrevFree = Free;
    G = Next;
  }
  if (PrevFree && H.coalesced)
    return "free chunk below top after a sweep (not returned to the "
           "wilderness)";

  // The lists hold exactly those chunks, with the right sizes.
  size_t Listed = 0;
  for (size_t N = 1; N <= SmallLists; ++N) {
    bool NonEmpty = (H.smallNonEmpty >> (N - 1)) & 1;
    if (NonEmpty != (H.small[N] != nullptr))
      return "smallNonEmpty disagrees with the lists";
    for (FreeChunk *C = H.small[N]; C; C = C->next) {
      if (!isFreeChunkStart(C))
        return "small list entry is not a free chunk";
      if (chunkGranules(C) != N)
        return "small list entry of the wrong size";
      if (++Listed > FreeChunks)
        return "free list longer than the free chunks (cycle?)";
    }
  }
  for (unsigned K = 0; K < LargeBins; ++K) {
    if (bool(H.large[K]) != bool(H.largeNonEmpty & (uint32_t(1) << K)))
      return "large bin flag disagrees with its list";
    for (FreeChunk *C = H.large[K]; C; C = C->next) {
      if (!isFreeChunkStart(C))
        return "large list entry is not a free chunk";
      if (C->granules <= SmallLists || chunkGranules(C) != C->granules)
        return "large list entry of the wrong size";
      if (largeBin(C->granules) != K)
        return "large list entry in the wrong bin";
      if (++Listed > FreeChunks)
        return "free list longer than the free chunks (cycle?)";
    }
  }
  if (Listed != FreeChunks)
    return "a free chunk is on no list";
  if (H.used != ((TopG - FreeGranules) << GranuleShift))
    return "used bytes disagree with the heap";
  return nullptr;
}

HeapFreeInfo gcFreeInfo() {
  HeapFreeInfo I;
  memset(&I, 0, sizeof(I));
  if (!H.base)
    return I;
  for (size_t N = 1; N <= SmallLists; ++N)
    for (FreeChunk *C = H.small[N]; C; C = C->next) {
      ++I.smallChunks;
      if ((N << GranuleShift) > I.largestChunk)
        I.largestChunk = N << GranuleShift;
    }
  for (unsigned K = 0; K < LargeBins; ++K)
    for (FreeChunk *C = H.large[K]; C; C = C->next) {
      ++I.largeChunks;
      if ((C->granules << GranuleShift) > I.largestChunk)
        I.largestChunk = C->granules << GranuleShift;
    }
  if (size_t Rest = H.bumpEnd - H.bumpPtr) {
    ++(Rest > (SmallLists << GranuleShift) ? I.largeChunks : I.smallChunks);
    if (Rest > I.largestChunk)
      I.largestChunk = Rest;
  }
  I.wilderness = H.end - H.top;
  I.topOffset = H.top - H.base;
  return I;
}

} // namespace adder::rt
