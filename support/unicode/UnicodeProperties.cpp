//===- UnicodeProperties.cpp - character properties and case mapping -----===//
//
// Answers the questions of Unicode.h from tables that gen_unicode_tables.py
// generates at build time from CPython's unicodedata (UnicodeTables.inc).
// This file is linked into firmware, so it is freestanding and the tables
// are built for size: each code point reaches a small shared record through
// a chain of deduplicated blocks (a multi-level trie whose block sizes the
// generator picks), and the long empty tail of the code space is cut off
// by a single comparison. Properties and case mappings have separate tries
// because case mappings are sparse and compress far better on their own.
//
// ASCII never touches a table: source text and most runtime strings are
// ASCII, and a few comparisons beat a trie's chain of dependent loads.
//
//===----------------------------------------------------------------------===//

#include "adder/support/Unicode.h"

#include "adder/UnicodeTables.inc"

namespace adder::unicode {

// ASCII answers, in the terms CPython uses for them.
static bool isAsciiUpper(uint32_t CP) { return CP - 'A' < 26; }
static bool isAsciiLower(uint32_t CP) { return CP - 'a' < 26; }
static bool isAsciiAlpha(uint32_t CP) { return (CP | 0x20) - 'a' < 26; }
static bool isAsciiDigit(uint32_t CP) { return CP - '0' < 10; }

static uint32_t propertyRecord(uint32_t CP) {
  if (CP >= tables::PropertyLimit)
    return tables::PropertyRecords[0];
  return tables::PropertyRecords[tables::propertyIndex(CP)];
}

static bool hasProperty(uint32_t CP, uint32_t Bit) {
  return (propertyRecord(CP) & Bit) != 0;
}

namespace {
/// Which mapping: the column of a CaseRecords row. Upper and title take
/// their values from one pool, lower and casefold from the other.
enum class CaseKind : unsigned { Upper = 0, Lower = 1, Title = 2, Fold = 3 };
} // namespace

/// The encoded mapping of CP (not ASCII) for Kind: a delta, or a reference
/// to ExtendedCase (see gen_unicode_tables.py).
static int32_t caseValue(uint32_t CP, CaseKind Kind) {
  if (CP >= tables::CaseLimit)
    return 0;
  unsigned Column = unsigned(Kind);
  uint8_t Slot = tables::CaseRecords[tables::caseIndex(CP)][Column];
  return (Column & 1) ? tables::LowerFoldValues[Slot]
                      : tables::UpperTitleValues[Slot];
}

static unsigned mapFull(uint32_t CP, CaseKind Kind, uint32_t *Out) {
  if (CP < 0x80) {
    bool ToUpper = Kind == CaseKind::Upper || Kind == CaseKind::Title;
    if (ToUpper && isAsciiLower(CP))
      CP -= 0x20;
    else if (!ToUpper && isAsciiUpper(CP))
      CP += 0x20;
    Out[0] = CP;
    return 1;
  }
  int32_t Value = caseValue(CP, Kind);
  if (Value < int32_t(tables::ExtendedCaseTag)) {
    Out[0] = uint32_t(int32_t(CP) + Value);
    return 1;
  }
  // The generator guarantees 2 <= Length <= MaxCaseMappingLength, and the
  // exhaustive unit test checks every mapping, so no run-time check here:
  // this file depends on nothing but its tables.
  unsigned Length = (Value >> 16) & 0xFF;
  unsigned Index = Value & 0xFFFF;
  for (unsigned I = 0; I < Length; ++I)
    Out[I] = tables::ExtendedCase[Index + I];
  return Length;
}

static uint32_t mapSimple(uint32_t CP, CaseKind Kind) {
  uint32_t Out[MaxCaseMappingLength];
  mapFull(CP, Kind, Out);
  return Out[0];
}

bool isXidStart(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiAlpha(CP) || CP == '_';
  return hasProperty(CP, tables::XidStartBit);
}

bool isXidContinue(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiAlpha(CP) || isAsciiDigit(CP) || CP == '_';
  return hasProperty(CP, tables::XidContinueBit);
}

bool isPrintable(uint32_t CP) {
  if (CP < 0x80)
    return CP - 0x20 < 0x5F;
  return hasProperty(CP, tables::PrintableBit);
}

bool isAlpha(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiAlpha(CP);
  return hasProperty(CP, tables::AlphaBit);
}

bool isDecimal(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiDigit(CP);
  return hasProperty(CP, tables::DecimalBit);
}

bool isDigit(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiDigit(CP);
  return hasProperty(CP, tables::DigitBit);
}

bool isNumeric(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiDigit(CP);
  return hasProperty(CP, tables::NumericBit);
}

bool isAlnum(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiAlpha(CP) || isAsciiDigit(CP);
  // Numeric includes Decimal and Digit, but CPython spells out all four
  // and so does this, in case a future table breaks the inclusion.
  return hasProperty(CP, tables::AlphaBit | tables::DecimalBit |
                             tables::DigitBit | tables::NumericBit);
}

bool isSpace(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiSpace(CP);
  return hasProperty(CP, tables::SpaceBit);
}

bool isUpper(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiUpper(CP);
  return hasProperty(CP, tables::UpperBit);
}

bool isLower(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiLower(CP);
  return hasProperty(CP, tables::LowerBit);
}

bool isTitle(uint32_t CP) {
  if (CP < 0x80)
    return false;
  return hasProperty(CP, tables::TitleBit);
}

bool isCased(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiAlpha(CP);
  return hasProperty(CP, tables::CasedBit);
}

bool isCaseIgnorable(uint32_t CP) {
  // Word-internal punctuation (Word_Break MidLetter/MidNumLet/Single_Quote)
  // and the two ASCII modifier symbols.
  if (CP < 0x80)
    return CP == '\'' || CP == '.' || CP == ':' || CP == '^' || CP == '`';
  return hasProperty(CP, tables::CaseIgnorableBit);
}

bool isLineBreak(uint32_t CP) {
  if (CP < 0x80)
    return CP - '\n' < 4 || CP - 0x1C < 3;
  return CP == 0x85 || CP == 0x2028 || CP == 0x2029;
}

int digitValue(uint32_t CP) {
  if (CP < 0x80)
    return isAsciiDigit(CP) ? int(CP - '0') : -1;
  uint32_t Digit = (propertyRecord(CP) >> tables::DigitShift) & 0xF;
  return Digit == tables::NoDigit ? -1 : int(Digit);
}

int decimalValue(uint32_t CP) {
  // Every decimal is a digit with the same value; the generator checks.
  if (!isDecimal(CP))
    return -1;
  return digitValue(CP);
}

unsigned toUpperFull(uint32_t CP, uint32_t Out[MaxCaseMappingLength]) {
  return mapFull(CP, CaseKind::Upper, Out);
}

unsigned toLowerFull(uint32_t CP, uint32_t Out[MaxCaseMappingLength]) {
  return mapFull(CP, CaseKind::Lower, Out);
}

unsigned toTitleFull(uint32_t CP, uint32_t Out[MaxCaseMappingLength]) {
  return mapFull(CP, CaseKind::Title, Out);
}

unsigned toFoldFull(uint32_t CP, uint32_t Out[MaxCaseMappingLength]) {
  return mapFull(CP, CaseKind::Fold, Out);
}

uint32_t toUpperSimple(uint32_t CP) { return mapSimple(CP, CaseKind::Upper); }

uint32_t toLowerSimple(uint32_t CP) { return mapSimple(CP, CaseKind::Lower); }

} // namespace adder::unicode
