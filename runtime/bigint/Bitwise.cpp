//===- Bitwise.cpp - shifts, & | ^ ~, bit_length, bit_count ---------------===//
//
// Python gives bit operations on negative ints the meaning of an infinite
// two's-complement string. We store sign and magnitude, so each operation
// converts negative operands to two's complement limb by limb as it goes
// (~x + 1 with a running carry) and converts the result back the same way:
// one pass, no temporary, and an output that may overwrite an input.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Limbs.h"

namespace adder::bigint {

using namespace detail;

uint64_t bitLength(BigView A) {
  if (A.Len == 0)
    return 0;
  return uint64_t(A.Len - 1) * 32 + bitWidth(A.Limbs[A.Len - 1]);
}

uint64_t bitCount(BigView A) {
  uint64_t N = 0;
  for (uint32_t I = 0; I < A.Len; ++I)
    N += popCount(A.Limbs[I]);
  return N;
}

//===-- Shifts ------------------------------------------------------------===//

uint64_t shiftLeftBound(BigView A, uint64_t N) {
  if (A.Len == 0)
    return 0;
  uint64_t Words = N / 32;
  if (Words > UINT64_MAX - A.Len - 1)
    return UINT64_MAX;
  return A.Len + Words + 1;
}

void shiftLeft(BigBuf &Out, BigView A, uint64_t N) {
  if (A.Len == 0) {
    setZero(Out);
    return;
  }
  uint64_t Need = shiftLeftBound(A, N);
  ADDER_ASSERT(Need <= Out.Cap, "bigint output buffer below its bound");
  uint32_t Words = uint32_t(N / 32);
  unsigned Bits = unsigned(N % 32);
  // Top down, then clear the bottom: Out may be A.
  if (Bits == 0) {
    Out.Limbs[A.Len + Words] = 0;
    for (uint32_t I = A.Len; I-- > 0;)
      Out.Limbs[I + Words] = A.Limbs[I];
  } else {
    Out.Limbs[A.Len + Words] =
        shiftLeftLimbs(Out.Limbs + Words, A.Limbs, A.Len, Bits);
  }
  zeroLimbs(Out.Limbs, Words);
  finish(Out, A.Len + Words + 1, A.Neg);
}

uint32_t shiftRightBound(BigView A, uint64_t N) {
  uint64_t Words = N / 32;
  // Flooring a negative value can carry into one more limb:
  // -(2**64-1) >> 32 == -2**32.
  return Words >= A.Len ? 1 : uint32_t(A.Len - Words + 1);
}

void shiftRight(BigBuf &Out, BigView A, uint64_t N) {
  checkCap(Out, shiftRightBound(A, N));
  if (N / 32 >= A.Len) {
    // Everything shifted out: 0, or -1 for any negative value.
    if (!A.Neg) {
      setZero(Out);
      return;
    }
    Out.Limbs[0] = 1;
    finish(Out, 1, true);
    return;
  }
  uint32_t Words = uint32_t(N / 32);
  unsigned Bits = unsigned(N % 32);
  // Floor for negatives: -(|A| >> N) - 1 when any 1 bit is dropped. Look
  // at the dropped limbs before Out (which may be A) overwrites them.
  bool Dropped = false;
  for (uint32_t I = 0; I < Words && !Dropped; ++I)
    Dropped = A.Limbs[I] != 0;
  uint32_t Len = A.Len - Words;
  Limb Spill = shiftRightLimbs(Out.Limbs, A.Limbs + Words, Len, Bits);
  Dropped |= Spill != 0;
  if (A.Neg && Dropped) {
    Out.Limbs[Len] = incrementLimbs(Out.Limbs, Len);
    ++Len;
  }
  finish(Out, Len, A.Neg);
}

//===-- & | ^ ~ -----------------------------------------------------------===//

namespace {

enum class BitOp { And, Or, Xor };

Limb apply(BitOp Op, Limb X, Limb Y) {
  switch (Op) {
  case BitOp::And:
    return X & Y;
  case BitOp::Or:
    return X | Y;
  case BitOp::Xor:
    return X ^ Y;
  }
  return 0;
}

/// Streams the two's-complement limbs of a signed value: ~|x| + 1 for a
/// negative one, sign-extended with all ones past its length.
struct TwosComplement {
  BigView V;
  Limb Carry = 1;
  Limb next(uint32_t I) {
    Limb M = I < V.Len ? V.Limbs[I] : 0;
    if (!V.Neg)
      return M;
    Limb T = ~M + Carry;
    Carry = Carry && T == 0;
    return T;
  }
};

void bitwise(BigBuf &Out, BigView A, BigView B, BitOp Op) {
  checkCap(Out, bitwiseBound(A, B));
  uint32_t N = A.Len > B.Len ? A.Len : B.Len;
  // The sign of the result is the operation applied to the signs (the
  // infinite runs of 0 or 1 above both operands).
  bool Neg = apply(Op, A.Neg ? ~0u : 0u, B.Neg ? ~0u : 0u) != 0;
  TwosComplement X{A}, Y{B};
  Limb Carry = 1;
  for (uint32_t I = 0; I < N; ++I) {
    Limb Z = apply(Op, X.next(I), Y.next(I));
    if (Neg) {
      // Back to a magnitude: ~z + 1.
      Z = ~Z + Carry;
      Carry = Carry && Z == 0;
    }
    Out.Limbs[I] = Z;
  }
  // A negative result whose low N limbs were all zero is -2**(32N).
  Out.Limbs[N] = Neg ? Carry : 0;
  finish(Out, N + 1, Neg);
}

} // namespace

uint32_t bitwiseBound(BigView A, BigView B) {
  return (A.Len > B.Len ? A.Len : B.Len) + 1;
}

void bitAnd(BigBuf &Out, BigView A, BigView B) {
  bitwise(Out, A, B, BitOp::And);
}
void bitOr(BigBuf &Out, BigView A, BigView B) { bitwise(Out, A, B, BitOp::Or); }
void bitXor(BigBuf &Out, BigView A, BigView B) {
  bitwise(Out, A, B, BitOp::Xor);
}

uint32_t invertBound(BigView A) { return A.Len + 1; }

void invert(BigBuf &Out, BigView A) {
  // ~A == -(A + 1): |A| + 1 negated for A >= 0, |A| - 1 for A < 0.
  checkCap(Out, invertBound(A));
  copyLimbs(Out.Limbs, A.Limbs, A.Len);
  if (!A.Neg) {
    Out.Limbs[A.Len] = incrementLimbs(Out.Limbs, A.Len);
    finish(Out, A.Len + 1, true);
    return;
  }
  decrementLimbs(Out.Limbs, A.Len);
  finish(Out, A.Len, false);
}

} // namespace adder::bigint
