//===- BigInt.cpp - fixed-capacity unsigned big integers ------------------===//
//
// Schoolbook arithmetic on 32-bit limbs. Nothing clever: the numbers are at
// most ~90 limbs and each conversion does a few dozen passes over them, so
// simple loops that a 32-bit core runs well beat anything asymptotic.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"

namespace adder::floatconv {

void BigInt::trim() {
  while (Size > 0 && Limbs[Size - 1] == 0)
    --Size;
}

void BigInt::setU64(uint64_t V) {
  ADDER_ASSERT(Cap >= 2, "BigInt too small for a 64-bit value");
  Limbs[0] = uint32_t(V);
  Limbs[1] = uint32_t(V >> 32);
  Size = 2;
  trim();
}

void BigInt::assign(const BigInt &Other) {
  ADDER_ASSERT(Other.Size <= Cap, "BigInt overflow in assign");
  for (int I = 0; I < Other.Size; ++I)
    Limbs[I] = Other.Limbs[I];
  Size = Other.Size;
}

int BigInt::bitLength() const {
  if (Size == 0)
    return 0;
  return 32 * Size - __builtin_clz(Limbs[Size - 1]);
}

bool BigInt::anyLowBits(int Bits) const {
  int Whole = Bits / 32;
  for (int I = 0; I < Whole && I < Size; ++I)
    if (Limbs[I])
      return true;
  if (Whole < Size && Bits % 32)
    return (Limbs[Whole] & ((uint32_t(1) << (Bits % 32)) - 1)) != 0;
  return false;
}

uint64_t BigInt::bitsFrom(int Lsb) const {
  // Gather three limbs so a 64-bit window at any bit offset is covered.
  int First = Lsb / 32, Offset = Lsb % 32;
  uint32_t L[3];
  for (int I = 0; I < 3; ++I)
    L[I] = First + I < Size ? Limbs[First + I] : 0;
  uint64_t Low = (uint64_t(L[1]) << 32) | L[0];
  if (Offset == 0)
    return Low;
  return (Low >> Offset) | (uint64_t(L[2]) << (64 - Offset));
}

void BigInt::mulAdd(uint32_t M, uint32_t Add) {
  uint64_t Carry = Add;
  for (int I = 0; I < Size; ++I) {
    uint64_t P = uint64_t(Limbs[I]) * M + Carry;
    Limbs[I] = uint32_t(P);
    Carry = P >> 32;
  }
  if (Carry) {
    ADDER_ASSERT(Size < Cap, "BigInt overflow in mulAdd");
    Limbs[Size++] = uint32_t(Carry);
  }
}

void BigInt::mulPow5(int N) {
  // 5^13 is the largest power of five below 2^32.
  static constexpr uint32_t Pow5[14] = {
      1,     5,      25,      125,     625,      3125,      15625,
      78125, 390625, 1953125, 9765625, 48828125, 244140625, 1220703125};
  for (; N >= 13; N -= 13)
    mulAdd(Pow5[13]);
  if (N > 0)
    mulAdd(Pow5[N]);
}

void BigInt::shiftLeft(int Bits) {
  if (Size == 0 || Bits == 0)
    return;
  int Whole = Bits / 32, Part = Bits % 32;
  int NewSize = Size + Whole + (Part ? 1 : 0);
  ADDER_ASSERT(NewSize <= Cap, "BigInt overflow in shiftLeft");
  if (Part == 0) {
    for (int I = Size - 1; I >= 0; --I)
      Limbs[I + Whole] = Limbs[I];
  } else {
    Limbs[Size + Whole] = Limbs[Size - 1] >> (32 - Part);
    for (int I = Size - 1; I > 0; --I)
      Limbs[I + Whole] = (Limbs[I] << Part) | (Limbs[I - 1] >> (32 - Part));
    Limbs[Whole] = Limbs[0] << Part;
  }
  for (int I = 0; I < Whole; ++I)
    Limbs[I] = 0;
  Size = NewSize;
  trim();
}

void BigInt::add(const BigInt &Other) {
  int N = max(Size, Other.Size);
  ADDER_ASSERT(N <= Cap, "BigInt overflow in add");
  uint64_t Carry = 0;
  for (int I = 0; I < N; ++I) {
    uint64_t S = Carry + (I < Size ? Limbs[I] : 0) +
                 (I < Other.Size ? Other.Limbs[I] : 0);
    Limbs[I] = uint32_t(S);
    Carry = S >> 32;
  }
  Size = N;
  if (Carry) {
    ADDER_ASSERT(Size < Cap, "BigInt overflow in add");
    Limbs[Size++] = uint32_t(Carry);
  }
}

int BigInt::compare(const BigInt &A, const BigInt &B) {
  if (A.Size != B.Size)
    return A.Size < B.Size ? -1 : 1;
  for (int I = A.Size - 1; I >= 0; --I)
    if (A.Limbs[I] != B.Limbs[I])
      return A.Limbs[I] < B.Limbs[I] ? -1 : 1;
  return 0;
}

uint32_t BigInt::quotientDigit(BigInt &R, const BigInt &S) {
  int N = S.Size;
  if (R.Size < N)
    return 0;
  // With S's top limb >= 2^27 the estimate from the top limbs is low by at
  // most one, so one correcting subtraction suffices (Gay's quorem).
  uint32_t Q = R.Limbs[N - 1] / (S.Limbs[N - 1] + 1);
  if (Q) {
    uint64_t Carry = 0, Borrow = 0;
    for (int I = 0; I < N; ++I) {
      uint64_t P = uint64_t(S.Limbs[I]) * Q + Carry;
      Carry = P >> 32;
      uint64_t D = uint64_t(R.Limbs[I]) - uint32_t(P) - Borrow;
      R.Limbs[I] = uint32_t(D);
      Borrow = D >> 63;
    }
    R.trim();
  }
  if (compare(R, S) >= 0) {
    ++Q;
    uint64_t Borrow = 0;
    for (int I = 0; I < N; ++I) {
      uint64_t D = uint64_t(R.Limbs[I]) - S.Limbs[I] - Borrow;
      R.Limbs[I] = uint32_t(D);
      Borrow = D >> 63;
    }
    R.trim();
  }
  return Q;
}

void BigInt::divide(BigInt &U, const BigInt &V, BigInt &Q) {
  int N = V.Size;
  ADDER_ASSERT(N > 0 && (V.Limbs[N - 1] >> 31), "divisor must be normalized");
  if (U.Size < N) {
    Q.Size = 0;
    return;
  }
  int M = U.Size - N;
  ADDER_ASSERT(M + 1 <= Q.Cap, "BigInt overflow in divide");
  // Algorithm D wants one more dividend limb than it was given.
  ADDER_ASSERT(U.Size < U.Cap, "BigInt overflow in divide");
  uint32_t *X = U.Limbs;
  const uint32_t *Y = V.Limbs;
  X[U.Size] = 0;
  for (int J = M; J >= 0; --J) {
    uint64_t Num = (uint64_t(X[J + N]) << 32) | X[J + N - 1];
    uint64_t QHat = Num / Y[N - 1];
    uint64_t RHat = Num % Y[N - 1];
    while ((QHat >> 32) ||
           (N >= 2 && QHat * Y[N - 2] > ((RHat << 32) | X[J + N - 2]))) {
      --QHat;
      RHat += Y[N - 1];
      if (RHat >> 32)
        break;
    }
    uint64_t Carry = 0, Borrow = 0;
    for (int I = 0; I < N; ++I) {
      uint64_t P = QHat * Y[I] + Carry;
      Carry = P >> 32;
      uint64_t D = uint64_t(X[I + J]) - uint32_t(P) - Borrow;
      X[I + J] = uint32_t(D);
      Borrow = D >> 63;
    }
    uint64_t Top = uint64_t(X[J + N]) - Carry - Borrow;
    X[J + N] = uint32_t(Top);
    if (Top >> 63) {
      // QHat was one too large (rare): add the divisor back.
      --QHat;
      uint64_t C = 0;
      for (int I = 0; I < N; ++I) {
        uint64_t S = uint64_t(X[I + J]) + Y[I] + C;
        X[I + J] = uint32_t(S);
        C = S >> 32;
      }
      X[J + N] += uint32_t(C);
    }
    Q.Limbs[J] = uint32_t(QHat);
  }
  Q.Size = M + 1;
  Q.trim();
  U.Size = N;
  U.trim();
}

} // namespace adder::floatconv
