//===- Compiler.h - portable basics for freestanding code -------*- C++ -*-===//
//
// The frontend core and the runtime are built freestanding (no C++ standard
// library, no exceptions, no RTTI) so that the same code runs on a host and
// on a microcontroller. This header gives them the few pieces they would
// otherwise take from <new>, <utility> and <cassert>.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_COMPILER_H
#define ADDER_SUPPORT_COMPILER_H

#include <stddef.h>
#include <stdint.h>

namespace adder {

/// Tag for placement construction that does not need <new>:
///   new (adder::placement, Mem) T(Args...)
struct PlacementTag {};
inline constexpr PlacementTag placement{};

template <class T> struct RemoveReference { using Type = T; };
template <class T> struct RemoveReference<T &> { using Type = T; };
template <class T> struct RemoveReference<T &&> { using Type = T; };

template <class T> constexpr typename RemoveReference<T>::Type &&move(T &&V) {
  return static_cast<typename RemoveReference<T>::Type &&>(V);
}

template <class T> constexpr const T &min(const T &A, const T &B) {
  return B < A ? B : A;
}
template <class T> constexpr const T &max(const T &A, const T &B) {
  return A < B ? B : A;
}

/// Called when an internal invariant is broken. Each build provides it: the
/// host prints and aborts, firmware reports through its console.
[[noreturn]] void fatalError(const char *Message, const char *File, int Line);

} // namespace adder

inline void *operator new(size_t, adder::PlacementTag, void *P) noexcept {
  return P;
}

#define ADDER_ASSERT(Cond, Message)                                            \
  do {                                                                         \
    if (!(Cond))                                                               \
      ::adder::fatalError("assertion failed: " Message, __FILE__, __LINE__);   \
  } while (0)

#define ADDER_UNREACHABLE(Message)                                             \
  ::adder::fatalError("unreachable: " Message, __FILE__, __LINE__)

#endif
