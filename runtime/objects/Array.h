//===- Array.h - array.array objects (runtime-internal) ---------*- C++ -*-===//
//
// The array module's array (modules/Array.cpp) is a buffer like bytearray:
// a header pointing into a raw byte block of native items. It is declared
// here because the buffer protocol (getBuffer in Bytes.cpp) and
// memoryview read arrays too.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_ARRAY_H
#define ADDER_RUNTIME_OBJECTS_ARRAY_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

struct ArrayObject {
  Object header;
  uint32_t size;     // items
  uint32_t capacity; // items
  char typecode;     // b B u h H i I l L q Q f d
  uint8_t itemsize;
  char *data; // capacity * itemsize bytes in a byte-array block, or null
};

extern "C" const Type adder_type_array_array;

ADDER_INLINE bool isArray(Value V) {
  return isObject(V) && asObject(V)->type == &adder_type_array_array;
}
ADDER_INLINE ArrayObject *asArray(Value V) {
  return reinterpret_cast<ArrayObject *>(asObject(V));
}

} // namespace adder::rt

#endif
