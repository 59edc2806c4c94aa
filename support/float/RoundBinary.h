//===- RoundBinary.h - exact binary value to nearest double ----*- C++ -*-===//
//
// Both float() and format(x, '%') end with an exact binary number that must
// become the nearest double, ties to even, with subnormals and overflow
// handled as IEEE does. Doing that with integer code instead of the FPU is
// what keeps results identical on soft-float cores and x87 hosts.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_FLOAT_ROUNDBINARY_H
#define ADDER_SUPPORT_FLOAT_ROUNDBINARY_H

#include "adder/support/Compiler.h"

namespace adder::floatconv {

inline constexpr uint64_t SignBit = uint64_t(1) << 63;
inline constexpr uint64_t InfinityBits = 0x7ff0000000000000u;

inline double fromBits(uint64_t Bits, bool Negative) {
  return __builtin_bit_cast(double, Bits | (Negative ? SignBit : 0));
}

/// (Top + a fraction, non-zero iff Sticky) * 2^(Lead - 63), with Top's high
/// bit set, rounded half-even to a double (subnormals included).
inline double roundToDouble(uint64_t Top, int Lead, bool Sticky,
                            bool Negative) {
  if (Lead > 1023)
    return fromBits(InfinityBits, Negative);
  // Keep 53 bits, or fewer where the result is subnormal.
  int Shift = 11;
  if (Lead < -1022)
    Shift += -1022 - Lead;
  if (Shift > 64) // below half the smallest subnormal
    return fromBits(0, Negative);
  uint64_t Mantissa = Shift == 64 ? 0 : Top >> Shift;
  bool RoundBit = (Top >> (Shift - 1)) & 1;
  bool Rest = Sticky || (Top & ((uint64_t(1) << (Shift - 1)) - 1)) != 0;
  if (RoundBit && (Rest || (Mantissa & 1)))
    ++Mantissa;
  // The implicit bit of a normal mantissa adds one to the exponent field;
  // a carry out of the mantissa does likewise, and a subnormal that rounds
  // up to 2^52 becomes the smallest normal with no special case.
  uint64_t Bits =
      Lead >= -1022 ? (uint64_t(Lead + 1022) << 52) + Mantissa : Mantissa;
  if (Bits >= InfinityBits)
    return fromBits(InfinityBits, Negative);
  return fromBits(Bits, Negative);
}

} // namespace adder::floatconv

#endif
