//===- Str.h - creating and building strings --------------------*- C++ -*-===//
//
// str objects hold UTF-8 (generalized, so lone surrogates survive) with a
// cached code-point count; ASCII-only strings index in O(1). StrBuilder is
// the one way the runtime assembles text (repr, formatting, join): it
// grows a heap byte block and finishes into a str without copying twice.
// Builders live on the C stack, where the conservative stack scan keeps
// their buffer alive.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_STR_H
#define ADDER_RUNTIME_STR_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// A new str from Size bytes of valid (generalized) UTF-8; null + pending
/// MemoryError on exhaustion.
Str *strNew(const char *Utf8, size_t Size);
/// A new str of Size bytes whose contents the caller writes at once
/// (Str::data, then strFinishRaw); Length is the code-point count.
Str *strAllocate(size_t Size, size_t Length, bool Ascii);
Value strFromCString(const char *S);
/// The empty string (a static object).
Value emptyStr();

ADDER_INLINE bool isStr(Value V) {
  return isObject(V) && (asObject(V)->type == &adder_type_str ||
                         (asObject(V)->type->flags & TypeStrSubclass));
}
ADDER_INLINE Str *asStr(Value V) { return reinterpret_cast<Str *>(V); }

/// Hash of a str (cached in the object), consistent within a run.
SWord strHash(Str *S);
bool strEquals(const Str *A, const Str *B);
/// Equality with a NUL-terminated ASCII/UTF-8 literal.
bool strEqualsCString(const Str *A, const char *B);

class StrBuilder {
public:
  StrBuilder() = default;
  StrBuilder(const StrBuilder &) = delete;
  StrBuilder &operator=(const StrBuilder &) = delete;

  /// Each append returns false (MemoryError pending) when memory runs out;
  /// after a failure the builder stays failed and finish() returns Error.
  bool append(const char *Bytes, size_t Size);
  bool append(const char *CString);
  bool append(const Str *S);
  bool appendChar(uint32_t CodePoint);
  bool appendRepeated(char C, size_t Count);
  /// Appends repr(V) / str(V).
  bool appendRepr(Value V);
  bool appendStr(Value V);
  /// printf-like; the conversions of raise() (%R %S %T %V) included.
  bool appendFormat(const char *Fmt, ...);
  bool appendFormatV(const char *Fmt, va_list Args);

  size_t size() const { return used; }
  const char *data() const { return buffer; }
  bool failed() const { return hasFailed; }
  /// The built str (a new object), or Error.
  Value finish();

private:
  bool reserve(size_t Extra);
  char *buffer = nullptr;
  size_t used = 0, capacity = 0;
  bool hasFailed = false;
  char inlineBuffer[96];
};

} // namespace adder::rt

#endif
