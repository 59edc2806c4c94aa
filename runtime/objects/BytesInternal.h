//===- BytesInternal.h - shared by Bytes.cpp and BytesMethods.cpp -*- C++ -*-===//
#ifndef ADDER_RUNTIME_OBJECTS_BYTESINTERNAL_H
#define ADDER_RUNTIME_OBJECTS_BYTESINTERNAL_H

#include "objects/Bytes.h"

namespace adder::rt {

class StrBuilder;

namespace bytesimpl {

/// The bytes of a bytes or bytearray receiver (valid until the next
/// allocation or user code, which may resize a bytearray).
struct Span {
  const char *data;
  size_t size;
};
Span spanOf(Value Self);

/// A new byte string of the receiver's kind (bytes or bytearray).
Value makeLike(Value Self, const char *Data, size_t Size);
/// The receiver when it is an exact bytes, else a copy of its kind.
Value sameOrCopy(Value Self);

/// A bytes-like argument, or TypeError "a bytes-like object is required".
bool bufferArg(Value V, Span *Out);
/// A byte value 0..255 from an int-like object; ValueError RangeMessage.
bool byteArg(Value V, uint8_t *Out, const char *RangeMessage);

ADDER_INLINE bool isSpaceByte(uint8_t C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\x0b' ||
         C == '\x0c';
}
ADDER_INLINE bool isUpperByte(uint8_t C) { return C >= 'A' && C <= 'Z'; }
ADDER_INLINE bool isLowerByte(uint8_t C) { return C >= 'a' && C <= 'z'; }
ADDER_INLINE bool isAlphaByte(uint8_t C) {
  return isUpperByte(C) || isLowerByte(C);
}
ADDER_INLINE bool isDigitByte(uint8_t C) { return C >= '0' && C <= '9'; }

/// First / last occurrence of N in H, or -1.
SWord findIn(const char *H, size_t HN, const char *N, size_t NN);
SWord rfindIn(const char *H, size_t HN, const char *N, size_t NN);

/// Appends the bytes an initializer describes (bytes(x) without an
/// encoding): a count of zeros, a buffer's bytes, or an iterable of ints.
/// RejectStr refuses str ("string argument without an encoding").
bool collectInitializer(Value Source, StrBuilder &Out, const char *RangeMsg,
                        bool RejectStr = true);
/// What V.__bytes__() returns, for bytes(V) and int.from_bytes(V): Error
/// with an exception pending when it fails or returns something else than
/// bytes, Error with nothing pending when V's class has no __bytes__.
Value callDunderBytes(Value V);
/// Replaces B[Start, Start + Old) with Size bytes at Data (which may point
/// into B itself).
bool replaceRange(ByteArray *B, size_t Start, size_t Old, const char *Data,
                  size_t Size);
/// True if V's type can produce an iterator (to word errors as CPython).
bool slotIterable(Value V);

/// The method tables (BytesMethods.cpp). The counts are constants here so
/// the type objects stay constant-initialized (no static constructor).
extern const MethodDef BytesMethods[];
extern const MethodDef ByteArrayMethods[];
constexpr uint32_t BytesMethodCount = 42;
constexpr uint32_t ByteArrayMethodCount = 50;

} // namespace bytesimpl
} // namespace adder::rt

#endif
