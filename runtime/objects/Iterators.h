//===- Iterators.h - the list, tuple and str iterators ----------*- C++ -*-===//
//
// Their layouts are shared so that adder_next (core/Protocols.cpp), which
// a compiled `for` loop over a value of unknown type calls for each item,
// steps them inline. List.cpp, Tuple.cpp and StrMethods.cpp define the
// types and their full next slots, which handle everything else (the end,
// lists of unboxed floats or bools, non-ASCII text).
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_ITERATORS_H
#define ADDER_RUNTIME_OBJECTS_ITERATORS_H

#include "objects/List.h"
#include "objects/Str.h"
#include "objects/Tuple.h"

namespace adder::rt {

struct ListIter {
  Object header;
  Value list; // Error once exhausted
  SWord index;
  SWord direction; // 1 forward, -1 reversed
};

struct TupleIter {
  Object header;
  Value tuple;
  uint32_t index;
};

struct StrIter {
  Object header;
  Value str;     // Error once exhausted
  uint32_t next; // byte offset of the next character
};

extern "C" const Type adder_type_list_iterator, adder_type_tuple_iterator,
    adder_type_str_ascii_iterator;

/// The next item of It, an iterator of one of the types above, when it is
/// the common case: an item of a list of Values or of a tuple, a character
/// of ASCII text. Error (nothing pending) when the type's next slot must
/// decide, at the end for one.
ADDER_INLINE Value stepIterator(Object *It, const Type *T) {
  if (T == &adder_type_list_iterator) {
    auto *I = reinterpret_cast<ListIter *>(It);
    if (I->list == Error)
      return Error;
    const List *L = asList(I->list);
    SWord K = I->index;
    if (L->kind() != ListValues || K < 0 || K >= SWord(L->size))
      return Error;
    I->index = K + I->direction;
    return L->values()[K];
  }
  if (T == &adder_type_str_ascii_iterator) {
    auto *I = reinterpret_cast<StrIter *>(It);
    if (I->str == Error)
      return Error;
    const Str *S = asStr(I->str);
    if (I->next >= S->byteLength)
      return Error;
    return asciiCharStr(uint8_t(S->data[I->next++]));
  }
  if (T == &adder_type_tuple_iterator) {
    auto *I = reinterpret_cast<TupleIter *>(It);
    const Tuple *Tu = asTuple(I->tuple);
    if (I->index >= Tu->size)
      return Error;
    return Tu->items[I->index++];
  }
  return Error;
}

} // namespace adder::rt

#endif
