//===- Tuple.h - tuple internals --------------------------------*- C++ -*-===//
#ifndef ADDER_RUNTIME_OBJECTS_TUPLE_H
#define ADDER_RUNTIME_OBJECTS_TUPLE_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// A new tuple of Count items copied from Items (which may be null for a
/// tuple the caller fills before the next allocation). Returns null with
/// MemoryError pending on exhaustion; Count == 0 gives the shared ().
Tuple *tupleNew(const Value *Items, size_t Count);
ADDER_INLINE Value tupleValue(Tuple *T) { return fromObject(&T->header); }
ADDER_INLINE Tuple *asTuple(Value V) { return reinterpret_cast<Tuple *>(V); }
ADDER_INLINE bool isTuple(Value V) {
  return isObject(V) && (asObject(V)->type == &adder_type_tuple ||
                         (asObject(V)->type->flags & TypeTupleSubclass));
}

/// An iterator over any object with a __getitem__ taking 0, 1, 2...
Value sequenceIterNew(Value Sequence);

/// Resolves a slice against a length, as slice.indices() does; returns the
/// number of items selected, or -1 with an exception pending.
SWord sliceIndices(Value Slice, SWord Length, SWord *Start, SWord *Stop,
                   SWord *Step);
Value sliceNew(Value Start, Value Stop, Value Step);

/// tuple(iterable).
Value sequenceToTuple(Value Iterable);
/// Lexicographic rich comparison of two item arrays (tuple and list).
Value compareSequences(const Value *A, size_t NA, const Value *B, size_t NB,
                       CompareOp Op);

/// Methods of tuple (count, index).
extern const MethodDef TupleMethods[];
/// A constant so the tuple type needs no static constructor
/// (TupleMethods.cpp checks it).
constexpr uint32_t TupleMethodCount = 2;

} // namespace adder::rt

#endif
