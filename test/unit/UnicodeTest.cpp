//===- UnicodeTest.cpp - Unicode properties, names and NFKC vs CPython ----===//
//
// The Unicode library promises CPython 3.11's answers, so it is checked
// against CPython itself: gen_unicode_tables.py --emit expectations writes
// what CPython's str methods and unicodedata return for every code point
// (run-length encoded), every character name and alias, and NFKC of random
// combining sequences. The exhaustive tests walk all 0x110000 code points;
// the sample tests below them document behaviour worth seeing spelled out.
//
//===----------------------------------------------------------------------===//

#include "adder/support/Unicode.h"
#include "adder/support/UnicodeNames.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace adder::unicode;

namespace {

constexpr uint32_t CodePointCount = 0x110000;

/// Bits of the flag column, in gen_unicode_tables.py's EXPECT_BITS order.
enum ExpectBit : unsigned {
  IsIdentifier,
  IsIdentifierAfterA,
  IsPrintable,
  IsAlpha,
  IsDecimal,
  IsDigit,
  IsNumeric,
  IsSpace,
  IsAlnum,
  IsUpperMethod,
  IsLowerMethod,
  IsTitleMethod,
  TitleProperty,
  CasedProperty,
  CaseIgnorableProperty,
  SplitsLines,
  SreIsCased,
};

using CodePoints = std::vector<uint32_t>;

/// One "P" line: CPython's answers for Count code points from First.
struct PropertyRun {
  uint32_t First = 0, Count = 0;
  uint32_t Flags = 0;
  int Digit = -1, Decimal = -1;
  // Mappings as written: "=", a signed delta, or hex code points.
  std::string Upper, Lower, Title, Fold, SimpleLower, Nfkc;
};

struct Expectations {
  std::vector<PropertyRun> Runs;
  std::vector<std::pair<uint32_t, uint32_t>> CjkRanges;
  std::vector<std::pair<uint32_t, std::string>> Names; // Hangul included
  std::vector<std::pair<uint32_t, std::string>> Aliases;
  std::vector<std::string> NamedSequences;
  std::vector<std::pair<CodePoints, CodePoints>> NfkcSamples;
};

CodePoints parseHexList(const std::string &Text) {
  CodePoints Result;
  if (Text == "-")
    return Result;
  std::stringstream In(Text);
  std::string Item;
  while (std::getline(In, Item, ','))
    Result.push_back(uint32_t(std::stoul(Item, nullptr, 16)));
  return Result;
}

CodePoints decodeMapping(uint32_t CP, const std::string &Text) {
  if (Text == "=")
    return {CP};
  if (Text[0] == '+' || Text[0] == '-')
    return {uint32_t(int64_t(CP) + std::stol(Text))};
  return parseHexList(Text);
}

const Expectations &expectations() {
  static const Expectations *Loaded = [] {
    auto *E = new Expectations;
    std::ifstream In(ADDER_UNICODE_EXPECTATIONS);
    EXPECT_TRUE(In.good()) << "cannot read " ADDER_UNICODE_EXPECTATIONS;
    std::string Line;
    while (std::getline(In, Line)) {
      if (Line.empty() || Line[0] == '#')
        continue;
      std::istringstream Fields(Line.substr(2));
      switch (Line[0]) {
      case 'P': {
        PropertyRun R;
        std::string First, Count, Flags;
        Fields >> First >> Count >> Flags >> R.Digit >> R.Decimal >> R.Upper >>
            R.Lower >> R.Title >> R.Fold >> R.SimpleLower >> R.Nfkc;
        R.First = uint32_t(std::stoul(First, nullptr, 16));
        R.Count = uint32_t(std::stoul(Count, nullptr, 16));
        R.Flags = uint32_t(std::stoul(Flags, nullptr, 16));
        E->Runs.push_back(R);
        break;
      }
      case 'C': {
        std::string First, Last;
        Fields >> First >> Last;
        E->CjkRanges.emplace_back(uint32_t(std::stoul(First, nullptr, 16)),
                                  uint32_t(std::stoul(Last, nullptr, 16)));
        break;
      }
      case 'N':
      case 'A': {
        std::string Hex, Name;
        Fields >> Hex;
        std::getline(Fields >> std::ws, Name);
        auto &List = Line[0] == 'N' ? E->Names : E->Aliases;
        List.emplace_back(uint32_t(std::stoul(Hex, nullptr, 16)), Name);
        break;
      }
      case 'S':
        E->NamedSequences.push_back(Line.substr(2));
        break;
      case 'K': {
        std::string From, To;
        Fields >> From >> To;
        E->NfkcSamples.emplace_back(parseHexList(From), parseHexList(To));
        break;
      }
      default:
        ADD_FAILURE() << "unknown expectation line: " << Line;
      }
    }
    return E;
  }();
  return *Loaded;
}

std::string hex(uint32_t CP) {
  char Buffer[16];
  std::snprintf(Buffer, sizeof(Buffer), "U+%04X", CP);
  return Buffer;
}

std::string lowercase(std::string Text) {
  for (char &C : Text)
    if (C >= 'A' && C <= 'Z')
      C = char(C - 'A' + 'a');
  return Text;
}

/// Counts mismatches per check and reports the first few of each, so a
/// broken table gives a readable failure instead of a million lines.
class MismatchLog {
public:
  void check(bool Ok, const char *What, uint32_t CP) {
    if (Ok)
      return;
    unsigned &N = Counts[What];
    if (++N <= 5)
      ADD_FAILURE() << What << " differs from CPython at " << hex(CP);
  }
  ~MismatchLog() {
    for (auto &[What, N] : Counts)
      if (N > 5)
        ADD_FAILURE() << What << ": " << N << " mismatches in all";
  }

private:
  std::map<std::string, unsigned> Counts;
};

CodePoints mapped(unsigned (*Map)(uint32_t, uint32_t *), uint32_t CP) {
  uint32_t Out[MaxCaseMappingLength];
  unsigned N = Map(CP, Out);
  return CodePoints(Out, Out + N);
}

CodePoints nfkc(const CodePoints &In) {
  std::u32string Result = nfkcNormalize(std::u32string(In.begin(), In.end()));
  return CodePoints(Result.begin(), Result.end());
}

} // namespace

//===----------------------------------------------------------------------===//
// Exhaustive comparisons with CPython
//===----------------------------------------------------------------------===//

TEST(UnicodeExhaustive, ExpectationsCoverEveryCodePoint) {
  uint32_t Next = 0;
  for (const PropertyRun &R : expectations().Runs) {
    ASSERT_EQ(R.First, Next);
    Next += R.Count;
  }
  EXPECT_EQ(Next, CodePointCount);
}

TEST(UnicodeExhaustive, PredicatesMatchCPython) {
  MismatchLog Log;
  for (const PropertyRun &R : expectations().Runs) {
    for (uint32_t CP = R.First; CP < R.First + R.Count; ++CP) {
      auto Has = [&](ExpectBit Bit) { return (R.Flags >> Bit & 1) != 0; };
      Log.check(isXidStart(CP) == Has(IsIdentifier), "isXidStart", CP);
      Log.check(isXidContinue(CP) == Has(IsIdentifierAfterA), "isXidContinue",
                CP);
      Log.check(isPrintable(CP) == Has(IsPrintable), "isPrintable", CP);
      Log.check(isAlpha(CP) == Has(IsAlpha), "isAlpha", CP);
      Log.check(isDecimal(CP) == Has(IsDecimal), "isDecimal", CP);
      Log.check(isDigit(CP) == Has(IsDigit), "isDigit", CP);
      Log.check(isNumeric(CP) == Has(IsNumeric), "isNumeric", CP);
      Log.check(isAlnum(CP) == Has(IsAlnum), "isAlnum", CP);
      Log.check(isSpace(CP) == Has(IsSpace), "isSpace", CP);
      Log.check(isUpper(CP) == Has(IsUpperMethod), "isUpper", CP);
      Log.check(isLower(CP) == Has(IsLowerMethod), "isLower", CP);
      Log.check(isTitle(CP) == Has(TitleProperty), "isTitle", CP);
      // What chr(CP).istitle() is built from.
      Log.check((isTitle(CP) || isUpper(CP)) == Has(IsTitleMethod),
                "isTitle || isUpper vs str.istitle", CP);
      Log.check(isCased(CP) == Has(CasedProperty), "isCased", CP);
      Log.check(isCaseIgnorable(CP) == Has(CaseIgnorableProperty),
                "isCaseIgnorable", CP);
      Log.check(isLineBreak(CP) == Has(SplitsLines), "isLineBreak", CP);
      Log.check(digitValue(CP) == R.Digit, "digitValue", CP);
      Log.check(decimalValue(CP) == R.Decimal, "decimalValue", CP);
    }
  }
}

TEST(UnicodeExhaustive, CaseMappingsMatchCPython) {
  MismatchLog Log;
  for (const PropertyRun &R : expectations().Runs) {
    for (uint32_t CP = R.First; CP < R.First + R.Count; ++CP) {
      CodePoints Upper = decodeMapping(CP, R.Upper);
      CodePoints Lower = decodeMapping(CP, R.Lower);
      Log.check(mapped(toUpperFull, CP) == Upper, "toUpperFull", CP);
      Log.check(mapped(toLowerFull, CP) == Lower, "toLowerFull", CP);
      Log.check(mapped(toTitleFull, CP) == decodeMapping(CP, R.Title),
                "toTitleFull", CP);
      Log.check(mapped(toFoldFull, CP) == decodeMapping(CP, R.Fold),
                "toFoldFull", CP);
      // _sre.unicode_tolower is CPython's _PyUnicode_ToLowercase itself.
      Log.check(CodePoints{toLowerSimple(CP)} ==
                    decodeMapping(CP, R.SimpleLower),
                "toLowerSimple", CP);
      Log.check(toUpperSimple(CP) == Upper[0], "toUpperSimple", CP);
      // _sre.unicode_iscased: the simple mappings are not both identity.
      bool SreCased = (R.Flags >> SreIsCased & 1) != 0;
      Log.check(SreCased ==
                    (toLowerSimple(CP) != CP || toUpperSimple(CP) != CP),
                "toUpperSimple/toLowerSimple vs _sre.unicode_iscased", CP);
    }
  }
}

TEST(UnicodeExhaustive, SingleCodePointNfkcMatchesCPython) {
  MismatchLog Log;
  for (const PropertyRun &R : expectations().Runs)
    for (uint32_t CP = R.First; CP < R.First + R.Count; ++CP)
      Log.check(nfkc({CP}) == decodeMapping(CP, R.Nfkc), "NFKC", CP);
}

TEST(UnicodeExhaustive, NfkcOfCombiningSequencesMatchesCPython) {
  const auto &Samples = expectations().NfkcSamples;
  ASSERT_GT(Samples.size(), 1000u);
  unsigned Failures = 0;
  for (const auto &[In, Expected] : Samples) {
    if (nfkc(In) == Expected)
      continue;
    if (++Failures <= 5) {
      std::string Text;
      for (uint32_t CP : In)
        Text += hex(CP) + " ";
      ADD_FAILURE() << "NFKC differs from CPython for " << Text;
    }
  }
  EXPECT_EQ(Failures, 0u);
}

TEST(UnicodeExhaustive, EveryNameAndAliasResolves) {
  const Expectations &E = expectations();
  ASSERT_GT(E.Names.size(), 40000u);
  ASSERT_GT(E.Aliases.size(), 400u);
  MismatchLog Log;
  std::vector<bool> Named(CodePointCount);
  for (const auto &[CP, Name] : E.Names) {
    Named[CP] = true;
    uint32_t Found = 0;
    Log.check(lookupName(Name, Found) && Found == CP, "lookupName", CP);
    Log.check(characterName(CP) == Name, "characterName", CP);
    // Stored names ignore ASCII case; the computed Hangul names do not.
    bool Hangul = Name.rfind("HANGUL SYLLABLE ", 0) == 0;
    bool LowerFound = lookupName(lowercase(Name), Found) && Found == CP;
    Log.check(LowerFound != Hangul, "lookupName in lower case", CP);
  }
  for (const auto &[First, Last] : E.CjkRanges) {
    for (uint32_t CP = First; CP <= Last; ++CP) {
      Named[CP] = true;
      std::string Name = characterName(CP);
      char Expected[40];
      std::snprintf(Expected, sizeof(Expected), "CJK UNIFIED IDEOGRAPH-%04X",
                    CP);
      Log.check(Name == Expected, "characterName (CJK)", CP);
      uint32_t Found = 0;
      Log.check(lookupName(Expected, Found) && Found == CP, "lookupName (CJK)",
                CP);
    }
  }
  for (const auto &[CP, Alias] : E.Aliases) {
    uint32_t Found = 0;
    Log.check(lookupName(Alias, Found) && Found == CP, "lookupName (alias)",
              CP);
    Log.check(lookupName(lowercase(Alias), Found) && Found == CP,
              "lookupName (alias in lower case)", CP);
  }
  for (const std::string &Sequence : E.NamedSequences) {
    uint32_t Found = 0;
    EXPECT_FALSE(lookupName(Sequence, Found)) << Sequence;
  }
  for (uint32_t CP = 0; CP < CodePointCount; ++CP)
    if (!Named[CP])
      Log.check(characterName(CP).empty(), "characterName (unnamed)", CP);
}

//===----------------------------------------------------------------------===//
// Samples
//===----------------------------------------------------------------------===//

TEST(UnicodeSamples, IdentifierCharacters) {
  EXPECT_TRUE(isXidStart('_'));
  EXPECT_FALSE(isXidStart('1'));
  EXPECT_TRUE(isXidContinue('1'));
  EXPECT_TRUE(isXidStart(0x00E9));  // é
  EXPECT_TRUE(isXidStart(0x4E00));  // 一
  EXPECT_FALSE(isXidStart(0x0301)); // combining acute: continue only
  EXPECT_TRUE(isXidContinue(0x0301));
  EXPECT_TRUE(isXidStart(0x2118));    // ℘: Other_ID_Start
  EXPECT_TRUE(isXidContinue(0x00B7)); // ·: Other_ID_Continue only
  EXPECT_FALSE(isXidStart(0x00B7));
  EXPECT_FALSE(isXidStart(0x110000));
}

TEST(UnicodeSamples, CaseMappings) {
  auto Upper = [](uint32_t CP) { return mapped(toUpperFull, CP); };
  auto Fold = [](uint32_t CP) { return mapped(toFoldFull, CP); };
  EXPECT_EQ(Upper(0x00DF), (CodePoints{'S', 'S'})); // ß
  EXPECT_EQ(Fold(0x00DF), (CodePoints{'s', 's'}));
  EXPECT_EQ(mapped(toTitleFull, 0x00DF), (CodePoints{'S', 's'}));
  EXPECT_EQ(Upper(0x0149), (CodePoints{0x02BC, 'N'})); // ŉ
  EXPECT_EQ(Upper(0x0390), (CodePoints{0x0399, 0x0308, 0x0301}));
  EXPECT_EQ(mapped(toLowerFull, 0x0130), (CodePoints{'i', 0x0307}));
  EXPECT_EQ(mapped(toLowerFull, 0x03A3), (CodePoints{0x03C3})); // no context
  EXPECT_EQ(mapped(toTitleFull, 0x01C6), (CodePoints{0x01C5})); // ǆ -> ǅ
  EXPECT_EQ(toUpperSimple(0x00DF), uint32_t('S'));
  EXPECT_EQ(toLowerSimple(0x0130), uint32_t('i'));
  EXPECT_EQ(toUpperSimple(0x110000), 0x110000u);
  EXPECT_TRUE(isTitle(0x01C5));
  EXPECT_FALSE(isUpper(0x01C5));
  EXPECT_TRUE(isCased(0x02B0));         // ʰ: Lowercase but category Lm
  EXPECT_TRUE(isCaseIgnorable(0x0301)); // final sigma looks past marks
  EXPECT_TRUE(isCaseIgnorable('\''));
}

TEST(UnicodeSamples, NumbersAndSpaces) {
  EXPECT_EQ(decimalValue(0x0663), 3); // Arabic-Indic three: int('٣') == 3
  EXPECT_EQ(digitValue(0x00B2), 2);   // ²: a digit but not a decimal
  EXPECT_EQ(decimalValue(0x00B2), -1);
  EXPECT_TRUE(isNumeric(0x00BD)); // ½
  EXPECT_EQ(digitValue(0x00BD), -1);
  EXPECT_TRUE(isSpace(0x1F));
  EXPECT_TRUE(isSpace(0x3000));
  EXPECT_FALSE(isSpace(0x200B));
  EXPECT_TRUE(isLineBreak(0x1E));
  EXPECT_FALSE(isLineBreak(0x1F));
  EXPECT_TRUE(isLineBreak(0x2029));
  EXPECT_FALSE(isPrintable(0x00A0)); // NBSP is Zs, which is not printable
  EXPECT_TRUE(isPrintable(' '));
}

TEST(UnicodeSamples, Names) {
  auto Lookup = [](const char *Name) -> int64_t {
    uint32_t CP;
    return lookupName(Name, CP) ? int64_t(CP) : -1;
  };
  EXPECT_EQ(Lookup("LATIN SMALL LETTER A"), 'a');
  EXPECT_EQ(Lookup("latin small letter a"), 'a');
  EXPECT_EQ(Lookup("Greek Capital Letter Sigma"), 0x03A3);
  EXPECT_EQ(Lookup("LATIN SMALL LETTER A "), -1);
  EXPECT_EQ(Lookup("LATIN_SMALL_LETTER_A"), -1);
  EXPECT_EQ(Lookup(""), -1);
  // Aliases: control names, abbreviations, corrections.
  EXPECT_EQ(Lookup("LINE FEED"), '\n');
  EXPECT_EQ(Lookup("nbsp"), 0xA0);
  EXPECT_EQ(Lookup("BYTE ORDER MARK"), 0xFEFF);
  EXPECT_EQ(Lookup("LATIN CAPITAL LETTER GHA"), 0x01A2);
  EXPECT_EQ(Lookup("LATIN CAPITAL LETTER OI"), 0x01A2); // the original name
  // CJK unified ideographs: computed, upper-case prefix and hex only.
  EXPECT_EQ(Lookup("CJK UNIFIED IDEOGRAPH-4E00"), 0x4E00);
  EXPECT_EQ(Lookup("CJK UNIFIED IDEOGRAPH-04E00"), 0x4E00);
  EXPECT_EQ(Lookup("CJK UNIFIED IDEOGRAPH-20000"), 0x20000);
  EXPECT_EQ(Lookup("CJK UNIFIED IDEOGRAPH-4e00"), -1);
  EXPECT_EQ(Lookup("cjk unified ideograph-4E00"), -1);
  EXPECT_EQ(Lookup("CJK UNIFIED IDEOGRAPH-F900"), -1); // a compatibility one
  EXPECT_EQ(Lookup("CJK COMPATIBILITY IDEOGRAPH-F900"), 0xF900);
  EXPECT_EQ(Lookup("cjk compatibility ideograph-f900"), 0xF900);
  // Hangul syllables: computed, case-sensitive, greedy jamo matching.
  EXPECT_EQ(Lookup("HANGUL SYLLABLE GA"), 0xAC00);
  EXPECT_EQ(Lookup("HANGUL SYLLABLE GAG"), 0xAC01);
  EXPECT_EQ(Lookup("HANGUL SYLLABLE A"), 0xC544);
  EXPECT_EQ(Lookup("HANGUL SYLLABLE HIH"), 0xD7A3);
  EXPECT_EQ(Lookup("hangul syllable ga"), -1);
  EXPECT_EQ(Lookup("HANGUL SYLLABLE ga"), -1);
  EXPECT_EQ(Lookup("HANGUL SYLLABLE "), -1);
  EXPECT_EQ(Lookup("HANGUL SYLLABLE GAGX"), -1);
  // Named sequences are not characters.
  EXPECT_EQ(Lookup("KEYCAP NUMBER SIGN"), -1);
  // Tangut ideographs have no name in CPython 3.11.
  EXPECT_EQ(Lookup("TANGUT IDEOGRAPH-17000"), -1);
  EXPECT_EQ(characterName(0x17000), "");
  EXPECT_EQ(characterName(0x1F600), "GRINNING FACE");
  EXPECT_EQ(characterName(0xD4DB), "HANGUL SYLLABLE PWILH");
}

TEST(UnicodeSamples, Nfkc) {
  EXPECT_EQ(nfkc({0x210C}), (CodePoints{'H'}));         // ℌ
  EXPECT_EQ(nfkc({0xFB01}), (CodePoints{'f', 'i'}));    // ﬁ
  EXPECT_EQ(nfkc({0x2460}), (CodePoints{'1'}));         // ①
  EXPECT_EQ(nfkc({'e', 0x0301}), (CodePoints{0x00E9})); // e + acute
  EXPECT_EQ(nfkc({0x212B}), (CodePoints{0x00C5}));      // Å (angstrom)
  // Jamo compose into syllables: ᄀ ᅡ ᆨ -> 각.
  EXPECT_EQ(nfkc({0x1100, 0x1161, 0x11A8}), (CodePoints{0xAC01}));
  EXPECT_EQ(nfkc({0xAC00, 0x11A8}), (CodePoints{0xAC01}));
  // Dot below (220) is ordered before the acute (230); both then compose.
  EXPECT_EQ(nfkc({'a', 0x0301, 0x0323}), (CodePoints{0x1EA1, 0x0301}));
  EXPECT_EQ(nfkc({'q', 0x0307, 0x0323}), (CodePoints{'q', 0x0323, 0x0307}));
  // A blocked mark stays: two acutes, only the first composes.
  EXPECT_EQ(nfkc({'e', 0x0301, 0x0301}), (CodePoints{0x00E9, 0x0301}));
  // ﷺ is the longest compatibility decomposition (18 code points).
  EXPECT_EQ(nfkc({0xFDFA}).size(), 18u);
  // Composition exclusions do not recompose.
  EXPECT_EQ(nfkc({0x0958}), (CodePoints{0x0915, 0x093C}));

  uint32_t In[] = {0xFB01, 0x210C};
  uint32_t Out[2];
  EXPECT_EQ(nfkcNormalize(In, 2, Out, 2), 3u); // too small: tells the size
  EXPECT_EQ(Out[0], uint32_t('f'));
  EXPECT_EQ(combiningClass(0x0301), 230u);
  EXPECT_EQ(combiningClass('a'), 0u);
}
