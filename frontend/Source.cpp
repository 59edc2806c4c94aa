//===- Source.cpp - decoding source bytes into parser input ---------------===//
//
// Supported encodings are those that occur in practice in Python sources
// (and in CPython's own standard library): utf-8, latin-1, ascii, cp1252
// and koi8-r. Any other cookie is an error naming the encoding.
//
//===----------------------------------------------------------------------===//

#include "adder/frontend/Source.h"
#include "adder/support/Utf8.h"

namespace adder {

namespace {

enum class Encoding { Utf8, Latin1, Ascii, Cp1252, Koi8R, Unknown };

// Upper halves (0x80-0xFF) of the single-byte code pages; 0 = undefined.
const uint16_t Cp1252High[128] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000,
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF};

const uint16_t Koi8RHigh[128] = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524,
    0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
    0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
    0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556,
    0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565,
    0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
    0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
    0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,
    0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
    0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
    0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A};

char lower(char C) { return C >= 'A' && C <= 'Z' ? char(C + 32) : C; }
bool isAlnum(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
         (C >= '0' && C <= '9');
}

/// Finds a coding spec in one line, as CPython's get_coding_spec: the line
/// must be a comment (only blanks before '#') containing "coding:" or
/// "coding=". Returns false if the line is not a comment or has no spec.
bool findCodingSpec(const char *L, size_t N, const char *&Spec, size_t &SpecLen) {
  size_t I = 0;
  for (; I + 6 < N; ++I) {
    if (L[I] == '#')
      break;
    if (L[I] != ' ' && L[I] != '\t' && L[I] != '\f')
      return false;
  }
  for (; I + 6 < N; ++I) {
    const char *T = L + I;
    if (T[0] != 'c' || T[1] != 'o' || T[2] != 'd' || T[3] != 'i' ||
        T[4] != 'n' || T[5] != 'g')
      continue;
    T += 6;
    if (*T != ':' && *T != '=')
      continue;
    const char *LineEnd = L + N;
    do
      ++T;
    while (T < LineEnd && (*T == ' ' || *T == '\t'));
    const char *Begin = T;
    while (T < LineEnd && (isAlnum(*T) || *T == '-' || *T == '_' || *T == '.'))
      ++T;
    if (Begin < T) {
      Spec = Begin;
      SpecLen = size_t(T - Begin);
      return true;
    }
  }
  return false;
}

/// True if the line holds only blanks and possibly a comment, so that the
/// cookie may still follow on line 2.
bool isBlankOrComment(const char *L, size_t N) {
  for (size_t I = 0; I < N; ++I) {
    if (L[I] == '#' || L[I] == '\n' || L[I] == '\r')
      return true;
    if (L[I] != ' ' && L[I] != '\t' && L[I] != '\f')
      return false;
  }
  return true;
}

/// CPython's get_normal_name, then Python's codec alias normalization.
/// Sets IsUtf8Spelling when the name is exactly one CPython accepts after a
/// BOM ("utf-8" or "utf-8-*", any case, '_' for '-').
Encoding lookupEncoding(const char *S, size_t N, bool &IsUtf8Spelling) {
  char Buf[32];
  if (N >= sizeof(Buf))
    return Encoding::Unknown;
  for (size_t I = 0; I < N; ++I)
    Buf[I] = S[I] == '_' ? '-' : lower(S[I]);
  Buf[N] = 0;
  StrRef Name(Buf, uint32_t(N));
  IsUtf8Spelling = Name.is("utf-8") || Name.startsWith("utf-8-");
  if (IsUtf8Spelling)
    return Encoding::Utf8;
  if (Name.is("latin-1") || Name.is("iso-8859-1") || Name.is("iso-latin-1") ||
      Name.startsWith("latin-1-") || Name.startsWith("iso-8859-1-") ||
      Name.startsWith("iso-latin-1-"))
    return Encoding::Latin1;
  // Python's encodings.normalize_encoding: '-' and ' ' become '_'.
  for (size_t I = 0; I < N; ++I)
    if (Buf[I] == '-')
      Buf[I] = '_';
  static const struct {
    const char *Name;
    Encoding E;
  } Aliases[] = {
      {"utf8", Encoding::Utf8},        {"utf_8", Encoding::Utf8},
      {"u8", Encoding::Utf8},          {"utf", Encoding::Utf8},
      {"cp65001", Encoding::Utf8},     {"latin1", Encoding::Latin1},
      {"latin_1", Encoding::Latin1},   {"latin", Encoding::Latin1},
      {"l1", Encoding::Latin1},        {"iso8859_1", Encoding::Latin1},
      {"iso_8859_1", Encoding::Latin1}, {"iso8859", Encoding::Latin1},
      {"8859", Encoding::Latin1},      {"cp819", Encoding::Latin1},
      {"ascii", Encoding::Ascii},      {"us_ascii", Encoding::Ascii},
      {"646", Encoding::Ascii},        {"us", Encoding::Ascii},
      {"cp1252", Encoding::Cp1252},    {"windows_1252", Encoding::Cp1252},
      {"1252", Encoding::Cp1252},      {"koi8_r", Encoding::Koi8R},
  };
  for (const auto &A : Aliases)
    if (Name.is(A.Name))
      return A.E;
  return Encoding::Unknown;
}

/// Copies Src into A, turning "\r\n" and lone "\r" into "\n" and ensuring a
/// final newline. Single-byte encodings are converted to UTF-8 on the way.
bool translate(const char *Src, size_t N, Encoding E, Arena &A, SourceText &Out,
               Diagnostic &Err) {
  size_t Cap = (E == Encoding::Utf8 ? N : N * 3) + 3;
  char *D = static_cast<char *>(A.allocate(Cap, 1));
  if (!D) {
    Err.set(ErrorKind::SyntaxError, 0, 0, "out of memory reading source");
    return false;
  }
  size_t O = 0;
  uint32_t Line = 1;
  for (size_t I = 0; I < N; ++I) {
    uint8_t C = static_cast<uint8_t>(Src[I]);
    if (C == '\r') {
      D[O++] = '\n';
      ++Line;
      if (I + 1 < N && Src[I + 1] == '\n')
        ++I;
      continue;
    }
    if (C == '\n')
      ++Line;
    if (C < 0x80 || E == Encoding::Utf8) {
      D[O++] = char(C);
      continue;
    }
    uint32_t CP = C;
    if (E == Encoding::Cp1252)
      CP = Cp1252High[C - 0x80];
    else if (E == Encoding::Koi8R)
      CP = Koi8RHigh[C - 0x80];
    if (E == Encoding::Ascii || CP == 0) {
      const char *Name = E == Encoding::Ascii ? "ascii" : "charmap";
      Err.set(ErrorKind::SyntaxError, Line, 0,
              "(unicode error) '%s' codec can't decode byte 0x%02x in "
              "position %zu: %s",
              Name, unsigned(C), I,
              E == Encoding::Ascii ? "ordinal not in range(128)"
                                   : "character maps to <undefined>");
      return false;
    }
    O += encodeUtf8(CP, D + O);
  }
  if (O == 0 || D[O - 1] != '\n')
    D[O++] = '\n';
  D[O] = 0; // a sentinel: the lexer may look one byte past the end
  Out.data = D;
  Out.size = uint32_t(O);
  return true;
}

} // namespace

bool decodeSource(const char *Bytes, size_t Size, Arena &A, SourceText &Out,
                  Diagnostic &Err) {
  if (Size >= 0xFFFFFF00u) {
    Err.set(ErrorKind::SyntaxError, 0, 0, "source file too large");
    return false;
  }
  for (size_t I = 0; I < Size; ++I)
    if (Bytes[I] == 0) {
      Err.set(ErrorKind::SyntaxError, 0, 0,
              "source code cannot contain null bytes");
      return false;
    }
  bool Bom = Size >= 3 && uint8_t(Bytes[0]) == 0xEF &&
             uint8_t(Bytes[1]) == 0xBB && uint8_t(Bytes[2]) == 0xBF;
  if (Bom) {
    Bytes += 3;
    Size -= 3;
  }
  Encoding E = Encoding::Utf8;
  // Look for a cookie on line 1, and on line 2 if line 1 is blank/comment.
  const char *Line = Bytes, *End = Bytes + Size;
  for (int LineNo = 1; LineNo <= 2 && Line < End; ++LineNo) {
    const char *NL = Line;
    while (NL < End && *NL != '\n' && *NL != '\r')
      ++NL;
    const char *Spec;
    size_t SpecLen;
    if (findCodingSpec(Line, size_t(NL - Line), Spec, SpecLen)) {
      bool Utf8Spelling = false;
      E = lookupEncoding(Spec, SpecLen, Utf8Spelling);
      if (Bom && !Utf8Spelling) {
        Err.set(ErrorKind::SyntaxError, 0, 0, "encoding problem: %.*s with BOM",
                int(SpecLen), Spec);
        return false;
      }
      if (E == Encoding::Unknown) {
        Err.set(ErrorKind::SyntaxError, 0, 0, "unknown encoding: %.*s",
                int(SpecLen), Spec);
        return false;
      }
      break;
    }
    if (!isBlankOrComment(Line, size_t(NL - Line)))
      break;
    Line = NL;
    if (Line < End && *Line == '\r')
      ++Line;
    if (Line < End && *Line == '\n')
      ++Line;
  }
  return translate(Bytes, Size, E, A, Out, Err);
}

} // namespace adder
