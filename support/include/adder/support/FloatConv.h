//===- FloatConv.h - exact float <-> decimal conversion ---------*- C++ -*-===//
//
// Python programs see floats only through text: repr(), str(), format(),
// '%' formatting, float() and round(). CPython 3.11 does all of these with
// David Gay's dtoa.c, which is exact, so an adder program must be too:
// every digit here equals CPython's, bit for bit. The library is
// freestanding (no libc, no heap, < 4 KB of stack per call) because it is
// linked into firmware as well as the host compiler; big numbers live in
// fixed arrays of 32-bit limbs on the stack.
//
// Layers, each usable on its own:
//   digits      shortestDigits / significantDigits / fractionDigits are
//               dtoa modes 0, 2 and 3: a bare digit string and the
//               position of the decimal point, value = 0.DIGITS * 10^DecPt.
//   formatting  formatRepr / formatFloat port CPython's
//               PyOS_double_to_string: the bare number with its '-' sign
//               (and '+' when asked), no padding, width or grouping -
//               those belong to the caller's format-spec code.
//   parsing     parseDouble is float() on an already-cleaned string.
//   rounding    roundToDigits is round(x, n); roundToInteger is round(x).
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_FLOATCONV_H
#define ADDER_SUPPORT_FLOATCONV_H

#include "adder/support/Compiler.h"

namespace adder::floatconv {

/// Room the digit functions need: the exact decimal expansion of a double
/// has at most 767 significant digits (the largest subnormal), and rounding
/// only ever shortens it.
inline constexpr int MaxDigits = 768;

/// Room formatRepr needs; the longest repr, "-2.2250738585072014e-308", is
/// 24 characters.
inline constexpr size_t MaxReprLength = 32;

//===----------------------------------------------------------------------===//
// Digit generation (dtoa modes 0, 2, 3)
//===----------------------------------------------------------------------===//
//
// Each function writes ASCII digits (no terminator) to Digits, which must
// hold MaxDigits characters, stores the decimal-point position in *DecPt
// and returns the digit count. Value must be finite; its sign is ignored.
// Trailing zeros are never produced, and zero yields "0" with *DecPt = 1,
// as dtoa does.

/// The shortest digit string that reads back as Value (dtoa mode 0, which
/// is Python's repr): among the shortest candidates the one nearest Value,
/// and on an exact tie the one with an even last digit.
int shortestDigits(double Value, char *Digits, int *DecPt);

/// Value rounded half-to-even, as an exact binary number, to NumDigits
/// significant digits (dtoa mode 2; NumDigits < 1 means 1). This is what
/// '%.*e' and '%.*g' print.
int significantDigits(double Value, int NumDigits, char *Digits, int *DecPt);

/// Value rounded half-to-even to NumDigits digits after the decimal point
/// (dtoa mode 3; negative NumDigits rounds to tens, hundreds, ...). This is
/// what '%.*f' prints. When the value rounds to zero the result is empty
/// and *DecPt = -NumDigits.
int fractionDigits(double Value, int NumDigits, char *Digits, int *DecPt);

//===----------------------------------------------------------------------===//
// Python formatting
//===----------------------------------------------------------------------===//

/// The format-spec flags that change the digits themselves. Fill, align,
/// width, ' ' and ',' / '_' grouping are the caller's: it pads and groups
/// the string produced here, whose only sign is a leading '-' (or '+' with
/// AlwaysSign).
struct FormatFlags {
  /// '#': keep the decimal point, and for 'g' the trailing zeros.
  bool Alternate = false;
  /// 'z' (new in 3.11): a negative value that rounds to zero prints as
  /// positive zero.
  bool NoNegativeZero = false;
  /// Py_DTSF_SIGN: prefix '+' to non-negative values, inf and nan. The
  /// format-spec '+' can be handled either here or by the caller.
  bool AlwaysSign = false;
};

/// Writes repr(Value) (== str(Value)) to Buf, which must hold
/// MaxReprLength characters, and returns its length; no terminator.
size_t formatRepr(double Value, char *Buf);

/// format(Value, spec) for a spec with presentation type Type, and
/// '%'-formatting: Type is one of 'e' 'E' 'f' 'F' 'g' 'G' 'n' '%', or '\0'
/// for a spec without a type (format(x, '') is str(x); format(x, '.3') is
/// 'g' that always shows a decimal point or exponent). Precision < 0 means
/// "not given" (6, or repr for the no-type case). '%.3f' % x is
/// formatFloat(x, 'f', 3, ...); '%r' and '%s' are formatRepr. 'r' is
/// accepted as a synonym for the no-type, no-precision case.
///
/// Writes at most Capacity characters (no terminator) and returns the full
/// length, like snprintf: a caller whose buffer was too small retries with
/// one of the returned size. Lengths are unbounded ('%.1000f').
size_t formatFloat(double Value, char Type, int Precision, FormatFlags Flags,
                   char *Buf, size_t Capacity);

//===----------------------------------------------------------------------===//
// Parsing and rounding
//===----------------------------------------------------------------------===//

/// float(S[0, N)), correctly rounded half-to-even. Accepts
///   [+-] (digits ['.' [digits]] | '.' digits) [(e|E) [+-] digits]
///   [+-] (inf | infinity | nan)                 (any case)
/// and returns false for anything else. Whitespace and '_' separators must
/// already be removed. Out-of-range values become +-inf or +-0.0, as in
/// Python.
bool parseDouble(const char *S, size_t N, double *Out);

/// What parseHexDouble made of its input.
enum class HexParse { Ok, Invalid, Overflow };
/// float.fromhex(S[0, N)), correctly rounded half-to-even. Accepts
///   [+-] [0x | 0X] (hexdigits ['.' [hexdigits]] | '.' hexdigits)
///       [(p|P) [+-] digits]
///   [+-] (inf | infinity | nan)                 (any case)
/// Whitespace must already be removed. A finite value beyond the double
/// range is Overflow (Python raises OverflowError, unlike float()).
HexParse parseHexDouble(const char *S, size_t N, double *Out);

/// round(X, NumDigits) exactly as CPython's float.__round__: round the
/// exact binary value half-to-even to a multiple of 10^-NumDigits, then read
/// that decimal back. NaN and infinities are returned unchanged. A finite X
/// whose rounded value overflows comes back as +-inf: the caller raises
/// OverflowError("rounded value too large to represent").
double roundToDigits(double X, int NumDigits);

/// round(X) without ndigits: the nearest integer, ties to even, as a double
/// (the caller converts it to int and raises for inf and nan).
double roundToInteger(double X);

} // namespace adder::floatconv

#endif
