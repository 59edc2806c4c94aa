//===- Str.h - str internals shared by runtime files ------------*- C++ -*-===//
#ifndef ADDER_RUNTIME_OBJECTS_STR_H
#define ADDER_RUNTIME_OBJECTS_STR_H

#include "adder/runtime/Str.h"

namespace adder::rt {

/// A str with N bytes of inline storage, layout-compatible with Str, for
/// static strings in the runtime (the compiler emits the same layout).
template <size_t N> struct StaticStr {
  Object header;
  uint32_t length;
  uint32_t byteLength;
  SWord hash;
  uint8_t ascii;
  uint8_t interned;
  char data[N];
};

/// One-character strs for ASCII, shared (indexing and iteration of ASCII
/// text never allocates).
struct AsciiStrTable {
  StaticStr<2> chars[128];
};
extern const AsciiStrTable asciiStrs;

/// The shared one-character str for an ASCII character.
ADDER_INLINE Value asciiCharStr(unsigned C) {
  return fromObject(&asciiStrs.chars[C & 127].header);
}
/// FNV-1a of bytes, never -1 (str and bytes hashes).
SWord hashBytes(const char *Data, size_t Size);
/// First occurrence of Needle in Hay (byte offsets), or -1.
SWord findBytes(const char *Hay, size_t HN, const char *Needle, size_t NN);
/// The byte offset of code point Index in S.
size_t strByteOffset(const Str *S, size_t Index);
/// S[Begin:End] in code points (0 <= Begin, End <= length).
Value strSubstring(const Str *S, size_t Begin, size_t End);
/// str(V) for a str: V itself when exactly a str, else a plain str copy
/// (methods return plain strs for a subclass's instances, as CPython).
Value strStr(Value V);
Value strRepeat(Str *S, SWord Count);
/// s[slice].
Value strSlice(Str *S, Value Slice);
/// iter(s).
Value strIter(Value Self);
/// Appends repr(S) to B.
bool appendStrRepr(StrBuilder &B, const Str *S);

/// Methods of str (runtime/objects/StrMethods.cpp). The count is a
/// constant here so the str type is constant-initialized (no static
/// constructor); StrMethods.cpp checks it.
extern const MethodDef StrMethods[];
constexpr uint32_t StrMethodCount = 48;

extern "C" Value adder_str_concat(Value A, Value B);

} // namespace adder::rt

#endif
