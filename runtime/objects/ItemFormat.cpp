//===- ItemFormat.cpp - binary items of struct, array, memoryview ---------===//
//
// Byte-order-explicit loads and stores, and the half/single precision
// float conversions of CPython's PyFloat_Pack2/Unpack2 (binary16 has no C
// type, so it is rounded by hand, ties to even) and PyFloat_Pack4.
//
//===----------------------------------------------------------------------===//

#include "objects/ItemFormat.h"

#include "adder/runtime/Errors.h"

#include <math.h>
#include <string.h>

namespace adder::rt {

unsigned nativeItemSize(char Code) {
  switch (Code) {
  case 'b': case 'B': case 'c': case '?': case 'x': case 's': case 'p':
    return 1;
  case 'h': case 'H': case 'e':
    return 2;
  case 'i': case 'I': case 'f':
    return 4;
  case 'd': case 'q': case 'Q':
    return 8;
  case 'l': case 'L':
    return sizeof(long);
  case 'n': case 'N':
    return sizeof(size_t);
  case 'P':
    return sizeof(void *);
  default:
    return 0;
  }
}

bool isIntFormat(char Code) {
  switch (Code) {
  case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l':
  case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P':
    return true;
  default:
    return false;
  }
}

bool isSignedFormat(char Code) {
  switch (Code) {
  case 'b': case 'h': case 'i': case 'l': case 'q': case 'n':
    return true;
  default:
    return false;
  }
}

void storeUInt(char *Out, uint64_t X, unsigned Size, bool Little) {
  for (unsigned K = 0; K < Size; ++K)
    Out[Little ? K : Size - 1 - K] = char(X >> (8 * K));
}

uint64_t loadUInt(const char *In, unsigned Size, bool Little) {
  uint64_t X = 0;
  for (unsigned K = 0; K < Size; ++K)
    X |= uint64_t(uint8_t(In[Little ? K : Size - 1 - K])) << (8 * K);
  return X;
}

int64_t loadSInt(const char *In, unsigned Size, bool Little) {
  uint64_t X = loadUInt(In, Size, Little);
  if (Size < 8 && (X >> (8 * Size - 1)) & 1)
    X |= ~uint64_t(0) << (8 * Size);
  return int64_t(X);
}

namespace {

/// PyFloat_Pack2: the binary16 bits of X, or false on overflow.
bool halfBits(double X, uint16_t *Out) {
  unsigned Sign;
  int E;
  unsigned Bits;
  if (X == 0.0) {
    Sign = signbit(X) ? 1 : 0;
    E = 0;
    Bits = 0;
  } else if (isinf(X)) {
    Sign = X < 0.0;
    E = 0x1f;
    Bits = 0;
  } else if (isnan(X)) {
    Sign = signbit(X) ? 1 : 0;
    E = 0x1f;
    Bits = 512;
  } else {
    Sign = X < 0.0;
    if (Sign)
      X = -X;
    double F = frexp(X, &E);
    // Normalize F to [1.0, 2.0).
    F *= 2.0;
    --E;
    if (E >= 16)
      return false;
    if (E < -25) {
      // |x| < 2**-25: underflows to zero.
      F = 0.0;
      E = 0;
    } else if (E < -14) {
      // Gradual underflow.
      F = ldexp(F, 14 + E);
      E = 0;
    } else {
      E += 15;
      F -= 1.0;
    }
    F *= 1024.0;
    Bits = unsigned(F);
    if ((F - Bits > 0.5) || ((F - Bits == 0.5) && (Bits % 2 == 1))) {
      if (++Bits == 1024) {
        // The carry propagated out of ten 1 bits.
        Bits = 0;
        if (++E == 31)
          return false;
      }
    }
  }
  *Out = uint16_t(Bits | (unsigned(E) << 10) | (Sign << 15));
  return true;
}

double halfValue(uint16_t Bits) {
  unsigned Sign = Bits >> 15;
  int E = (Bits >> 10) & 0x1f;
  unsigned F = Bits & 0x3ff;
  if (E == 0x1f) {
    if (F == 0)
      return Sign ? -HUGE_VAL : HUGE_VAL;
    return Sign ? -fabs(NAN) : fabs(NAN);
  }
  double X = double(F) / 1024.0;
  if (E == 0) {
    E = -14;
  } else {
    X += 1.0;
    E -= 15;
  }
  X = ldexp(X, E);
  return Sign ? -X : X;
}

} // namespace

bool packFloat(double X, char *Out, unsigned Size, bool Little, char Code,
               bool RangeChecked) {
  uint64_t Bits;
  if (Size == 2) {
    uint16_t H;
    if (!halfBits(X, &H)) {
      raise(&adder_type_OverflowError, "float too large to pack with %c format",
            Code);
      return false;
    }
    Bits = H;
  } else if (Size == 4) {
    float Y = float(X);
    if (RangeChecked && isinf(Y) && !isinf(X)) {
      raise(&adder_type_OverflowError, "float too large to pack with %c format",
            Code);
      return false;
    }
    uint32_t B;
    memcpy(&B, &Y, 4);
    Bits = B;
  } else {
    memcpy(&Bits, &X, 8);
  }
  storeUInt(Out, Bits, Size, Little);
  return true;
}

double unpackFloat(const char *In, unsigned Size, bool Little) {
  uint64_t Bits = loadUInt(In, Size, Little);
  if (Size == 2)
    return halfValue(uint16_t(Bits));
  if (Size == 4) {
    uint32_t B = uint32_t(Bits);
    float Y;
    memcpy(&Y, &B, 4);
    return double(Y);
  }
  double D;
  memcpy(&D, &Bits, 8);
  return D;
}

} // namespace adder::rt
