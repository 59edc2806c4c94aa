//===- Limbs.cpp - magnitude primitives: add, multiply, divide ------------===//
//
// The unsigned kernels behind every bigint operation. Multiplication is
// schoolbook below KaratsubaThreshold limbs and Karatsuba above; Karatsuba
// takes its temporaries from caller scratch, sized by mulScratchLimbs, which
// mirrors the recursion so that the bound is exact rather than guessed.
// Division of many limbs is Knuth's algorithm D with the quotient digit
// estimated through a reciprocal (divideWide), so no 64-bit division runs
// per limb on 32-bit targets.
//
//===----------------------------------------------------------------------===//

#include "Limbs.h"

namespace adder::bigint::detail {

int compareLimbs(const Limb *A, uint32_t LA, const Limb *B, uint32_t LB) {
  if (LA != LB)
    return LA < LB ? -1 : 1;
  for (uint32_t I = LA; I-- > 0;)
    if (A[I] != B[I])
      return A[I] < B[I] ? -1 : 1;
  return 0;
}

Limb addLimbs(Limb *Out, const Limb *A, uint32_t LA, const Limb *B,
              uint32_t LB) {
  Limb Carry = 0;
  uint32_t I = 0;
  for (; I < LB; ++I) {
    Wide S = Wide(A[I]) + B[I] + Carry;
    Out[I] = Limb(S);
    Carry = Limb(S >> 32);
  }
  for (; I < LA; ++I) {
    Limb S = A[I] + Carry;
    Carry = S < Carry;
    Out[I] = S;
  }
  return Carry;
}

Limb subLimbs(Limb *Out, const Limb *A, uint32_t LA, const Limb *B,
              uint32_t LB) {
  Limb Borrow = 0;
  uint32_t I = 0;
  for (; I < LB; ++I) {
    Wide D = Wide(A[I]) - B[I] - Borrow;
    Out[I] = Limb(D);
    Borrow = Limb(D >> 32) & 1;
  }
  for (; I < LA; ++I) {
    Limb X = A[I];
    Out[I] = X - Borrow;
    Borrow = X < Borrow;
  }
  return Borrow;
}

Limb incrementLimbs(Limb *A, uint32_t N) {
  for (uint32_t I = 0; I < N; ++I)
    if (++A[I] != 0)
      return 0;
  return 1;
}

Limb decrementLimbs(Limb *A, uint32_t N) {
  for (uint32_t I = 0; I < N; ++I)
    if (A[I]-- != 0)
      return 0;
  return 1;
}

Limb mulAddSmall(Limb *Out, const Limb *A, uint32_t N, Limb M, Limb Add) {
  Limb Carry = Add;
  for (uint32_t I = 0; I < N; ++I) {
    Wide P = Wide(A[I]) * M + Carry;
    Out[I] = Limb(P);
    Carry = Limb(P >> 32);
  }
  return Carry;
}

Limb addMulSmall(Limb *Out, const Limb *A, uint32_t N, Limb M) {
  Limb Carry = 0;
  for (uint32_t I = 0; I < N; ++I) {
    // (2**32-1)**2 + 2*(2**32-1) == 2**64-1: never overflows.
    Wide P = Wide(A[I]) * M + Out[I] + Carry;
    Out[I] = Limb(P);
    Carry = Limb(P >> 32);
  }
  return Carry;
}

Limb subMulSmall(Limb *Out, const Limb *A, uint32_t N, Limb M) {
  Limb Borrow = 0;
  for (uint32_t I = 0; I < N; ++I) {
    Wide P = Wide(A[I]) * M + Borrow;
    Limb Lo = Limb(P);
    Limb X = Out[I];
    Out[I] = X - Lo;
    Borrow = Limb(P >> 32) + (X < Lo);
  }
  return Borrow;
}

Limb shiftLeftLimbs(Limb *Out, const Limb *A, uint32_t N, unsigned S) {
  if (N == 0)
    return 0;
  if (S == 0) {
    copyLimbs(Out, A, N);
    return 0;
  }
  // Top down, so that Out == A works.
  Limb Spill = A[N - 1] >> (32 - S);
  for (uint32_t I = N - 1; I > 0; --I)
    Out[I] = (A[I] << S) | (A[I - 1] >> (32 - S));
  Out[0] = A[0] << S;
  return Spill;
}

Limb shiftRightLimbs(Limb *Out, const Limb *A, uint32_t N, unsigned S) {
  if (N == 0)
    return 0;
  if (S == 0) {
    copyLimbs(Out, A, N);
    return 0;
  }
  Limb Spill = A[0] << (32 - S);
  for (uint32_t I = 0; I + 1 < N; ++I)
    Out[I] = (A[I] >> S) | (A[I + 1] << (32 - S));
  Out[N - 1] = A[N - 1] >> S;
  return Spill;
}

//===-- Multiplication ----------------------------------------------------===//

void mulSchoolbook(Limb *Out, const Limb *A, uint32_t LA, const Limb *B,
                   uint32_t LB) {
  if (LA < LB) {
    const Limb *T = A;
    A = B;
    B = T;
    uint32_t TL = LA;
    LA = LB;
    LB = TL;
  }
  if (LB == 0) {
    zeroLimbs(Out, LA);
    return;
  }
  // Row by the shorter operand: each row is one pass over the longer one.
  Out[LA] = mulAddSmall(Out, A, LA, B[0], 0);
  for (uint32_t J = 1; J < LB; ++J)
    Out[LA + J] = addMulSmall(Out + J, A, LA, B[J]);
}

void sqrSchoolbook(Limb *Out, const Limb *A, uint32_t N) {
  // Each cross product A[i]*A[j] (i < j) once, then doubled, then the
  // squares on the diagonal: about half the multiplications of mul.
  zeroLimbs(Out, 2 * N);
  for (uint32_t I = 0; I + 1 < N; ++I)
    Out[I + N] = addMulSmall(Out + 2 * I + 1, A + I + 1, N - I - 1, A[I]);
  shiftLeftLimbs(Out, Out, 2 * N, 1);
  Limb Carry = 0;
  for (uint32_t I = 0; I < N; ++I) {
    Wide Sq = Wide(A[I]) * A[I];
    Wide Lo = Wide(Out[2 * I]) + Limb(Sq) + Carry;
    Out[2 * I] = Limb(Lo);
    Wide Hi = Wide(Out[2 * I + 1]) + Limb(Sq >> 32) + Limb(Lo >> 32);
    Out[2 * I + 1] = Limb(Hi);
    Carry = Limb(Hi >> 32);
  }
}

/// Scratch of a balanced Karatsuba step on N limbs: the two half sums, their
/// product, and what the recursive multiplication of the sums needs.
/// Non-decreasing in N, which the unbalanced case relies on. Squares
/// switch later (KaratsubaSquareThreshold), so this over-provides for them.
static uint32_t karatsubaScratch(uint32_t N) {
  uint32_t Total = 0;
  while (N >= KaratsubaThreshold) {
    uint32_t H = (N + 1) / 2;
    Total += 4 * (H + 1);
    N = H + 1;
  }
  return Total;
}

uint32_t mulScratchLimbs(uint32_t LA, uint32_t LB) {
  uint32_t Small = LA < LB ? LA : LB;
  uint32_t Large = LA < LB ? LB : LA;
  if (Small < KaratsubaThreshold)
    return 0;
  // Unbalanced products go chunk by chunk: a 2*Small product buffer plus
  // the balanced scratch of one chunk, which karatsubaScratch(Large)
  // covers when Large >= 2*Small (it adds 2*Large+4 before recursing on a
  // size above Small).
  return karatsubaScratch(Large) + 2 * Small;
}

static void karatsuba(Limb *Out, const Limb *A, uint32_t LA, const Limb *B,
                      uint32_t LB, Limb *Scratch);

void mulLimbs(Limb *Out, const Limb *A, uint32_t LA, const Limb *B, uint32_t LB,
              Limb *Scratch) {
  if (LA < LB) {
    const Limb *T = A;
    A = B;
    B = T;
    uint32_t TL = LA;
    LA = LB;
    LB = TL;
  }
  bool Square = A == B && LA == LB;
  if (LB < (Square ? KaratsubaSquareThreshold : KaratsubaThreshold)) {
    if (Square)
      sqrSchoolbook(Out, A, LA);
    else
      mulSchoolbook(Out, A, LA, B, LB);
    return;
  }
  if (LA < 2 * LB) {
    karatsuba(Out, A, LA, B, LB, Scratch);
    return;
  }
  // Unbalanced: slice A into LB-limb chunks, multiply each by B (balanced)
  // and accumulate. Splitting Karatsuba unevenly instead would waste most
  // of its work on zero limbs.
  Limb *Prod = Scratch;
  Limb *Rest = Scratch + 2 * LB;
  zeroLimbs(Out, LA + LB);
  for (uint32_t Off = 0; Off < LA; Off += LB) {
    uint32_t Chunk = LA - Off < LB ? LA - Off : LB;
    uint32_t CL = trimmed(A + Off, Chunk);
    if (CL == 0)
      continue;
    mulLimbs(Prod, A + Off, CL, B, LB, Rest);
    // Out[Off..) has room for the product; the sum stays below
    // A*B < 2**(32*(LA+LB)), so the carry always lands inside Out.
    Limb Carry = addInto(Out + Off, CL + LB, Prod, CL + LB);
    if (Carry)
      incrementLimbs(Out + Off + CL + LB, LA + LB - Off - CL - LB);
  }
}

/// Balanced Karatsuba for LB <= LA < 2*LB, LB >= threshold:
///   A = A1*X + A0, B = B1*X + B0, X = 2**(32*M)
///   A*B = A1B1*X**2 + ((A0+A1)(B0+B1) - A0B0 - A1B1)*X + A0B0
/// A0B0 and A1B1 go straight into Out's halves; the middle term is built in
/// scratch and added at offset M.
static void karatsuba(Limb *Out, const Limb *A, uint32_t LA, const Limb *B,
                      uint32_t LB, Limb *Scratch) {
  bool Square = A == B && LA == LB;
  uint32_t M = LA / 2;
  uint32_t H = LA - M; // A1 length; M < LB, so B1 is not empty
  const Limb *A0 = A, *A1 = A + M, *B0 = B, *B1 = B + M;
  uint32_t LA0 = trimmed(A0, M), LB0 = trimmed(B0, M), LB1 = LB - M;

  // Out[0..2M) = A0*B0, Out[2M..LA+LB) = A1*B1.
  Limb *SumA = Scratch;              // H+1 limbs
  Limb *SumB = Scratch + (H + 1);    // H+1 limbs
  Limb *Mid = Scratch + 2 * (H + 1); // 2H+2 limbs
  Limb *Rest = Scratch + 4 * (H + 1);

  zeroLimbs(Out, 2 * M);
  if (LA0 && LB0)
    mulLimbs(Out, A0, LA0, B0, LB0, Rest);
  mulLimbs(Out + 2 * M, A1, H, B1, LB1, Rest);

  // SumA = A0 + A1 (A1 is the longer: H >= M).
  SumA[H] = addLimbs(SumA, A1, H, A0, LA0);
  uint32_t LSA = trimmed(SumA, H + 1);
  uint32_t LSB;
  if (Square) {
    LSB = LSA;
  } else {
    if (LB1 >= LB0) {
      SumB[LB1] = addLimbs(SumB, B1, LB1, B0, LB0);
      LSB = trimmed(SumB, LB1 + 1);
    } else {
      SumB[LB0] = addLimbs(SumB, B0, LB0, B1, LB1);
      LSB = trimmed(SumB, LB0 + 1);
    }
  }
  uint32_t LMid = LSA + LSB;
  mulLimbs(Mid, SumA, LSA, Square ? SumA : SumB, LSB, Rest);
  // Mid -= A0B0 and A1B1; the difference A0B1 + A1B0 is non-negative.
  uint32_t L0 = trimmed(Out, 2 * M);
  uint32_t L2 = trimmed(Out + 2 * M, LA + LB - 2 * M);
  subFrom(Mid, LMid, Out, L0);
  subFrom(Mid, LMid, Out + 2 * M, L2);
  LMid = trimmed(Mid, LMid);
  Limb Carry = addInto(Out + M, LA + LB - M, Mid, LMid);
  (void)Carry;
  ADDER_ASSERT(Carry == 0, "karatsuba middle term overflowed");
}

//===-- Division ----------------------------------------------------------===//

Divisor makeDivisor(Limb D) {
  ADDER_ASSERT(D != 0, "division by a zero limb");
  unsigned S = leadingZeros(D);
  Limb Norm = D << S;
  // V = floor((B**2 - 1) / Norm) - B = floor(((B-1-Norm)*B + B-1) / Norm):
  // one 64/32 division per divisor, never per limb.
  Wide Num = (Wide(~Norm) << 32) | 0xFFFFFFFFu;
  return {Norm, Limb(Num / Norm), S};
}

Limb divRemSmall(Limb *Q, const Limb *A, uint32_t N, const Divisor &D) {
  if (N == 0)
    return 0;
  unsigned S = D.Shift;
  Limb R;
  if (S == 0) {
    R = 0;
    for (uint32_t I = N; I-- > 0;) {
      Limb Digit = divideWide(R, A[I], D.Norm, D.Recip, R);
      if (Q)
        Q[I] = Digit;
    }
    return R;
  }
  // Divide A << S by Norm = D << S (same quotient, remainder << S), shifting
  // A on the fly so that Q may overwrite A.
  R = A[N - 1] >> (32 - S);
  for (uint32_t I = N; I-- > 0;) {
    Limb U0 = A[I] << S;
    if (I > 0)
      U0 |= A[I - 1] >> (32 - S);
    Limb Digit = divideWide(R, U0, D.Norm, D.Recip, R);
    if (Q)
      Q[I] = Digit;
  }
  return R >> S;
}

void divRemLimbs(Limb *Q, Limb *R, const Limb *A, uint32_t LA, const Limb *B,
                 uint32_t LB, Limb *Scratch) {
  ADDER_ASSERT(LB >= 2 && LA >= LB && B[LB - 1] != 0,
               "divRemLimbs needs a normalized multi-limb divisor");
  // D1: normalize so that the divisor's top bit is set; the quotient digit
  // estimate is then at most 2 too large.
  unsigned S = leadingZeros(B[LB - 1]);
  Limb *V = Scratch;
  Limb *U = Scratch + LB;
  shiftLeftLimbs(V, B, LB, S);
  U[LA] = shiftLeftLimbs(U, A, LA, S);

  Limb VTop = V[LB - 1], VNext = V[LB - 2];
  Divisor D = makeDivisor(VTop); // VTop is normalized: Shift == 0
  for (uint32_t J = LA - LB + 1; J-- > 0;) {
    // D3: estimate Q from the top two limbs of the window, refine with the
    // third. U[J+LB] <= VTop always holds.
    Limb U2 = U[J + LB], U1 = U[J + LB - 1], U0 = U[J + LB - 2];
    Limb QHat, RHat;
    bool RHatOverflow = false;
    if (U2 >= VTop) {
      QHat = 0xFFFFFFFFu;
      RHat = U1 + VTop;
      RHatOverflow = RHat < VTop;
    } else {
      QHat = divideWide(U2, U1, D.Norm, D.Recip, RHat);
    }
    while (!RHatOverflow && Wide(QHat) * VNext > ((Wide(RHat) << 32) | U0)) {
      --QHat;
      RHat += VTop;
      RHatOverflow = RHat < VTop;
    }
    // D4-D6: multiply and subtract; add back in the rare case the estimate
    // was still one too large.
    Limb Borrow = subMulSmall(U + J, V, LB, QHat);
    Limb Top = U[J + LB];
    U[J + LB] = Top - Borrow;
    if (Top < Borrow) {
      Limb Carry = addInto(U + J, LB, V, LB);
      U[J + LB] += Carry;
      --QHat;
    }
    if (Q)
      Q[J] = QHat;
  }
  if (R)
    shiftRightLimbs(R, U, LB, S);
}

uint32_t modLimbs(Limb *R, const Limb *A, uint32_t LA, const Limb *M,
                  uint32_t LM, Limb *Scratch) {
  LA = trimmed(A, LA);
  if (compareLimbs(A, LA, M, LM) < 0) {
    copyLimbs(R, A, LA);
    zeroLimbs(R + LA, LM - LA);
    return LA;
  }
  if (LM == 1) {
    R[0] = divRemSmall(nullptr, A, LA, makeDivisor(M[0]));
    return R[0] != 0;
  }
  divRemLimbs(nullptr, R, A, LA, M, LM, Scratch);
  return trimmed(R, LM);
}

//===-- Doubles -----------------------------------------------------------===//

double doubleFromBits(uint64_t Bits) {
  return __builtin_bit_cast(double, Bits);
}
uint64_t bitsOfDouble(double D) { return __builtin_bit_cast(uint64_t, D); }

bool makeDouble(uint64_t M, int64_t E, bool Neg, double &Out) {
  uint64_t Sign = uint64_t(Neg) << 63;
  if (M == 0) {
    Out = doubleFromBits(Sign);
    return true;
  }
  // Normalize M to 53 bits; the caller guarantees the bits dropped here
  // are zero.
  int Width = int(bitWidth64(M));
  int64_t Top = E + Width - 1; // exponent of the leading bit
  if (Top > 1023)
    return false;
  if (Top >= -1022) {
    uint64_t Mant = Width > 53 ? M >> (Width - 53) : M << (53 - Width);
    uint64_t Biased = uint64_t(Top + 1023);
    Out = doubleFromBits(Sign | (Biased << 52) | (Mant & ((1ull << 52) - 1)));
    return true;
  }
  // Subnormal: the significand counts units of 2**-1074.
  int64_t Shift = E + 1074;
  uint64_t Mant = Shift >= 0 ? M << Shift : M >> -Shift;
  Out = doubleFromBits(Sign | Mant);
  return true;
}

} // namespace adder::bigint::detail
