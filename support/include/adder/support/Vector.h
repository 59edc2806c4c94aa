//===- Vector.h - growable arrays for freestanding code ---------*- C++ -*-===//
//
// Seq<T> is the frozen form stored in the AST: a pointer and a count in
// the arena. Builder<T> collects elements while parsing, in an inline
// buffer first and in the arena when it grows, then hands out a Seq<T>.
// Only trivially copyable T are supported; nothing here runs destructors.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_VECTOR_H
#define ADDER_SUPPORT_VECTOR_H

#include "adder/support/Arena.h"

namespace adder {

template <class T> struct Seq {
  T *items = nullptr;
  uint32_t size = 0;

  T *begin() const { return items; }
  T *end() const { return items + size; }
  T &operator[](uint32_t I) const { return items[I]; }
  bool empty() const { return size == 0; }
  T &back() const { return items[size - 1]; }
};

template <class T, unsigned InlineCount = 8> class Builder {
public:
  explicit Builder(Arena &A) : arena(A) {}
  Builder(const Builder &) = delete;
  Builder &operator=(const Builder &) = delete;

  /// Appends V; returns false when the arena is out of memory.
  bool push(const T &V) {
    if (count == capacity && !grow())
      return false;
    data[count++] = V;
    return true;
  }
  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T &operator[](uint32_t I) { return data[I]; }
  T &back() { return data[count - 1]; }
  void pop() { --count; }
  void clear() { count = 0; }
  T *begin() { return data; }
  T *end() { return data + count; }

  /// Copies the elements into the arena as a Seq (empty ones share null).
  Seq<T> finish() {
    Seq<T> L;
    if (count == 0)
      return L;
    L.items = static_cast<T *>(arena.allocate(sizeof(T) * count, alignof(T)));
    if (!L.items)
      return Seq<T>();
    for (uint32_t I = 0; I < count; ++I)
      L.items[I] = data[I];
    L.size = count;
    return L;
  }

private:
  bool grow() {
    uint32_t NewCap = capacity * 2;
    T *N = static_cast<T *>(arena.allocate(sizeof(T) * NewCap, alignof(T)));
    if (!N)
      return false;
    for (uint32_t I = 0; I < count; ++I)
      N[I] = data[I];
    data = N;
    capacity = NewCap;
    return true;
  }

  Arena &arena;
  T inlineData[InlineCount];
  T *data = inlineData;
  uint32_t count = 0;
  uint32_t capacity = InlineCount;
};

} // namespace adder

#endif
