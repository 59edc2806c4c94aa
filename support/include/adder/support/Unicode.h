//===- Unicode.h - Unicode character properties -----------------*- C++ -*-===//
//
// Character properties of the Unicode version CPython 3.11 uses (14.0),
// generated at build time from CPython's unicodedata by
// support/unicode/gen_unicode_tables.py. Everything here is freestanding
// and is what the lexer and the runtime's str methods need.
//
// The contract is CPython's behaviour, not the Unicode standard's letter:
// each predicate answers what the str method of the same name answers for
// a one-character string, and each mapping returns what the str method
// returns. Where CPython's per-character primitive differs from its
// one-character str method (istitle), the primitive is what is exposed, so
// the runtime can build the multi-character methods the way CPython does.
// Code points above U+10FFFF have no properties and map to themselves.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_UNICODE_H
#define ADDER_SUPPORT_UNICODE_H

#include "adder/support/Compiler.h"

namespace adder::unicode {

/// XID_Start plus '_' (CPython's rule for the first identifier character):
/// chr(CP).isidentifier().
bool isXidStart(uint32_t CP);
/// XID_Continue: ('a' + chr(CP)).isidentifier().
bool isXidContinue(uint32_t CP);
/// str.isprintable() for one character.
bool isPrintable(uint32_t CP);

/// str.isalpha(): general category Lu, Ll, Lt, Lm or Lo.
bool isAlpha(uint32_t CP);
/// str.isdecimal(): has a decimal digit value (category Nd).
bool isDecimal(uint32_t CP);
/// str.isdigit(): has a digit value (decimals plus e.g. superscripts).
bool isDigit(uint32_t CP);
/// str.isnumeric(): has any numeric value (digits plus e.g. fractions).
bool isNumeric(uint32_t CP);
/// str.isalnum(): isAlpha || isDecimal || isDigit || isNumeric.
bool isAlnum(uint32_t CP);
/// str.isspace(): bidirectional class WS, B or S, or category Zs. Note
/// that U+001C..U+001F count.
bool isSpace(uint32_t CP);
/// isSpace below U+0080: \t \n \v \f \r, the four information
/// separators U+001C..U+001F, and space. Inline for byte loops over ASCII
/// text.
inline bool isAsciiSpace(uint32_t CP) {
  return CP == ' ' || CP - '\t' < 5 || CP - 0x1C < 4;
}

/// The Uppercase property (CPython's _PyUnicode_IsUppercase); equal to
/// chr(CP).isupper().
bool isUpper(uint32_t CP);
/// The Lowercase property (_PyUnicode_IsLowercase); chr(CP).islower().
bool isLower(uint32_t CP);
/// General category Lt (_PyUnicode_IsTitlecase). chr(CP).istitle() is
/// isTitle(CP) || isUpper(CP); str.istitle() on longer strings uses the two
/// separately.
bool isTitle(uint32_t CP);
/// The Cased property: str.title() and the final-sigma rule of str.lower()
/// treat these as letters with case.
bool isCased(uint32_t CP);
/// The Case_Ignorable property: skipped when str.lower() looks for the
/// cased letters around a capital sigma.
bool isCaseIgnorable(uint32_t CP);

/// A line boundary for str.splitlines(): \n \v \f \r \x1c \x1d \x1e \x85
/// U+2028 U+2029. ("\r\n" is one boundary; that is the caller's business.)
bool isLineBreak(uint32_t CP);

/// unicodedata.decimal(chr(CP)), or -1. int() accepts these digits.
int decimalValue(uint32_t CP);
/// unicodedata.digit(chr(CP)), or -1.
int digitValue(uint32_t CP);

/// The longest full case mapping, in code points.
constexpr unsigned MaxCaseMappingLength = 3;

/// chr(CP).upper() (SpecialCasing included, e.g. 'ß' -> "SS"). Writes the
/// result to Out and returns its length (1..3).
unsigned toUpperFull(uint32_t CP, uint32_t Out[MaxCaseMappingLength]);
/// chr(CP).lower(), without context: U+03A3 maps to U+03C3. str.lower()
/// turns a capital sigma into final U+03C2 when it follows a cased letter
/// (skipping case-ignorables) and no cased letter follows it; callers apply
/// that rule with isCased and isCaseIgnorable.
unsigned toLowerFull(uint32_t CP, uint32_t Out[MaxCaseMappingLength]);
/// chr(CP).title(): the titlecase mapping (e.g. U+01C6 -> U+01C5).
unsigned toTitleFull(uint32_t CP, uint32_t Out[MaxCaseMappingLength]);
/// chr(CP).casefold(): full case folding (e.g. 'ß' -> "ss").
unsigned toFoldFull(uint32_t CP, uint32_t Out[MaxCaseMappingLength]);

/// CPython's single-code-point mappings (Py_UNICODE_TOUPPER/TOLOWER, used
/// e.g. by re's case-insensitive matching): the first code point of the
/// full mapping. For characters without special casing that is the
/// UnicodeData simple mapping.
uint32_t toUpperSimple(uint32_t CP);
uint32_t toLowerSimple(uint32_t CP);

} // namespace adder::unicode

#endif
