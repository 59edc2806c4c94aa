//===- NumberFormat.cpp - the format-spec mini-language ---------*- C++ -*-===//
//
// The format-spec mini-language of format(v, spec) and f"{v:spec}"
// (Python/formatter_unicode.c), whose output programs print directly, so
// it follows CPython 3.11 step by step: the spec is parsed once into Spec,
// then a number is split into sign, prefix, digits, decimal point and
// "remainder" (exponent, '%', ...) and laid out with padding and digit
// grouping exactly as calc_number_widths/fill_number do, including the
// quirk that '0' padding is grouped too (format(1234, '010,') is
// '00,001,234'). printf-style '%' lives in PercentFormat.cpp.
//
// Float digits come from floatconv::formatFloat (PyOS_double_to_string);
// int digits from the bigint library. Widths count code points, so the
// fill character and str values may be any Unicode text.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Numbers.h"

#include "NumbersInternal.h"
#include "objects/Class.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/FloatConv.h"
#include "adder/support/Unicode.h"
#include "adder/support/Utf8.h"

namespace adder::rt {
using namespace num;

namespace {

//===----------------------------------------------------------------------===//
// Spec parsing
//===----------------------------------------------------------------------===//

/// Grouping: none, ',' or '_' every three digits, '_' every four (b o x X).
enum class Grouping : uint8_t { None, Comma, Underscore, UnderscoreFour };

struct Spec {
  uint32_t Fill = ' ';
  uint32_t Align = 0;
  bool Alternate = false;
  bool NoNegZero = false;
  char Sign = 0;
  int64_t Width = -1;
  Grouping Group = Grouping::None;
  int64_t Precision = -1;
  uint32_t Type = 0;
};

/// A decoded spec string: code points with random access.
struct SpecText {
  const Str *S;
  uint32_t CP[64];
  size_t N = 0;
  bool TooLong = false;
};

bool decodeSpec(const Str *S, uint32_t *Out, size_t Cap, size_t &N) {
  const char *P = S->data, *End = S->data + S->byteLength;
  N = 0;
  while (P < End) {
    uint32_t C;
    unsigned K = decodeUtf8(P, End, C, true);
    if (!K) {
      C = uint8_t(*P);
      K = 1;
    }
    P += K;
    if (N == Cap)
      return false;
    Out[N++] = C;
  }
  return true;
}

bool isAlignToken(uint32_t C) {
  return C == '<' || C == '>' || C == '=' || C == '^';
}

/// Raises "Unknown format code 'x' for object of type 'T'".
Value unknownType(uint32_t Type, const char *TypeName) {
  if (Type > 32 && Type < 128)
    return raise(&adder_type_ValueError,
                 "Unknown format code '%c' for object of type '%s'",
                 char(Type), TypeName);
  return raise(&adder_type_ValueError,
               "Unknown format code '\\x%x' for object of type '%s'",
               unsigned(Type), TypeName);
}

/// get_integer: Unicode decimal digits; -1 on overflow (raised).
int getInteger(const uint32_t *CP, size_t N, size_t &Pos, int64_t &Out) {
  int64_t Acc = 0;
  int Consumed = 0;
  for (; Pos < N; ++Pos, ++Consumed) {
    int D = unicode::decimalValue(CP[Pos]);
    if (D < 0)
      break;
    if (Acc > (INT64_MAX - D) / 10) {
      raise(&adder_type_ValueError, "Too many decimal digits in format string");
      return -1;
    }
    Acc = Acc * 10 + D;
  }
  Out = Acc;
  return Consumed;
}

/// parse_internal_render_format_spec.
bool parseSpec(const Str *SpecStr, uint32_t DefaultType, uint32_t DefaultAlign,
               const char *TypeName, Spec &F) {
  uint32_t Stack[256];
  size_t N;
  if (!decodeSpec(SpecStr, Stack, 256, N)) {
    raise(&adder_type_ValueError,
          "Invalid format specifier '%V' for object of type '%s'", SpecStr,
          TypeName);
    return false;
  }
  const uint32_t *CP = Stack;
  F = Spec();
  F.Align = DefaultAlign;
  F.Type = DefaultType;
  size_t Pos = 0;
  bool FillSpecified = false, AlignSpecified = false;
  if (N - Pos >= 2 && isAlignToken(CP[Pos + 1])) {
    F.Align = CP[Pos + 1];
    F.Fill = CP[Pos];
    FillSpecified = AlignSpecified = true;
    Pos += 2;
  } else if (N - Pos >= 1 && isAlignToken(CP[Pos])) {
    F.Align = CP[Pos];
    AlignSpecified = true;
    ++Pos;
  }
  if (Pos < N && (CP[Pos] == '+' || CP[Pos] == '-' || CP[Pos] == ' '))
    F.Sign = char(CP[Pos++]);
  if (Pos < N && CP[Pos] == 'z') {
    F.NoNegZero = true;
    ++Pos;
  }
  if (Pos < N && CP[Pos] == '#') {
    F.Alternate = true;
    ++Pos;
  }
  if (!FillSpecified && Pos < N && CP[Pos] == '0') {
    F.Fill = '0';
    if (!AlignSpecified && DefaultAlign == '>')
      F.Align = '=';
    ++Pos;
  }
  int Consumed = getInteger(CP, N, Pos, F.Width);
  if (Consumed < 0)
    return false;
  if (Consumed == 0)
    F.Width = -1;
  if (Pos < N && CP[Pos] == ',') {
    F.Group = Grouping::Comma;
    ++Pos;
  }
  if (Pos < N && CP[Pos] == '_') {
    if (F.Group != Grouping::None) {
      raise(&adder_type_ValueError, "Cannot specify both ',' and '_'.");
      return false;
    }
    F.Group = Grouping::Underscore;
    ++Pos;
  }
  if (Pos < N && CP[Pos] == ',' && F.Group == Grouping::Underscore) {
    raise(&adder_type_ValueError, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (Pos < N && CP[Pos] == '.') {
    ++Pos;
    Consumed = getInteger(CP, N, Pos, F.Precision);
    if (Consumed < 0)
      return false;
    if (Consumed == 0) {
      raise(&adder_type_ValueError, "Format specifier missing precision");
      return false;
    }
  }
  if (N - Pos > 1) {
    raise(&adder_type_ValueError,
          "Invalid format specifier '%V' for object of type '%s'", SpecStr,
          TypeName);
    return false;
  }
  if (N - Pos == 1)
    F.Type = CP[Pos];
  if (F.Group != Grouping::None) {
    switch (F.Type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%':
    case 'F': case 0:
      break;
    case 'b': case 'o': case 'x': case 'X':
      if (F.Group == Grouping::Underscore) {
        F.Group = Grouping::UnderscoreFour;
        break;
      }
      [[fallthrough]];
    default: {
      char Sep = F.Group == Grouping::Comma ? ',' : '_';
      if (F.Type > 32 && F.Type < 128)
        raise(&adder_type_ValueError, "Cannot specify '%c' with '%c'.", Sep,
              char(F.Type));
      else
        raise(&adder_type_ValueError, "Cannot specify '%c' with '\\x%x'.", Sep,
              unsigned(F.Type));
      return false;
    }
    }
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Layout
//===----------------------------------------------------------------------===//

bool appendFill(StrBuilder &B, uint32_t Fill, int64_t Count) {
  if (Count <= 0)
    return true;
  if (Fill < 0x80)
    return B.appendRepeated(char(Fill), size_t(Count));
  char Enc[4];
  unsigned K = encodeUtf8(Fill, Enc);
  for (int64_t I = 0; I < Count; ++I)
    if (!B.append(Enc, K))
      return false;
  return true;
}

/// The parts of a formatted number (fill_number's view of it).
struct NumberParts {
  char SignChar = 0;         // '-' from the digits, or 0
  const char *Prefix = "";   // "0x" for '#x'
  size_t PrefixLen = 0;
  const char *Digits = "";   // integer digits, to be grouped
  size_t NumDigits = 0;
  bool HasDecimal = false;
  const char *Remainder = ""; // after the decimal point (UTF-8)
  size_t RemainderBytes = 0;
  size_t RemainderLen = 0;   // in code points
  bool Upper = false;        // 'X': upper-case prefix and digits
};

/// Digits grouped (right to left) with zero padding up to MinWidth, as
/// _PyUnicode_InsertThousandsGrouping; written reversed into Out.
size_t groupDigits(const NumberParts &P, int64_t MinWidth, Grouping G,
                   char *Out, bool Count) {
  unsigned Size = G == Grouping::None ? 0 : G == Grouping::UnderscoreFour ? 4 : 3;
  char Sep = G == Grouping::Comma ? ',' : '_';
  int64_t Remaining = int64_t(P.NumDigits);
  size_t Pos = P.NumDigits; // next digit to take is Digits[Pos - 1]
  size_t Written = 0;
  bool UseSep = false;
  auto Emit = [&](int64_t L) {
    int64_t NZeros = L - Remaining > 0 ? L - Remaining : 0;
    int64_t NChars = Remaining < L ? Remaining : L;
    if (NChars < 0)
      NChars = 0;
    if (UseSep) {
      if (!Count)
        Out[Written] = Sep;
      ++Written;
    }
    for (int64_t I = 0; I < NChars; ++I) {
      if (!Count)
        Out[Written] = P.Digits[--Pos];
      ++Written;
    }
    for (int64_t I = 0; I < NZeros; ++I) {
      if (!Count)
        Out[Written] = '0';
      ++Written;
    }
    Remaining -= NChars;
  };
  bool Broken = false;
  if (Size) {
    for (;;) {
      int64_t L = Size;
      int64_t Limit = Remaining > MinWidth ? Remaining : MinWidth;
      if (Limit < 1)
        Limit = 1;
      if (L > Limit)
        L = Limit;
      Emit(L);
      UseSep = true;
      MinWidth -= L;
      if (Remaining <= 0 && MinWidth <= 0) {
        Broken = true;
        break;
      }
      MinWidth -= 1;
    }
  }
  if (!Broken) {
    int64_t L = Remaining > MinWidth ? Remaining : MinWidth;
    if (L < 1)
      L = 1;
    Emit(L);
  }
  return Written;
}

/// calc_number_widths + fill_number, appended to B.
bool layoutNumber(StrBuilder &B, const NumberParts &P, const Spec &F) {
  char Sign = 0;
  switch (F.Sign) {
  case '+':
    Sign = P.SignChar == '-' ? '-' : '+';
    break;
  case ' ':
    Sign = P.SignChar == '-' ? '-' : ' ';
    break;
  default:
    Sign = P.SignChar == '-' ? '-' : 0;
  }
  int64_t NonDigit = (Sign ? 1 : 0) + int64_t(P.PrefixLen) +
                     (P.HasDecimal ? 1 : 0) + int64_t(P.RemainderLen);
  int64_t MinWidth =
      (F.Fill == '0' && F.Align == '=') ? F.Width - NonDigit : 0;
  size_t Grouped = 0;
  Scratch S;
  char Local[128];
  char *GroupBuf = Local;
  if (P.NumDigits) {
    Grouped = groupDigits(P, MinWidth, F.Group, nullptr, true);
    if (Grouped > sizeof(Local)) {
      if (!S.init((Grouped + 3) / 4))
        return false;
      GroupBuf = reinterpret_cast<char *>(S.get());
    }
    groupDigits(P, MinWidth, F.Group, GroupBuf, false);
    // Reverse into reading order, upper-casing for 'X'.
    for (size_t I = 0, J = Grouped ? Grouped - 1 : 0; I < J; ++I, --J) {
      char T = GroupBuf[I];
      GroupBuf[I] = GroupBuf[J];
      GroupBuf[J] = T;
    }
    if (P.Upper)
      for (size_t I = 0; I < Grouped; ++I)
        if (GroupBuf[I] >= 'a' && GroupBuf[I] <= 'z')
          GroupBuf[I] = char(GroupBuf[I] - 32);
  }
  int64_t Padding = F.Width - (NonDigit + int64_t(Grouped));
  int64_t LPad = 0, SPad = 0, RPad = 0;
  if (Padding > 0) {
    switch (F.Align) {
    case '<':
      RPad = Padding;
      break;
    case '^':
      LPad = Padding / 2;
      RPad = Padding - LPad;
      break;
    case '=':
      SPad = Padding;
      break;
    default:
      LPad = Padding;
      break;
    }
  }
  if (!appendFill(B, F.Fill, LPad))
    return false;
  if (Sign && !B.append(&Sign, 1))
    return false;
  if (P.PrefixLen) {
    char Pre[2] = {P.Prefix[0], P.Prefix[1]};
    if (P.Upper && Pre[1] >= 'a' && Pre[1] <= 'z')
      Pre[1] = char(Pre[1] - 32);
    if (!B.append(Pre, P.PrefixLen))
      return false;
  }
  if (!appendFill(B, F.Fill, SPad))
    return false;
  if (Grouped && !B.append(GroupBuf, Grouped))
    return false;
  if (P.HasDecimal && !B.append(".", 1))
    return false;
  if (P.RemainderBytes && !B.append(P.Remainder, P.RemainderBytes))
    return false;
  return appendFill(B, F.Fill, RPad);
}

/// Formats a double per a parsed spec whose type is a float type (or 0).
Value formatDouble(double X, const Spec &F, const char *TypeName) {
  if (F.Precision > 0x7fffffff)
    return raise(&adder_type_ValueError, "precision too big");
  char Type = char(F.Type);
  floatconv::FormatFlags Flags;
  Flags.Alternate = F.Alternate;
  Flags.NoNegativeZero = F.NoNegZero;
  char Local[128];
  Scratch S;
  char *Buf = Local;
  size_t Len = floatconv::formatFloat(X, Type, int(F.Precision), Flags, Buf,
                                      sizeof(Local));
  if (Len > sizeof(Local)) {
    if (!S.init((Len + 3) / 4))
      return Error;
    Buf = reinterpret_cast<char *>(S.get());
    floatconv::formatFloat(X, Type, int(F.Precision), Flags, Buf, Len);
  }
  NumberParts P;
  size_t I = 0;
  if (Len && Buf[0] == '-') {
    P.SignChar = '-';
    I = 1;
  }
  P.Digits = Buf + I;
  size_t J = I;
  while (J < Len && Buf[J] >= '0' && Buf[J] <= '9')
    ++J;
  P.NumDigits = J - I;
  if (J < Len && Buf[J] == '.') {
    P.HasDecimal = true;
    ++J;
  }
  P.Remainder = Buf + J;
  P.RemainderBytes = P.RemainderLen = Len - J;
  StrBuilder B;
  if (!layoutNumber(B, P, F))
    return Error;
  return B.finish();
}

bool isFloatType(uint32_t T) {
  switch (T) {
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
  case 'n': case 0:
    return true;
  default:
    return false;
  }
}

Value formatIntSpec(Value I, const Spec &F, const char *TypeName) {
  if (F.Type != 'b' && F.Type != 'c' && F.Type != 'd' && F.Type != 'o' &&
      F.Type != 'x' && F.Type != 'X' && F.Type != 'n') {
    if (F.Type == 'e' || F.Type == 'E' || F.Type == 'f' || F.Type == 'F' ||
        F.Type == 'g' || F.Type == 'G' || F.Type == '%') {
      double D = adder_int_to_float(I);
      if (errorPending())
        return Error;
      return formatDouble(D, F, TypeName);
    }
    return unknownType(F.Type, TypeName);
  }
  if (F.Precision != -1)
    return raise(&adder_type_ValueError,
                 "Precision not allowed in integer format specifier");
  if (F.NoNegZero)
    return raise(&adder_type_ValueError,
                 "Negative zero coercion (z) not allowed in integer format "
                 "specifier");
  NumberParts P;
  Value Text = Error;
  char CharBuf[4];
  if (F.Type == 'c') {
    if (F.Sign)
      return raise(&adder_type_ValueError,
                   "Sign not allowed with integer format specifier 'c'");
    if (F.Alternate)
      return raise(&adder_type_ValueError,
                   "Alternate form (#) not allowed with integer format "
                   "specifier 'c'");
    int64_t X;
    if (!intToI64Checked(I, X))
      return Error;
    if (X < 0 || X > 0x10ffff)
      return raise(&adder_type_OverflowError, "%%c arg not in range(0x110000)");
    P.Remainder = CharBuf;
    P.RemainderBytes = encodeUtf8(uint32_t(X), CharBuf);
    P.RemainderLen = 1;
  } else {
    unsigned Base = 10;
    switch (F.Type) {
    case 'b': Base = 2; break;
    case 'o': Base = 8; break;
    case 'x': case 'X': Base = 16; break;
    default: break;
    }
    Text = intToText(I, Base, "");
    if (Text == Error)
      return Error;
    const Str *S = asStr(Text);
    size_t At = 0;
    if (S->data[0] == '-') {
      P.SignChar = '-';
      At = 1;
    }
    P.Digits = S->data + At;
    P.NumDigits = S->byteLength - At;
    if (F.Alternate && Base != 10) {
      P.Prefix = Base == 2 ? "0b" : Base == 8 ? "0o" : "0x";
      P.PrefixLen = 2;
    }
    P.Upper = F.Type == 'X';
  }
  Spec G = F;
  if (F.Type == 'n')
    G.Group = Grouping::None; // the C locale groups nothing
  StrBuilder B;
  if (!layoutNumber(B, P, G))
    return Error;
  return B.finish();
}

Value formatStrSpec(const Str *S, const Spec &F) {
  if (F.Type != 's')
    return unknownType(F.Type, "str");
  if (F.Sign == ' ')
    return raise(&adder_type_ValueError,
                 "Space not allowed in string format specifier");
  if (F.Sign)
    return raise(&adder_type_ValueError,
                 "Sign not allowed in string format specifier");
  if (F.NoNegZero)
    return raise(&adder_type_ValueError,
                 "Negative zero coercion (z) not allowed in string format "
                 "specifier");
  if (F.Alternate)
    return raise(&adder_type_ValueError,
                 "Alternate form (#) not allowed in string format specifier");
  if (F.Align == '=')
    return raise(&adder_type_ValueError,
                 "'=' alignment not allowed in string format specifier");
  int64_t Len = S->length;
  if ((F.Width == -1 || F.Width <= Len) &&
      (F.Precision == -1 || F.Precision >= Len))
    return fromObject(&S->header);
  if (F.Precision >= 0 && Len >= F.Precision)
    Len = F.Precision;
  int64_t Total = F.Width >= 0 && F.Width > Len ? F.Width : Len;
  int64_t LPad = F.Align == '>' ? Total - Len
                 : F.Align == '^' ? (Total - Len) / 2
                                  : 0;
  int64_t RPad = Total - Len - LPad;
  // Byte length of the first Len code points.
  const char *P = S->data, *End = S->data + S->byteLength;
  for (int64_t K = 0; K < Len && P < End; ++K) {
    uint32_t C;
    unsigned N = decodeUtf8(P, End, C, true);
    P += N ? N : 1;
  }
  StrBuilder B;
  if (!appendFill(B, F.Fill, LPad) ||
      !B.append(S->data, size_t(P - S->data)) || !appendFill(B, F.Fill, RPad))
    return Error;
  return B.finish();
}

} // namespace

//===----------------------------------------------------------------------===//
// format() entry points
//===----------------------------------------------------------------------===//

extern "C" {

Value adder_format_int(Value I, Str *SpecStr) {
  if (SpecStr->byteLength == 0)
    return str(I);
  Spec F;
  if (!parseSpec(SpecStr, 'd', '>', typeName(I), F))
    return Error;
  return formatIntSpec(I, F, typeName(I));
}

Value adder_format_float(double X, Str *SpecStr) {
  if (SpecStr->byteLength == 0)
    return adder_float_repr(X);
  Spec F;
  if (!parseSpec(SpecStr, 0, '>', "float", F))
    return Error;
  if (!isFloatType(F.Type))
    return unknownType(F.Type, "float");
  return formatDouble(X, F, "float");
}

Value adder_format_str(Str *S, Str *SpecStr) {
  if (SpecStr->byteLength == 0)
    return fromObject(&S->header);
  Spec F;
  if (!parseSpec(SpecStr, 's', '<', "str", F))
    return Error;
  return formatStrSpec(S, F);
}

} // extern "C"

/// int.__format__(x, spec), float.__format__ and str.__format__, called
/// explicitly (format() itself goes through adder_format_value).
template <int Kind>
Value num::formatMethod(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"int", "float", "str"};
  if ((KwNames && KwNames->size) || Argc != 2)
    return raise(&adder_type_TypeError,
                 "%s.__format__() takes exactly one argument", Names[Kind]);
  Value V = Args[0];
  bool Ok = Kind == 0 ? isInt(V) : Kind == 1 ? isFloat(V) : isStr(V);
  if (!Ok)
    return raise(&adder_type_TypeError,
                 "descriptor '__format__' for '%s' objects doesn't apply "
                 "to a '%s' object",
                 Names[Kind], typeName(V));
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "%s.__format__() argument must be str, not %s", Names[Kind],
                 typeName(Args[1]));
  Str *Spec = asStr(Args[1]);
  if (Spec->byteLength == 0)
    return str(V);
  if (Kind == 0)
    return adder_format_int(V, Spec);
  if (Kind == 1)
    return adder_format_float(floatValue(V), Spec);
  return adder_format_str(asStr(V), Spec);
}
template Value num::formatMethod<0>(const Value *, size_t, Tuple *);
template Value num::formatMethod<1>(const Value *, size_t, Tuple *);
template Value num::formatMethod<2>(const Value *, size_t, Tuple *);

extern "C" {

Value adder_format_value(Value V, Value SpecV) {
  if (!isStr(SpecV))
    return raise(&adder_type_TypeError,
                 "format() argument 2 must be str, not %s", typeName(SpecV));
  Str *SpecStr = asStr(SpecV);
  const Type *T = typeOf(V);
  if (T == &adder_type_int || T == &adder_type_bool)
    return adder_format_int(V, SpecStr);
  if (T == &adder_type_float) {
    if (SpecStr->byteLength == 0)
      return str(V);
    return adder_format_float(floatValue(V), SpecStr);
  }
  if (T == &adder_type_str)
    return adder_format_str(asStr(V), SpecStr);
  if (!(T->flags & TypeHeapType)) {
    if (SpecStr->byteLength == 0)
      return str(V);
    if (T == &adder_type_complex)
      return raise(&adder_type_ValueError,
                   "complex format specifications are not supported yet");
    return raise(&adder_type_TypeError,
                 "unsupported format string passed to %s.__format__",
                 T->name);
  }
  // A class of the program: its own __format__, else that of the builtin
  // type it derives from, else object.__format__.
  Found F = lookupInMroCString(T, "__format__");
  Value M = F.value == Error ? Error : bindFound(F, V, T);
  if (F.value != Error && M == Error)
    return Error;
  if (M == Error) {
    if (SpecStr->byteLength == 0)
      return str(V);
    if (isInt(V))
      return adder_format_int(V, SpecStr);
    if (isFloat(V))
      return adder_format_float(floatValue(V), SpecStr);
    if (isStr(V))
      return adder_format_str(asStr(V), SpecStr);
    return raise(&adder_type_TypeError,
                 "unsupported format string passed to %s.__format__",
                 T->name);
  }
  Value R = call(M, &SpecV, 1);
  if (R != Error && !isStr(R))
    return raise(&adder_type_TypeError, "__format__ must return a str, not %s",
                 typeName(R));
  return R;
}

} // extern "C"

} // namespace adder::rt
