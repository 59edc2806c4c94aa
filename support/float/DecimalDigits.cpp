//===- DecimalDigits.cpp - exact double -> decimal digit strings ----------===//
//
// The three digit generators CPython uses, dtoa modes 0, 2 and 3, done the
// way Gay's dtoa does them when its floating-point shortcuts do not apply:
// scale the double to an exact fraction R/S in [1, 10) times 10^K, then
// peel off one digit per step with small big-integer arithmetic. Mode 0
// also tracks the distance to the neighbouring doubles (MLo/MHi) to stop
// at the shortest string that still reads back. dtoa's shortcuts only ever
// produce the same digits faster, so following its exact path (including
// its tie-breaking rules, quoted below) makes every result match CPython's.
//
// Sizes: the largest number here is R for the smallest subnormal, about
// f * 5^323 * 2^35 < 2^840, so 40 limbs leave ample room.
//
//===----------------------------------------------------------------------===//

#include "adder/support/FloatConv.h"

#include "BigInt.h"

namespace adder::floatconv {

namespace {

constexpr int DigitLimbs = 40;
using DigitNum = FixedBigInt<DigitLimbs>;

/// Digits beyond this many after the point are always zero: the lowest bit
/// of a double is 2^-1074, whose expansion ends 1074 places in.
constexpr int MaxFractionDigits = 1100;

enum class DigitMode { Shortest, Significant, Fraction };

/// floor(N * log10(2)), exact for |N| <= 1650 (checked for the range used).
int floorLog10Pow2(int N) { return (N * 78913) >> 18; }

int bitLength64(uint64_t V) { return V ? 64 - __builtin_clzll(V) : 0; }

/// Adds one unit in the last place of Digits[0, N), dropping the nines it
/// carries through. "999" becomes "1" one decade up.
int roundUpDigits(char *Digits, int N, int &K) {
  while (N > 0 && Digits[N - 1] == '9')
    --N;
  if (N == 0) {
    Digits[0] = '1';
    ++K;
    return 1;
  }
  ++Digits[N - 1];
  return N;
}

int stripTrailingZeros(const char *Digits, int N) {
  while (N > 1 && Digits[N - 1] == '0')
    --N;
  return N;
}

int generateDigits(double Value, DigitMode Mode, int NumDigits, char *Digits,
                   int *DecPt) {
  uint64_t Bits = __builtin_bit_cast(uint64_t, Value) & ~(uint64_t(1) << 63);
  ADDER_ASSERT(Bits < 0x7ff0000000000000u, "digits of a non-finite double");
  if (Bits == 0) {
    Digits[0] = '0';
    *DecPt = 1;
    return 1;
  }

  // Value = F * 2^E exactly.
  constexpr uint64_t FractionMask = (uint64_t(1) << 52) - 1;
  int BiasedExp = int(Bits >> 52);
  uint64_t F = Bits & FractionMask;
  int E = -1074;
  if (BiasedExp) {
    F |= uint64_t(1) << 52;
    E = BiasedExp - 1075;
  }
  bool Shortest = Mode == DigitMode::Shortest;
  // A normal power of two (but not the smallest normal) has a neighbour
  // below it half as far away as the one above: the rounding interval is
  // lopsided and MHi must be twice MLo.
  bool Lopsided = Shortest && (Bits & FractionMask) == 0 && BiasedExp > 1;

  // K starts at floor(log10(2^(E + bits))), which is floor(log10(Value))
  // or one more; the check after scaling fixes it.
  int K = floorLog10Pow2(E + bitLength64(F));

  // R/S = Value / 10^K, and MLo/S, MHi/S the half-gaps to the neighbouring
  // doubles, all scaled by 2 (4 when lopsided) so the half-gaps are whole.
  // Track the powers of 2 and 5 separately to cancel common factors of 2.
  int R2 = E, S2 = 0, M2 = 0, R5 = 0, S5 = 0;
  if (Shortest) {
    R2 = E + 1 + Lopsided;
    S2 = 1 + Lopsided;
    M2 = E;
  }
  if (K >= 0) {
    S5 = K;
    S2 += K;
  } else {
    R5 = -K;
    R2 -= K;
    M2 -= K;
  }
  int Common = min(R2, S2);
  if (Shortest)
    Common = min(Common, M2);
  R2 -= Common;
  S2 -= Common;
  M2 -= Common;

  DigitNum S;
  S.setU64(1);
  S.mulPow5(S5);
  // Give S four leading zero bits in its top limb: quotientDigit's estimate
  // then needs at most one correction and 10 * R never grows a limb.
  int Normalize = (28 - (S.bitLength() + S2)) & 31;
  S.shiftLeft(S2 + Normalize);

  DigitNum R;
  R.setU64(F);
  R.mulPow5(R5);
  R.shiftLeft(R2 + Normalize);

  DigitNum MLo, MHi;
  if (Shortest) {
    MLo.setU64(1);
    MLo.mulPow5(R5);
    MLo.shiftLeft(M2 + Normalize);
    if (Lopsided) {
      MHi.assign(MLo);
      MHi.shiftLeft(1);
    }
  }
  BigInt &High = Lopsided ? static_cast<BigInt &>(MHi) : MLo;

  if (BigInt::compare(R, S) < 0) {
    --K;
    R.mulAdd(10);
    if (Shortest) {
      MLo.mulAdd(10);
      if (Lopsided)
        MHi.mulAdd(10);
    }
  }
  // Now 1 <= R/S < 10 and Value = R/S * 10^K.

  int N = 0;
  if (Shortest) {
    bool Even = (F & 1) == 0;
    DigitNum Sum;
    for (;;) {
      ADDER_ASSERT(N < MaxDigits, "shortest digits overran");
      uint32_t Digit = BigInt::quotientDigit(R, S);
      // Low: stopping here (truncating) still reads back as Value.
      // High: rounding this digit up still reads back. With an even
      // mantissa, round-half-even reading makes the boundaries inclusive.
      int Low = BigInt::compare(R, MLo);
      Sum.assign(R);
      Sum.add(High);
      int HighCmp = BigInt::compare(Sum, S);
      if (HighCmp == 0 && Even) {
        // dtoa: "if (j1 == 0 && mode != 1 && !(word1(&u) & 1))". Note the
        // exact upper boundary wins only when truncating is not possible.
        if (Digit == 9) {
          N = roundUpDigits(Digits, N, K);
          break;
        }
        if (Low > 0)
          ++Digit;
        Digits[N++] = char('0' + Digit);
        break;
      }
      if (Low < 0 || (Low == 0 && Even)) {
        if (HighCmp > 0) {
          // Both work: take the nearer, and on a tie the even digit.
          R.shiftLeft(1);
          int Half = BigInt::compare(R, S);
          if (Half > 0 || (Half == 0 && (Digit & 1))) {
            if (Digit == 9) {
              N = roundUpDigits(Digits, N, K);
              break;
            }
            ++Digit;
          }
        }
        Digits[N++] = char('0' + Digit);
        break;
      }
      if (HighCmp > 0) {
        if (Digit == 9) {
          N = roundUpDigits(Digits, N, K);
          break;
        }
        Digits[N++] = char('0' + Digit + 1);
        break;
      }
      Digits[N++] = char('0' + Digit);
      R.mulAdd(10);
      MLo.mulAdd(10);
      if (Lopsided)
        MHi.mulAdd(10);
    }
    *DecPt = K + 1;
    return N;
  }

  // Modes 2 and 3: Limit digits in all, then round the rest half-even.
  int Limit;
  if (Mode == DigitMode::Significant) {
    Limit = NumDigits < 1 ? 1 : min(NumDigits, MaxDigits);
  } else {
    NumDigits = min(NumDigits, MaxFractionDigits);
    Limit = NumDigits + K + 1;
    if (Limit <= 0) {
      // Every digit is below 10^-NumDigits: the result is zero or one unit
      // of 10^-NumDigits, which takes more than half a unit (a tie goes to
      // the even 0). Half a unit is 5 * 10^K exactly when Limit == 0.
      DigitNum HalfUnit;
      HalfUnit.assign(S);
      HalfUnit.mulAdd(5);
      if (Limit == 0 && BigInt::compare(R, HalfUnit) > 0) {
        Digits[0] = '1';
        *DecPt = K + 2;
        return 1;
      }
      // dtoa's "no digits, fcvt style": an empty string at -NumDigits.
      *DecPt = -NumDigits;
      return 0;
    }
  }

  uint32_t Digit;
  for (;;) {
    ADDER_ASSERT(N < MaxDigits, "fixed digits overran");
    Digit = BigInt::quotientDigit(R, S);
    Digits[N++] = char('0' + Digit);
    if (R.isZero()) {
      // Exact: this digit is the last non-zero one, nothing to round.
      *DecPt = K + 1;
      return N;
    }
    if (N == Limit)
      break;
    R.mulAdd(10);
  }
  R.shiftLeft(1);
  int Half = BigInt::compare(R, S);
  if (Half > 0 || (Half == 0 && (Digit & 1)))
    N = roundUpDigits(Digits, N, K);
  else
    N = stripTrailingZeros(Digits, N);
  *DecPt = K + 1;
  return N;
}

} // namespace

int shortestDigits(double Value, char *Digits, int *DecPt) {
  return generateDigits(Value, DigitMode::Shortest, 0, Digits, DecPt);
}

int significantDigits(double Value, int NumDigits, char *Digits, int *DecPt) {
  return generateDigits(Value, DigitMode::Significant, NumDigits, Digits,
                        DecPt);
}

int fractionDigits(double Value, int NumDigits, char *Digits, int *DecPt) {
  return generateDigits(Value, DigitMode::Fraction, NumDigits, Digits, DecPt);
}

} // namespace adder::floatconv
