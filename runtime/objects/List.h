//===- List.h - list internals ----------------------------------*- C++ -*-===//
//
// A list keeps its items in one heap block whose layout depends on the
// list's kind (Objects.h): Values (tagged words), Floats (doubles) or Bools
// (bytes). Code that only reads items goes through listGet; code that
// stores goes through listPut or prepareStore + storeRaw, which convert the
// list to Values when an item does not fit its kind. ListStorage.cpp holds
// these; List.cpp the type's behaviour.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_LIST_H
#define ADDER_RUNTIME_OBJECTS_LIST_H

#include "adder/runtime/Numbers.h"
#include "adder/runtime/Objects.h"

namespace adder::rt {

ADDER_INLINE List *asList(Value V) { return reinterpret_cast<List *>(V); }
ADDER_INLINE bool isList(Value V) {
  return isObject(V) && (asObject(V)->type == &adder_type_list ||
                         (asObject(V)->type->flags & TypeListSubclass));
}

/// The kind a list holding only V can have. NaN stays boxed: `x in l` and
/// l.index(x) find a NaN only by identity, which unboxing would lose.
ADDER_INLINE ListKind listKindFor(Value V) {
  if (isExactFloat(V) && floatValue(V) == floatValue(V))
    return ListFloats;
  if (isBool(V))
    return ListBools;
  return ListValues;
}

/// Whether V can be stored in L without converting L.
ADDER_INLINE bool storeFits(const List *L, Value V) {
  return L->kind() == ListValues || listKindFor(V) == L->kind();
}

/// Stores V as item I of L; V must fit L's kind (storeFits).
ADDER_INLINE void storeRaw(List *L, size_t I, Value V) {
  if (L->kind() == ListValues)
    L->values()[I] = V;
  else if (L->kind() == ListFloats)
    L->floats()[I] = floatValue(V);
  else
    L->bools()[I] = ListBool(isTrue(V));
}

/// The bytes one item takes in a list of kind K.
ADDER_INLINE size_t listItemSize(unsigned K) {
  return K == ListValues ? sizeof(Value) : K == ListFloats ? sizeof(double) : 1;
}

/// A new empty list with room for Capacity items.
List *listNew(size_t Capacity);
/// A new empty list of kind K with room for Capacity items.
List *listNewOfKind(ListKind K, size_t Capacity);
/// A list of Count items copied from Items (unboxed when they allow it).
Value listFromArray(const Value *Items, size_t Count);
/// list(iterable).
Value listFromIterable(Value Iterable);
/// Appends; false with MemoryError pending on exhaustion.
bool listAppend(List *L, Value Item);
/// Sorts in place with an optional key function, stable (list.sort).
bool listSort(List *L, Value Key, bool Reverse);

/// The heap block holding L's items; L must have storage.
Object *listBlock(const List *L);
/// Makes room for at least NewSize items of L's kind.
bool listReserve(List *L, size_t NewSize);
/// Item I (< size) as a Value. A float is boxed anew, so this returns Error
/// with MemoryError pending when the heap is exhausted.
Value listGet(const List *L, size_t I);
/// Makes L able to hold V: an empty list takes V's kind, a list V does not
/// fit becomes Values. False with MemoryError pending.
bool prepareStore(List *L, Value V);
/// Stores V as item I (< size), converting L if needed; false on MemoryError.
bool listPut(List *L, size_t I, Value V);
/// L's items as Values, converting L to Values for good (for code that
/// writes them). Null with MemoryError pending.
Value *listValues(List *L);
/// L's items as Values for reading: L's own when it is Values, else a new
/// boxed copy (kept alive by the returned pointer). Null on MemoryError.
const Value *listValuesForRead(const List *L);
/// Moves Count items of L from index From to index To (memmove).
void listMoveItems(List *L, size_t To, size_t From, size_t Count);
/// Copies Count items of Src from SrcIndex to Dst at DstIndex; the lists
/// must have the same kind.
void listCopyItems(List *Dst, size_t DstIndex, const List *Src,
                   size_t SrcIndex, size_t Count);
/// Swaps items I and J of L.
void listSwapItems(List *L, size_t I, size_t J);
/// Drops L's items and storage; an empty list of any kind becomes Values.
void listClear(List *L);
/// Gives the empty list L kind K, dropping a block of another kind.
void listAdoptKind(List *L, ListKind K);

extern "C" const Type adder_type_list_iterator;

} // namespace adder::rt

#endif
