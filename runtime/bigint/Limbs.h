//===- Limbs.h - magnitude primitives shared by bigint files ----*- C++ -*-===//
//
// Unsigned, length-explicit operations on little-endian limb arrays: the
// layer every signed operation in BigInt.h is built from. They take raw
// pointers and lengths (not BigView) because the algorithms above them work
// on slices: Karatsuba halves, Knuth D's sliding window, chunks of a
// string conversion.
//
// Single-limb division uses the reciprocal method of Möller and Granlund
// ("Improved division by invariant integers", 2011): one 64/32 division per
// divisor, then only multiplications per limb. Cortex-M has no 64-bit
// divide instruction, and even on hosts it is the slowest part of a
// division loop.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_BIGINT_LIMBS_H
#define ADDER_RUNTIME_BIGINT_LIMBS_H

#include "BigInt.h"

namespace adder::bigint::detail {

using Wide = uint64_t;

inline unsigned leadingZeros(Limb X) { return X ? __builtin_clz(X) : 32; }
inline unsigned trailingZeros(Limb X) { return X ? __builtin_ctz(X) : 32; }
inline unsigned bitWidth(Limb X) { return 32 - leadingZeros(X); }
inline unsigned bitWidth64(uint64_t X) {
  Limb Hi = Limb(X >> 32);
  return Hi ? 32 + bitWidth(Hi) : bitWidth(Limb(X));
}
/// Written out because __builtin_popcount becomes a library call on
/// Cortex-M0, which freestanding builds may not have.
inline unsigned popCount(Limb X) {
  X = X - ((X >> 1) & 0x55555555u);
  X = (X & 0x33333333u) + ((X >> 2) & 0x33333333u);
  X = (X + (X >> 4)) & 0x0F0F0F0Fu;
  return (X * 0x01010101u) >> 24;
}

inline uint32_t trimmed(const Limb *A, uint32_t N) {
  while (N && A[N - 1] == 0)
    --N;
  return N;
}
inline void copyLimbs(Limb *Dst, const Limb *Src, uint32_t N) {
  if (Dst == Src)
    return;
  for (uint32_t I = 0; I < N; ++I)
    Dst[I] = Src[I];
}
inline void zeroLimbs(Limb *Dst, uint32_t N) {
  for (uint32_t I = 0; I < N; ++I)
    Dst[I] = 0;
}

/// Sets Out's length from its first N limbs and clears the sign of zero.
inline void finish(BigBuf &Out, uint32_t N, bool Neg) {
  Out.Len = trimmed(Out.Limbs, N);
  Out.Neg = Out.Len != 0 && Neg;
}
inline void checkCap(const BigBuf &Out, uint32_t Need) {
  ADDER_ASSERT(Out.Cap >= Need, "bigint output buffer below its bound");
}
inline void setZero(BigBuf &Out) {
  Out.Len = 0;
  Out.Neg = false;
}

int compareLimbs(const Limb *A, uint32_t LA, const Limb *B, uint32_t LB);

/// Out[0..LA) = A + B for LA >= LB; returns the carry out. Out may be A or B.
Limb addLimbs(Limb *Out, const Limb *A, uint32_t LA, const Limb *B,
              uint32_t LB);
/// Out[0..LA) = A - B for A >= B (LA >= LB); returns the borrow (0 when
/// A >= B). Out may be A or B.
Limb subLimbs(Limb *Out, const Limb *A, uint32_t LA, const Limb *B,
              uint32_t LB);
/// A[0..LA) += B[0..LB) for LA >= LB; returns the carry out of A.
inline Limb addInto(Limb *A, uint32_t LA, const Limb *B, uint32_t LB) {
  return addLimbs(A, A, LA, B, LB);
}
inline Limb subFrom(Limb *A, uint32_t LA, const Limb *B, uint32_t LB) {
  return subLimbs(A, A, LA, B, LB);
}
/// A[0..N) += 1 (or -= 1); returns the carry (borrow) out.
Limb incrementLimbs(Limb *A, uint32_t N);
Limb decrementLimbs(Limb *A, uint32_t N);

/// Out[0..N) = A * M + Add; returns the high limb. Out may be A.
Limb mulAddSmall(Limb *Out, const Limb *A, uint32_t N, Limb M, Limb Add);
/// Out[0..N) += A * M; returns the carry limb.
Limb addMulSmall(Limb *Out, const Limb *A, uint32_t N, Limb M);
/// Out[0..N) -= A * M; returns the borrow limb.
Limb subMulSmall(Limb *Out, const Limb *A, uint32_t N, Limb M);

/// Out[0..N) = A << S (0 <= S < 32); returns the bits shifted out on top.
/// Out may be A.
Limb shiftLeftLimbs(Limb *Out, const Limb *A, uint32_t N, unsigned S);
/// Out[0..N) = A >> S (0 <= S < 32); returns the bits shifted out below
/// (in the high end of the result). Out may be A.
Limb shiftRightLimbs(Limb *Out, const Limb *A, uint32_t N, unsigned S);

/// Out[0..LA+LB) = A * B. Out must not overlap A or B. A == B with LA == LB
/// squares. Scratch holds mulScratchLimbs(LA, LB) limbs.
void mulLimbs(Limb *Out, const Limb *A, uint32_t LA, const Limb *B, uint32_t LB,
              Limb *Scratch);
void mulSchoolbook(Limb *Out, const Limb *A, uint32_t LA, const Limb *B,
                   uint32_t LB);
void sqrSchoolbook(Limb *Out, const Limb *A, uint32_t N);
uint32_t mulScratchLimbs(uint32_t LA, uint32_t LB);

/// A divisor D prepared for repeated division: normalized (top bit set) by
/// Shift, with its reciprocal V = floor((2**64 - 1) / Norm) - 2**32.
struct Divisor {
  Limb Norm;
  Limb Recip;
  unsigned Shift;
};
Divisor makeDivisor(Limb D);

/// (U1:U0) / Norm for U1 < Norm: the quotient, remainder in R.
inline Limb divideWide(Limb U1, Limb U0, Limb Norm, Limb Recip, Limb &R) {
  Wide Q = Wide(Recip) * U1 + ((Wide(U1) << 32) | U0);
  Limb Q1 = Limb(Q >> 32) + 1;
  Limb Q0 = Limb(Q);
  Limb Rem = U0 - Q1 * Norm;
  // Taken about half the time, so a mask beats a mispredicted branch.
  Limb Mask = 0 - Limb(Rem > Q0);
  Q1 += Mask;
  Rem += Mask & Norm;
  if (__builtin_expect(Rem >= Norm, 0)) {
    ++Q1;
    Rem -= Norm;
  }
  R = Rem;
  return Q1;
}

/// Q[0..N) = A / D (Q may be A or null); returns A mod D.
Limb divRemSmall(Limb *Q, const Limb *A, uint32_t N, const Divisor &D);

/// Knuth's algorithm D on magnitudes, LA >= LB >= 2, B[LB-1] != 0.
/// Q receives LA-LB+1 limbs (may be null), R receives LB limbs (may be
/// null). Scratch holds divScratchLimbs(LA, LB) limbs.
void divRemLimbs(Limb *Q, Limb *R, const Limb *A, uint32_t LA, const Limb *B,
                 uint32_t LB, Limb *Scratch);
inline uint32_t divScratchLimbs(uint32_t LA, uint32_t LB) {
  return LA + 1 + LB;
}

/// R[0..LM) = A mod M for any LA (LM >= 1, M normalized). Scratch holds
/// divScratchLimbs(LA, LM) limbs. Returns the trimmed remainder length.
uint32_t modLimbs(Limb *R, const Limb *A, uint32_t LA, const Limb *M,
                  uint32_t LM, Limb *Scratch);

/// Double precision values built from and split into their bits, so that
/// conversions need neither an FPU nor libm.
double doubleFromBits(uint64_t Bits);
uint64_t bitsOfDouble(double D);
/// M * 2**E as a double, where the value is exactly representable (normal
/// or subnormal) or too large; false when it is not finite.
bool makeDouble(uint64_t M, int64_t E, bool Neg, double &Out);

} // namespace adder::bigint::detail

#endif
