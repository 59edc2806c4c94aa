//===- String.cpp - int <-> text in bases 2 to 36 -------------------------===//
//
// Power-of-two bases move bits directly. Other bases work a limb-sized
// chunk of digits at a time (10**9 for decimal): output divides a copy of
// the magnitude by the chunk base and emits each remainder's digits;
// input multiplies by the chunk base and adds. Both are quadratic, as in
// CPython 3.11, and the chunking makes the constant small; single-limb
// division runs through a precomputed reciprocal.
//
// parseInt is CPython's PyLong_FromString grammar, kept in the same order
// of checks so that the same strings fail with the same error.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Limbs.h"

namespace adder::bigint {

using namespace detail;

namespace {

/// ceil(2**16 / log2(B)) for B = 2..36: digits per bit, scaled.
constexpr uint32_t DigitsPerBit[37] = {
    0,     0,     65536, 41349, 32768, 28225, 25353, 23345, 21846, 20675,
    19729, 18945, 18281, 17711, 17213, 16775, 16384, 16034, 15717, 15428,
    15164, 14921, 14697, 14488, 14294, 14113, 13943, 13783, 13633, 13491,
    13356, 13229, 13108, 12992, 12882, 12777, 12677};

/// ceil(2**16 * log2(B)) for B = 2..36: bits per digit, scaled.
constexpr uint32_t BitsPerDigit[37] = {
    0,      0,      65536,  103873, 131072, 152170, 169409, 183983,
    196608, 207745, 217706, 226718, 234945, 242513, 249519, 256042,
    262144, 267876, 273281, 278393, 283242, 287855, 292254, 296457,
    300481, 304340, 308049, 311617, 315055, 318373, 321578, 324679,
    327680, 330590, 333412, 336153, 338817};

const char DigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

bool isPowerOfTwo(unsigned Base) { return (Base & (Base - 1)) == 0; }
unsigned log2Of(unsigned Base) { return trailingZeros(Base); }

/// The largest power of Base that fits in a limb, and its exponent.
Limb chunkBase(unsigned Base, unsigned &Digits) {
  Limb P = Base;
  Digits = 1;
  while (uint64_t(P) * Base <= 0xFFFFFFFFu) {
    P *= Base;
    ++Digits;
  }
  return P;
}

unsigned digitValue(char C) {
  if (C >= '0' && C <= '9')
    return unsigned(C - '0');
  if (C >= 'a' && C <= 'z')
    return unsigned(C - 'a') + 10;
  if (C >= 'A' && C <= 'Z')
    return unsigned(C - 'A') + 10;
  return 99;
}

/// CPython's Py_ISSPACE. int() maps non-ASCII whitespace to ' ' before
/// parsing but keeps ASCII as is, so the separators 0x1c-0x1f are rejected
/// even though str.isspace() accepts them.
bool isSpace(char C) { return C == ' ' || (C >= '\t' && C <= '\r'); }

uint64_t digitLowerBound(uint64_t Bits, unsigned Base) {
  return ((Bits - 1) * (DigitsPerBit[Base] - 1) >> 16) + 1;
}

} // namespace

//===-- Output ------------------------------------------------------------===//

size_t toStringBound(BigView A, unsigned Base) {
  ADDER_ASSERT(Base >= 2 && Base <= 36, "string base out of range");
  uint64_t Bits = bitLength(A);
  return size_t((Bits * DigitsPerBit[Base] >> 16) + 2);
}

uint32_t toStringScratch(BigView A, unsigned Base) {
  return isPowerOfTwo(Base) ? 0 : A.Len;
}

Status toString(char *Out, size_t Cap, size_t &Len, BigView A, unsigned Base,
                Limb *Scratch, size_t MaxDigits) {
  ADDER_ASSERT(Cap >= toStringBound(A, Base), "string buffer below bound");
  if (A.Len == 0) {
    Out[0] = '0';
    Len = 1;
    return Status::Ok;
  }
  uint64_t Bits = bitLength(A);
  size_t Pos = 0;
  if (isPowerOfTwo(Base)) {
    unsigned Width = log2Of(Base);
    uint64_t NumDigits = (Bits + Width - 1) / Width;
    if (A.Neg)
      Out[Pos++] = '-';
    for (uint64_t D = NumDigits; D-- > 0;) {
      uint64_t At = D * Width;
      uint32_t Word = uint32_t(At / 32);
      unsigned Bit = unsigned(At % 32);
      Limb V = A.Limbs[Word] >> Bit;
      if (Bit + Width > 32 && Word + 1 < A.Len)
        V |= A.Limbs[Word + 1] << (32 - Bit);
      Out[Pos++] = DigitChars[V & (Base - 1)];
    }
    Len = Pos;
    return Status::Ok;
  }

  // Fail before the quadratic work when the digits surely exceed the
  // limit, as CPython does.
  if (MaxDigits && digitLowerBound(Bits, Base) > MaxDigits)
    return Status::TooManyDigits;

  // Remainders by Base**ChunkDigits, least significant first, written
  // backwards from the end of Out and moved down at the end.
  unsigned ChunkDigits;
  Divisor D = makeDivisor(chunkBase(Base, ChunkDigits));
  Limb *W = Scratch;
  copyLimbs(W, A.Limbs, A.Len);
  uint32_t LW = A.Len;
  size_t End = Cap;
  while (LW != 0) {
    Limb R = divRemSmall(W, W, LW, D);
    LW = trimmed(W, LW);
    for (unsigned I = 0; I < ChunkDigits && (LW != 0 || R != 0); ++I) {
      Out[--End] = DigitChars[R % Base];
      R /= Base;
    }
  }
  size_t NumDigits = Cap - End;
  if (MaxDigits && NumDigits > MaxDigits)
    return Status::TooManyDigits;
  if (A.Neg)
    Out[Pos++] = '-';
  for (size_t I = 0; I < NumDigits; ++I)
    Out[Pos++] = Out[End + I];
  Len = Pos;
  return Status::Ok;
}

//===-- Input -------------------------------------------------------------===//

uint32_t fromDigitsBound(size_t NumChars, unsigned Base) {
  ADDER_ASSERT(Base >= 2 && Base <= 36, "string base out of range");
  uint64_t Bits = (uint64_t(NumChars) * BitsPerDigit[Base] >> 16) + 1;
  return uint32_t(Bits / 32 + 2);
}

/// Text[0..Len) as digits in Base, skipping underscores; the caller has
/// validated every character. Out.Cap is at least fromDigitsBound(Len).
static void convertDigits(BigBuf &Out, const char *Text, size_t Len,
                          unsigned Base) {
  if (isPowerOfTwo(Base)) {
    // From the least significant digit up, OR-ing bits into place.
    unsigned Width = log2Of(Base);
    uint32_t N = fromDigitsBound(Len, Base);
    zeroLimbs(Out.Limbs, N);
    uint64_t At = 0;
    for (size_t I = Len; I-- > 0;) {
      if (Text[I] == '_')
        continue;
      Limb V = digitValue(Text[I]);
      uint32_t Word = uint32_t(At / 32);
      unsigned Bit = unsigned(At % 32);
      Out.Limbs[Word] |= V << Bit;
      if (Bit + Width > 32)
        Out.Limbs[Word + 1] |= V >> (32 - Bit);
      At += Width;
    }
    finish(Out, N, false);
    return;
  }
  // Most significant first: Out = Out * Base**k + chunk, k digits at once.
  unsigned ChunkDigits;
  chunkBase(Base, ChunkDigits);
  uint32_t L = 0;
  Limb Chunk = 0, Scale = 1;
  unsigned InChunk = 0;
  auto Flush = [&] {
    Limb Carry = mulAddSmall(Out.Limbs, Out.Limbs, L, Scale, Chunk);
    if (Carry)
      Out.Limbs[L++] = Carry;
    Chunk = 0;
    Scale = 1;
    InChunk = 0;
  };
  for (size_t I = 0; I < Len; ++I) {
    if (Text[I] == '_')
      continue;
    Chunk = Chunk * Base + digitValue(Text[I]);
    Scale *= Base;
    if (++InChunk == ChunkDigits)
      Flush();
  }
  if (InChunk)
    Flush();
  finish(Out, L, false);
}

Status fromDigits(BigBuf &Out, const char *Digits, size_t Len, unsigned Base) {
  ADDER_ASSERT(Base >= 2 && Base <= 36, "string base out of range");
  checkCap(Out, fromDigitsBound(Len, Base));
  if (Len == 0)
    return Status::InvalidLiteral;
  for (size_t I = 0; I < Len; ++I)
    if (digitValue(Digits[I]) >= Base)
      return Status::InvalidLiteral;
  convertDigits(Out, Digits, Len, Base);
  return Status::Ok;
}

uint32_t parseIntBound(size_t Len, unsigned Base) {
  // Base 0 reads at most 4 bits per character (hexadecimal).
  if (Base < 2 || Base > 36)
    Base = 16;
  return fromDigitsBound(Len, Base);
}

Status parseInt(BigBuf &Out, const char *Text, size_t Len, unsigned Base,
                size_t MaxDigits) {
  if (Base == 1 || Base > 36)
    return Status::InvalidBase;
  checkCap(Out, parseIntBound(Len, Base));
  size_t I = 0;
  auto At = [&](size_t J) { return J < Len ? Text[J] : '\0'; };
  while (I < Len && isSpace(Text[I]))
    ++I;
  bool Neg = false;
  if (At(I) == '+' || At(I) == '-')
    Neg = Text[I++] == '-';

  // Base 0 takes the base from the prefix; a literal starting with 0 but
  // no prefix is decimal and may only be zero ("00", "0_0").
  bool OnlyZero = false;
  char P = At(I + 1);
  if (Base == 0) {
    if (At(I) != '0')
      Base = 10;
    else if (P == 'x' || P == 'X')
      Base = 16;
    else if (P == 'o' || P == 'O')
      Base = 8;
    else if (P == 'b' || P == 'B')
      Base = 2;
    else {
      Base = 10;
      OnlyZero = true;
    }
  }
  if (At(I) == '0' && ((Base == 16 && (P == 'x' || P == 'X')) ||
                       (Base == 8 && (P == 'o' || P == 'O')) ||
                       (Base == 2 && (P == 'b' || P == 'B')))) {
    I += 2;
    if (At(I) == '_') // one underscore may follow the prefix
      ++I;
  }
  if (At(I) == '_')
    return Status::InvalidLiteral;

  // Digits with single underscores between them.
  size_t Start = I;
  size_t NumDigits = 0;
  char Prev = '\0';
  while (I < Len && (digitValue(Text[I]) < Base || Text[I] == '_')) {
    if (Text[I] == '_') {
      if (Prev == '_')
        return Status::InvalidLiteral;
    } else {
      ++NumDigits;
    }
    Prev = Text[I++];
  }
  if (Prev == '_')
    return Status::InvalidLiteral;
  if (MaxDigits && !isPowerOfTwo(Base) && NumDigits > MaxDigits)
    return Status::TooManyDigits;
  size_t End = I;
  if (End == Start)
    return Status::InvalidLiteral;
  while (I < Len && isSpace(Text[I]))
    ++I;
  if (I != Len)
    return Status::InvalidLiteral;

  convertDigits(Out, Text + Start, End - Start, Base);
  if (OnlyZero && Out.Len != 0)
    return Status::InvalidLiteral;
  Out.Neg = Neg && Out.Len != 0;
  return Status::Ok;
}

} // namespace adder::bigint
