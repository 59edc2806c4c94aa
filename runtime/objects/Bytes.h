//===- Bytes.h - bytes, bytearray, memoryview and codecs --------*- C++ -*-===//
//
// bytes keeps its data inline (Objects.h). bytearray needs to grow, so,
// like list, it is a header pointing into a separate raw byte block that
// is replaced (over-allocated by 1/8, as CPython does) when it fills up.
// memoryview is a window (offset, length, step) onto a bytes or bytearray;
// it re-reads the bytearray's buffer on every access, so a view of a
// resized bytearray stays memory-safe (it raises IndexError where CPython
// would have refused the resize with BufferError).
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_BYTES_H
#define ADDER_RUNTIME_OBJECTS_BYTES_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

struct ByteArray {
  Object header;
  uint32_t size;
  uint32_t capacity;
  char *data; // capacity bytes after a byte-array block's header; null if 0
};

struct MemoryView {
  Object header;
  Value object;    // the bytes or bytearray viewed
  SWord offset;    // of the first byte
  SWord length;    // number of items
  SWord step;      // distance between items (negative after [::-1])
  uint8_t released;
};

extern "C" const Type adder_type_memoryview;

ADDER_INLINE Bytes *asBytes(Value V) { return reinterpret_cast<Bytes *>(V); }
ADDER_INLINE ByteArray *asByteArray(Value V) {
  return reinterpret_cast<ByteArray *>(V);
}
bool isBytes(Value V);
bool isByteArray(Value V);

/// A new bytes of Size bytes copied from Data (null: the caller fills
/// them before the next allocation). Null + MemoryError on exhaustion.
Bytes *bytesNew(const char *Data, size_t Size);
ADDER_INLINE Value bytesValue(Bytes *B) { return fromObject(&B->header); }
ByteArray *byteArrayNew(const char *Data, size_t Size);
/// Makes room for at least Size bytes (contents kept).
bool byteArrayReserve(ByteArray *B, size_t Size);

/// The contiguous bytes of a bytes-like object (bytes, bytearray, a
/// contiguous memoryview). False, with no exception, for anything else.
bool getBuffer(Value V, const char **Data, size_t *Size);

/// The bytes of a writable bytes-like object (bytearray, a contiguous
/// memoryview of one). False, with no exception, for anything else.
bool getWritableBuffer(Value V, char **Data, size_t *Size);

/// FNV-1a hash of bytes, consistent with str hashes of ASCII text (as in
/// CPython, where hash(b'a') == hash('a')).
SWord bytesHash(Bytes *B);

/// Appends repr(bytes) to a builder, CPython's quoting rules. bytearray's
/// repr escapes every single quote, even inside double quotes
/// (bytearray(b"\'")), as CPython's does.
class StrBuilder;
bool appendBytesRepr(StrBuilder &Out, const char *Data, size_t Size,
                     bool EscapeSingleQuotes = false);

/// bytes % args and bytearray % args (PercentFormat.cpp).
Value bytesMod(Value Format, Value Args);

//===--- Codecs (Codecs.cpp) ----------------------------------------------===//

/// str.encode(Encoding, Errors): utf-8, ascii, latin-1, utf-16 and utf-32
/// (and their aliases) with the strict, ignore, replace, backslashreplace,
/// xmlcharrefreplace, surrogateescape and surrogatepass handlers. Encoding
/// and Errors are str Values or Error for the defaults.
Value strEncode(Str *S, Value Encoding, Value Errors);
/// bytes.decode(Encoding, Errors) of Size bytes at Data.
Value bytesDecode(const char *Data, size_t Size, Value Encoding,
                  Value Errors);

} // namespace adder::rt

#endif
