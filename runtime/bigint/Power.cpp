//===- Power.cpp - pow(a, b) and pow(a, b, m) -----------------------------===//
//
// Left-to-right binary exponentiation: square for every exponent bit,
// multiply by the base for every set bit. Multiplying by the (small) base
// rather than by a growing power keeps the scratch to one ping-pong buffer,
// and counting the steps up front lets the last product land in the
// caller's buffer without a final copy.
//
// The modular form follows CPython's long_pow step for step, because the
// order of its checks is visible: a zero modulus is an error, a modulus of
// +-1 gives 0 before a negative exponent looks for an inverse, the inverse
// comes from the extended Euclidean algorithm, and a negative modulus makes
// the result non-positive.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Limbs.h"

namespace adder::bigint {

using namespace detail;

static bool isUnit(BigView A) { return A.Len == 1 && A.Limbs[0] == 1; }

static unsigned popCount64(uint64_t X) {
  return popCount(Limb(X)) + popCount(Limb(X >> 32));
}

uint64_t powBound(BigView A, BigView E) {
  ADDER_ASSERT(!E.Neg, "pow() with a negative exponent is a float");
  if (E.Len == 0 || A.Len == 0 || isUnit(A))
    return 1;
  uint64_t Exp;
  if (!toUint64(E, Exp))
    return UINT64_MAX;
  uint64_t Bits = bitLength(A);
  if (Bits > (UINT64_MAX - 64) / Exp)
    return UINT64_MAX;
  // |A|**E < 2**(Bits*E); the extra limb covers the untrimmed width of
  // the intermediate products (la + lb limbs for a value that may need one
  // less).
  return (Bits * Exp + 31) / 32 + 1;
}

uint64_t powScratch(BigView A, BigView E) {
  uint64_t N = powBound(A, E);
  if (N <= 1)
    return 0;
  if (N >= UINT32_MAX / 2)
    return UINT64_MAX;
  uint32_t N32 = uint32_t(N);
  uint32_t Half = N32 / 2 + 1;
  uint32_t Sq = mulScratchLimbs(Half, Half);
  uint32_t ByBase = mulScratchLimbs(N32, A.Len);
  return uint64_t(N32) + (Sq > ByBase ? Sq : ByBase);
}

void pow(BigBuf &Out, BigView A, BigView E, Limb *Scratch) {
  ADDER_ASSERT(!E.Neg, "pow() with a negative exponent is a float");
  checkCap(Out, 1);
  if (E.Len == 0) {
    Out.Limbs[0] = 1;
    finish(Out, 1, false);
    return;
  }
  if (A.Len == 0) {
    setZero(Out);
    return;
  }
  bool Odd = E.Limbs[0] & 1;
  if (isUnit(A)) {
    Out.Limbs[0] = 1;
    finish(Out, 1, A.Neg && Odd);
    return;
  }
  uint64_t N = powBound(A, E);
  ADDER_ASSERT(N != UINT64_MAX && N <= Out.Cap,
               "bigint output buffer below its bound");
  uint64_t Exp;
  toUint64(E, Exp);

  unsigned TopBit = bitWidth64(Exp) - 1;
  unsigned Steps = TopBit + popCount64(Exp) - 1;
  Limb *Tmp = Scratch;
  Limb *MulScratch = Scratch + N;
  Limb *Cur = Steps % 2 == 0 ? Out.Limbs : Tmp;
  Limb *Other = Cur == Out.Limbs ? Tmp : Out.Limbs;
  copyLimbs(Cur, A.Limbs, A.Len);
  uint32_t Len = A.Len;
  for (unsigned Bit = TopBit; Bit-- > 0;) {
    mulLimbs(Other, Cur, Len, Cur, Len, MulScratch);
    Len = trimmed(Other, 2 * Len);
    Limb *T = Cur;
    Cur = Other;
    Other = T;
    if ((Exp >> Bit) & 1) {
      mulLimbs(Other, Cur, Len, A.Limbs, A.Len, MulScratch);
      Len = trimmed(Other, Len + A.Len);
      T = Cur;
      Cur = Other;
      Other = T;
    }
  }
  ADDER_ASSERT(Cur == Out.Limbs, "pow step count");
  finish(Out, Len, A.Neg && Odd);
}

//===-- Modular exponentiation --------------------------------------------===//

/// R[0..LM) = A mod |M| in [0, |M|). Scratch: divScratchLimbs(A.Len, LM).
static uint32_t reduceNonNegative(Limb *R, BigView A, const Limb *M,
                                  uint32_t LM, Limb *Scratch) {
  uint32_t L = modLimbs(R, A.Limbs, A.Len, M, LM, Scratch);
  if (!A.Neg || L == 0)
    return L;
  subLimbs(R, M, LM, R, L);
  return trimmed(R, LM);
}

/// Limbs of each extended-Euclid coefficient buffer: |coefficients| stay
/// below the modulus, but sub() wants room for the untrimmed q*c product.
static uint32_t coefficientLimbs(uint32_t LM) { return 2 * LM + 4; }

static uint32_t inverseScratch(uint32_t LM) {
  uint32_t CL = coefficientLimbs(LM);
  return 3 * LM     // x, y, r
         + (LM + 2) // q
         + 3 * CL   // b, c, t
         + CL       // q * c
         + mulScratchLimbs(CL, CL) + divScratchLimbs(LM, LM) + LM;
}

/// Out[0..LM) = the inverse of X (in [0, M), LX limbs) modulo M, by the
/// extended Euclidean algorithm as CPython's long_invmod. False when
/// gcd(X, M) != 1.
static bool inverseMod(Limb *Out, const Limb *XIn, uint32_t LX, const Limb *M,
                       uint32_t LM, Limb *Scratch) {
  uint32_t CL = coefficientLimbs(LM);
  Limb *P = Scratch;
  BigBuf X = buffer(P, LM);
  BigBuf Y = buffer(P += LM, LM);
  BigBuf R = buffer(P += LM, LM);
  BigBuf Q = buffer(P += LM, LM + 2);
  BigBuf B = buffer(P += LM + 2, CL);
  BigBuf C = buffer(P += CL, CL);
  BigBuf T = buffer(P += CL, CL);
  BigBuf Prod = buffer(P += CL, CL);
  Limb *Work = P + CL;

  copy(X, {XIn, LX, false});
  copy(Y, {M, LM, false});
  fromUint64(B, 1);
  setZero(C);
  // Invariant: B*x0 == X and C*x0 == Y modulo M.
  while (Y.Len != 0) {
    divMod(&Q, &R, view(X), view(Y), Work);
    mul(Prod, view(Q), view(C), Work);
    sub(T, view(B), view(Prod));
    BigBuf Old = X;
    X = Y;
    Y = R;
    R = Old;
    Old = B;
    B = C;
    C = T;
    T = Old;
  }
  if (!isUnit(view(X)))
    return false;
  reduceNonNegative(Out, view(B), M, LM, Work);
  return true;
}

uint32_t powModBound(BigView A, BigView E, BigView M) { return M.Len; }

uint32_t powModScratch(BigView A, BigView E, BigView M) {
  uint32_t LM = M.Len;
  uint32_t Reduce = divScratchLimbs(A.Len > LM ? A.Len : LM, LM);
  uint32_t Loop =
      2 * LM + divScratchLimbs(2 * LM, LM) + mulScratchLimbs(LM, LM);
  uint32_t Need = Reduce > Loop ? Reduce : Loop;
  if (E.Neg) {
    uint32_t Inv = inverseScratch(LM);
    Need = Need > Inv ? Need : Inv;
  }
  return LM + Need;
}

Status powMod(BigBuf &Out, BigView A, BigView E, BigView M, Limb *Scratch) {
  if (M.Len == 0)
    return Status::ModulusZero;
  uint32_t LM = M.Len;
  checkCap(Out, LM);
  if (isUnit(M)) {
    setZero(Out);
    return Status::Ok;
  }

  // The base, reduced into [0, |M|), or its inverse for a negative
  // exponent.
  Limb *Base = Scratch;
  Limb *Work = Scratch + LM;
  uint32_t LB = reduceNonNegative(Base, A, M.Limbs, LM, Work);
  if (E.Neg) {
    if (!inverseMod(Base, Base, LB, M.Limbs, LM, Work))
      return Status::NotInvertible;
    LB = trimmed(Base, LM);
  }

  // Acc = Base**|E| mod |M|, accumulated in Out.
  Limb *Acc = Out.Limbs;
  uint32_t Len;
  uint64_t Bits = bitLength(absView(E));
  if (Bits == 0) {
    Acc[0] = 1; // |M| > 1 here
    Len = 1;
  } else {
    copyLimbs(Acc, Base, LB);
    Len = LB;
  }
  if (LM == 1) {
    // One-limb modulus: products fit in 64 bits; reduce with a divisor
    // prepared once.
    Divisor D = makeDivisor(M.Limbs[0]);
    auto MulMod = [&](Limb X, Limb Y) {
      uint64_t P = uint64_t(X) * Y;
      Limb Parts[2] = {Limb(P), Limb(P >> 32)};
      return divRemSmall(nullptr, Parts, 2, D);
    };
    Limb V = Len ? Acc[0] : 0;
    Limb BV = LB ? Base[0] : 0;
    for (uint64_t Bit = Bits ? Bits - 1 : 0; Bit-- > 0 && V != 0;) {
      V = MulMod(V, V);
      if ((E.Limbs[Bit / 32] >> (Bit % 32)) & 1)
        V = MulMod(V, BV);
    }
    Acc[0] = V;
    Len = V != 0;
  } else {
    Limb *Prod = Work;
    Limb *DivWork = Prod + 2 * LM;
    Limb *MulWork = DivWork + divScratchLimbs(2 * LM, LM);
    for (uint64_t Bit = Bits ? Bits - 1 : 0; Bit-- > 0 && Len != 0;) {
      mulLimbs(Prod, Acc, Len, Acc, Len, MulWork);
      Len = modLimbs(Acc, Prod, 2 * Len, M.Limbs, LM, DivWork);
      if (((E.Limbs[Bit / 32] >> (Bit % 32)) & 1) && Len != 0) {
        mulLimbs(Prod, Acc, Len, Base, LB, MulWork);
        Len = modLimbs(Acc, Prod, Len + LB, M.Limbs, LM, DivWork);
      }
    }
  }

  // A negative modulus shifts the result into (M, 0].
  if (M.Neg && Len != 0) {
    subLimbs(Acc, M.Limbs, LM, Acc, Len);
    finish(Out, LM, true);
    return Status::Ok;
  }
  finish(Out, Len, false);
  return Status::Ok;
}

} // namespace adder::bigint
