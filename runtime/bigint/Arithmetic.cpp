//===- Arithmetic.cpp - signed compare, add, subtract, multiply -----------===//
//
// Sign handling for the additive and multiplicative operations: each one
// reduces to a magnitude kernel from Limbs.cpp plus a rule for the sign of
// the result. Also holds the status texts, which must match CPython's
// exception messages word for word.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Limbs.h"

namespace adder::bigint {

using namespace detail;

const char *statusMessage(Status S) {
  switch (S) {
  case Status::Ok:
    return "";
  case Status::ZeroDivision:
    return "integer division or modulo by zero";
  case Status::ZeroModulo:
    return "integer modulo by zero";
  case Status::ZeroTrueDivision:
    return "division by zero";
  case Status::DivisionOverflow:
    return "integer division result too large for a float";
  case Status::FloatOverflow:
    return "int too large to convert to float";
  case Status::ModulusZero:
    return "pow() 3rd argument cannot be 0";
  case Status::NotInvertible:
    return "base is not invertible for the given modulus";
  case Status::NegativeSqrt:
    return "isqrt() argument must be nonnegative";
  case Status::InvalidBase:
    return "int() base must be >= 2 and <= 36, or 0";
  case Status::InvalidLiteral:
    return "invalid literal for int() with base";
  case Status::TooManyDigits:
    return "Exceeds the limit for integer string conversion; use "
           "sys.set_int_max_str_digits() to increase the limit";
  }
  return "";
}

BigView viewOfInt64(int64_t V, Limb (&Storage)[2]) {
  uint64_t Mag = V < 0 ? 0 - uint64_t(V) : uint64_t(V);
  Storage[0] = Limb(Mag);
  Storage[1] = Limb(Mag >> 32);
  return {Storage, trimmed(Storage, 2), V < 0};
}

int compareMagnitude(BigView A, BigView B) {
  return compareLimbs(A.Limbs, A.Len, B.Limbs, B.Len);
}

int compare(BigView A, BigView B) {
  if (A.Neg != B.Neg)
    return A.Neg ? -1 : 1;
  int C = compareMagnitude(A, B);
  return A.Neg ? -C : C;
}

uint32_t addBound(BigView A, BigView B) {
  return (A.Len > B.Len ? A.Len : B.Len) + 1;
}

/// Out = A + B where B's sign has already been flipped for subtraction.
static void addSigned(BigBuf &Out, BigView A, BigView B) {
  checkCap(Out, addBound(A, B));
  if (A.Neg == B.Neg) {
    // Same sign: magnitudes add, the sign stays.
    if (A.Len < B.Len) {
      BigView T = A;
      A = B;
      B = T;
    }
    Limb Carry = addLimbs(Out.Limbs, A.Limbs, A.Len, B.Limbs, B.Len);
    Out.Limbs[A.Len] = Carry;
    finish(Out, A.Len + 1, A.Neg);
    return;
  }
  // Opposite signs: the smaller magnitude comes off the larger, whose sign
  // the result takes.
  int C = compareMagnitude(A, B);
  if (C == 0) {
    setZero(Out);
    return;
  }
  if (C < 0) {
    BigView T = A;
    A = B;
    B = T;
  }
  subLimbs(Out.Limbs, A.Limbs, A.Len, B.Limbs, B.Len);
  finish(Out, A.Len, A.Neg);
}

void add(BigBuf &Out, BigView A, BigView B) { addSigned(Out, A, B); }

void sub(BigBuf &Out, BigView A, BigView B) {
  B.Neg = !B.Neg; // zero's sign is ignored by addSigned's paths
  addSigned(Out, A, B);
}

void copy(BigBuf &Out, BigView A) {
  checkCap(Out, A.Len);
  copyLimbs(Out.Limbs, A.Limbs, A.Len);
  finish(Out, A.Len, A.Neg);
}

void negate(BigBuf &Out, BigView A) { copy(Out, negatedView(A)); }
void abs(BigBuf &Out, BigView A) { copy(Out, absView(A)); }

uint32_t mulBound(BigView A, BigView B) { return A.Len + B.Len; }

uint32_t mulScratch(BigView A, BigView B) {
  return mulScratchLimbs(A.Len, B.Len);
}

void mul(BigBuf &Out, BigView A, BigView B, Limb *Scratch) {
  if (A.Len == 0 || B.Len == 0) {
    setZero(Out);
    return;
  }
  checkCap(Out, A.Len + B.Len);
  ADDER_ASSERT(Out.Limbs != A.Limbs && Out.Limbs != B.Limbs,
               "mul output aliases an input");
  mulLimbs(Out.Limbs, A.Limbs, A.Len, B.Limbs, B.Len, Scratch);
  finish(Out, A.Len + B.Len, A.Neg != B.Neg);
}

} // namespace adder::bigint
