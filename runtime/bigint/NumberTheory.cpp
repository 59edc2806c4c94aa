//===- NumberTheory.cpp - math.gcd and math.isqrt --------------------------===//
//
// gcd is Euclid's algorithm on limbs until both values fit in 64 bits, then
// a binary gcd on machine words (shifts and subtractions only: no 64-bit
// division on Cortex-M). isqrt is Newton's iteration started just above
// the root, from the integer square root of the top 62 bits, so that it
// only ever decreases and stops at floor(sqrt(n)) after about
// log2(bits / 30) divisions.
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
  uint32_t Large = A.Len > B.Len ? A.Len : B.Len;
  uint32_t Small = A.Len > B.Len ? B.Len : A.Len;
  return Large + 2 * Small + divScratchLimbs(Large, Small);
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
  // X >= Y > 0 throughout; three buffers rotate as (X, Y, R) <- (Y, R, X).
  Limb *X = Scratch;
  Limb *Y = X + A.Len;
  Limb *R = Y + B.Len;
  Limb *Work = R + B.Len;
  copyLimbs(X, A.Limbs, A.Len);
  copyLimbs(Y, B.Limbs, B.Len);
  uint32_t LX = A.Len, LY = B.Len;
  while (LY != 0 && LX > 2) {
    uint32_t LR = modLimbs(R, X, LX, Y, LY, Work);
    Limb *T = X;
    X = Y;
    Y = R;
    R = T;
    LX = LY;
    LY = LR;
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

uint32_t isqrtScratch(BigView A) {
  uint32_t LR = isqrtBound(A);
  // X, Y, the quotient (one limb more for the seed's shift), and Knuth
  // D's copies.
  return 2 * LR + A.Len + 1 + divScratchLimbs(A.Len, LR);
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
  uint32_t LR = isqrtBound(A);
  Limb *X = Scratch;
  Limb *Y = X + LR;
  Limb *Q = Y + LR;
  Limb *Work = Q + A.Len + 1;

  // X0 = (isqrt(top) + 1) << K, where top = A >> 2K has 61 or 62 bits:
  // A < (top + 1) << 2K <= X0**2, so X0 is above the root, by a relative
  // 2**-30 at most.
  uint64_t K = (Bits - 61) / 2;
  BigBuf Top = buffer(Q, A.Len + 1);
  shiftRight(Top, A, 2 * K);
  uint64_t TopV;
  toUint64(view(Top), TopV);
  Limb Seed[2];
  BigView SeedView = viewOfInt64(int64_t(isqrt64(TopV) + 1), Seed);
  BigBuf XB = buffer(X, LR);
  shiftLeft(XB, SeedView, K);
  uint32_t LX = XB.Len;

  // Newton from above: Y = (X + A // X) // 2 decreases until it would
  // not, and then X is the root.
  for (;;) {
    divRemLimbs(Q, nullptr, A.Limbs, A.Len, X, LX, Work);
    uint32_t LQ = trimmed(Q, A.Len - LX + 1);
    uint32_t LY;
    if (LQ > LX) {
      Y[LQ] = addLimbs(Y, Q, LQ, X, LX);
      LY = LQ + 1;
    } else {
      Y[LX] = addLimbs(Y, X, LX, Q, LQ);
      LY = LX + 1;
    }
    shiftRightLimbs(Y, Y, LY, 1);
    LY = trimmed(Y, LY);
    if (compareLimbs(Y, LY, X, LX) >= 0)
      break;
    Limb *T = X;
    X = Y;
    Y = T;
    LX = LY;
  }
  copy(Out, {X, LX, false});
  return Status::Ok;
}

} // namespace adder::bigint
