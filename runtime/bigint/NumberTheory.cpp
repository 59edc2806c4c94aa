//===- NumberTheory.cpp - math.gcd and math.isqrt -------------------------===//
//
// gcd is Lehmer's algorithm in CPython's formulation (_PyLong_GCD): from the
// leading 60 bits of both operands, run Euclid on machine words while the
// Jebelean condition guarantees the quotients match the full numbers',
// then apply the accumulated 2x2 cofactor matrix to the whole operands in
// one pass. Each pass gains about 30 bits for O(n) work, where a plain
// Euclidean step gains under 2 bits for a full division. Once both values
// fit in 64 bits a binary gcd (shifts and subtractions) finishes.
//
// isqrt is CPython's math.isqrt: an integer Newton step per bit of the
// result's bit length, each at twice the precision of the one before, so
// the total costs about as much as the last division.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Limbs.h"

namespace adder::bigint {

using namespace detail;

static unsigned trailingZeros64(uint64_t X) {
  return Limb(X) ? trailingZeros(Limb(X)) : 32 + trailingZeros(Limb(X >> 32));
}

static uint64_t binaryGcd(uint64_t X, uint64_t Y) {
  if (X == 0)
    return Y;
  if (Y == 0)
    return X;
  unsigned Common = trailingZeros64(X | Y);
  X >>= trailingZeros64(X);
  while (Y != 0) {
    Y >>= trailingZeros64(Y);
    if (X > Y) {
      uint64_t T = X;
      X = Y;
      Y = T;
    }
    Y -= X;
  }
  return X << Common;
}

uint32_t gcdBound(BigView A, BigView B) {
  if (A.Len == 0)
    return B.Len > 2 ? B.Len : 2;
  if (B.Len == 0)
    return A.Len > 2 ? A.Len : 2;
  uint32_t L = A.Len < B.Len ? A.Len : B.Len;
  return L > 2 ? L : 2;
}

uint32_t gcdScratch(BigView A, BigView B) {
  // Three rotating buffers as long as the larger operand (a cofactor pass
  // writes every limb of both), and Knuth D's copies for Euclidean steps.
  uint32_t Large = A.Len > B.Len ? A.Len : B.Len;
  return 3 * Large + divScratchLimbs(Large, Large);
}

/// Bits [Pos, Pos+64) of L[0..N), zero above N.
static uint64_t bitsFrom(const Limb *L, uint32_t N, uint64_t Pos) {
  uint32_t Word = uint32_t(Pos / 32);
  unsigned Bit = unsigned(Pos % 32);
  auto At = [&](uint32_t I) -> uint64_t { return I < N ? L[I] : 0; };
  uint64_t V = (At(Word) >> Bit) | (At(Word + 1) << (32 - Bit));
  if (Bit)
    V |= At(Word + 2) << (64 - Bit);
  return V;
}

void gcd(BigBuf &Out, BigView A, BigView B, Limb *Scratch) {
  checkCap(Out, gcdBound(A, B));
  if (A.Len == 0 || B.Len == 0) {
    copy(Out, absView(A.Len == 0 ? B : A));
    return;
  }
  if (compareMagnitude(A, B) < 0) {
    BigView T = A;
    A = B;
    B = T;
  }
  uint32_t Cap = A.Len;
  Limb *X = Scratch;
  Limb *Y = X + Cap;
  Limb *R = Y + Cap;
  Limb *Work = R + Cap;
  copyLimbs(X, A.Limbs, A.Len);
  copyLimbs(Y, B.Limbs, B.Len);
  zeroLimbs(Y + B.Len, Cap - B.Len);
  uint32_t LX = A.Len, LY = B.Len;

  // X >= Y >= 0 throughout.
  while (LX > 2 && LY != 0) {
    // The leading 60 bits of X, and Y's bits at the same position.
    uint64_t Pos = bitLength({X, LX, false}) - 64;
    uint64_t XW = bitsFrom(X, LX, Pos) >> 4, YW = bitsFrom(Y, LY, Pos) >> 4;
    uint64_t CA = 1, CB = 0, CC = 0, CD = 1;
    unsigned K = 0;
    for (;; ++K) {
      // YW >= CC here: the previous step kept T >= S.
      if (YW == CC)
        break;
      uint64_t Num = XW + (CA - 1), Den = YW - CC;
      // Most quotients are tiny: subtract before paying for a 64-bit
      // division (a library call on Cortex-M).
      uint64_t Q = 0;
      while (Num >= Den && Q < 4) {
        Num -= Den;
        ++Q;
      }
      if (Num >= Den)
        Q += Num / Den;
      // CPython computes T = XW - Q*YW and S = CB + Q*CD in signed 64-bit
      // and stops when S > T; a negative T, or a product too large for 64
      // bits, stops it here the same way.
      uint64_t QY, QD, S, NewD;
      if (__builtin_mul_overflow(Q, YW, &QY) || QY > XW)
        break;
      uint64_t T = XW - QY;
      if (__builtin_mul_overflow(Q, CD, &QD) ||
          __builtin_add_overflow(CB, QD, &S) || S > T)
        break;
      // Cofactors stay below 2**30 (as CPython relies on); stop early
      // rather than let the 64-bit pass below overflow if ever not.
      if (__builtin_mul_overflow(Q, CC, &NewD) ||
          __builtin_add_overflow(CA, NewD, &NewD) || S >= (uint64_t(1) << 31) ||
          NewD >= (uint64_t(1) << 31))
        break;
      XW = YW;
      YW = T;
      CA = CD;
      CB = CC;
      CC = S;
      CD = NewD;
    }
    if (K == 0) {
      // No word-sized progress (a large quotient): one Euclidean step.
      uint32_t LR = modLimbs(R, X, LX, Y, LY, Work);
      zeroLimbs(R + LR, Cap - LR);
      Limb *T = X;
      X = Y;
      Y = R;
      R = T;
      LX = LY;
      LY = LR;
      continue;
    }
    // X, Y = A*X - B*Y, D*Y - C*X after an even number of steps, and
    // A*Y - B*X, D*X - C*Y after an odd number; both stay non-negative.
    int64_t XA = int64_t(CA), XB = -int64_t(CB);
    int64_t YA = -int64_t(CC), YB = int64_t(CD);
    if (K & 1) {
      XA = -int64_t(CB);
      XB = int64_t(CA);
      YA = int64_t(CD);
      YB = -int64_t(CC);
    }
    int64_t TX = 0, TY = 0;
    for (uint32_t I = 0; I < LX; ++I) {
      int64_t XI = X[I], YI = Y[I];
      TX += XA * XI + XB * YI;
      TY += YA * XI + YB * YI;
      X[I] = Limb(uint64_t(TX));
      Y[I] = Limb(uint64_t(TY));
      TX >>= 32;
      TY >>= 32;
    }
    ADDER_ASSERT(TX == 0 && TY == 0, "Lehmer step left a carry");
    uint32_t Old = LX;
    LX = trimmed(X, Old);
    LY = trimmed(Y, Old);
  }
  if (LY == 0) {
    copy(Out, {X, LX, false});
    return;
  }
  auto Low64 = [](const Limb *L, uint32_t N) {
    return (N > 0 ? uint64_t(L[0]) : 0) | (N > 1 ? uint64_t(L[1]) << 32 : 0);
  };
  fromUint64(Out, binaryGcd(Low64(X, LX), Low64(Y, LY)));
}

//===-- isqrt -------------------------------------------------------------===//

/// floor(sqrt(X)) bit by bit: shifts and compares only.
static uint64_t isqrt64(uint64_t X) {
  uint64_t Root = 0;
  uint64_t Bit = uint64_t(1) << 62;
  while (Bit > X)
    Bit >>= 2;
  while (Bit != 0) {
    if (X >= Root + Bit) {
      X -= Root + Bit;
      Root = (Root >> 1) + Bit;
    } else {
      Root >>= 1;
    }
    Bit >>= 2;
  }
  return Root;
}

uint32_t isqrtBound(BigView A) { return (A.Len + 1) / 2 + 2; }

/// Limbs of the working root: a little above the result, for the
/// untrimmed bounds of shiftLeft and add on the way.
static uint32_t rootLimbs(BigView A) { return A.Len / 2 + 6; }

uint32_t isqrtScratch(BigView A) {
  uint32_t LR = rootLimbs(A);
  uint32_t Div = divScratchLimbs(A.Len + 1, LR) + LR;
  uint32_t Mul = mulScratchLimbs(LR, LR);
  // The root, the shifted n, the quotient, the root's square, and the
  // larger of what divMod and mul need.
  return LR + (A.Len + 1) + (A.Len + 2) + 2 * LR + (Div > Mul ? Div : Mul);
}

Status isqrt(BigBuf &Out, BigView A, Limb *Scratch) {
  if (A.Neg)
    return Status::NegativeSqrt;
  checkCap(Out, isqrtBound(A));
  uint64_t Bits = bitLength(A);
  if (Bits <= 64) {
    uint64_t V;
    toUint64(A, V);
    fromUint64(Out, isqrt64(V));
    return Status::Ok;
  }
  uint32_t LR = rootLimbs(A);
  Limb *P = Scratch;
  BigBuf Root = buffer(P, LR);
  BigBuf Shifted = buffer(P += LR, A.Len + 1);
  BigBuf Quot = buffer(P += A.Len + 1, A.Len + 2);
  BigBuf Square = buffer(P += A.Len + 2, 2 * LR);
  Limb *Work = P + 2 * LR;

  // CPython's recurrence: with c = (bits - 1) // 2, d growing through the
  // prefixes of c's binary digits, keep a = isqrt(n >> 2*(c - d)) within
  // one, each step doubling d:
  //   a = (a << (d - e - 1)) + (n >> (2*c - e - d + 1)) // a
  uint64_t C = (Bits - 1) / 2;
  uint64_t D = 0;
  fromUint64(Root, 1);
  for (unsigned S = bitWidth64(C); S-- > 0;) {
    uint64_t E = D;
    D = C >> S;
    shiftRight(Shifted, A, 2 * C - E - D + 1);
    divMod(&Quot, nullptr, view(Shifted), view(Root), Work);
    shiftLeft(Root, view(Root), D - E - 1);
    add(Root, view(Root), view(Quot));
  }
  // The result is a or a - 1.
  mul(Square, view(Root), view(Root), Work);
  if (compareMagnitude(view(Square), A) > 0) {
    Limb One = 1;
    sub(Root, view(Root), {&One, 1, false});
  }
  copy(Out, view(Root));
  return Status::Ok;
}

} // namespace adder::bigint
