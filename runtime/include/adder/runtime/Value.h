//===- Value.h - Python values in one machine word --------------*- C++ -*-===//
//
// DESIGN.md decision 4. A Value is a machine word:
//   ...xxx1   a small int, the word shifted right by one (31 bits on 32-bit
//             targets, 63 bits on 64-bit)
//   ...xx10   on 64-bit targets only, an immediate float: a double whose
//             exponent lies in 2^-254..2^256, or a zero (Numbers.h has the
//             encoding); other floats, and all floats on 32-bit targets,
//             are Float objects
//   ...xx00   a pointer to an object (heap or static); never null
//   0         not a value: the error sentinel returned by runtime calls
//             that raised (the exception is pending, see Errors.h)
// Value is a plain integer type, not a class, because it crosses the
// boundary between compiled code and the runtime as an LLVM integer: a
// one-member struct would be lowered differently on each ABI.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_VALUE_H
#define ADDER_RUNTIME_VALUE_H

#include <stddef.h>
#include <stdint.h>

#define ADDER_INLINE inline __attribute__((always_inline))
/// For runtime ABI functions with a fast path: an external definition (so
/// compiled code can call it) that LTO always inlines into its callers.
#define ADDER_FAST __attribute__((always_inline))
#define ADDER_NOINLINE __attribute__((noinline))
#define ADDER_COLD __attribute__((cold, noinline))
/// Marks a runtime function compiled with each program instead of once per
/// target, because facts about the program decide what it needs (its heap
/// size, whether it can raise at all): see backend/RuntimeSplit.cpp.
#define ADDER_PER_PROGRAM __attribute__((annotate("adder.per-program")))
/// Marks a runtime function that looks attributes up by names computed at
/// run time (getattr(), str.format's "{0.name}"). While one is reachable
/// the compiler keeps every method of every builtin type; otherwise it
/// keeps only methods whose names the program spells (backend/Prune.cpp).
#define ADDER_DYNAMIC_ATTRIBUTES                                               \
  __attribute__((annotate("adder.dynamic-attributes")))
#define ADDER_EXPORT extern "C"
#define ADDER_LIKELY(x) __builtin_expect(!!(x), 1)
#define ADDER_UNLIKELY(x) __builtin_expect(!!(x), 0)

namespace adder::rt {

using Value = uintptr_t;
using SWord = intptr_t;

struct Object;
struct Type;

/// The error sentinel (see file comment).
inline constexpr Value Error = 0;

constexpr unsigned WordBits = sizeof(Value) * 8;
/// Small ints hold WordBits - 1 bits: [SmallIntMin, SmallIntMax].
constexpr SWord SmallIntMax = SWord((~Value(0)) >> 2);
constexpr SWord SmallIntMin = -SmallIntMax - 1;

/// Whether floats can be immediate: a word must hold a double's 64 bits
/// less the two tag bits, which only a 64-bit word does.
constexpr bool ImmediateFloats = sizeof(Value) == 8;
constexpr Value ImmediateFloatTag = 2;

ADDER_INLINE bool isSmallInt(Value V) { return V & 1; }
ADDER_INLINE bool isImmediateFloat(Value V) {
  return ImmediateFloats && (V & 3) == ImmediateFloatTag;
}
ADDER_INLINE bool isObject(Value V) { return V != 0 && !(V & 3); }
ADDER_INLINE SWord smallIntValue(Value V) { return SWord(V) >> 1; }
ADDER_INLINE bool fitsSmallInt(int64_t I) {
  return I >= int64_t(SmallIntMin) && I <= int64_t(SmallIntMax);
}
/// I must satisfy fitsSmallInt.
ADDER_INLINE Value makeSmallInt(SWord I) { return (Value(I) << 1) | 1; }
ADDER_INLINE Object *asObject(Value V) {
  return reinterpret_cast<Object *>(V);
}
ADDER_INLINE Value fromObject(const Object *O) {
  return reinterpret_cast<Value>(O);
}

} // namespace adder::rt

#endif
