//===- Codecs.cpp - str.encode and bytes.decode ---------------------------===//
//
// The codecs a freestanding runtime can afford and programs actually use:
// UTF-8, ASCII, Latin-1, UTF-16 and UTF-32, under their CPython aliases,
// with the standard error handlers. The UTF-8 decoder classifies malformed input
// exactly as CPython's does ("invalid start byte", "invalid continuation
// byte", "unexpected end of data", with the same byte ranges), because the
// ranges decide both the error message and where 'replace' puts U+FFFD.
//
// str holds generalized UTF-8 (lone surrogates are 3-byte sequences), so
// surrogateescape decoding and surrogatepass round-trip.
//
//===----------------------------------------------------------------------===//

#include "objects/Bytes.h"

#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/Utf8.h"
#include "core/Exceptions.h"

#include <string.h>

namespace adder::rt {

namespace {

/// The byte-oriented codecs, then the UTF-16 and UTF-32 family ("wide"):
/// without a byte order, encoding writes a BOM and native (little-endian,
/// on every adder target) units, and decoding honours a BOM.
enum class Codec {
  Utf8,
  Ascii,
  Latin1,
  Utf16,
  Utf16LE,
  Utf16BE,
  Utf32,
  Utf32LE,
  Utf32BE
};

const char *codecName(Codec C) {
  switch (C) {
  case Codec::Utf8:
    return "utf-8";
  case Codec::Ascii:
    return "ascii";
  case Codec::Latin1:
    return "latin-1";
  case Codec::Utf16:
    return "utf-16";
  case Codec::Utf16LE:
    return "utf-16-le";
  case Codec::Utf16BE:
    return "utf-16-be";
  case Codec::Utf32:
    return "utf-32";
  case Codec::Utf32LE:
    return "utf-32-le";
  case Codec::Utf32BE:
    return "utf-32-be";
  }
  return "";
}

bool isWide(Codec C) { return C >= Codec::Utf16; }

/// encodings.normalize_encoding, then the alias table of encodings.aliases
/// for the codecs above.
bool lookupCodec(Value Encoding, Codec *Out) {
  if (Encoding == Error) {
    *Out = Codec::Utf8;
    return true;
  }
  Str *E = asStr(Encoding);
  char Norm[32];
  size_t N = 0;
  bool PendingSep = false;
  for (size_t I = 0; I < E->byteLength && N + 2 < sizeof(Norm); ++I) {
    char C = E->data[I];
    bool Alnum = (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
                 (C >= '0' && C <= '9') || C == '.';
    if (!Alnum) {
      PendingSep = N > 0;
      continue;
    }
    if (PendingSep)
      Norm[N++] = '_';
    PendingSep = false;
    Norm[N++] = (C >= 'A' && C <= 'Z') ? char(C + 32) : C;
  }
  Norm[N] = 0;
  static const char *const Utf8Names[] = {"utf_8", "u8", "utf", "utf8",
                                          "utf8_ucs2", "utf8_ucs4", "cp65001"};
  static const char *const AsciiNames[] = {
      "ascii",     "646",          "ansi_x3.4_1968", "ansi_x3_4_1968",
      "ansi_x3.4_1986", "cp367",   "csascii",        "ibm367",
      "iso646_us", "iso_646.irv_1991", "iso_ir_6",   "us",
      "us_ascii"};
  static const char *const Latin1Names[] = {
      "latin_1",  "8859",       "cp819",     "csisolatin1", "ibm819",
      "iso8859",  "iso8859_1",  "iso_8859_1", "iso_8859_1_1987",
      "iso_ir_100", "l1",       "latin",     "latin1"};
  auto In = [&](const char *const *Names, size_t Count) {
    for (size_t I = 0; I < Count; ++I)
      if (strcmp(Norm, Names[I]) == 0)
        return true;
    return false;
  };
  static const struct {
    const char *name;
    Codec codec;
  } WideNames[] = {{"utf_16", Codec::Utf16},
                   {"u16", Codec::Utf16},
                   {"utf16", Codec::Utf16},
                   {"utf_16_le", Codec::Utf16LE},
                   {"utf_16le", Codec::Utf16LE},
                   {"unicodelittleunmarked", Codec::Utf16LE},
                   {"utf_16_be", Codec::Utf16BE},
                   {"utf_16be", Codec::Utf16BE},
                   {"unicodebigunmarked", Codec::Utf16BE},
                   {"utf_32", Codec::Utf32},
                   {"u32", Codec::Utf32},
                   {"utf32", Codec::Utf32},
                   {"utf_32_le", Codec::Utf32LE},
                   {"utf_32le", Codec::Utf32LE},
                   {"utf_32_be", Codec::Utf32BE},
                   {"utf_32be", Codec::Utf32BE}};
  if (N < sizeof(Norm) - 2) {
    for (const auto &W : WideNames)
      if (strcmp(Norm, W.name) == 0) {
        *Out = W.codec;
        return true;
      }
    if (In(Utf8Names, sizeof(Utf8Names) / sizeof(*Utf8Names))) {
      *Out = Codec::Utf8;
      return true;
    }
    if (In(AsciiNames, sizeof(AsciiNames) / sizeof(*AsciiNames))) {
      *Out = Codec::Ascii;
      return true;
    }
    if (In(Latin1Names, sizeof(Latin1Names) / sizeof(*Latin1Names))) {
      *Out = Codec::Latin1;
      return true;
    }
  }
  raise(&adder_type_LookupError, "unknown encoding: %V", E);
  return false;
}

enum class Handler {
  Strict,
  Ignore,
  Replace,
  BackslashReplace,
  XmlCharRefReplace,
  SurrogateEscape,
  SurrogatePass,
};

/// The error handler named by Errors (Error: strict); LookupError for an
/// unknown name (only looked up once an error happens, as CPython).
bool lookupHandler(Value Errors, Handler *Out) {
  if (Errors == Error) {
    *Out = Handler::Strict;
    return true;
  }
  Str *E = asStr(Errors);
  static const struct {
    const char *name;
    Handler handler;
  } Table[] = {{"strict", Handler::Strict},
               {"ignore", Handler::Ignore},
               {"replace", Handler::Replace},
               {"backslashreplace", Handler::BackslashReplace},
               {"xmlcharrefreplace", Handler::XmlCharRefReplace},
               {"surrogateescape", Handler::SurrogateEscape},
               {"surrogatepass", Handler::SurrogatePass}};
  for (const auto &T : Table)
    if (strEqualsCString(E, T.name)) {
      *Out = T.handler;
      return true;
    }
  raise(&adder_type_LookupError, "unknown error handler name '%V'", E);
  return false;
}

ADDER_INLINE bool isSurrogate(uint32_t CP) {
  return CP >= 0xD800 && CP <= 0xDFFF;
}

/// UnicodeEncodeError(codec, S, Start, End, Reason): str() words it as
/// CPython does ("can't encode character '\xe9' in position 0: ...").
void raiseEncodeError(Codec C, Str *S, size_t Start, size_t End,
                      const char *Reason) {
  raiseUnicodeError(&adder_type_UnicodeEncodeError, codecName(C),
                    fromObject(&S->header), Start, End, Reason);
}

/// Decodes one code point of generalized UTF-8.
ADDER_INLINE unsigned nextChar(const char *P, const char *End, uint32_t &CP) {
  unsigned N = decodeUtf8(P, End, CP, /*AllowSurrogates=*/true);
  if (!N) {
    CP = uint8_t(*P);
    N = 1;
  }
  return N;
}

} // namespace

namespace {

/// The byte order of a wide codec's units, and their size.
bool isBigEndian(Codec C) {
  return C == Codec::Utf16BE || C == Codec::Utf32BE;
}
unsigned unitSize(Codec C) { return C >= Codec::Utf32 ? 4 : 2; }

void putUnit(StrBuilder &Out, uint32_t X, unsigned Size, bool Big) {
  char U[4];
  for (unsigned K = 0; K < Size; ++K)
    U[Big ? Size - 1 - K : K] = char(X >> (8 * K));
  Out.append(U, Size);
}

/// Appends one code point in a wide codec (a surrogate pair in UTF-16 for
/// those above the BMP).
void putCodePoint(StrBuilder &Out, uint32_t CP, Codec C) {
  unsigned Size = unitSize(C);
  bool Big = isBigEndian(C);
  if (Size == 2 && CP >= 0x10000) {
    CP -= 0x10000;
    putUnit(Out, 0xD800 + (CP >> 10), 2, Big);
    putUnit(Out, 0xDC00 + (CP & 0x3FF), 2, Big);
    return;
  }
  putUnit(Out, CP, Size, Big);
}

/// str.encode in UTF-16/32: only surrogates cannot be encoded, and the
/// error handler sees them one at a time, as in CPython.
Value wideEncode(Str *S, Codec C, Value Errors) {
  StrBuilder Out;
  if (C == Codec::Utf16 || C == Codec::Utf32)
    putCodePoint(Out, 0xFEFF, C);
  Handler H = Handler::Strict;
  bool HandlerKnown = false;
  const char *P = S->data, *End = S->data + S->byteLength;
  for (size_t Pos = 0; P < End; ++Pos) {
    uint32_t CP;
    P += nextChar(P, End, CP);
    if (!isSurrogate(CP)) {
      putCodePoint(Out, CP, C);
      continue;
    }
    if (!HandlerKnown) {
      if (!lookupHandler(Errors, &H))
        return Error;
      HandlerKnown = true;
    }
    char Esc[16];
    switch (H) {
    case Handler::Ignore:
      break;
    case Handler::Replace:
      putCodePoint(Out, '?', C);
      break;
    case Handler::BackslashReplace:
    case Handler::XmlCharRefReplace: {
      int N = 0;
      if (H == Handler::BackslashReplace) {
        Esc[N++] = '\\';
        Esc[N++] = 'u';
        for (int K = 3; K >= 0; --K)
          Esc[N++] = "0123456789abcdef"[(CP >> (4 * K)) & 15];
      } else {
        Esc[N++] = '&';
        Esc[N++] = '#';
        char Digits[8];
        int D = 0;
        for (uint32_t X = CP; X; X /= 10)
          Digits[D++] = char('0' + X % 10);
        while (D)
          Esc[N++] = Digits[--D];
        Esc[N++] = ';';
      }
      for (int K = 0; K < N; ++K)
        putCodePoint(Out, uint8_t(Esc[K]), C);
      break;
    }
    case Handler::SurrogatePass:
      putUnit(Out, CP, unitSize(C), isBigEndian(C));
      break;
    default:
      raiseEncodeError(C, S, Pos, Pos + 1, "surrogates not allowed");
      return Error;
    }
  }
  if (Out.failed())
    return Error;
  Bytes *B = bytesNew(Out.data(), Out.size());
  return B ? bytesValue(B) : Error;
}

} // namespace

Value strEncode(Str *S, Value Encoding, Value Errors) {
  Codec C;
  if (!lookupCodec(Encoding, &C))
    return Error;
  if (isWide(C))
    return wideEncode(S, C, Errors);
  uint32_t Limit = C == Codec::Ascii ? 0x80 : C == Codec::Latin1 ? 0x100 : 0;
  // Fast paths: nothing to encode or report.
  // (A lone surrogate is stored as ED A0..BF xx: text without an 0xED
  // byte has none.)
  if (S->ascii ||
      (C == Codec::Utf8 && !memchr(S->data, 0xED, S->byteLength))) {
    Bytes *B = bytesNew(S->data, S->byteLength);
    return B ? bytesValue(B) : Error;
  }
  StrBuilder Out;
  const char *P = S->data, *End = S->data + S->byteLength;
  size_t Pos = 0; // code-point index of P
  Handler H = Handler::Strict;
  bool HandlerKnown = false;
  while (P < End) {
    uint32_t CP;
    unsigned N = nextChar(P, End, CP);
    bool Bad = C == Codec::Utf8 ? isSurrogate(CP) : CP >= Limit;
    if (!Bad) {
      if (C == Codec::Utf8) {
        Out.append(P, N);
      } else {
        char Byte = char(CP);
        Out.append(&Byte, 1);
      }
      P += N;
      ++Pos;
      continue;
    }
    // The run of characters this codec cannot encode.
    const char *RunEnd = P;
    size_t RunLen = 0;
    while (RunEnd < End) {
      uint32_t X;
      unsigned M = nextChar(RunEnd, End, X);
      if (C == Codec::Utf8 ? !isSurrogate(X) : X < Limit)
        break;
      RunEnd += M;
      ++RunLen;
    }
    if (!HandlerKnown) {
      if (!lookupHandler(Errors, &H))
        return Error;
      HandlerKnown = true;
    }
    const char *Reason = C == Codec::Utf8     ? "surrogates not allowed"
                         : C == Codec::Ascii ? "ordinal not in range(128)"
                                             : "ordinal not in range(256)";
    bool Strict = H == Handler::Strict ||
                  (H == Handler::SurrogatePass && C != Codec::Utf8);
    if (H == Handler::SurrogateEscape) {
      // Only U+DC80..U+DCFF carry escaped bytes.
      for (const char *Q = P; Q < RunEnd;) {
        uint32_t X;
        Q += nextChar(Q, RunEnd, X);
        if (X < 0xDC80 || X > 0xDCFF)
          Strict = true;
      }
    }
    if (Strict) {
      raiseEncodeError(C, S, Pos, Pos + RunLen, Reason);
      return Error;
    }
    for (const char *Q = P; Q < RunEnd;) {
      uint32_t X;
      unsigned M = nextChar(Q, RunEnd, X);
      switch (H) {
      case Handler::Strict:
      case Handler::Ignore:
        break;
      case Handler::Replace:
        Out.append("?", 1);
        break;
      case Handler::BackslashReplace:
        if (X <= 0xFF)
          Out.appendFormat("\\x%02x", unsigned(X));
        else if (X <= 0xFFFF)
          Out.appendFormat("\\u%04x", unsigned(X));
        else
          Out.appendFormat("\\U%08x", unsigned(X));
        break;
      case Handler::XmlCharRefReplace:
        Out.appendFormat("&#%u;", unsigned(X));
        break;
      case Handler::SurrogateEscape: {
        char Byte = char(X - 0xDC00);
        Out.append(&Byte, 1);
        break;
      }
      case Handler::SurrogatePass:
        Out.append(Q, M);
        break;
      }
      Q += M;
    }
    P = RunEnd;
    Pos += RunLen;
  }
  if (Out.failed())
    return Error;
  Bytes *B = bytesNew(Out.data(), Out.size());
  return B ? bytesValue(B) : Error;
}

namespace {

enum class DecodeStatus { Ok, InvalidStart, InvalidContinuation, EndOfData };

/// One step of CPython's UTF-8 decoder at P: the length of a valid
/// sequence, or the kind and byte length of the malformed one.
DecodeStatus utf8Step(const uint8_t *P, const uint8_t *End, size_t *Length) {
  auto Cont = [](uint8_t B) { return (B & 0xC0) == 0x80; };
  size_t Avail = size_t(End - P);
  uint8_t C = P[0];
  *Length = 1;
  if (C < 0x80)
    return DecodeStatus::Ok;
  if (C < 0xC2)
    return DecodeStatus::InvalidStart;
  if (C < 0xE0) {
    if (Avail < 2) {
      *Length = Avail;
      return DecodeStatus::EndOfData;
    }
    if (!Cont(P[1]))
      return DecodeStatus::InvalidContinuation;
    *Length = 2;
    return DecodeStatus::Ok;
  }
  if (C < 0xF0) {
    bool Bad2 = Avail >= 2 && (!Cont(P[1]) || (P[1] < 0xA0 ? C == 0xE0
                                                            : C == 0xED));
    if (Avail < 3) {
      if (Avail >= 2 && Bad2)
        return DecodeStatus::InvalidContinuation;
      *Length = Avail;
      return DecodeStatus::EndOfData;
    }
    if (Bad2)
      return DecodeStatus::InvalidContinuation;
    if (!Cont(P[2])) {
      *Length = 2;
      return DecodeStatus::InvalidContinuation;
    }
    *Length = 3;
    return DecodeStatus::Ok;
  }
  if (C < 0xF5) {
    bool Bad2 = Avail >= 2 && (!Cont(P[1]) || (P[1] < 0x90 ? C == 0xF0
                                                            : C == 0xF4));
    if (Avail < 4) {
      if (Avail >= 2 && Bad2)
        return DecodeStatus::InvalidContinuation;
      if (Avail >= 3 && !Cont(P[2])) {
        *Length = 2;
        return DecodeStatus::InvalidContinuation;
      }
      *Length = Avail;
      return DecodeStatus::EndOfData;
    }
    if (Bad2)
      return DecodeStatus::InvalidContinuation;
    if (!Cont(P[2])) {
      *Length = 2;
      return DecodeStatus::InvalidContinuation;
    }
    if (!Cont(P[3])) {
      *Length = 3;
      return DecodeStatus::InvalidContinuation;
    }
    *Length = 4;
    return DecodeStatus::Ok;
  }
  return DecodeStatus::InvalidStart;
}

/// UnicodeDecodeError(codec, the bytes, Start, End, Reason).
void raiseDecodeError(Codec C, const uint8_t *Data, size_t Size, size_t Start,
                      size_t End, const char *Reason) {
  Bytes *B = bytesNew(reinterpret_cast<const char *>(Data), Size);
  if (!B)
    return;
  raiseUnicodeError(&adder_type_UnicodeDecodeError, codecName(C),
                    fromObject(&B->header), Start, End, Reason);
}

uint32_t getUnit(const uint8_t *P, unsigned Size, bool Big) {
  uint32_t X = 0;
  for (unsigned K = 0; K < Size; ++K)
    X |= uint32_t(P[Big ? Size - 1 - K : K]) << (8 * K);
  return X;
}

/// bytes.decode in UTF-16/32, classifying errors as CPython's decoders do
/// ("truncated data", "illegal encoding", ...).
Value wideDecode(const uint8_t *P, size_t Size, Codec C, Value Errors) {
  unsigned Unit = unitSize(C);
  bool Big = isBigEndian(C);
  size_t I = 0;
  if (C == Codec::Utf16 && Size >= 2) {
    if (P[0] == 0xFF && P[1] == 0xFE) {
      I = 2;
    } else if (P[0] == 0xFE && P[1] == 0xFF) {
      I = 2;
      Big = true;
    }
  } else if (C == Codec::Utf32 && Size >= 4) {
    if (getUnit(P, 4, false) == 0xFEFF) {
      I = 4;
    } else if (getUnit(P, 4, true) == 0xFEFF) {
      I = 4;
      Big = true;
    }
  }
  StrBuilder Out;
  Handler H = Handler::Strict;
  bool HandlerKnown = false;
  while (I < Size) {
    const char *Reason = nullptr;
    size_t ErrEnd = I;
    uint32_t Bad = 0; // the surrogate surrogatepass may keep
    if (Size - I < Unit) {
      Reason = "truncated data";
      ErrEnd = Size;
    } else if (Unit == 4) {
      uint32_t CP = getUnit(P + I, 4, Big);
      if (CP > 0x10FFFF) {
        Reason = "code point not in range(0x110000)";
      } else if (isSurrogate(CP)) {
        Reason = "code point in surrogate code point range(0xd800, 0xe000)";
        Bad = CP;
      } else {
        Out.appendChar(CP);
        I += 4;
        continue;
      }
      ErrEnd = I + 4;
    } else {
      uint32_t U = getUnit(P + I, 2, Big);
      if (!isSurrogate(U)) {
        Out.appendChar(U);
        I += 2;
        continue;
      }
      if (U >= 0xDC00) {
        Reason = "illegal encoding";
        ErrEnd = I + 2;
        Bad = U;
      } else if (Size - I < 4) {
        Reason = "unexpected end of data";
        ErrEnd = Size;
      } else {
        uint32_t L = getUnit(P + I + 2, 2, Big);
        if (L >= 0xDC00 && L <= 0xDFFF) {
          Out.appendChar(0x10000 + ((U - 0xD800) << 10) + (L - 0xDC00));
          I += 4;
          continue;
        }
        Reason = "illegal UTF-16 surrogate";
        ErrEnd = I + 2;
        Bad = U;
      }
    }
    if (!HandlerKnown) {
      if (!lookupHandler(Errors, &H))
        return Error;
      HandlerKnown = true;
    }
    bool Strict = H == Handler::Strict || H == Handler::XmlCharRefReplace ||
                  (H == Handler::SurrogatePass && !Bad);
    if (H == Handler::SurrogateEscape)
      for (size_t K = I; K < ErrEnd; ++K)
        Strict |= P[K] < 0x80;
    if (Strict) {
      raiseDecodeError(C, P, Size, I, ErrEnd, Reason);
      return Error;
    }
    switch (H) {
    case Handler::Replace:
      Out.appendChar(0xFFFD);
      break;
    case Handler::BackslashReplace:
      for (size_t K = I; K < ErrEnd; ++K)
        Out.appendFormat("\\x%02x", unsigned(P[K]));
      break;
    case Handler::SurrogateEscape:
      for (size_t K = I; K < ErrEnd; ++K)
        Out.appendChar(0xDC00 + P[K]);
      break;
    case Handler::SurrogatePass:
      Out.appendChar(Bad);
      break;
    default:
      break;
    }
    I = ErrEnd;
  }
  return Out.finish();
}

} // namespace

Value bytesDecode(const char *Data, size_t Size, Value Encoding,
                  Value Errors) {
  Codec C;
  if (!lookupCodec(Encoding, &C))
    return Error;
  if (isWide(C))
    return wideDecode(reinterpret_cast<const uint8_t *>(Data), Size, C,
                      Errors);
  const auto *P = reinterpret_cast<const uint8_t *>(Data);
  StrBuilder Out;
  Handler H = Handler::Strict;
  bool HandlerKnown = false;
  size_t I = 0;
  while (I < Size) {
    // Copy the longest run that needs no attention.
    size_t Run = I;
    size_t Len = 1;
    DecodeStatus St = DecodeStatus::Ok;
    const char *Reason = nullptr;
    while (Run < Size) {
      if (P[Run] < 0x80) {
        ++Run;
        continue;
      }
      if (C == Codec::Latin1)
        break;
      if (C == Codec::Ascii) {
        St = DecodeStatus::InvalidStart;
        Reason = "ordinal not in range(128)";
        Len = 1;
        break;
      }
      St = utf8Step(P + Run, P + Size, &Len);
      if (St != DecodeStatus::Ok)
        break;
      Run += Len;
    }
    Out.append(Data + I, Run - I);
    I = Run;
    if (I >= Size)
      break;
    if (C == Codec::Latin1) {
      Out.appendChar(P[I]);
      ++I;
      continue;
    }
    if (!Reason)
      Reason = St == DecodeStatus::InvalidStart ? "invalid start byte"
               : St == DecodeStatus::EndOfData  ? "unexpected end of data"
                                                : "invalid continuation byte";
    size_t ErrEnd = I + Len;
    if (!HandlerKnown) {
      if (!lookupHandler(Errors, &H))
        return Error;
      HandlerKnown = true;
    }
    bool Strict = H == Handler::Strict || H == Handler::XmlCharRefReplace;
    if (H == Handler::SurrogateEscape)
      for (size_t K = I; K < ErrEnd; ++K)
        Strict |= P[K] < 0x80;
    if (H == Handler::SurrogatePass) {
      // An encoded surrogate (ED A0..BF xx) decodes as itself.
      Strict = !(C == Codec::Utf8 && Size - I >= 3 && P[I] == 0xED &&
                 P[I + 1] >= 0xA0 && P[I + 1] <= 0xBF &&
                 (P[I + 2] & 0xC0) == 0x80);
      if (!Strict) {
        Out.append(Data + I, 3);
        I += 3;
        continue;
      }
    }
    if (Strict) {
      raiseDecodeError(C, P, Size, I, ErrEnd, Reason);
      return Error;
    }
    switch (H) {
    case Handler::Replace:
      Out.appendChar(0xFFFD);
      break;
    case Handler::BackslashReplace:
      for (size_t K = I; K < ErrEnd; ++K)
        Out.appendFormat("\\x%02x", unsigned(P[K]));
      break;
    case Handler::SurrogateEscape:
      for (size_t K = I; K < ErrEnd; ++K)
        Out.appendChar(0xDC00 + P[K]);
      break;
    default:
      break;
    }
    I = ErrEnd;
  }
  return Out.finish();
}

} // namespace adder::rt
