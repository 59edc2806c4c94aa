//===- Displays.cpp - starred items in list, tuple, set and dict displays -===//
//
// `[a, *b]`, `(*a, b)`, `{*a}` and `{**m, k: v}` build their container
// step by step as CPython's LIST_EXTEND, SET_UPDATE and DICT_UPDATE do,
// with the same errors: "Value after * must be an iterable, not int" for
// a list or tuple, the plain "'int' object is not iterable" for a set,
// "'int' object is not a mapping" for a dict.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Protocols.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/Set.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

bool appendAll(List *L, const Value *Items, size_t N) {
  for (size_t I = 0; I < N; ++I)
    if (!listAppend(L, Items[I]))
      return false;
  return true;
}

} // namespace

extern "C" {

/// [..., *Iterable, ...] and (..., *Iterable, ...): appends to the list
/// being built. 0, or -1 with an exception pending.
int32_t adder_list_extend_starred(Value Target, Value Iterable) {
  List *L = asList(Target);
  // Lists and tuples are copied directly (nothing runs in between that
  // could change them).
  if (isList(Iterable)) {
    const Value *Items = listValuesForRead(asList(Iterable));
    return Items && appendAll(L, Items, asList(Iterable)->size) ? 0 : -1;
  }
  if (isTuple(Iterable))
    return appendAll(L, asTuple(Iterable)->items, asTuple(Iterable)->size)
               ? 0
               : -1;
  if (!isIterable(Iterable)) {
    raise(&adder_type_TypeError, "Value after * must be an iterable, not %s",
          typeName(Iterable));
    return -1;
  }
  Value It = getIter(Iterable);
  if (It == Error)
    return -1;
  for (;;) {
    Value X = iterNext(It);
    if (X == Error)
      return errorPending() ? -1 : 0;
    if (!listAppend(L, X))
      return -1;
  }
}

/// The tuple of a tuple display with starred items, built as a list.
Value adder_list_to_tuple(Value Source) {
  List *L = asList(Source);
  const Value *Items = listValuesForRead(L);
  Tuple *T = Items ? tupleNew(Items, L->size) : nullptr;
  return T ? tupleValue(T) : Error;
}

/// {..., *Iterable, ...}: adds to the set being built.
int32_t adder_set_update_starred(Value Target, Value Iterable) {
  return setUpdate(asSet(Target), Iterable) < 0 ? -1 : 0;
}

/// {..., **Mapping, ...}: merges into the dict being built (later keys
/// win, as in dict.update).
int32_t adder_dict_update_starred(Value Target, Value Mapping) {
  if (dictMerge(asDict(Target), Mapping, /*Override=*/true) == 0)
    return 0;
  if (pendingExceptionMatches(&adder_type_AttributeError)) {
    clearPendingException();
    raise(&adder_type_TypeError, "'%s' object is not a mapping",
          typeName(Mapping));
  }
  return -1;
}

} // extern "C"

} // namespace adder::rt
