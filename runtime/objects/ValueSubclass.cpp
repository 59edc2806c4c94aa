//===- ValueSubclass.cpp - Python subclasses of int, float, str, tuple ----===//
//
// An instance of `class Celsius(float)` or `class Point(tuple)` is the
// builtin's own struct with the class as its type, so every runtime
// function taking an int, float, str, tuple or bytes reads it unchanged
// (isInt, isStr, isTuple... accept subclasses). The class's __dict__ word
// and slots follow the builtin part. For float that part has a fixed size;
// for the others it varies per instance, and the class's dict and slot
// offsets count from its end (instanceExtra).
//
// Instances are made as CPython's int.__new__(cls, x) makes them: the
// builtin constructor computes the value from the arguments, and the new
// instance copies it.
//
//===----------------------------------------------------------------------===//

#include "objects/Class.h"

#include "adder/runtime/Heap.h"
#include "objects/NumbersInternal.h"
#include "objects/Tuple.h"

#include <stddef.h>
#include <string.h>

namespace adder::rt {

bool isValueBuiltin(const Type *B) {
  return B == &adder_type_int || B == &adder_type_float ||
         B == &adder_type_str || B == &adder_type_tuple ||
         B == &adder_type_bytes;
}

namespace {

size_t alignWord(size_t N) {
  return (N + sizeof(Value) - 1) & ~(sizeof(Value) - 1);
}

/// Bytes of the builtin part of O (a variable-size builtin B's layout),
/// not rounded.
size_t builtinPartSize(const Object *O, const Type *B) {
  if (B == &adder_type_int) {
    int32_t S = reinterpret_cast<const BigInt *>(O)->size;
    return offsetof(BigInt, limbs) + sizeof(uint32_t) * uint32_t(S < 0 ? -S : S);
  }
  if (B == &adder_type_str)
    return offsetof(Str, data) + reinterpret_cast<const Str *>(O)->byteLength +
           1;
  if (B == &adder_type_tuple)
    return offsetof(Tuple, items) +
           sizeof(Value) * reinterpret_cast<const Tuple *>(O)->size;
  return offsetof(Bytes, data) + reinterpret_cast<const Bytes *>(O)->size + 1;
}

} // namespace

char *varInstanceExtra(Value Obj, const HeapType *H) {
  char *P = reinterpret_cast<char *>(asObject(Obj));
  // One word less, so that a variable-size class's dict offset (one word)
  // is not 0, which means "no __dict__".
  return P + alignWord(builtinPartSize(asObject(Obj), H->builtinBase)) -
         sizeof(Value);
}

Value valueInstance(const Type *T, Value V) {
  const Type *B = asHeapType(T)->builtinBase;
  if (B == &adder_type_float) {
    auto *F = reinterpret_cast<Float *>(gcAlloc(T, T->instanceSize));
    if (!F)
      return Error;
    F->value = floatValue(V);
    return fromObject(&F->header);
  }
  // The extra words (T->instanceSize counts one word before them).
  size_t Extra = T->instanceSize - sizeof(Value);
  if (B == &adder_type_int) {
    // Small ints have no struct: spell the value out as limbs.
    num::Limb Tmp[2];
    bigint::BigView X = num::intView(V, Tmp);
    size_t Part = offsetof(BigInt, limbs) + sizeof(uint32_t) * X.Len;
    auto *I = reinterpret_cast<BigInt *>(gcAlloc(T, alignWord(Part) + Extra));
    if (!I)
      return Error;
    I->size = X.Neg ? -int32_t(X.Len) : int32_t(X.Len);
    memcpy(I->limbs, X.Limbs, sizeof(uint32_t) * X.Len);
    return fromObject(&I->header);
  }
  const Object *Src = asObject(V);
  size_t Part = builtinPartSize(Src, B);
  Object *O = gcAlloc(T, alignWord(Part) + Extra);
  if (!O)
    return Error;
  memcpy(O + 1, Src + 1, Part - sizeof(Object));
  if (B == &adder_type_str)
    reinterpret_cast<Str *>(O)->interned = 0;
  return fromObject(O);
}

} // namespace adder::rt
