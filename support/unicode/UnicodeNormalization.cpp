//===- UnicodeNormalization.cpp - NFKC ------------------------------------===//
//
// NFKC as unicodedata.normalize('NFKC', s) computes it, for identifiers:
// CPython normalizes every non-ASCII identifier to NFKC before looking it
// up, so "ﬁle" and "file" are one name. The data (UnicodeNormTables.inc)
// is generated from CPython's unicodedata: combining classes in a trie,
// each code point's complete NFKD (so decomposition is one lookup, never a
// recursion), and the primary composites, which the generator finds as
// the two-code-point canonical decompositions that NFC keeps. Hangul is
// computed, as the standard specifies.
//
// Speed is not a goal (identifiers are short and rarely non-ASCII), so the
// lookups are binary searches and the work happens in std::vector.
//
//===----------------------------------------------------------------------===//

#include "adder/support/UnicodeNames.h"

#include "adder/UnicodeNormTables.inc"

#include <algorithm>
#include <iterator>
#include <vector>

namespace adder::unicode {

using namespace normalization;

constexpr uint32_t SyllableBase = 0xAC00;
constexpr uint32_t LeadBase = 0x1100;
constexpr uint32_t VowelBase = 0x1161;
constexpr uint32_t TrailBase = 0x11A7; // TrailBase itself means "no trail"
constexpr unsigned LeadCount = 19;
constexpr unsigned VowelCount = 21;
constexpr unsigned TrailCount = 28;
constexpr unsigned SyllableCount = LeadCount * VowelCount * TrailCount;

static void decompose(uint32_t CP, std::vector<uint32_t> &Out) {
  if (CP - SyllableBase < SyllableCount) {
    unsigned Index = CP - SyllableBase;
    Out.push_back(LeadBase + Index / (VowelCount * TrailCount));
    Out.push_back(VowelBase + Index / TrailCount % VowelCount);
    if (unsigned Trail = Index % TrailCount)
      Out.push_back(TrailBase + Trail);
    return;
  }
  const uint32_t *Found = std::lower_bound(std::begin(DecomposedCodePoints),
                                           std::end(DecomposedCodePoints), CP);
  if (Found == std::end(DecomposedCodePoints) || *Found != CP) {
    Out.push_back(CP);
    return;
  }
  size_t I = size_t(Found - DecomposedCodePoints);
  Out.insert(Out.end(), DecompositionPool + DecompositionStarts[I],
             DecompositionPool + DecompositionStarts[I + 1]);
}

/// Stable sort of every run of non-starters by combining class. Runs are
/// short, so insertion sort.
static void reorder(std::vector<uint32_t> &Text) {
  for (size_t I = 1; I < Text.size(); ++I) {
    uint32_t C = Text[I];
    unsigned Class = combiningClass(C);
    if (Class == 0)
      continue;
    size_t J = I;
    while (J > 0) {
      unsigned Before = combiningClass(Text[J - 1]);
      if (Before <= Class)
        break;
      Text[J] = Text[J - 1];
      --J;
    }
    Text[J] = C;
  }
}

/// The primary composite of First + Second, or 0.
static uint32_t compose(uint32_t First, uint32_t Second) {
  if (First - LeadBase < LeadCount && Second - VowelBase < VowelCount)
    return SyllableBase +
           ((First - LeadBase) * VowelCount + (Second - VowelBase)) *
               TrailCount;
  if (First - SyllableBase < SyllableCount &&
      (First - SyllableBase) % TrailCount == 0 && Second > TrailBase &&
      Second < TrailBase + TrailCount)
    return First + (Second - TrailBase);
  const auto *Found = std::lower_bound(
      std::begin(CompositionPairs), std::end(CompositionPairs), First,
      [&](const uint32_t(&Pair)[3], uint32_t Key) {
        return Pair[0] < Key || (Pair[0] == Key && Pair[1] < Second);
      });
  if (Found == std::end(CompositionPairs) || (*Found)[0] != First ||
      (*Found)[1] != Second)
    return 0;
  return (*Found)[2];
}

/// Canonical composition in place. A character C combines with the last
/// starter L unless something left between them is a starter or has a
/// combining class >= C's; characters that combine disappear, so what
/// follows them may reach L too.
static void composeAll(std::vector<uint32_t> &Text) {
  size_t Out = 0;
  size_t Starter = 0;
  bool HaveStarter = false;
  // Combining class of the last character kept after the starter; 0 when
  // none is (the next character is then adjacent to the starter).
  unsigned LastClass = 0;
  for (size_t I = 0; I < Text.size(); ++I) {
    uint32_t C = Text[I];
    unsigned Class = combiningClass(C);
    if (HaveStarter && (LastClass == 0 || LastClass < Class)) {
      if (uint32_t Composite = compose(Text[Starter], C)) {
        Text[Starter] = Composite;
        continue;
      }
    }
    if (Class == 0) {
      Starter = Out;
      HaveStarter = true;
    }
    LastClass = Class;
    Text[Out++] = C;
  }
  Text.resize(Out);
}

template <class Iterator>
static std::vector<uint32_t> nfkc(Iterator Begin, Iterator End) {
  std::vector<uint32_t> Text;
  Text.reserve(size_t(End - Begin));
  for (Iterator I = Begin; I != End; ++I)
    decompose(uint32_t(*I), Text);
  reorder(Text);
  composeAll(Text);
  return Text;
}

unsigned combiningClass(uint32_t CP) {
  if (CP >= CombiningClassLimit)
    return 0;
  return combiningClassOf(CP);
}

std::u32string nfkcNormalize(std::u32string_view In) {
  std::vector<uint32_t> Text = nfkc(In.begin(), In.end());
  return std::u32string(Text.begin(), Text.end());
}

size_t nfkcNormalize(const uint32_t *In, size_t Length, uint32_t *Out,
                     size_t Capacity) {
  std::vector<uint32_t> Text = nfkc(In, In + Length);
  std::copy_n(Text.begin(), std::min(Capacity, Text.size()), Out);
  return Text.size();
}

} // namespace adder::unicode
