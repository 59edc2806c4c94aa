//===- List.h - list internals ----------------------------------*- C++ -*-===//
#ifndef ADDER_RUNTIME_OBJECTS_LIST_H
#define ADDER_RUNTIME_OBJECTS_LIST_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

ADDER_INLINE List *asList(Value V) { return reinterpret_cast<List *>(V); }
ADDER_INLINE bool isList(Value V) {
  return isObject(V) && (asObject(V)->type == &adder_type_list ||
                         (asObject(V)->type->flags & TypeListSubclass));
}

/// A new empty list with room for Capacity items.
List *listNew(size_t Capacity);
/// A list of Count items copied from Items.
Value listFromArray(const Value *Items, size_t Count);
/// list(iterable).
Value listFromIterable(Value Iterable);
/// Appends; false with MemoryError pending on exhaustion.
bool listAppend(List *L, Value Item);
/// Sorts in place with an optional key function, stable (list.sort).
bool listSort(List *L, Value Key, bool Reverse);

extern "C" const Type adder_type_list_iterator;

} // namespace adder::rt

#endif
