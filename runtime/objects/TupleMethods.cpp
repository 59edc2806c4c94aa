//===- TupleMethods.cpp - tuple.count and tuple.index ---------------------===//
//
// The two methods of tuple, with CPython's argument handling: index takes
// optional start/stop bounds clamped like slice indices (but, unlike
// str.find's, not None).
//
//===----------------------------------------------------------------------===//

#include "objects/Tuple.h"

#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "objects/MethodHelpers.h"

namespace adder::rt {

namespace {

Value methodCount(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("tuple.count", Argc - 1, KwNames))
    return Error;
  Tuple *T = asTuple(Args[0]);
  SWord N = 0;
  for (uint32_t I = 0; I < T->size; ++I) {
    int E = equals(T->items[I], Args[1]);
    if (E < 0)
      return Error;
    N += E;
  }
  return makeSmallInt(N);
}

/// _PyEval_SliceIndexNotNone: an int-like bound, clamped to the word.
bool boundNotNone(Value V, SWord *Out) {
  if (!isIndexable(V)) {
    raise(&adder_type_TypeError,
          "slice indices must be integers or have an __index__ method");
    return false;
  }
  return parseSliceBound(V, Out);
}

Value methodIndex(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("tuple.index", Argc - 1, 1, 3, KwNames))
    return Error;
  Tuple *T = asTuple(Args[0]);
  SWord Start = 0, Stop = SmallIntMax;
  if (Argc > 2 && !boundNotNone(Args[2], &Start))
    return Error;
  if (Argc > 3 && !boundNotNone(Args[3], &Stop))
    return Error;
  SWord Size = T->size;
  if (Start < 0) {
    Start += Size;
    if (Start < 0)
      Start = 0;
  }
  if (Stop < 0) {
    Stop += Size;
  } else if (Stop > Size) {
    Stop = Size;
  }
  for (SWord I = Start; I < Stop && I < SWord(T->size); ++I) {
    int E = equals(T->items[I], Args[1]);
    if (E < 0)
      return Error;
    if (E)
      return makeSmallInt(I);
  }
  return raise(&adder_type_ValueError, "tuple.index(x): x not in tuple");
}

} // namespace

extern const MethodDef TupleMethods[] = {
    {"count", methodCount, MethodKind::Method},
    {"index", methodIndex, MethodKind::Method},
};
static_assert(sizeof(TupleMethods) / sizeof(TupleMethods[0]) ==
                  TupleMethodCount,
              "update TupleMethodCount in objects/Tuple.h");

} // namespace adder::rt
