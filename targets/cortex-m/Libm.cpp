//===- Libm.cpp - libm functions the boards take from adder ---------------===//
//
// picolibc 1.8 (Debian 12's picolibc-arm-none-eabi) computes double floor()
// of negative and ceil() of positive numbers 32 bits at a time and detects
// the carry from the low word with a signed compare, so a fraction whose
// low word is all ones loses the carry: ceil(2**52 - 0.5) gives
// 2**52 - 2**31 (picolibc issue #480, fixed upstream after 1.8). Python's
// math.floor/ceil, // and % on floats and float-to-int conversions all go
// through these two, so the board library defines them; being linked
// before libc.a, these definitions are the ones every image uses.
//
// Both work on the IEEE bits as one 64-bit integer, where the carry out of
// the fraction into the exponent is exactly the rounding up to the next
// power of two.
//
//===----------------------------------------------------------------------===//

#include <stdint.h>
#include <string.h>

namespace {

/// Rounds X to an integer towards zero, or away from zero when Away
/// (for ceil of positive and floor of negative numbers).
double roundToIntegral(double X, bool Away) {
  uint64_t Bits;
  memcpy(&Bits, &X, sizeof Bits);
  int Exponent = static_cast<int>((Bits >> 52) & 0x7FF) - 1023;
  if (Exponent >= 52) // already integral, or inf or NaN
    return X;
  uint64_t Sign = Bits & (uint64_t(1) << 63);
  if (Exponent < 0) { // |X| < 1: 0 or 1 with X's sign
    if ((Bits << 1) == 0)
      return X;
    Bits = Away ? Sign | (uint64_t(1023) << 52) : Sign;
  } else {
    uint64_t Fraction = (uint64_t(1) << (52 - Exponent)) - 1;
    if ((Bits & Fraction) == 0)
      return X;
    if (Away)
      Bits += Fraction + 1;
    Bits &= ~Fraction;
  }
  memcpy(&X, &Bits, sizeof Bits);
  return X;
}

bool isNegative(double X) {
  uint64_t Bits;
  memcpy(&Bits, &X, sizeof Bits);
  return Bits >> 63;
}

} // namespace

extern "C" {

double floor(double X) { return roundToIntegral(X, isNegative(X)); }

double ceil(double X) { return roundToIntegral(X, !isNegative(X)); }
}
