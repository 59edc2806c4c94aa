//===- Division.cpp - floor division, modulo and true division ------------===//
//
// Python's `//`, `%` and `divmod` round toward negative infinity, while the
// magnitude kernels truncate; the sign fix-up lives here, in one place.
// True division follows CPython's long_true_divide step by step: it scales
// the dividend so that the integer quotient carries two or three bits
// beyond a double's 53, divides exactly with a sticky bit for the
// remainder, and rounds half-to-even by hand. The result is the correctly
// rounded quotient, including subnormals, with no floating-point operation
// at all (Cortex-M3 has no FPU, and soft-float would round the same way
// only if we trusted it to).
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Limbs.h"

namespace adder::bigint {

using namespace detail;

uint32_t quotientBound(BigView A, BigView B) {
  // |Q| + 1 can need a limb more than the truncated quotient, e.g.
  // -(2**64-1) // 2**32 == -2**32.
  return A.Len >= B.Len ? A.Len - B.Len + 2 : 1;
}

uint32_t remainderBound(BigView A, BigView B) { return B.Len; }

uint32_t divModScratch(BigView A, BigView B) {
  if (B.Len < 2 || A.Len < B.Len)
    return 0;
  // Knuth D's normalized copies, and a remainder when the caller wants only
  // the quotient (its sign fix-up needs to know whether it is zero).
  return divScratchLimbs(A.Len, B.Len) + B.Len;
}

Status divMod(BigBuf *Quot, BigBuf *Rem, BigView A, BigView B, Limb *Scratch) {
  ADDER_ASSERT(Quot || Rem, "divMod needs an output");
  if (B.Len == 0)
    return Quot ? Status::ZeroDivision : Status::ZeroModulo;
  if (Quot)
    checkCap(*Quot, quotientBound(A, B));
  if (Rem)
    checkCap(*Rem, remainderBound(A, B));
  if (A.Len == 0) {
    if (Quot)
      setZero(*Quot);
    if (Rem)
      setZero(*Rem);
    return Status::Ok;
  }

  // |A| = QM * |B| + RM, truncating.
  uint32_t QLen = 0; // limbs of QM in Quot
  const Limb *RM;    // limbs of RM
  uint32_t RLen;
  Limb SmallRem;
  Limb *RemStore = Rem ? Rem->Limbs : nullptr;
  if (compareMagnitude(A, B) < 0) {
    RM = A.Limbs;
    RLen = A.Len;
  } else if (B.Len == 1) {
    QLen = A.Len;
    SmallRem = divRemSmall(Quot ? Quot->Limbs : nullptr, A.Limbs, A.Len,
                           makeDivisor(B.Limbs[0]));
    RM = &SmallRem;
    RLen = SmallRem != 0;
  } else {
    QLen = A.Len - B.Len + 1;
    Limb *RBuf = RemStore ? RemStore : Scratch + divScratchLimbs(A.Len, B.Len);
    divRemLimbs(Quot ? Quot->Limbs : nullptr, RBuf, A.Limbs, A.Len, B.Limbs,
                B.Len, Scratch);
    RM = RBuf;
    RLen = trimmed(RBuf, B.Len);
  }

  // Floor: when the signs differ and the division was inexact, the
  // quotient moves one further from zero and the remainder becomes
  // |B| - RM, taking B's sign.
  bool Differ = A.Neg != B.Neg;
  bool Adjust = Differ && RLen != 0;
  if (Quot) {
    if (Adjust) {
      Quot->Limbs[QLen] = QLen ? incrementLimbs(Quot->Limbs, QLen) : 0;
      if (QLen == 0)
        Quot->Limbs[0] = 1;
      ++QLen;
    }
    finish(*Quot, QLen, Differ);
  }
  if (Rem) {
    if (Adjust) {
      // RM may live in Rem already; subLimbs allows Out == its B operand.
      subLimbs(Rem->Limbs, B.Limbs, B.Len, RM, RLen);
      RLen = B.Len;
    } else {
      copyLimbs(Rem->Limbs, RM, RLen);
    }
    finish(*Rem, RLen, B.Neg);
  }
  return Status::Ok;
}

//===-- True division -----------------------------------------------------===//

// IEEE double parameters, as CPython names them.
static constexpr int64_t DblMantDig = 53;
static constexpr int64_t DblMaxExp = 1024;
static constexpr int64_t DblMinExp = -1021;

uint32_t trueDivideScratch(BigView A, BigView B) {
  // X (the scaled dividend, at most |B|'s bits + 56), Knuth D's copies of
  // X and B, the quotient (< 2**56) and the remainder.
  uint32_t LX = B.Len + 4;
  return LX + divScratchLimbs(LX, B.Len) + 4 + B.Len;
}

Status trueDivide(double &Out, BigView A, BigView B, Limb *Scratch) {
  if (B.Len == 0)
    return Status::ZeroTrueDivision;
  bool Neg = A.Neg != B.Neg;
  if (A.Len == 0) {
    makeDouble(0, 0, Neg, Out);
    return Status::Ok;
  }

  // Catch obvious overflow and underflow from the bit lengths alone:
  // 2**(Diff-1) <= |A/B| < 2**(Diff+1).
  int64_t Diff = int64_t(bitLength(A)) - int64_t(bitLength(B));
  if (Diff > DblMaxExp)
    return Status::DivisionOverflow;
  if (Diff < DblMinExp - DblMantDig - 1) {
    makeDouble(0, 0, Neg, Out);
    return Status::Ok;
  }

  // X = |A| * 2**-Shift, so that X // |B| has DblMantDig + 2 or + 3 bits
  // (fewer significant ones for a subnormal result, as Shift stops at
  // DblMinExp). Inexact records any nonzero bit dropped on the way.
  int64_t Shift = (Diff > DblMinExp ? Diff : DblMinExp) - DblMantDig - 2;
  Limb *X = Scratch;
  uint32_t LX;
  bool Inexact = false;
  if (Shift <= 0) {
    uint64_t Up = uint64_t(-Shift);
    uint32_t Words = uint32_t(Up / 32);
    zeroLimbs(X, Words);
    X[Words + A.Len] =
        shiftLeftLimbs(X + Words, A.Limbs, A.Len, unsigned(Up % 32));
    LX = trimmed(X, Words + A.Len + 1);
  } else {
    uint32_t Words = uint32_t(uint64_t(Shift) / 32);
    unsigned Bits = unsigned(uint64_t(Shift) % 32);
    Limb Spill = shiftRightLimbs(X, A.Limbs + Words, A.Len - Words, Bits);
    Inexact = Spill != 0;
    for (uint32_t I = 0; I < Words && !Inexact; ++I)
      Inexact = A.Limbs[I] != 0;
    LX = trimmed(X, A.Len - Words);
  }
  ADDER_ASSERT(LX >= B.Len && LX <= B.Len + 4, "true division scaling");

  // X //= |B|, the remainder only as the sticky bit.
  uint64_t Q;
  if (B.Len == 1) {
    Limb R = divRemSmall(X, X, LX, makeDivisor(B.Limbs[0]));
    Inexact |= R != 0;
    LX = trimmed(X, LX);
    Q = X[0] | (LX > 1 ? uint64_t(X[1]) << 32 : 0);
    ADDER_ASSERT(LX <= 2, "true division quotient too wide");
  } else {
    Limb *Knuth = X + B.Len + 4;
    Limb *QL = Knuth + divScratchLimbs(B.Len + 4, B.Len);
    Limb *RL = QL + 4;
    divRemLimbs(QL, RL, X, LX, B.Limbs, B.Len, Knuth);
    Inexact |= trimmed(RL, B.Len) != 0;
    uint32_t QN = trimmed(QL, LX - B.Len + 1);
    ADDER_ASSERT(QN <= 2, "true division quotient too wide");
    Q = QN == 0 ? 0 : QL[0] | (QN > 1 ? uint64_t(QL[1]) << 32 : 0);
  }

  // Round away the extra bits, half to even; Inexact breaks exact ties.
  int64_t QBits = bitWidth64(Q);
  int64_t Keep = QBits > DblMinExp - Shift ? QBits : DblMinExp - Shift;
  int64_t ExtraBits = Keep - DblMantDig;
  ADDER_ASSERT(ExtraBits == 2 || ExtraBits == 3, "true division rounding");
  uint64_t Mask = uint64_t(1) << (ExtraBits - 1);
  uint64_t Low = Q | uint64_t(Inexact);
  if ((Low & Mask) && (Low & (3 * Mask - 1)))
    Q += Mask;
  Q &= ~(2 * Mask - 1);

  if (!makeDouble(Q, Shift, Neg, Out))
    return Status::DivisionOverflow;
  return Status::Ok;
}

} // namespace adder::bigint
