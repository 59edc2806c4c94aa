//===- Heap.h - the garbage-collected heap ----------------------*- C++ -*-===//
//
// DESIGN.md decision 7: mark-sweep over one fixed region (a linker-script
// region on a board, one mmap'd arena on the host, sized by --heap),
// precise inside objects (Type::trace), conservative over the stack and
// saved registers, so compiled code needs no stack maps. Objects do not
// move. Out of memory raises MemoryError and leaves the heap intact.
//
// Allocation is in 16-byte granules. Every object's first word is its type
// pointer; the heap keeps a "start of object" bit and a mark bit per
// granule in side bitmaps, so the extent of an object is the distance to
// the next start bit and static objects (outside the heap) are never
// written.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_HEAP_H
#define ADDER_RUNTIME_HEAP_H

#include "adder/runtime/Object.h"

namespace adder::rt {

constexpr size_t GranuleSize = 16;

/// Gives the heap its region. Must be called once, before any allocation,
/// by the target's startup code; StackBase is the address of the outermost
/// stack frame that can hold references (conservative scanning stops there).
void heapInit(void *Start, size_t Size, void *StackBase);

/// Allocates Bytes (>= sizeof(Object)) zeroed bytes with the given type in
/// the header. On exhaustion collects, retries, and finally raises
/// MemoryError and returns null.
Object *gcAlloc(const Type *T, size_t Bytes);

/// Like gcAlloc, but the memory after the header is not zeroed: for objects
/// the caller fills completely before the next allocation (str data).
Object *gcAllocUninitialized(const Type *T, size_t Bytes);

/// The usable size of a heap object in bytes (a multiple of GranuleSize).
size_t gcObjectSize(const Object *O);

/// True if P points into the heap region (at an object or not).
bool gcInHeap(const void *P);

/// Runs a full collection now; returns the number of objects it freed.
size_t gcCollect();

/// gc.enable()/gc.disable(): while disabled, allocation collects only when
/// the heap has no room left (never on the growth threshold).
void gcSetEnabled(bool On);
bool gcIsEnabled();

/// Registers a location outside the heap that holds a reference (a module
/// global, a runtime cache). Roots are never unregistered.
void gcAddRoot(Value *Slot);
/// Registers Count consecutive root slots (a compiled module's globals).
void gcAddRoots(Value *Slots, size_t Count);

/// micropython.heap_lock(): while locked, allocation raises MemoryError
/// without collecting. Nests.
void gcLock();
void gcUnlock();
bool gcIsLocked();

struct HeapStats {
  size_t total;       // bytes in the region
  size_t used;        // bytes in live or not yet collected objects
  size_t free;        // total - used
  size_t collections; // number of collections so far
  size_t peakUsed;    // high-water mark of used
};
HeapStats gcStats();

/// GC stress mode: collect before every allocation (tests use it to find
/// objects left unreachable during construction).
void gcSetStress(bool On);

/// gcAlloc, except that stress mode does not collect first unless the heap
/// has no room. For the traceback entry recorded in every frame an
/// exception unwinds: a collection at each would scan the whole remaining
/// stack each time, quadratic in the depth of a RecursionError.
Object *gcAllocWithoutStress(const Type *T, size_t Bytes);

} // namespace adder::rt

#endif
