//===- StrRef.h - a non-owning byte string ----------------------*- C++ -*-===//
//
// The freestanding counterpart of llvm::StringRef: a pointer and a length.
// A null data pointer means "absent" where a field is optional (an AST
// alias without `as`, a missing type comment), which is distinct from an
// empty string.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_STRREF_H
#define ADDER_SUPPORT_STRREF_H

#include "adder/support/Compiler.h"

namespace adder {

struct StrRef {
  const char *data = nullptr;
  uint32_t size = 0;

  constexpr StrRef() = default;
  constexpr StrRef(const char *D, uint32_t N) : data(D), size(N) {}
  /// From a NUL-terminated string.
  static StrRef fromCString(const char *S) {
    uint32_t N = 0;
    while (S[N])
      ++N;
    return StrRef(S, N);
  }

  bool present() const { return data != nullptr; }
  bool empty() const { return size == 0; }
  const char *begin() const { return data; }
  const char *end() const { return data + size; }
  char operator[](uint32_t I) const { return data[I]; }

  bool equals(const char *S, uint32_t N) const {
    if (N != size)
      return false;
    for (uint32_t I = 0; I < N; ++I)
      if (data[I] != S[I])
        return false;
    return true;
  }
  bool equals(StrRef O) const { return equals(O.data, O.size); }
  /// Compares with a NUL-terminated literal.
  bool is(const char *S) const {
    uint32_t I = 0;
    for (; S[I]; ++I)
      if (I >= size || data[I] != S[I])
        return false;
    return I == size;
  }
  bool startsWith(const char *S) const {
    uint32_t I = 0;
    for (; S[I]; ++I)
      if (I >= size || data[I] != S[I])
        return false;
    return true;
  }
};

} // namespace adder

#endif
