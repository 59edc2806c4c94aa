//===- UnicodeNames.h - character names and NFKC (host only) ----*- C++ -*-===//
//
// The two pieces of Unicode data only the compiler needs: the character
// name database behind "\N{...}" escapes, and NFKC normalization, which
// CPython applies to non-ASCII identifiers. They are far larger than the
// property tables of Unicode.h and never go into firmware, so they live in
// the host-only library adderUnicodeHost. Like Unicode.h, the data is
// generated at build time from CPython 3.11's unicodedata (Unicode 14.0).
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_UNICODENAMES_H
#define ADDER_SUPPORT_UNICODENAMES_H

#include <stddef.h>
#include <stdint.h>
#include <string>
#include <string_view>

namespace adder::unicode {

/// Resolves the name in a "\N{Name}" escape exactly as CPython 3.11 does:
///   - character names and name aliases (NameAliases.txt: corrections,
///     control codes, abbreviations such as "NBSP") match with ASCII case
///     ignored ("latin small letter a" is accepted);
///   - "CJK UNIFIED IDEOGRAPH-XXXX" (4 or 5 upper-case hex digits) and
///     "HANGUL SYLLABLE XXX" are computed, and CPython matches these two
///     prefixes and the jamo names case-sensitively;
///   - named sequences ("KEYCAP DIGIT ONE") are rejected, as \N rejects
///     them, as are leading or trailing blanks or underscores.
/// Returns false if the name is unknown.
bool lookupName(const char *Name, size_t Length, uint32_t &CP);
inline bool lookupName(std::string_view Name, uint32_t &CP) {
  return lookupName(Name.data(), Name.size(), CP);
}

/// unicodedata.name(chr(CP)), or "" if CP has no name (unassigned,
/// controls, private use, surrogates, and in CPython 3.11 the Tangut
/// ideographs).
std::string characterName(uint32_t CP);

/// unicodedata.normalize('NFKC', In): compatibility decomposition,
/// canonical ordering, canonical composition (Hangul included). Writes at
/// most Capacity code points to Out and returns the full length of the
/// result, so a caller with too small a buffer can retry with that size.
size_t nfkcNormalize(const uint32_t *In, size_t Length, uint32_t *Out,
                     size_t Capacity);
std::u32string nfkcNormalize(std::u32string_view In);

/// unicodedata.combining(chr(CP)): the canonical combining class.
unsigned combiningClass(uint32_t CP);

} // namespace adder::unicode

#endif
