//===- FloatFormat.cpp - Python's float formatting ------------------------===//
//
// repr(), str(), format() and '%' formatting of a float all end in CPython's
// PyOS_double_to_string, which picks a dtoa mode from the presentation type
// and then lays the digits out around the decimal point. This file is that
// function and its helper format_float_short, kept close to the original
// (the "virtual digit string" comments are CPython's model) so the two can
// be compared line by line when Python changes. The format-spec front end
// (format_float_internal) contributes only the choice of code and
// precision, the '%' scaling and the no-type rules, in formatFloat.
//
//===----------------------------------------------------------------------===//

#include "adder/support/FloatConv.h"

#include "RoundBinary.h"

namespace adder::floatconv {

namespace {

/// Value * 100 correctly rounded, as CPython's 'val *= 100' gives with
/// SSE2, but in integers: no double rounding on x87, no soft-float calls.
double timesHundred(double Value) {
  uint64_t Bits = __builtin_bit_cast(uint64_t, Value);
  uint64_t Magnitude = Bits & ~SignBit;
  if (Magnitude == 0 || Magnitude >= InfinityBits)
    return Value; // zeros, infinities and nans are unchanged
  int BiasedExp = int(Magnitude >> 52);
  uint64_t F = Magnitude & ((uint64_t(1) << 52) - 1);
  int E = -1074;
  if (BiasedExp) {
    F |= uint64_t(1) << 52;
    E = BiasedExp - 1075;
  }
  uint64_t Product = F * 100; // < 2^60, exact
  int Length = 64 - __builtin_clzll(Product);
  return roundToDouble(Product << (64 - Length), E + Length - 1, false,
                       (Bits & SignBit) != 0);
}

/// A bounded writer with snprintf semantics: it counts everything but
/// stores only what fits.
struct Output {
  char *Buf;
  size_t Capacity;
  size_t Len = 0;
  char Last = 0;

  void put(char C) {
    if (Len < Capacity)
      Buf[Len] = C;
    ++Len;
    Last = C;
  }
  void repeat(char C, int64_t Count) {
    if (Count <= 0)
      return;
    for (size_t I = Len; I < Capacity && I < Len + size_t(Count); ++I)
      Buf[I] = C;
    Len += size_t(Count);
    Last = C;
  }
  void write(const char *S, int64_t N) {
    for (int64_t I = 0; I < N; ++I)
      put(S[I]);
  }
};

/// The layout knobs of format_float_short.
struct Layout {
  char Code; // 'e', 'f', 'g' or 'r'
  int Mode;  // dtoa mode: 0, 2 or 3
  int64_t Precision;
  bool Upper;
  bool AlwaysSign;
  bool AddDotZero; // Py_DTSF_ADD_DOT_0: "1.0", not "1"
  bool Alternate;
  bool NoNegativeZero;
};

void formatShort(double Value, const Layout &L, Output &Out) {
  uint64_t Bits = __builtin_bit_cast(uint64_t, Value);
  bool Negative = (Bits & SignBit) != 0;
  uint64_t Magnitude = Bits & ~SignBit;

  if (Magnitude >= InfinityBits) {
    // CPython ignores the sign of a nan.
    bool IsNan = Magnitude > InfinityBits;
    if (IsNan)
      Negative = false;
    if (Negative)
      Out.put('-');
    else if (L.AlwaysSign)
      Out.put('+');
    const char *Word =
        IsNan ? (L.Upper ? "NAN" : "nan") : (L.Upper ? "INF" : "inf");
    Out.write(Word, 3);
    return;
  }

  // Digit counts beyond what a double can use only pad with zeros below,
  // so they are clamped here where they would otherwise overflow an int.
  char Digits[MaxDigits];
  int DecPtInt;
  int NumDigits;
  int Requested = int(min<int64_t>(L.Precision, 1 << 20));
  if (L.Mode == 0)
    NumDigits = shortestDigits(Value, Digits, &DecPtInt);
  else if (L.Mode == 2)
    NumDigits = significantDigits(Value, Requested, Digits, &DecPtInt);
  else
    NumDigits = fractionDigits(Value, Requested, Digits, &DecPtInt);

  if (L.NoNegativeZero && Negative &&
      (NumDigits == 0 || (NumDigits == 1 && Digits[0] == '0')))
    Negative = false;

  // We got digits back, format them. In general the result has the form
  //   [<sign>]<zeros><digits><zeros>[<exponent>]
  // Imagine an infinite 'virtual' string vdigits: Digits padded on both
  // sides with zeros. We output the slice vdigits[VStart : VEnd] with a
  // decimal point inserted at DecPt.
  int64_t DecPt = DecPtInt;
  int64_t VEnd = NumDigits;
  bool UseExp = false;
  int Exp = 0;
  switch (L.Code) {
  case 'e':
    UseExp = true;
    VEnd = L.Precision;
    break;
  case 'f':
    VEnd = DecPt + L.Precision;
    break;
  case 'g':
    if (DecPt <= -4 || DecPt > (L.AddDotZero ? L.Precision - 1 : L.Precision))
      UseExp = true;
    if (L.Alternate)
      VEnd = L.Precision;
    break;
  case 'r':
    // Exponential from 1e16 on: a 16-digit shortest repr padded with
    // zeros would look more precise than it is.
    if (DecPt <= -4 || DecPt > 16)
      UseExp = true;
    break;
  default:
    ADDER_UNREACHABLE("bad float format code");
  }

  if (UseExp) {
    Exp = int(DecPt - 1);
    DecPt = 1;
  }
  // Ensure VStart < DecPt <= VEnd, or VStart < DecPt < VEnd when a ".0"
  // must follow an integer.
  int64_t VStart = DecPt <= 0 ? DecPt - 1 : 0;
  if (!UseExp && L.AddDotZero)
    VEnd = max(VEnd, DecPt + 1);
  else
    VEnd = max(VEnd, DecPt);

  if (Negative)
    Out.put('-');
  else if (L.AlwaysSign)
    Out.put('+');

  // Exactly one of the three branches below places the decimal point.
  if (DecPt <= 0) {
    Out.repeat('0', DecPt - VStart);
    Out.put('.');
    Out.repeat('0', -DecPt);
  } else {
    Out.repeat('0', -VStart);
  }

  if (0 < DecPt && DecPt <= NumDigits) {
    Out.write(Digits, DecPt);
    Out.put('.');
    Out.write(Digits + DecPt, NumDigits - DecPt);
  } else {
    Out.write(Digits, NumDigits);
  }

  if (NumDigits < DecPt) {
    Out.repeat('0', DecPt - NumDigits);
    Out.put('.');
    Out.repeat('0', VEnd - DecPt);
  } else {
    Out.repeat('0', VEnd - NumDigits);
  }

  // A bare trailing point goes unless '#' asked to keep it.
  if (Out.Last == '.' && !L.Alternate)
    --Out.Len;

  if (UseExp) {
    Out.put(L.Upper ? 'E' : 'e');
    Out.put(Exp < 0 ? '-' : '+');
    if (Exp < 0)
      Exp = -Exp;
    // At least two digits, as "%+.02d" gives.
    char Tmp[4];
    int N = 0;
    do {
      Tmp[N++] = char('0' + Exp % 10);
      Exp /= 10;
    } while (Exp);
    if (N < 2)
      Tmp[N++] = '0';
    while (N)
      Out.put(Tmp[--N]);
  }
}

} // namespace

size_t formatRepr(double Value, char *Buf) {
  Output Out{Buf, MaxReprLength};
  formatShort(Value, Layout{'r', 0, 0, false, false, true, false, false}, Out);
  return Out.Len;
}

size_t formatFloat(double Value, char Type, int Precision, FormatFlags Flags,
                   char *Buf, size_t Capacity) {
  // format_float_internal: map the presentation type to a code.
  char Code;
  bool Upper = false, AddDotZero = false, Percent = false;
  int DefaultPrecision = 6;
  switch (Type) {
  case 'r':
    Precision = -1;
    [[fallthrough]];
  case '\0':
    // No type: like repr without a precision, else like 'g' that always
    // keeps a ".0" or an exponent.
    Code = 'r';
    AddDotZero = true;
    DefaultPrecision = 0;
    break;
  case 'n':
    // 'n' is 'g' with the locale's separators, which the caller applies.
    Code = 'g';
    break;
  case '%':
    // CPython scales with a rounded multiply, not exactly.
    Code = 'f';
    Value = timesHundred(Value);
    Percent = true;
    break;
  case 'e':
  case 'f':
  case 'g':
    Code = Type;
    break;
  case 'E':
  case 'F':
  case 'G':
    Code = char(Type - 'A' + 'a');
    Upper = true;
    break;
  default:
    ADDER_UNREACHABLE("unknown float presentation type");
  }
  if (Precision < 0)
    Precision = DefaultPrecision;
  else if (Code == 'r')
    Code = 'g';

  // PyOS_double_to_string: the code decides the dtoa mode.
  Layout L{Code,
           0,
           Precision,
           Upper,
           Flags.AlwaysSign,
           AddDotZero,
           Flags.Alternate,
           Flags.NoNegativeZero};
  switch (Code) {
  case 'e':
    L.Mode = 2;
    ++L.Precision;
    break;
  case 'f':
    L.Mode = 3;
    break;
  case 'g':
    L.Mode = 2;
    // Precision 0 makes no sense for 'g'; CPython reads it as 1.
    if (L.Precision == 0)
      L.Precision = 1;
    break;
  default:
    L.Mode = 0;
    L.Precision = 0;
    break;
  }

  Output Out{Buf, Capacity};
  formatShort(Value, L, Out);
  if (Percent)
    Out.put('%');
  return Out.Len;
}

} // namespace adder::floatconv
