//===- FloatParse.cpp - decimal -> double, and Python's round() -----------===//
//
// float() must return the double nearest to the decimal it reads (ties to
// even) however long the input. One exact method covers every case: with
// the significant digits as an integer D and the value D * 10^E,
//   E >= 0:  D * 5^E is an integer; its top 64 bits plus a sticky bit
//            decide the rounding, and 2^E only moves the exponent.
//   E < 0:   divide D * 2^s by 5^-E to get a 64-bit quotient; a non-zero
//            remainder is the sticky bit.
// No floating-point arithmetic is involved, so the result is the same on
// a soft-float microcontroller, with SSE or with x87.
//
// Only the first 800 significant digits are kept, with any non-zero digit
// after them folded into one extra '1': the midpoints between doubles have
// at most 768 significant digits, so no midpoint can fall between the
// truncated and the full value, and both round alike.
//
// round(x, n) lives here because CPython implements it as "format with
// dtoa mode 3, then read back with strtod". So does float.fromhex, whose
// rounding is roundToDouble's with the digits' bits as they are.
//
//===----------------------------------------------------------------------===//

#include "adder/support/FloatConv.h"

#include "adder/support/CharClass.h"

#include "BigInt.h"
#include "RoundBinary.h"

namespace adder::floatconv {

namespace {

constexpr uint64_t QuietNanBits = 0x7ff8000000000000u;

constexpr int MaxParseDigits = 800;
/// D < 10^801 (2,661 bits) or 5^1124 (2,610 bits), plus 64 quotient bits,
/// normalization and Algorithm D's extra limb: under 87 limbs.
constexpr int ParseLimbs = 90;
using ParseNum = FixedBigInt<ParseLimbs>;

bool isDigit(char C) { return C >= '0' && C <= '9'; }

/// N * 2^BinExp (N > 0, plus a sticky fraction) rounded to a double.
double roundBigToDouble(const BigInt &N, int BinExp, bool Sticky,
                        bool Negative) {
  int Length = N.bitLength();
  uint64_t Top;
  if (Length <= 64) {
    Top = N.bitsFrom(0) << (64 - Length);
  } else {
    Top = N.bitsFrom(Length - 64);
    Sticky = Sticky || N.anyLowBits(Length - 64);
  }
  return roundToDouble(Top, BinExp + Length - 1, Sticky, Negative);
}

/// The double nearest 0.DIGITS * 10^DecExp, where [Begin, End) holds the
/// digits (any '.' among them is skipped) and starts with a non-zero one.
double digitsToDouble(const char *Begin, const char *End, int64_t DecExp,
                      bool Negative) {
  // Value is in [10^(DecExp-1), 10^DecExp): beyond these bounds the result
  // is inf (DBL_MAX < 1e309) or zero (1e-324 < 2^-1075).
  if (DecExp > 309)
    return fromBits(InfinityBits, Negative);
  if (DecExp < -323)
    return fromBits(0, Negative);

  // Trailing zeros only make D bigger.
  while (End > Begin && (End[-1] == '0' || End[-1] == '.'))
    --End;

  ParseNum D;
  int Kept = 0;
  uint32_t Chunk = 0, ChunkScale = 1;
  const char *P = Begin;
  for (; P < End && Kept < MaxParseDigits; ++P) {
    if (*P == '.')
      continue;
    Chunk = Chunk * 10 + uint32_t(*P - '0');
    ChunkScale *= 10;
    ++Kept;
    if (ChunkScale == 1000000000) {
      D.mulAdd(ChunkScale, Chunk);
      Chunk = 0;
      ChunkScale = 1;
    }
  }
  if (ChunkScale > 1)
    D.mulAdd(ChunkScale, Chunk);
  // End[-1] is a non-zero digit, so anything left over is non-zero.
  if (P < End) {
    D.mulAdd(10, 1);
    ++Kept;
  }

  int E = int(DecExp) - Kept;
  if (E >= 0) {
    // D * 10^E < 10^309 here, about 1,030 bits.
    D.mulPow5(E);
    return roundBigToDouble(D, E, false, Negative);
  }

  // Q = floor(D * 2^Shift / 5^F) has 64 or 65 bits; the value is
  // Q * 2^(-Shift - F). Both operands also move left by Normalize so the
  // divisor's top bit is set, as Algorithm D needs.
  int F = -E;
  ParseNum V;
  V.setU64(1);
  V.mulPow5(F);
  int Shift = 64 - (D.bitLength() - V.bitLength());
  int ShiftV = Shift < 0 ? -Shift : 0, ShiftD = Shift > 0 ? Shift : 0;
  int Normalize = (32 - (V.bitLength() + ShiftV) % 32) % 32;
  V.shiftLeft(ShiftV + Normalize);
  D.shiftLeft(ShiftD + Normalize);
  FixedBigInt<4> Q;
  BigInt::divide(D, V, Q);
  return roundBigToDouble(Q, -Shift - F, !D.isZero(), Negative);
}

/// True if [P, End) is exactly Word (lower case), ignoring case.
bool matchesWord(const char *P, const char *End, const char *Word) {
  for (; *Word; ++Word, ++P) {
    if (P == End)
      return false;
    char C = *P;
    if (C >= 'A' && C <= 'Z')
      C = char(C - 'A' + 'a');
    if (C != *Word)
      return false;
  }
  return P == End;
}

} // namespace

bool parseDouble(const char *S, size_t N, double *Out) {
  const char *P = S, *End = S + N;
  bool Negative = false;
  if (P < End && (*P == '+' || *P == '-')) {
    Negative = *P == '-';
    ++P;
  }
  if (matchesWord(P, End, "inf") || matchesWord(P, End, "infinity")) {
    *Out = fromBits(InfinityBits, Negative);
    return true;
  }
  if (matchesWord(P, End, "nan")) {
    // float('-nan') keeps its sign bit, though repr() never shows it.
    *Out = fromBits(QuietNanBits, Negative);
    return true;
  }

  // digits ['.' [digits]] | '.' digits
  const char *DigitsBegin = P;
  int64_t IntDigits = 0, FracDigits = 0;
  while (P < End && isDigit(*P)) {
    ++P;
    ++IntDigits;
  }
  if (P < End && *P == '.') {
    ++P;
    while (P < End && isDigit(*P)) {
      ++P;
      ++FracDigits;
    }
  }
  if (IntDigits + FracDigits == 0)
    return false;
  const char *DigitsEnd = P;

  // [(e|E) [+-] digits]. Exponents past any double's range saturate.
  int64_t Exp10 = 0;
  if (P < End && (*P == 'e' || *P == 'E')) {
    ++P;
    bool ExpNegative = false;
    if (P < End && (*P == '+' || *P == '-')) {
      ExpNegative = *P == '-';
      ++P;
    }
    if (P == End || !isDigit(*P))
      return false;
    for (; P < End && isDigit(*P); ++P)
      if (Exp10 < 100000000)
        Exp10 = Exp10 * 10 + (*P - '0');
    if (ExpNegative)
      Exp10 = -Exp10;
  }
  if (P != End)
    return false;

  const char *First = DigitsBegin;
  while (First < DigitsEnd && (*First == '0' || *First == '.'))
    ++First;
  if (First == DigitsEnd) {
    *Out = fromBits(0, Negative);
    return true;
  }
  // Characters before the first significant digit, the '.' included when
  // the digit is in the fraction.
  int64_t Before = First - DigitsBegin;
  int64_t DecExp =
      Before < IntDigits ? IntDigits - Before : -(Before - IntDigits - 1);
  *Out = digitsToDouble(First, DigitsEnd, DecExp + Exp10, Negative);
  return true;
}

HexParse parseHexDouble(const char *S, size_t N, double *Out) {
  const char *P = S, *End = S + N;
  bool Negative = false;
  if (P < End && (*P == '+' || *P == '-')) {
    Negative = *P == '-';
    ++P;
  }
  if (matchesWord(P, End, "inf") || matchesWord(P, End, "infinity") ||
      matchesWord(P, End, "nan"))
    return parseDouble(S, N, Out) ? HexParse::Ok : HexParse::Invalid;
  if (End - P >= 2 && P[0] == '0' && (P[1] == 'x' || P[1] == 'X'))
    P += 2;

  // The value is Mantissa * 2^Exponent, plus a fraction when Sticky: the
  // first 15 significant hex digits (60 bits) are kept exactly.
  uint64_t Mantissa = 0;
  int64_t Exponent = 0;
  int Kept = 0;
  bool Sticky = false, AnyDigit = false;
  auto Take = [&](int D, bool Fraction) {
    AnyDigit = true;
    if (Mantissa == 0 && D == 0) {
      Exponent -= Fraction ? 4 : 0;
      return;
    }
    if (Kept < 15) {
      Mantissa = Mantissa * 16 + uint64_t(D);
      ++Kept;
      Exponent -= Fraction ? 4 : 0;
    } else {
      Sticky |= D != 0;
      Exponent += Fraction ? 0 : 4;
    }
  };
  for (; P < End && hexDigitValue(*P) >= 0; ++P)
    Take(hexDigitValue(*P), false);
  if (P < End && *P == '.')
    for (++P; P < End && hexDigitValue(*P) >= 0; ++P)
      Take(hexDigitValue(*P), true);
  if (!AnyDigit)
    return HexParse::Invalid;
  if (P < End && (*P == 'p' || *P == 'P')) {
    ++P;
    bool NegativeExponent = false;
    if (P < End && (*P == '+' || *P == '-')) {
      NegativeExponent = *P == '-';
      ++P;
    }
    if (P == End || !isDigit(*P))
      return HexParse::Invalid;
    // Past 2^40 the result is 0 or out of range whatever the digits.
    int64_t Power = 0;
    for (; P < End && isDigit(*P); ++P)
      if (Power < (int64_t(1) << 40))
        Power = Power * 10 + (*P - '0');
    Exponent += NegativeExponent ? -Power : Power;
  }
  if (P != End)
    return HexParse::Invalid;
  if (Mantissa == 0) {
    *Out = fromBits(0, Negative);
    return HexParse::Ok;
  }
  int TopBit = 63 - __builtin_clzll(Mantissa);
  int64_t Lead = TopBit + Exponent;
  if (Lead > 1023)
    return HexParse::Overflow;
  if (Lead < -1100) { // below half the smallest subnormal
    *Out = fromBits(0, Negative);
    return HexParse::Ok;
  }
  *Out = roundToDouble(Mantissa << (63 - TopBit), int(Lead), Sticky,
                       Negative);
  if ((__builtin_bit_cast(uint64_t, *Out) & ~SignBit) == InfinityBits)
    return HexParse::Overflow;
  return HexParse::Ok;
}

double roundToDigits(double X, int NumDigits) {
  uint64_t Bits = __builtin_bit_cast(uint64_t, X);
  bool Negative = (Bits & SignBit) != 0;
  if ((Bits & ~SignBit) >= InfinityBits)
    return X;
  // CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them X rounds to itself
  // or to a zero of its sign, with no need to look at digits.
  if (NumDigits > 323)
    return X;
  if (NumDigits < -308)
    return fromBits(0, Negative);

  char Digits[MaxDigits];
  int DecPt;
  int N = fractionDigits(X, NumDigits, Digits, &DecPt);
  if (N == 0 || Digits[0] == '0')
    return fromBits(0, Negative);
  return digitsToDouble(Digits, Digits + N, DecPt, Negative);
}

double roundToInteger(double X) {
  uint64_t Bits = __builtin_bit_cast(uint64_t, X);
  uint64_t Sign = Bits & SignBit;
  uint64_t Magnitude = Bits & ~SignBit;
  int BiasedExp = int(Magnitude >> 52);
  if (BiasedExp >= 1075) // >= 2^52: already integral, or inf or nan
    return X;
  if (BiasedExp < 1022) // below 0.5
    return fromBits(Sign, false);
  if (BiasedExp == 1022) // [0.5, 1): exactly 0.5 ties to even zero
    return fromBits(
        Sign | (Magnitude == 0x3fe0000000000000u ? 0 : 0x3ff0000000000000u),
        false);
  // Clear the fraction bits, rounding half-even; a carry out of the
  // mantissa correctly bumps the exponent.
  int FracBits = 1075 - BiasedExp;
  uint64_t Unit = uint64_t(1) << FracBits;
  uint64_t Half = Unit >> 1;
  uint64_t Frac = Magnitude & (Unit - 1);
  Magnitude -= Frac;
  if (Frac > Half || (Frac == Half && (Magnitude & Unit)))
    Magnitude += Unit;
  return fromBits(Sign | Magnitude, false);
}

} // namespace adder::floatconv
