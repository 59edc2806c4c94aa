//===- HeapTest.cpp - the garbage-collected heap --------------------------===//
//
// Unit tests of runtime/core/Heap.cpp, compiled into this test directly so
// they do not depend on the rest of the runtime: the few externals the heap
// needs (the exception slots, raiseMemoryError, the type type) are defined
// here. Objects are "nodes": a few references followed by a payload filled
// with a canary derived from the node's tag, so that any live object the
// collector freed and reused shows up as a broken canary or a wrong tag.
//
// Garbage is made inside ADDER_NOINLINE helpers so that no live frame of the
// test keeps a stale copy for the conservative stack scan to find.
//
// The benchmarks are DISABLED_ tests; run them with
//   HeapTest --gtest_also_run_disabled_tests --gtest_filter='*Benchmark*'
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Heap.h"

#include "adder/runtime/Objects.h"
#include "core/HeapInternal.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <pthread.h>
#include <random>
#include <sys/mman.h>
#include <unordered_map>
#include <vector>

using namespace adder::rt;

//===--- What Heap.cpp needs from the rest of the runtime -----------------===//

namespace adder {
void fatalError(const char *Message, const char *File, int Line) {
  std::fprintf(stderr, "adder: internal error: %s (%s:%d)\n", Message, File,
               Line);
  std::abort();
}
} // namespace adder

static int MemoryErrors;

namespace adder::rt {
Object *adder_pending_exception;
Object *adder_handled_exception;
extern "C" const Type adder_type_type = {};
Value raiseMemoryError() {
  ++MemoryErrors;
  return Error;
}
} // namespace adder::rt

//===--- Test objects -----------------------------------------------------===//

namespace {

struct Node {
  Object header;
  uint32_t refCount;
  uint32_t tag;
  uint32_t payload; // canary bytes after refs
  uint32_t pad;
  Value refs[];

  uint8_t *payloadBytes() {
    return reinterpret_cast<uint8_t *>(refs + refCount);
  }
};

void traceNode(Object *O, Tracer &T) {
  Node *N = reinterpret_cast<Node *>(O);
  for (uint32_t I = 0; I < N->refCount; ++I)
    T(&N->refs[I]);
}

constexpr Type makeNodeType() {
  Type T{};
  T.header.type = &adder_type_type;
  T.name = "node";
  T.trace = traceNode;
  return T;
}
const Type NodeType = makeNodeType();

uint8_t canaryByte(uint32_t Tag, uint32_t I) {
  return uint8_t((Tag * 2654435761u + I * 40503u) >> 13);
}

size_t nodeBytes(uint32_t Refs, uint32_t Payload) {
  return sizeof(Node) + Refs * sizeof(Value) + Payload;
}

uint32_t NextTag = 1;

Node *newNode(uint32_t Refs, uint32_t Payload = 0) {
  Object *O = gcAlloc(&NodeType, nodeBytes(Refs, Payload));
  if (!O)
    return nullptr;
  Node *N = reinterpret_cast<Node *>(O);
  N->refCount = Refs;
  N->tag = NextTag++;
  N->payload = Payload;
  for (uint32_t I = 0; I < Payload; ++I)
    N->payloadBytes()[I] = canaryByte(N->tag, I);
  return N;
}

/// Empty string if N looks exactly as newNode left it (refs aside).
std::string checkNode(const Node *N) {
  if (!gcIsAllocatedObject(N))
    return "not an allocated object";
  if (N->header.type != &NodeType)
    return "wrong type";
  const uint8_t *P = reinterpret_cast<const uint8_t *>(N->refs + N->refCount);
  for (uint32_t I = 0; I < N->payload; ++I)
    if (P[I] != canaryByte(N->tag, I))
      return "canary broken at byte " + std::to_string(I) + " of tag " +
             std::to_string(N->tag);
  return "";
}

Value val(const void *P) { return reinterpret_cast<Value>(P); }
Node *node(Value V) { return reinterpret_cast<Node *>(V); }

void *stackBase() {
  pthread_attr_t A;
  pthread_getattr_np(pthread_self(), &A);
  void *Addr;
  size_t Size;
  pthread_attr_getstack(&A, &Addr, &Size);
  pthread_attr_destroy(&A);
  return static_cast<char *>(Addr) + Size;
}

/// Registered roots of the current test (re-registered by each fixture).
Value Roots[64];

class HeapTest : public ::testing::Test {
protected:
  void SetUp() override { init(8u << 20); }

  void init(size_t Size) {
    release();
    // Each heap at a new address: stale words on the stack from an earlier
    // heap must not point into this one.
    static uintptr_t NextAddress = uintptr_t(0x300000000000ull);
    Region = mmap(
        reinterpret_cast<void *>(NextAddress), Size, PROT_READ | PROT_WRITE,
        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1,
        0);
    NextAddress += uintptr_t(1) << 30;
    ASSERT_NE(Region, MAP_FAILED);
    RegionSize = Size;
    gcResetRootsForTesting();
    heapInit(Region, Size, stackBase());
    memset(Roots, 0, sizeof(Roots));
    gcAddRoots(Roots, 64);
    adder_pending_exception = nullptr;
    adder_handled_exception = nullptr;
    MemoryErrors = 0;
  }

  void TearDown() override {
    gcSetStress(false);
    while (gcIsLocked())
      gcUnlock();
    gcSetMarkStackLimit(0);
    const char *Problem = gcVerifyHeap();
    EXPECT_EQ(Problem, nullptr) << Problem;
    release();
  }

  void release() {
    if (Region)
      munmap(Region, RegionSize);
    Region = nullptr;
  }

  void verify() {
    const char *Problem = gcVerifyHeap();
    ASSERT_EQ(Problem, nullptr) << Problem;
  }

  void *Region = nullptr;
  size_t RegionSize = 0;
};

//===--- Helpers that make garbage in frames that are gone by collection --===//

ADDER_NOINLINE void makeGarbage(size_t Count, uint32_t Refs, uint32_t Payload) {
  Node *Prev = nullptr;
  for (size_t I = 0; I < Count; ++I) {
    Node *N = newNode(Refs, Payload);
    if (Refs && Prev)
      N->refs[0] = val(Prev);
    Prev = N;
  }
}

/// Overwrites the dead stack below the caller so that stale pointers left
/// by earlier helpers cannot be picked up by frames that reuse it.
ADDER_NOINLINE void scrubStack() {
  volatile char Buf[32 * 1024];
  for (size_t I = 0; I < sizeof(Buf); ++I)
    Buf[I] = 0;
}

ADDER_NOINLINE void collectClean() {
  scrubStack();
  gcCollect();
}

} // namespace

//===--- Allocation -------------------------------------------------------===//

TEST_F(HeapTest, AllocationIsAlignedZeroedAndSized) {
  for (size_t Bytes = sizeof(Object); Bytes < 3000; Bytes += 7) {
    Object *O = gcAlloc(&adder_type_byte_array, Bytes);
    ASSERT_NE(O, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(O) % GranuleSize, 0u);
    EXPECT_EQ(O->type, &adder_type_byte_array);
    size_t Size = gcObjectSize(O);
    EXPECT_EQ(Size % GranuleSize, 0u);
    EXPECT_GE(Size, Bytes);
    EXPECT_LT(Size, Bytes + GranuleSize);
    EXPECT_TRUE(gcInHeap(O));
    EXPECT_TRUE(gcInHeap(reinterpret_cast<char *>(O) + Size - 1));
    const unsigned char *P = reinterpret_cast<const unsigned char *>(O + 1);
    for (size_t I = 0; I < Size - sizeof(Object); ++I)
      ASSERT_EQ(P[I], 0) << "byte " << I << " of a " << Bytes << "-byte object";
    // Dirty it so that reuse after collection must zero again.
    memset(O + 1, 0xA5, Size - sizeof(Object));
  }
  collectClean();
  verify();
  for (size_t Bytes = sizeof(Object); Bytes < 3000; Bytes += 7) {
    Object *O = gcAlloc(&adder_type_byte_array, Bytes);
    const unsigned char *P = reinterpret_cast<const unsigned char *>(O + 1);
    for (size_t I = 0; I < gcObjectSize(O) - sizeof(Object); ++I)
      ASSERT_EQ(P[I], 0);
  }
  verify();
}

TEST_F(HeapTest, UninitializedAllocationSetsOnlyTheHeader) {
  Object *O = gcAllocUninitialized(&adder_type_byte_array, 100);
  ASSERT_NE(O, nullptr);
  EXPECT_EQ(O->type, &adder_type_byte_array);
  EXPECT_EQ(gcObjectSize(O), 112u);
}

TEST_F(HeapTest, StaticObjectsAreNotInTheHeap) {
  static const Node Static = {{&NodeType}, 0, 0, 0, 0};
  EXPECT_FALSE(gcInHeap(&Static));
  EXPECT_EQ(gcObjectSize(&Static.header), 0u);
  EXPECT_FALSE(gcIsAllocatedObject(&Static));
}

//===--- Roots ------------------------------------------------------------===//

namespace {
ADDER_NOINLINE void rootAChain(size_t Length) {
  Node *Head = newNode(1, 24);
  Roots[0] = val(Head);
  for (size_t I = 1; I < Length; ++I) {
    Node *N = newNode(1, 24);
    N->refs[0] = Roots[0];
    Roots[0] = val(N);
  }
}
} // namespace

TEST_F(HeapTest, RegisteredRootKeepsObjectsAlive) {
  rootAChain(1000);
  makeGarbage(5000, 1, 40);
  size_t Before = gcStats().used;
  collectClean();
  verify();
  HeapStats S = gcStats();
  EXPECT_LT(S.used, Before / 2);
  size_t Count = 0;
  for (Value V = Roots[0]; V; V = node(V)->refs[0], ++Count)
    ASSERT_EQ(checkNode(node(V)), "");
  EXPECT_EQ(Count, 1000u);
  EXPECT_GE(S.collections, 1u);
  // Dropping the root frees the chain.
  Roots[0] = 0;
  collectClean();
  EXPECT_LT(gcStats().used, 8 * 1024u);
}

TEST_F(HeapTest, ManyRootsChainIntoHeapBlocks) {
  // Every other slot, so that no two registrations merge: 64 slots of the
  // fixture's table plus 400 single ranges overflow the static table.
  static Value Sparse[800];
  for (size_t I = 0; I < 800; I += 2)
    gcAddRoot(&Sparse[I]);
  for (size_t I = 0; I < 800; I += 2)
    Sparse[I] = val(newNode(0, 16));
  makeGarbage(2000, 0, 16);
  collectClean();
  verify();
  for (size_t I = 0; I < 800; I += 2)
    ASSERT_EQ(checkNode(node(Sparse[I])), "") << I;
  // Adjacent registrations merge into one range (no growth to observe but
  // they must still all be scanned).
  static Value Dense[100];
  for (size_t I = 0; I < 100; ++I)
    gcAddRoot(&Dense[I]);
  for (size_t I = 0; I < 100; ++I)
    Dense[I] = val(newNode(0, 8));
  collectClean();
  for (size_t I = 0; I < 100; ++I)
    ASSERT_EQ(checkNode(node(Dense[I])), "");
  for (size_t I = 0; I < 800; I += 2)
    ASSERT_EQ(checkNode(node(Sparse[I])), "");
  memset(Sparse, 0, sizeof(Sparse));
  memset(Dense, 0, sizeof(Dense));
}

TEST_F(HeapTest, ExceptionSlotsAreRoots) {
  Node *P = newNode(0, 32), *Q = newNode(0, 32);
  adder_pending_exception = &P->header;
  adder_handled_exception = &Q->header;
  P = Q = nullptr;
  makeGarbage(100, 0, 0);
  collectClean();
  EXPECT_EQ(checkNode(reinterpret_cast<Node *>(adder_pending_exception)), "");
  EXPECT_EQ(checkNode(reinterpret_cast<Node *>(adder_handled_exception)), "");
  adder_pending_exception = adder_handled_exception = nullptr;
}

//===--- Conservative stack and registers ---------------------------------===//

namespace {
ADDER_NOINLINE Node *makeHidden() { return newNode(2, 64); }
} // namespace

TEST_F(HeapTest, StackLocalKeepsObjectAlive) {
  Node *volatile Local = makeHidden();
  makeGarbage(3000, 1, 16);
  collectClean();
  EXPECT_EQ(checkNode(Local), "");
  // And its referents, through the precise trace.
  Local->refs[1] = val(makeHidden());
  collectClean();
  EXPECT_EQ(checkNode(node(Local->refs[1])), "");
  verify();
}

#if defined(__x86_64__)
namespace {
constexpr uintptr_t HideKey = 0x5a5a5a5a5a5a5a5aull;

ADDER_NOINLINE uintptr_t makeMangled() {
  return reinterpret_cast<uintptr_t>(makeHidden()) ^ HideKey;
}

// Puts the object's address in one callee-saved register (and nowhere
// else) and calls gcCollect from the same asm statement: only the
// collector's register spill (or a prologue that saved the register) can
// find it.
#define COLLECT_WITH_POINTER_IN(Reg)                                           \
  ADDER_NOINLINE void collectWithPointerIn_##Reg(uintptr_t Mangled) {          \
    size_t (*Fn)() = gcCollect;                                                \
    scrubStack();                                                              \
    __asm__ volatile("movq %1, %%" #Reg "\n\t"                                 \
                     "xorq %2, %%" #Reg "\n\t"                                 \
                     "callq *%0"                                               \
                     : "+a"(Fn)                                                \
                     : "r"(Mangled), "r"(HideKey)                              \
                     : #Reg, "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10",    \
                       "r11", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5",  \
                       "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11",       \
                       "xmm12", "xmm13", "xmm14", "xmm15", "memory", "cc");    \
  }
COLLECT_WITH_POINTER_IN(rbx)
COLLECT_WITH_POINTER_IN(r12)
COLLECT_WITH_POINTER_IN(r13)
COLLECT_WITH_POINTER_IN(r14)
COLLECT_WITH_POINTER_IN(r15)
#undef COLLECT_WITH_POINTER_IN
} // namespace

TEST_F(HeapTest, CalleeSavedRegisterKeepsObjectAlive) {
  void (*Collectors[])(uintptr_t) = {
      collectWithPointerIn_rbx, collectWithPointerIn_r12,
      collectWithPointerIn_r13, collectWithPointerIn_r14,
      collectWithPointerIn_r15};
  for (auto *Collect : Collectors) {
    volatile uintptr_t Mangled = makeMangled();
    makeGarbage(1000, 0, 16);
    size_t Before = gcStats().collections;
    Collect(Mangled);
    ASSERT_EQ(gcStats().collections, Before + 1);
    EXPECT_EQ(checkNode(reinterpret_cast<Node *>(Mangled ^ HideKey)), "");
  }
  // Control: with the pointer nowhere the object is reclaimed.
  volatile uintptr_t Mangled = makeMangled();
  collectClean();
  EXPECT_FALSE(
      gcIsAllocatedObject(reinterpret_cast<Node *>(Mangled ^ HideKey)));
}
#endif

TEST_F(HeapTest, InteriorPointersKeepObjectsAlive) {
  // A value array spanning many bitmap words: a pointer near its end finds
  // the start by scanning the start bitmap backwards.
  constexpr size_t Slots = 5000;
  char *volatile Inside;
  {
    Object *Arr = gcAlloc(&adder_type_value_array,
                          sizeof(Object) + Slots * sizeof(Value));
    Value *Items = reinterpret_cast<Value *>(Arr + 1);
    Items[Slots - 1] = val(makeHidden());
    Items[0] = makeSmallInt(42);
    Inside = reinterpret_cast<char *>(&Items[Slots - 1]) + 3;
    Arr = nullptr;
    Items = nullptr;
  }
  makeGarbage(2000, 1, 0);
  collectClean();
  verify();
  Value *Last = reinterpret_cast<Value *>(Inside - 3);
  Object *Arr = reinterpret_cast<Object *>(Last - (Slots - 1)) - 1;
  ASSERT_TRUE(gcIsAllocatedObject(Arr));
  EXPECT_EQ(reinterpret_cast<Value *>(Arr + 1)[0], makeSmallInt(42));
  EXPECT_EQ(checkNode(node(*Last)), "") << "traced through the value array";

  // A precise interior reference (List.items points past the header).
  Node *Holder = newNode(1);
  Roots[1] = val(Holder);
  Object *Store =
      gcAlloc(&adder_type_value_array, sizeof(Object) + 8 * sizeof(Value));
  Holder->refs[0] = val(reinterpret_cast<Value *>(Store + 1));
  reinterpret_cast<Value *>(Store + 1)[3] = val(makeHidden());
  Store = nullptr;
  Inside = nullptr;
  collectClean();
  Value *Items = reinterpret_cast<Value *>(Holder->refs[0]);
  EXPECT_TRUE(gcIsAllocatedObject(reinterpret_cast<Object *>(Items) - 1));
  EXPECT_EQ(checkNode(node(Items[3])), "");
  verify();
}

TEST_F(HeapTest, PointersIntoFreeChunksAreIgnored) {
  // Objects over 32 granules are not carved in batches, so these three
  // lie in allocation order.
  Node *Keep = newNode(0, 600);
  Roots[0] = val(Keep);
  uintptr_t Freed;
  {
    makeGarbage(100, 0, 600);
    Node *Last = newNode(0, 600); // after the garbage: the run is not at top
    Roots[1] = val(Last);
  }
  collectClean();
  HeapFreeInfo Before = gcFreeInfo();
  ASSERT_GE(Before.largeChunks, 1u);
  // Point into the middle of the free run.
  Freed = reinterpret_cast<uintptr_t>(Keep) + 5000;
  volatile uintptr_t Hold = Freed;
  collectClean();
  (void)Hold;
  HeapFreeInfo After = gcFreeInfo();
  EXPECT_EQ(After.largestChunk, Before.largestChunk);
  EXPECT_EQ(After.largeChunks, Before.largeChunks);
  verify();
}

namespace {
/// Large garbage of each size in Payloads, each followed by a live node
/// (in Roots from First on) so that the sweep cannot merge them; the live
/// nodes are large too, so all come from the wilderness in this order.
ADDER_NOINLINE void makeSeparatedGarbage(const uint32_t *Payloads, size_t N,
                                         size_t First) {
  for (size_t I = 0; I < N; ++I) {
    newNode(0, Payloads[I]);
    Roots[First + I] = val(newNode(0, 600));
  }
}
} // namespace

TEST_F(HeapTest, LargeChunksAreReusedFromTheirBinOrALargerOne) {
  // Free chunks in five size bins (45 to ~4400 granules).
  const uint32_t Payloads[] = {700, 1500, 5000, 20000, 70000};
  makeSeparatedGarbage(Payloads, 5, 0);
  collectClean();
  HeapFreeInfo Before = gcFreeInfo();
  ASSERT_EQ(Before.largeChunks, 5u);
  // Each size finds its own chunk; 3000 bytes has no chunk in its bin and
  // takes the end of the 5000-byte one. None needs the wilderness.
  for (uint32_t Payload : {70000u, 20000u, 3000u, 700u, 1500u})
    ASSERT_NE(newNode(0, Payload), nullptr);
  EXPECT_EQ(gcFreeInfo().topOffset, Before.topOffset);
  verify();
}

//===--- Precise marking and the mark stack -------------------------------===//

namespace {
/// A "caterpillar": each node has a leaf and the next node, the leaf traced
/// first, so the mark stack grows by one leaf per node.
ADDER_NOINLINE void buildCaterpillar(Value *Root, size_t Length) {
  for (size_t I = 0; I < Length; ++I) {
    Node *N = newNode(2, 8);
    N->refs[0] = val(newNode(0, 8));
    N->refs[1] = *Root;
    *Root = val(N);
  }
}

/// The same, built head first: each node is allocated after (and, when
/// carved from a free chunk's end, below) the one that references it.
ADDER_NOINLINE void buildCaterpillarForward(Value *Root, size_t Length,
                                            uint32_t Payload) {
  Node *Tail = nullptr;
  for (size_t I = 0; I < Length; ++I) {
    Node *N = newNode(2, Payload);
    N->refs[0] = val(newNode(0, 8));
    if (Tail)
      Tail->refs[1] = val(N);
    else
      *Root = val(N);
    Tail = N;
  }
}

size_t checkCaterpillar(Value V) {
  size_t Count = 0;
  for (; V; V = node(V)->refs[1], ++Count) {
    if (checkNode(node(V)) != "" || checkNode(node(node(V)->refs[0])) != "")
      return ~size_t(0);
  }
  return Count;
}

/// A wide fan-out: one value array with Count nodes, each with two leaves.
ADDER_NOINLINE void buildFan(Value *Root, size_t Count) {
  Object *Arr =
      gcAlloc(&adder_type_value_array, sizeof(Object) + Count * sizeof(Value));
  *Root = val(Arr);
  for (size_t I = 0; I < Count; ++I) {
    Node *N = newNode(2, 4);
    N->refs[0] = val(newNode(0, 4));
    N->refs[1] = val(newNode(0, 4));
    reinterpret_cast<Value *>(Arr + 1)[I] = val(N);
  }
}

size_t checkFan(Value Root, size_t Count) {
  Value *Items =
      reinterpret_cast<Value *>(reinterpret_cast<Object *>(Root) + 1);
  for (size_t I = 0; I < Count; ++I) {
    Node *N = node(Items[I]);
    if (checkNode(N) != "" || checkNode(node(N->refs[0])) != "" ||
        checkNode(node(N->refs[1])) != "")
      return I;
  }
  return Count;
}
} // namespace

TEST_F(HeapTest, LongChainsAndWideFanOutsSurviveMarkStackOverflow) {
  init(64u << 20);
  buildCaterpillar(&Roots[0], 100000);
  buildFan(&Roots[1], 100000);
  makeGarbage(20000, 1, 8);
  for (size_t Limit : {size_t(0), size_t(64), size_t(4), size_t(1)}) {
    gcSetMarkStackLimit(Limit);
    size_t Rescans = gcOverflowRescans();
    auto Start = std::chrono::steady_clock::now();
    collectClean();
    double Ms = std::chrono::duration<double, std::milli>(
                    std::chrono::steady_clock::now() - Start)
                    .count();
    std::printf("  mark stack limit %zu: %zu overflow rescans, %.1f ms\n",
                Limit, gcOverflowRescans() - Rescans, Ms);
    if (Limit && Limit <= 64)
      EXPECT_GT(gcOverflowRescans(), Rescans);
    verify();
    ASSERT_EQ(checkCaterpillar(Roots[0]), 100000u);
    ASSERT_EQ(checkFan(Roots[1], 100000), 100000u);
  }
}

namespace {
/// Leaves a free chunk of about Bytes below a rooted fence object (which
/// keeps it from returning to the wilderness) after the next collection.
ADDER_NOINLINE void makeHoleBelowFence(Value *FenceRoot, uint32_t Bytes) {
  Node *volatile Hole = newNode(0, Bytes);
  *FenceRoot = val(newNode(0));
  (void)Hole;
}
} // namespace

TEST_F(HeapTest, ChainLaidOutDownwardsRescansInLinearTime) {
  // Each new node sits below the previous one (the allocator carves a free
  // chunk from its end; nodes are too large for batches), so every
  // overflow is below the rescan.
  init(128u << 20);
  makeHoleBelowFence(&Roots[2], 40u << 20);
  scrubStack();
  collectClean();
  Node *Fence = node(Roots[2]);
  ASSERT_GE(gcFreeInfo().largeChunks, 1u);
  buildCaterpillarForward(&Roots[0], 50000, 600);
  Node *First = node(Roots[0]);
  Node *Second = node(First->refs[1]);
  ASSERT_LT(reinterpret_cast<uintptr_t>(Second),
            reinterpret_cast<uintptr_t>(First));
  ASSERT_LT(reinterpret_cast<uintptr_t>(First),
            reinterpret_cast<uintptr_t>(Fence));
  gcSetMarkStackLimit(2);
  auto Start = std::chrono::steady_clock::now();
  collectClean();
  double Ms = std::chrono::duration<double, std::milli>(
                  std::chrono::steady_clock::now() - Start)
                  .count();
  std::printf("  downward chain, mark stack of 2: %.1f ms\n", Ms);
  EXPECT_LT(Ms, 2000.0);
  ASSERT_EQ(checkCaterpillar(Roots[0]), 50000u);
}

TEST_F(HeapTest, HeapTypesAreKeptAliveByTheirInstances) {
  Object *TypeObj = gcAlloc(&adder_type_type, sizeof(Type));
  Type *T = reinterpret_cast<Type *>(TypeObj);
  T->name = "HeapClass";
  T->flags = TypeHeapType;
  T->trace = traceNode;
  Object *Inst = gcAlloc(T, nodeBytes(1, 0));
  reinterpret_cast<Node *>(Inst)->refCount = 1;
  reinterpret_cast<Node *>(Inst)->refs[0] = val(makeHidden());
  Roots[0] = val(Inst);
  TypeObj = nullptr;
  T = nullptr;
  Inst = nullptr;
  collectClean();
  Object *I = reinterpret_cast<Object *>(Roots[0]);
  ASSERT_TRUE(gcIsAllocatedObject(I->type));
  EXPECT_STREQ(I->type->name, "HeapClass");
  EXPECT_EQ(checkNode(node(reinterpret_cast<Node *>(I)->refs[0])), "");
}

TEST_F(HeapTest, ValueArraysTraceEverySlot) {
  constexpr size_t Slots = 37;
  Object *Arr =
      gcAlloc(&adder_type_value_array, sizeof(Object) + Slots * sizeof(Value));
  Roots[0] = val(Arr);
  Value *Items = reinterpret_cast<Value *>(Arr + 1);
  for (size_t I = 0; I < Slots; ++I)
    Items[I] = I % 3 == 0   ? makeSmallInt(SWord(I) - 10)
               : I % 3 == 1 ? val(makeHidden())
                            : Error;
  // The slots past the requested ones (rounding to a granule) are zero and
  // traced harmlessly.
  Arr = nullptr;
  Items = nullptr;
  makeGarbage(1000, 0, 0);
  collectClean();
  Items = reinterpret_cast<Value *>(reinterpret_cast<Object *>(Roots[0]) + 1);
  for (size_t I = 0; I < Slots; ++I) {
    if (I % 3 == 0)
      EXPECT_EQ(Items[I], makeSmallInt(SWord(I) - 10));
    else if (I % 3 == 1)
      EXPECT_EQ(checkNode(node(Items[I])), "");
    else
      EXPECT_EQ(Items[I], Error);
  }
}

namespace {
Value UnregisteredSlot;
ADDER_NOINLINE void storeInUnregisteredStatic() {
  UnregisteredSlot = val(makeHidden());
}
} // namespace

TEST_F(HeapTest, StaticObjectsAreNeverWrittenOrTraced) {
  // Read-only static objects (as the compiler emits them into flash) that
  // heap objects reference: a write by the collector would fault.
  static const Node ReadOnlyLeaf = {{&NodeType}, 0, 7, 0, 0};
  static const Node ReadOnlyParent = {{&NodeType}, 0, 8, 0, 0};
  Node *N = newNode(3);
  Roots[0] = val(N);
  N->refs[0] = val(&ReadOnlyLeaf);
  N->refs[1] = val(&ReadOnlyParent);
  collectClean();
  EXPECT_EQ(checkNode(N), "");
  EXPECT_EQ(node(N->refs[0]), &ReadOnlyLeaf);
  EXPECT_EQ(ReadOnlyLeaf.header.type, &NodeType);
  // A mutable static object is not a root: what only it references is
  // collected unless its slot is registered with gcAddRoot.
  storeInUnregisteredStatic();
  collectClean();
  EXPECT_FALSE(gcIsAllocatedObject(reinterpret_cast<void *>(UnregisteredSlot)));
  UnregisteredSlot = 0;
}

//===--- Reclamation, reuse, fragmentation --------------------------------===//

TEST_F(HeapTest, UnreachableObjectsAreReclaimedAndReused) {
  // Unlinked objects, so that a stale word on the stack (the scan is
  // conservative) keeps at most a few alive, not a whole chain. They
  // outnumber a collection budget, so collections run while they are made.
  makeGarbage(20000, 0, 32);
  HeapStats Before = gcStats();
  EXPECT_GE(Before.collections, 1u);
  size_t Peak = gcFreeInfo().topOffset;
  EXPECT_LT(Peak, 20000u * 48 / 2) << "garbage was not reused while made";
  collectClean();
  HeapStats After = gcStats();
  EXPECT_LT(After.used, Before.used / 20);
  EXPECT_EQ(After.free, After.total - After.used);
  // The same allocations again fit in the reclaimed space.
  makeGarbage(20000, 0, 32);
  EXPECT_LE(gcFreeInfo().topOffset, Peak + 4096);
  verify();
}

namespace {
ADDER_NOINLINE size_t collectCleanCounting() {
  scrubStack();
  return gcCollect();
}
} // namespace

TEST_F(HeapTest, CollectCountsTheObjectsItFrees) {
  collectClean();
  // Garbage in several small size classes and a large one, with free
  // chunks already on the lists (which the count must leave out).
  makeGarbage(500, 0, 32);
  makeGarbage(300, 0, 100);
  makeGarbage(3, 0, 4000);
  collectClean();
  makeGarbage(1000, 0, 32);
  makeGarbage(7, 0, 5000);
  size_t Freed = collectCleanCounting();
  // The conservative stack scan may keep a few alive.
  EXPECT_LE(Freed, 1007u);
  EXPECT_GE(Freed, 1000u);
  EXPECT_LE(collectCleanCounting(), 2u);
  verify();
}

TEST_F(HeapTest, DisabledHeapCollectsOnlyWhenFull) {
  init(4u << 20);
  gcSetEnabled(false);
  EXPECT_FALSE(gcIsEnabled());
  size_t Before = gcStats().collections;
  makeGarbage(10000, 0, 32); // ~0.5 MB: past the threshold, within the heap
  EXPECT_EQ(gcStats().collections, Before);
  makeGarbage(200000, 0, 32); // ~10 MB: more than the heap
  EXPECT_GT(gcStats().collections, Before);
  gcSetEnabled(true);
  EXPECT_TRUE(gcIsEnabled());
  Before = gcStats().collections;
  makeGarbage(10000, 0, 32);
  EXPECT_GT(gcStats().collections, Before);
  verify();
}

namespace {
ADDER_NOINLINE void allocateMixed(Value *Slots, size_t Count, std::mt19937 &R) {
  for (size_t I = 0; I < Count; ++I)
    Slots[I] = val(newNode(0, uint32_t(R() % 300)));
}
} // namespace

namespace {
ADDER_NOINLINE void refillEveryOther(Value *Slots, size_t Count) {
  for (size_t I = 0; I < Count; I += 2)
    Slots[I] = val(newNode(0, 8));
}

ADDER_NOINLINE void fillCoalescedHole(Value *Slots, size_t Count,
                                      size_t FullTop) {
  Value Last = Slots[Count - 1];
  memset(Slots, 0, Count * sizeof(Value));
  Slots[Count - 1] = Last;
  collectClean();
  ASSERT_EQ(gcVerifyHeap(), nullptr);
  HeapFreeInfo One = gcFreeInfo();
  EXPECT_EQ(One.smallChunks + One.largeChunks, 1u);
  // All of the heap below Last (now the highest object) is one chunk.
  EXPECT_EQ(One.largestChunk,
            One.topOffset - gcObjectSize(reinterpret_cast<Object *>(Last)));
  EXPECT_GT(One.largestChunk, FullTop / 2);
  Node *Big = newNode(0, uint32_t(One.largestChunk - sizeof(Node) - 64));
  ASSERT_NE(Big, nullptr);
  EXPECT_TRUE(reinterpret_cast<uintptr_t>(Big) < Last);
  EXPECT_EQ(gcFreeInfo().topOffset, One.topOffset);
}
} // namespace

TEST_F(HeapTest, FragmentationIsCoalescedAndReused) {
  constexpr size_t Count = 4000;
  static Value Slots[Count];
  gcAddRoots(Slots, Count);
  std::mt19937 R(1);
  allocateMixed(Slots, Count, R);
  size_t FullTop = gcFreeInfo().topOffset;
  // Free every other object: the holes cannot coalesce.
  for (size_t I = 0; I < Count; I += 2)
    Slots[I] = 0;
  collectClean();
  verify();
  HeapFreeInfo Holes = gcFreeInfo();
  EXPECT_GT(Holes.smallChunks, Count / 8);
  // (Only unused chunks of allocation batches at the top went back to the
  // wilderness.)
  EXPECT_LE(Holes.topOffset, FullTop);
  EXPECT_GT(Holes.topOffset, FullTop - 4096);
  // Small objects reuse the holes without growing the heap.
  refillEveryOther(Slots, Count);
  EXPECT_EQ(gcFreeInfo().topOffset, Holes.topOffset);
  verify();
  for (size_t I = 0; I < Count; ++I)
    ASSERT_EQ(checkNode(node(Slots[I])), "");

  // Free all but the last: one coalesced chunk below it, big enough for an
  // object of nearly the whole used size, without touching the wilderness.
  // (In helpers: gtest's EXPECT_* keep copies of compared pointers in this
  // frame, where the stack scan would find them.)
  // (Scrubbed first: the helper's frame would otherwise inherit stale
  // pointers left in the dead stack by refillEveryOther.)
  scrubStack();
  fillCoalescedHole(Slots, Count, FullTop);
  verify();

  // Freeing everything returns the space to the wilderness.
  memset(Slots, 0, sizeof(Slots));
  collectClean();
  EXPECT_LT(gcFreeInfo().topOffset, 64 * 1024u);
  verify();
}

TEST_F(HeapTest, LargeObjects) {
  init(64u << 20);
  constexpr size_t Sizes[] = {64 << 10, 1 << 20, 5 << 20, 12 << 20};
  Value *Slots = Roots;
  for (size_t I = 0; I < 4; ++I)
    Slots[I] = val(newNode(0, uint32_t(Sizes[I])));
  makeGarbage(3, 0, 8 << 20); // 24 MB of large garbage
  collectClean();
  verify();
  for (size_t I = 0; I < 4; ++I) {
    ASSERT_EQ(checkNode(node(Slots[I])), "");
    EXPECT_GE(gcObjectSize(reinterpret_cast<Object *>(Slots[I])), Sizes[I]);
  }
  // Only an interior pointer near the end of a 12 MB object keeps it.
  char *volatile Tail = reinterpret_cast<char *>(Slots[3]) + (12 << 20);
  Slots[3] = 0;
  collectClean();
  Node *Big = reinterpret_cast<Node *>(Tail - (12 << 20));
  EXPECT_EQ(checkNode(Big), "");
  Tail = nullptr;
  Big = nullptr;
  // Dropping them frees the space for another large object.
  memset(Roots, 0, 4 * sizeof(Value));
  collectClean();
  EXPECT_LT(gcStats().used, 64 * 1024u);
  ASSERT_NE(newNode(0, 40u << 20), nullptr);
  verify();
}

//===--- Exhaustion, locking, stress --------------------------------------===//

namespace {
ADDER_NOINLINE size_t fillHeap(Value *Root, uint32_t Payload) {
  size_t Count = 0;
  for (;;) {
    Node *N = newNode(1, Payload);
    if (!N)
      return Count;
    N->refs[0] = *Root;
    *Root = val(N);
    ++Count;
  }
}
} // namespace

TEST_F(HeapTest, ExhaustionRaisesMemoryErrorAndTheHeapRecovers) {
  init(1u << 20);
  size_t Count = fillHeap(&Roots[0], 1000);
  EXPECT_GT(Count, 800u);
  EXPECT_EQ(MemoryErrors, 1);
  verify();
  HeapStats S = gcStats();
  EXPECT_GT(S.used, S.total - 2048);
  // Smaller objects still fit in what is left, down to nothing.
  size_t Small = fillHeap(&Roots[1], 0);
  EXPECT_EQ(MemoryErrors, 2);
  EXPECT_GT(gcStats().used, gcStats().total - 64);
  (void)Small;
  verify();
  // Everything is intact.
  size_t Seen = 0;
  for (Value V = Roots[0]; V; V = node(V)->refs[0], ++Seen)
    ASSERT_EQ(checkNode(node(V)), "");
  EXPECT_EQ(Seen, Count);
  // Requests no heap can satisfy fail at once.
  EXPECT_EQ(gcAlloc(&NodeType, 2u << 20), nullptr);
  EXPECT_EQ(gcAlloc(&NodeType, ~size_t(0)), nullptr);
  EXPECT_EQ(gcAlloc(&NodeType, ~size_t(0) - 8), nullptr);
  EXPECT_EQ(MemoryErrors, 5);
  // Dropping the data makes room again.
  Roots[0] = Roots[1] = 0;
  Node *N = newNode(1, 1000);
  ASSERT_NE(N, nullptr);
  EXPECT_EQ(checkNode(N), "");
  EXPECT_GE(fillHeap(&Roots[0], 1000) + 1, Count); // N may still be held
  verify();
}

TEST_F(HeapTest, LockMakesAllocationFailWithoutCollecting) {
  Roots[0] = val(newNode(0, 16));
  size_t Collections = gcStats().collections;
  gcLock();
  EXPECT_TRUE(gcIsLocked());
  EXPECT_EQ(gcAlloc(&NodeType, 32), nullptr);
  EXPECT_EQ(MemoryErrors, 1);
  gcLock();
  gcUnlock();
  EXPECT_TRUE(gcIsLocked());
  EXPECT_EQ(gcAllocUninitialized(&NodeType, 5000), nullptr);
  EXPECT_EQ(MemoryErrors, 2);
  EXPECT_EQ(gcStats().collections, Collections);
  // gc.collect() still works while locked.
  gcCollect();
  EXPECT_EQ(gcAlloc(&NodeType, 32), nullptr);
  gcUnlock();
  EXPECT_FALSE(gcIsLocked());
  EXPECT_NE(gcAlloc(&NodeType, 32), nullptr);
  EXPECT_EQ(checkNode(node(Roots[0])), "");
}

TEST_F(HeapTest, AllocationWithoutStressSkipsOnlyTheStressCollection) {
  gcSetStress(true);
  size_t Before = gcStats().collections;
  for (int I = 0; I < 100; ++I) {
    Object *O = gcAllocWithoutStress(&adder_type_value_array, 48);
    ASSERT_NE(O, nullptr);
    EXPECT_EQ(O->type, &adder_type_value_array);
    EXPECT_EQ(reinterpret_cast<Value *>(O + 1)[0], Error); // zeroed
    Roots[I % 8] = fromObject(O);
  }
  EXPECT_EQ(gcStats().collections, Before);
  ASSERT_NE(gcAlloc(&adder_type_value_array, 48), nullptr);
  EXPECT_EQ(gcStats().collections, Before + 1);
  gcSetStress(false);
  verify();
}

TEST_F(HeapTest, StressModeCollectsBeforeEveryAllocation) {
  gcSetStress(true);
  size_t Before = gcStats().collections;
  buildCaterpillar(&Roots[0], 300);
  EXPECT_EQ(gcStats().collections - Before, 600u);
  EXPECT_EQ(checkCaterpillar(Roots[0]), 300u);
  gcSetStress(false);
  Before = gcStats().collections;
  buildCaterpillar(&Roots[1], 300);
  EXPECT_EQ(gcStats().collections, Before);
  verify();
}

namespace {
void allocatingTrace(Object *, Tracer &) { gcAlloc(&NodeType, 16); }
constexpr Type makeAllocatingType() {
  Type T{};
  T.header.type = &adder_type_type;
  T.name = "allocating";
  T.trace = allocatingTrace;
  return T;
}
const Type AllocatingType = makeAllocatingType();
} // namespace

TEST_F(HeapTest, AllocatingDuringCollectionIsFatal) {
  Roots[0] = val(gcAlloc(&AllocatingType, 16));
  EXPECT_DEATH(gcCollect(), "gcAlloc during garbage collection");
  Roots[0] = 0;
}

//===--- Policy -----------------------------------------------------------===//

namespace {
/// Keeps Live bytes in Count nodes, replacing random ones for Churn bytes.
ADDER_NOINLINE void churn(Value *Slots, size_t Count, uint32_t Payload,
                          size_t Churn) {
  std::mt19937 R(7);
  for (size_t I = 0; I < Count; ++I)
    Slots[I] = val(newNode(0, Payload));
  size_t Bytes = 0;
  while (Bytes < Churn) {
    Slots[R() % Count] = val(newNode(0, Payload));
    Bytes += nodeBytes(0, Payload);
  }
}
} // namespace

TEST_F(HeapTest, ThresholdKeepsHeapNearThreeTimesLive) {
  init(256u << 20);
  std::printf("  %10s %10s %10s %8s %6s\n", "live", "peak used", "top",
              "peak/live", "GCs");
  for (size_t Live : {size_t(1) << 20, size_t(8) << 20, size_t(32) << 20}) {
    init(256u << 20);
    constexpr uint32_t Payload = 96 - sizeof(Node);
    size_t Count = Live / 96;
    static Value Slots[(32u << 20) / 96];
    memset(Slots, 0, sizeof(Slots));
    gcAddRoots(Slots, Count);
    churn(Slots, Count, Payload, 10 * Live);
    HeapStats S = gcStats();
    double Ratio = double(S.peakUsed) / double(Live);
    std::printf("  %10zu %10zu %10zu %8.2f %6zu\n", Live, S.peakUsed,
                gcFreeInfo().topOffset, Ratio, S.collections);
    EXPECT_LT(S.peakUsed, 3.2 * double(Live) + (256 << 10));
    EXPECT_LT(gcFreeInfo().topOffset, 3.3 * double(Live) + (256 << 10));
    memset(Slots, 0, sizeof(Slots));
  }
}

//===--- Randomized object graphs -----------------------------------------===//

namespace {
/// A model of random object graphs: the heap holds the graph, the model
/// holds, for each node's tag, the tags it must reference.
struct GraphModel {
  std::mt19937 R;
  std::unordered_map<uint32_t, std::vector<uint32_t>> Expected;
  size_t RootCount;
  size_t OutOfMemory = 0;
  Value *RootSlots;

  GraphModel(uint32_t Seed, Value *Slots, size_t Count)
      : R(Seed), RootCount(Count), RootSlots(Slots) {}

  /// A node reachable now (a random walk from a random root), or null.
  Node *pickReachable() {
    Value V = RootSlots[R() % RootCount];
    if (!V)
      return nullptr;
    for (unsigned Steps = R() % 6; Steps; --Steps) {
      Node *N = node(V);
      if (!N->refCount)
        break;
      Value Next = N->refs[R() % N->refCount];
      if (!Next)
        break;
      V = Next;
    }
    return node(V);
  }

  void setRef(Node *From, uint32_t I, Node *To) {
    From->refs[I] = To ? val(To) : 0;
    Expected[From->tag][I] = To ? To->tag : 0;
  }

  void step() {
    unsigned Op = R() % 10;
    if (Op < 6) {
      // Allocate, referencing reachable nodes, and link it in.
      uint32_t Refs = R() % 5;
      uint32_t Payload = R() % 16 == 0 ? R() % 20000 : R() % 120;
      Node *Targets[4] = {};
      for (uint32_t I = 0; I < Refs; ++I)
        Targets[I] = R() % 3 ? pickReachable() : nullptr;
      Node *N = newNode(Refs, Payload);
      if (!N) {
        // A tight heap filled up: MemoryError was raised; drop some roots.
        ++OutOfMemory;
        for (size_t I = 0; I < RootCount / 2; ++I)
          RootSlots[R() % RootCount] = 0;
        return;
      }
      Expected[N->tag].assign(Refs, 0);
      for (uint32_t I = 0; I < Refs; ++I)
        setRef(N, I, Targets[I]);
      Node *Parent = R() % 2 ? pickReachable() : nullptr;
      if (Parent && Parent->refCount)
        setRef(Parent, R() % Parent->refCount, N);
      else
        RootSlots[R() % RootCount] = val(N);
      return;
    }
    if (Op < 9) {
      Node *From = pickReachable();
      if (From && From->refCount)
        setRef(From, R() % From->refCount, R() % 4 ? pickReachable() : nullptr);
      return;
    }
    RootSlots[R() % RootCount] = 0;
  }

  /// Walks everything reachable and checks it against the model.
  size_t check() {
    std::vector<Node *> Work;
    std::unordered_map<Node *, bool> Seen;
    for (size_t I = 0; I < RootCount; ++I)
      if (RootSlots[I])
        Work.push_back(node(RootSlots[I]));
    size_t Bytes = 0;
    while (!Work.empty()) {
      Node *N = Work.back();
      Work.pop_back();
      if (Seen[N])
        continue;
      Seen[N] = true;
      std::string Problem = checkNode(N);
      EXPECT_EQ(Problem, "");
      if (!Problem.empty())
        return 0;
      auto It = Expected.find(N->tag);
      EXPECT_NE(It, Expected.end());
      if (It == Expected.end())
        return 0;
      Bytes += gcObjectSize(&N->header);
      for (uint32_t I = 0; I < N->refCount; ++I) {
        uint32_t Want = It->second[I];
        Value Ref = N->refs[I];
        EXPECT_EQ(Ref ? node(Ref)->tag : 0u, Want);
        if (Ref)
          Work.push_back(node(Ref));
      }
    }
    return Bytes;
  }
};
} // namespace

TEST_F(HeapTest, RandomizedGraphsKeepTheirContents) {
  struct Config {
    uint32_t seed;
    size_t heap;
    size_t roots;
  };
  // Small graphs; a large live set; a heap so tight it keeps running out.
  const Config Configs[] = {{1, 16u << 20, 48},
                            {2, 16u << 20, 64},
                            {3, 32u << 20, 4000},
                            {4, 2u << 20, 4000}};
  static Value Slots[4000];
  for (const Config &C : Configs) {
    init(C.heap);
    memset(Slots, 0, sizeof(Slots));
    gcAddRoots(Slots, C.roots);
    GraphModel M(C.seed, Slots, C.roots);
    for (int Round = 0; Round < 60; ++Round) {
      for (int I = 0; I < 3000; ++I) {
        M.step();
        if (HasFatalFailure())
          return;
      }
      if (Round % 7 == 3)
        gcSetMarkStackLimit(1 + M.R() % 8);
      else if (Round % 7 == 5)
        gcSetMarkStackLimit(0);
      if (Round % 5 == 0)
        collectClean();
      verify();
      M.check();
      if (HasFailure())
        return;
    }
    gcSetMarkStackLimit(0);
    collectClean();
    size_t Live = M.check();
    HeapStats S = gcStats();
    // Conservatism may keep a little garbage alive, not much.
    EXPECT_LE(S.used, Live + Live / 4 + 64 * 1024);
    std::printf("  seed %u: %zu collections, live %zu, used %zu, peak %zu, "
                "overflow rescans %zu, out of memory %zu\n",
                C.seed, S.collections, Live, S.used, S.peakUsed,
                gcOverflowRescans(), M.OutOfMemory);
    EXPECT_EQ(size_t(MemoryErrors), M.OutOfMemory);
    memset(Slots, 0, sizeof(Slots));
  }
}

TEST_F(HeapTest, RandomizedGraphsUnderStress) {
  init(1u << 20);
  GraphModel M(99, Roots, 64);
  gcSetStress(true);
  for (int I = 0; I < 3000; ++I) {
    M.step();
    if (HasFatalFailure())
      return;
  }
  gcSetStress(false);
  verify();
  M.check();
}

//===--- Benchmarks (disabled by default) ---------------------------------===//

namespace {
double secondsSince(std::chrono::steady_clock::time_point Start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
      .count();
}

ADDER_NOINLINE void allocateMany(size_t Count, size_t Bytes) {
  for (size_t I = 0; I < Count; ++I) {
    Object *O = gcAlloc(&NodeType, Bytes);
    reinterpret_cast<Node *>(O)->refCount = 0;
  }
}

ADDER_NOINLINE void buildLiveSet(Value *Root, size_t Count) {
  Object *Arr =
      gcAlloc(&adder_type_value_array, sizeof(Object) + Count * sizeof(Value));
  *Root = val(Arr);
  Value *Items = reinterpret_cast<Value *>(Arr + 1);
  for (size_t I = 0; I < Count; ++I) {
    Node *N = newNode(1, 8); // 48 bytes: 3 granules
    N->refs[0] = I ? Items[I - 1] : 0;
    Items[I] = val(N);
  }
}
} // namespace

TEST_F(HeapTest, DISABLED_Benchmark) {
  init(100u << 20);
  for (size_t Bytes : {16, 32, 64}) {
    init(100u << 20);
    Roots[0] = val(newNode(0, 1000)); // a little live data
    allocateMany(1000000, Bytes);     // warm up: free lists populated
    size_t Collections = gcStats().collections;
    constexpr size_t Count = 20000000;
    auto Start = std::chrono::steady_clock::now();
    allocateMany(Count, Bytes);
    double S = secondsSince(Start);
    std::printf("  %2zu-byte objects: %6.1f M allocs/s (%.1f ns each), "
                "%zu collections\n",
                Bytes, Count / S / 1e6, S / Count * 1e9,
                gcStats().collections - Collections);
  }

  init(100u << 20);
  buildLiveSet(&Roots[0], 1000000);
  collectClean();
  HeapStats Stats = gcStats();
  constexpr int Runs = 5;
  double Best = 1e9;
  for (int I = 0; I < Runs; ++I) {
    auto Start = std::chrono::steady_clock::now();
    gcCollect();
    Best = std::min(Best, secondsSince(Start));
  }
  std::printf("  100 MB heap, 1e6 live 48-byte objects + an 8 MB array "
              "(%.1f MB used): collection %.1f ms\n",
              Stats.used / 1048576.0, Best * 1e3);

  // The same with 1e6 dead objects interleaved (sweep builds free lists).
  init(100u << 20);
  {
    Object *Arr = gcAlloc(&adder_type_value_array,
                          sizeof(Object) + 1000000 * sizeof(Value));
    Roots[0] = val(Arr);
    for (size_t I = 0; I < 1000000; ++I) {
      reinterpret_cast<Value *>(Arr + 1)[I] = val(newNode(1, 8));
      newNode(1, 8); // garbage between live objects
    }
    Arr = nullptr;
  }
  scrubStack();
  auto Start = std::chrono::steady_clock::now();
  gcCollect();
  double S = secondsSince(Start);
  std::printf("  100 MB heap, 1e6 live + 1e6 dead interleaved: "
              "collection %.1f ms (used after %.1f MB)\n",
              S * 1e3, gcStats().used / 1048576.0);
}
