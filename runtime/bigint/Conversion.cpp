//===- Conversion.cpp - machine integers, doubles and hashing -------------===//
//
// Conversions between bigints and the machine's scalar types, and int's
// hash. Doubles are taken apart and built from their IEEE bits rather than
// with float arithmetic: the rounding must be CPython's (half to even, one
// rounding only), and the same code must run on Cortex-M parts without an
// FPU and without libm.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Limbs.h"

namespace adder::bigint {

using namespace detail;

//===-- Machine integers --------------------------------------------------===//

static uint64_t low64(BigView A) {
  uint64_t V = A.Len > 0 ? A.Limbs[0] : 0;
  if (A.Len > 1)
    V |= uint64_t(A.Limbs[1]) << 32;
  return V;
}

bool toUint64(BigView A, uint64_t &Out) {
  if (A.Neg || A.Len > 2)
    return false;
  Out = low64(A);
  return true;
}

bool toInt64(BigView A, int64_t &Out) {
  if (A.Len > 2)
    return false;
  uint64_t Mag = low64(A);
  if (!A.Neg) {
    if (Mag > uint64_t(INT64_MAX))
      return false;
    Out = int64_t(Mag);
    return true;
  }
  if (Mag > uint64_t(INT64_MAX) + 1)
    return false;
  Out = int64_t(0 - Mag);
  return true;
}

void fromUint64(BigBuf &Out, uint64_t V) {
  checkCap(Out, 2);
  Out.Limbs[0] = Limb(V);
  Out.Limbs[1] = Limb(V >> 32);
  finish(Out, 2, false);
}

void fromInt64(BigBuf &Out, int64_t V) {
  fromUint64(Out, V < 0 ? 0 - uint64_t(V) : uint64_t(V));
  Out.Neg = V < 0;
}

//===-- Doubles -----------------------------------------------------------===//

/// Bits [Pos, Pos+64) of |A|, and whether any bit below Pos is set.
static uint64_t bitsAt(BigView A, uint64_t Pos, bool &Sticky) {
  uint32_t Word = uint32_t(Pos / 32);
  unsigned Bit = unsigned(Pos % 32);
  auto LimbAt = [&](uint32_t I) -> uint64_t {
    return I < A.Len ? A.Limbs[I] : 0;
  };
  uint64_t V = (LimbAt(Word) >> Bit) | (LimbAt(Word + 1) << (32 - Bit)) |
               (Bit ? LimbAt(Word + 2) << (64 - Bit) : 0);
  Sticky = Bit && (A.Limbs[Word] & ((Limb(1) << Bit) - 1)) != 0;
  for (uint32_t I = 0; I < Word && !Sticky; ++I)
    Sticky = A.Limbs[I] != 0;
  return V;
}

Status toDouble(BigView A, double &Out) {
  if (A.Len == 0) {
    Out = doubleFromBits(0);
    return Status::Ok;
  }
  // The top 64 bits, left-aligned, and a sticky bit for the rest.
  uint64_t Bits = bitLength(A);
  uint64_t Top;
  bool Sticky = false;
  if (Bits <= 64)
    Top = low64(A) << (64 - Bits);
  else
    Top = bitsAt(A, Bits - 64, Sticky);
  // Keep 53 bits, round the other 11 half to even.
  uint64_t Mant = Top >> 11;
  uint64_t Rest = Top & 0x7FF;
  int64_t Exp = int64_t(Bits) - 53;
  if (Rest > 0x400 || (Rest == 0x400 && (Sticky || (Mant & 1)))) {
    ++Mant;
    if (Mant == uint64_t(1) << 53) {
      Mant >>= 1;
      ++Exp;
    }
  }
  if (!makeDouble(Mant, Exp, A.Neg, Out))
    return Status::FloatOverflow;
  return Status::Ok;
}

/// The parts of a finite double: |D| = Mant * 2**Exp (Mant < 2**53).
static void splitDouble(double D, uint64_t &Mant, int64_t &Exp, bool &Neg) {
  uint64_t Bits = bitsOfDouble(D);
  Neg = Bits >> 63;
  unsigned Biased = unsigned(Bits >> 52) & 0x7FF;
  ADDER_ASSERT(Biased != 0x7FF, "int() of an infinite or NaN double");
  Mant = Bits & ((uint64_t(1) << 52) - 1);
  if (Biased == 0) {
    Exp = -1074;
    return;
  }
  Mant |= uint64_t(1) << 52;
  Exp = int64_t(Biased) - 1075;
}

void fromDouble(BigBuf &Out, double D) {
  uint64_t Mant;
  int64_t Exp;
  bool Neg;
  splitDouble(D, Mant, Exp, Neg);
  if (Exp < 0) {
    fromUint64(Out, Exp <= -64 ? 0 : Mant >> -Exp);
    Out.Neg = Neg && Out.Len != 0;
    return;
  }
  // Exp <= 971, so the value has at most 1024 bits (32 limbs).
  checkCap(Out, FromDoubleLimbs);
  uint32_t Words = uint32_t(Exp / 32);
  unsigned Bit = unsigned(Exp % 32);
  Limb Part[3] = {Limb(Mant << Bit), Limb(Mant >> (32 - Bit)),
                  Limb(Bit ? Mant >> (64 - Bit) : 0)};
  if (Bit == 0)
    Part[1] = Limb(Mant >> 32);
  uint32_t PL = trimmed(Part, 3);
  zeroLimbs(Out.Limbs, Words);
  copyLimbs(Out.Limbs + Words, Part, PL);
  finish(Out, Words + PL, Neg);
}

int compareWithDouble(BigView A, double D) {
  uint64_t Bits = bitsOfDouble(D);
  bool DNeg = Bits >> 63;
  if (((Bits >> 52) & 0x7FF) == 0x7FF)
    return DNeg ? 1 : -1; // an infinity
  int SA = A.Len == 0 ? 0 : (A.Neg ? -1 : 1);
  int SD = (Bits << 1) == 0 ? 0 : (DNeg ? -1 : 1);
  if (SA != SD)
    return SA < SD ? -1 : 1;
  if (SA == 0)
    return 0;
  // Same sign: compare |A| with the integer part of |D|, and break a tie
  // with D's fractional part. No rounding of A ever happens.
  uint64_t Mant;
  int64_t Exp;
  bool Neg;
  splitDouble(D, Mant, Exp, Neg);
  Limb IntStore[FromDoubleLimbs];
  BigBuf IntPart = buffer(IntStore, FromDoubleLimbs);
  fromDouble(IntPart, D);
  bool HasFraction =
      Exp < 0 && (Exp <= -64 || (Mant & ((uint64_t(1) << -Exp) - 1)) != 0);
  int C = compareMagnitude(A, view(IntPart));
  if (C == 0 && HasFraction)
    C = -1;
  return A.Neg ? -C : C;
}

//===-- Hash --------------------------------------------------------------===//

int64_t hash(BigView A) {
  // |A| mod P for P = 2**61 - 1, Horner's rule from the top limb. With
  // x < P, x * 2**32 mod P is a 61-bit rotation by 32.
  constexpr uint64_t P = (uint64_t(1) << 61) - 1;
  uint64_t X = 0;
  for (uint32_t I = A.Len; I-- > 0;) {
    X = ((X & ((uint64_t(1) << 29) - 1)) << 32) | (X >> 29);
    X += A.Limbs[I];
    if (X >= P)
      X -= P;
  }
  int64_t H = int64_t(X);
  if (A.Neg)
    H = -H;
  return H == -1 ? -2 : H;
}

} // namespace adder::bigint
