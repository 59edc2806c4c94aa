//===- Int.cpp - the int and bool types -------------------------*- C++ -*-===//
//
// Python's int in two representations (DESIGN.md decision 5): a tagged
// small int in the Value word, and a BigInt object once a result leaves
// that range. Everything funnels through runtime/bigint on views
// (BigView), so a small int meets a bigint without boxing, and every
// result is normalized back: a value that fits a small int is never a
// BigInt object (the inline fast paths and identity tests rely on it).
//
// bool is a subclass of int whose two instances are static BoolObjects;
// the int code reads them as 0 and 1, so True + 1 == 2 falls out, and only
// &, |, ^ between two bools and repr are bool's own.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Numbers.h"

#include "NumbersInternal.h"
#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/BytesInternal.h"
#include "objects/Tuple.h"
#include "adder/support/Unicode.h"
#include "adder/support/Utf8.h"

#include <math.h>

namespace adder::rt {
using namespace num;

size_t adder_int_max_str_digits = 4300;

//===----------------------------------------------------------------------===//
// Views and results
//===----------------------------------------------------------------------===//

BigView num::intView(Value V, Limb (&Tmp)[2]) {
  if (isSmallInt(V))
    return bigint::viewOfInt64(smallIntValue(V), Tmp);
  const Object *O = asObject(V);
  if (O->type == &adder_type_bool)
    return bigint::viewOfInt64(reinterpret_cast<const BoolObject *>(O)->value,
                               Tmp);
  const BigInt *B = reinterpret_cast<const BigInt *>(O);
  int32_t Size = B->size;
  return BigView{B->limbs, uint32_t(Size < 0 ? -Size : Size), Size < 0};
}

static BigInt *allocBigInt(uint32_t Limbs) {
  return reinterpret_cast<BigInt *>(
      gcAlloc(&adder_type_int, sizeof(BigInt) + sizeof(Limb) * Limbs));
}

bool IntOut::init(uint64_t Bound) {
  if (Bound <= StackLimbs) {
    Buf = bigint::buffer(Stack, StackLimbs);
    return true;
  }
  if (Bound > (uint64_t(1) << 28)) {
    raiseMemoryError();
    return false;
  }
  Obj = allocBigInt(uint32_t(Bound));
  if (!Obj)
    return false;
  Buf = bigint::buffer(Obj->limbs, uint32_t(Bound));
  return true;
}

Value IntOut::finish() {
  BigView V = bigint::view(Buf);
  if (V.Len <= 2) {
    int64_t I;
    if (bigint::toInt64(V, I) && fitsSmallInt(I))
      return makeSmallInt(SWord(I));
  }
  if (Obj) {
    Obj->size = V.Neg ? -int32_t(V.Len) : int32_t(V.Len);
    return fromObject(&Obj->header);
  }
  return intFromView(V);
}

Value num::intFromView(BigView V) {
  if (V.Len <= 2) {
    int64_t I;
    if (bigint::toInt64(V, I) && fitsSmallInt(I))
      return makeSmallInt(SWord(I));
  }
  BigInt *B = allocBigInt(V.Len);
  if (!B)
    return Error;
  for (uint32_t I = 0; I < V.Len; ++I)
    B->limbs[I] = V.Limbs[I];
  B->size = V.Neg ? -int32_t(V.Len) : int32_t(V.Len);
  return fromObject(&B->header);
}

bool Scratch::init(uint64_t Limbs) {
  if (Limbs <= StackLimbs)
    return true;
  if (Limbs > (uint64_t(1) << 28)) {
    raiseMemoryError();
    return false;
  }
  Block = gcAlloc(&adder_type_byte_array,
                  sizeof(Object) + sizeof(Limb) * size_t(Limbs) + 8);
  if (!Block)
    return false;
  // Limb-aligned storage just after the header.
  Ptr = reinterpret_cast<Limb *>(reinterpret_cast<char *>(Block) + 8);
  return true;
}

Value num::raiseStatus(bigint::Status S) {
  using bigint::Status;
  switch (S) {
  case Status::Ok:
    return Error;
  case Status::ZeroDivision:
  case Status::ZeroModulo:
  case Status::ZeroTrueDivision:
    return raise(&adder_type_ZeroDivisionError, "%s", bigint::statusMessage(S));
  case Status::DivisionOverflow:
  case Status::FloatOverflow:
    return raise(&adder_type_OverflowError, "%s", bigint::statusMessage(S));
  default:
    return raise(&adder_type_ValueError, "%s", bigint::statusMessage(S));
  }
}

Value intFromI64(int64_t I) {
  if (fitsSmallInt(I))
    return makeSmallInt(SWord(I));
  Limb Tmp[2];
  return intFromView(bigint::viewOfInt64(I, Tmp));
}

Value num::makePair(Value A, Value B) {
  Value Items[2] = {A, B};
  Tuple *T = tupleNew(Items, 2);
  return T ? fromObject(&T->header) : Error;
}

Value num::asciiStr(const char *S, size_t N) {
  Str *R = strNew(S, N);
  return R ? fromObject(&R->header) : Error;
}

//===----------------------------------------------------------------------===//
// Arithmetic slow paths
//===----------------------------------------------------------------------===//

namespace {
using BinaryFn = void (*)(BigBuf &, BigView, BigView);

Value additive(Value A, Value B, bool Subtract) {
  Limb TA[2], TB[2];
  BigView X = intView(A, TA), Y = intView(B, TB);
  IntOut Out;
  if (!Out.init(bigint::addBound(X, Y)))
    return Error;
  if (Subtract)
    bigint::sub(Out.Buf, X, Y);
  else
    bigint::add(Out.Buf, X, Y);
  return Out.finish();
}

Value bitwise(Value A, Value B, BinaryFn Fn) {
  Limb TA[2], TB[2];
  BigView X = intView(A, TA), Y = intView(B, TB);
  IntOut Out;
  if (!Out.init(bigint::bitwiseBound(X, Y)))
    return Error;
  Fn(Out.Buf, X, Y);
  return Out.finish();
}

/// Quotient and/or remainder; null Q or R skips it.
bool divide(Value A, Value B, Value *Q, Value *R) {
  Limb TA[2], TB[2];
  BigView X = intView(A, TA), Y = intView(B, TB);
  if (Y.Len == 0) {
    raiseStatus(Q ? bigint::Status::ZeroDivision : bigint::Status::ZeroModulo);
    return false;
  }
  IntOut QO, RO;
  Scratch S;
  if ((Q && !QO.init(bigint::quotientBound(X, Y))) ||
      (R && !RO.init(bigint::remainderBound(X, Y))) ||
      !S.init(bigint::divModScratch(X, Y)))
    return false;
  bigint::Status St =
      bigint::divMod(Q ? &QO.Buf : nullptr, R ? &RO.Buf : nullptr, X, Y,
                     S.get());
  if (St != bigint::Status::Ok) {
    raiseStatus(St);
    return false;
  }
  if (Q && (*Q = QO.finish()) == Error)
    return false;
  if (R && (*R = RO.finish()) == Error)
    return false;
  return true;
}

bool isNegativeInt(Value V) {
  Limb T[2];
  return intView(V, T).Neg;
}
} // namespace

extern "C" {

Value adder_int_add_slow(Value A, Value B) { return additive(A, B, false); }
Value adder_int_sub_slow(Value A, Value B) { return additive(A, B, true); }

Value adder_int_mul_slow(Value A, Value B) {
  Limb TA[2], TB[2];
  BigView X = intView(A, TA), Y = intView(B, TB);
  IntOut Out;
  Scratch S;
  if (!Out.init(bigint::mulBound(X, Y)) ||
      !S.init(bigint::mulScratch(X, Y)))
    return Error;
  bigint::mul(Out.Buf, X, Y, S.get());
  return Out.finish();
}

Value adder_int_floordiv_slow(Value A, Value B) {
  Value Q;
  return divide(A, B, &Q, nullptr) ? Q : Error;
}

Value adder_int_mod_slow(Value A, Value B) {
  Value R;
  return divide(A, B, nullptr, &R) ? R : Error;
}

Value adder_int_neg_slow(Value A) {
  Limb T[2];
  BigView X = intView(A, T);
  return intFromView(bigint::negatedView(X));
}

int adder_int_compare_slow(Value A, Value B) {
  Limb TA[2], TB[2];
  return bigint::compare(intView(A, TA), intView(B, TB));
}

Value adder_int_add(Value A, Value B) { return intAdd(A, B); }
Value adder_int_sub(Value A, Value B) { return intSub(A, B); }
Value adder_int_mul(Value A, Value B) { return intMul(A, B); }
Value adder_int_floordiv(Value A, Value B) { return intFloorDiv(A, B); }
Value adder_int_mod(Value A, Value B) { return intMod(A, B); }
Value adder_int_neg(Value A) { return intNeg(A); }

Value adder_int_pos(Value A) {
  if (isExactInt(A))
    return A;
  Limb T[2];
  return intFromView(intView(A, T));
}

Value adder_int_invert(Value A) {
  if (ADDER_LIKELY(isSmallInt(A)))
    return A ^ ~Value(1); // ~a = -a - 1: flip every bit but the tag
  Limb T[2];
  BigView X = intView(A, T);
  IntOut Out;
  if (!Out.init(bigint::invertBound(X)))
    return Error;
  bigint::invert(Out.Buf, X);
  return Out.finish();
}

Value adder_int_abs(Value A) {
  if (ADDER_LIKELY(isSmallInt(A)) && SWord(A) >= 0)
    return A;
  if (isSmallInt(A))
    return intNeg(A);
  Limb T[2];
  return intFromView(bigint::absView(intView(A, T)));
}

Value adder_int_divmod(Value A, Value B) {
  Value Q, R;
  if (!divide(A, B, &Q, &R))
    return Error;
  return makePair(Q, R);
}

Value adder_int_pow(Value A, Value B) {
  if (isNegativeInt(B)) {
    // CPython: a negative exponent makes it float ** float.
    double X, Y;
    if (!numberToDouble(A, X) || !numberToDouble(B, Y))
      return Error;
    return floatPow(X, Y);
  }
  // Small base and exponent: square-and-multiply in the word.
  if (isSmallInt(A) && isSmallInt(B)) {
    SWord Base = smallIntValue(A), E = smallIntValue(B), R = 1;
    bool Overflow = false;
    while (E > 0 && !Overflow) {
      if (E & 1)
        Overflow |= __builtin_mul_overflow(R, Base, &R);
      E >>= 1;
      if (E)
        Overflow |= __builtin_mul_overflow(Base, Base, &Base);
    }
    if (!Overflow)
      return intFromSWord(R);
  }
  Limb TA[2], TB[2];
  BigView X = intView(A, TA), E = intView(B, TB);
  uint64_t Bound = bigint::powBound(X, E);
  uint64_t ScratchSize = bigint::powScratch(X, E);
  if (Bound == UINT64_MAX || ScratchSize == UINT64_MAX)
    return raiseMemoryError();
  IntOut Out;
  Scratch S;
  if (!Out.init(Bound) || !S.init(ScratchSize))
    return Error;
  bigint::pow(Out.Buf, X, E, S.get());
  return Out.finish();
}

Value adder_int_pow_mod(Value A, Value B, Value M) {
  Limb TA[2], TB[2], TM[2];
  BigView X = intView(A, TA), E = intView(B, TB), Mod = intView(M, TM);
  if (Mod.Len == 0)
    return raiseStatus(bigint::Status::ModulusZero);
  IntOut Out;
  Scratch S;
  if (!Out.init(bigint::powModBound(X, E, Mod)) ||
      !S.init(bigint::powModScratch(X, E, Mod)))
    return Error;
  bigint::Status St = bigint::powMod(Out.Buf, X, E, Mod, S.get());
  if (St != bigint::Status::Ok)
    return raiseStatus(St);
  return Out.finish();
}

Value adder_int_lshift(Value A, Value B) {
  Limb TA[2], TB[2];
  BigView X = intView(A, TA), N = intView(B, TB);
  if (N.Neg)
    return raise(&adder_type_ValueError, "negative shift count");
  if (X.Len == 0)
    return makeSmallInt(0);
  uint64_t Count;
  if (!bigint::toUint64(N, Count))
    return raise(&adder_type_OverflowError, "too many digits in integer");
  if (isSmallInt(A) && Count < WordBits - 1) {
    SWord V = smallIntValue(A);
    SWord R = SWord(Value(V) << Count);
    if ((R >> Count) == V && fitsSmallInt(R))
      return makeSmallInt(R);
  }
  uint64_t Bound = bigint::shiftLeftBound(X, Count);
  if (Bound == UINT64_MAX)
    return raise(&adder_type_OverflowError, "too many digits in integer");
  IntOut Out;
  if (!Out.init(Bound))
    return Error;
  bigint::shiftLeft(Out.Buf, X, Count);
  return Out.finish();
}

Value adder_int_rshift(Value A, Value B) {
  Limb TA[2], TB[2];
  BigView X = intView(A, TA), N = intView(B, TB);
  if (N.Neg)
    return raise(&adder_type_ValueError, "negative shift count");
  uint64_t Count;
  if (!bigint::toUint64(N, Count))
    return makeSmallInt(X.Neg ? -1 : 0);
  if (isSmallInt(A)) {
    SWord V = smallIntValue(A);
    return makeSmallInt(Count >= WordBits ? (V < 0 ? -1 : 0) : V >> Count);
  }
  IntOut Out;
  if (!Out.init(bigint::shiftRightBound(X, Count)))
    return Error;
  bigint::shiftRight(Out.Buf, X, Count);
  return Out.finish();
}

Value adder_int_and(Value A, Value B) {
  if (ADDER_LIKELY(A & B & 1))
    return A & B;
  return bitwise(A, B, bigint::bitAnd);
}
Value adder_int_or(Value A, Value B) {
  if (ADDER_LIKELY(A & B & 1))
    return A | B;
  return bitwise(A, B, bigint::bitOr);
}
Value adder_int_xor(Value A, Value B) {
  if (ADDER_LIKELY(A & B & 1))
    return (A ^ B) | 1;
  return bitwise(A, B, bigint::bitXor);
}

double adder_int_truediv(Value A, Value B) {
  if (isSmallInt(A) && isSmallInt(B)) {
    // Both exactly representable: one correctly rounded IEEE division.
    SWord X = smallIntValue(A), Y = smallIntValue(B);
    const SWord Exact = SWord(1) << (WordBits > 53 ? 53 : WordBits - 2);
    if (Y != 0 && X <= Exact && X >= -Exact && Y <= Exact && Y >= -Exact)
      return double(X) / double(Y);
  }
  Limb TA[2], TB[2];
  BigView X = intView(A, TA), Y = intView(B, TB);
  Scratch S;
  if (!S.init(bigint::trueDivideScratch(X, Y)))
    return -1.0;
  double R;
  bigint::Status St = bigint::trueDivide(R, X, Y, S.get());
  if (St != bigint::Status::Ok) {
    raiseStatus(St);
    return -1.0;
  }
  return R;
}

bool adder_int_eq(Value A, Value B) { return intEq(A, B); }
bool adder_int_ne(Value A, Value B) { return !intEq(A, B); }
bool adder_int_lt(Value A, Value B) { return intLt(A, B); }
bool adder_int_le(Value A, Value B) { return intLe(A, B); }
bool adder_int_gt(Value A, Value B) { return intLt(B, A); }
bool adder_int_ge(Value A, Value B) { return intLe(B, A); }

bool adder_int_is_negative(Value A) { return isNegativeInt(A); }

bool adder_int_bool(Value A) {
  if (isSmallInt(A))
    return A != 1;
  Limb T[2];
  return intView(A, T).Len != 0;
}

Value adder_int_from_i64(int64_t I) { return intFromI64(I); }

Value adder_int_from_u64(uint64_t I) {
  if (I <= uint64_t(SmallIntMax))
    return makeSmallInt(SWord(I));
  Limb Storage[2];
  BigBuf Buf = bigint::buffer(Storage, 2);
  bigint::fromUint64(Buf, I);
  return intFromView(bigint::view(Buf));
}

bool adder_int_to_i64(Value A, int64_t *Out) {
  if (isSmallInt(A)) {
    *Out = smallIntValue(A);
    return true;
  }
  Limb T[2];
  return bigint::toInt64(intView(A, T), *Out);
}

bool adder_int_to_u64(Value A, uint64_t *Out) {
  if (isSmallInt(A)) {
    if (smallIntValue(A) < 0)
      return false;
    *Out = uint64_t(smallIntValue(A));
    return true;
  }
  Limb T[2];
  return bigint::toUint64(intView(A, T), *Out);
}

double adder_int_to_float(Value A) {
  if (isSmallInt(A))
    return double(smallIntValue(A));
  Limb T[2];
  double R;
  bigint::Status St = bigint::toDouble(intView(A, T), R);
  if (St != bigint::Status::Ok) {
    raiseStatus(St);
    return -1.0;
  }
  return R;
}

Value adder_float_to_int(double X) {
  if (X != X)
    return raise(&adder_type_ValueError, "cannot convert float NaN to integer");
  if (X == HUGE_VAL || X == -HUGE_VAL)
    return raise(&adder_type_OverflowError,
                 "cannot convert float infinity to integer");
  if (X > -9.2e18 && X < 9.2e18)
    return intFromI64(int64_t(X));
  Limb Storage[bigint::FromDoubleLimbs];
  BigBuf Buf = bigint::buffer(Storage, bigint::FromDoubleLimbs);
  bigint::fromDouble(Buf, X);
  return intFromView(bigint::view(Buf));
}

SWord adder_int_hash(Value A) {
  if (isSmallInt(A)) {
    SWord V = smallIntValue(A);
    // |V| < 2**61 - 1 hashes to itself on a 64-bit host.
    if (V > -(SWord(1) << (WordBits > 61 ? 60 : WordBits - 2)) &&
        V < (SWord(1) << (WordBits > 61 ? 60 : WordBits - 2)))
      return V == -1 ? -2 : V;
  }
  Limb T[2];
  return truncateHash(bigint::hash(intView(A, T)));
}

} // extern "C"

SWord num::truncateHash(int64_t H) {
  SWord R = SWord(H);
  return R == -1 ? -2 : R;
}

//===----------------------------------------------------------------------===//
// Conversions to and from text
//===----------------------------------------------------------------------===//

Value num::intToText(Value A, unsigned Base, const char *Prefix) {
  char Small[80];
  size_t PrefixLen = 0;
  while (Prefix[PrefixLen])
    ++PrefixLen;
  if (isSmallInt(A)) {
    SWord V = smallIntValue(A);
    Value Mag = V < 0 ? Value(0) - Value(V) : Value(V);
    char Digits[70];
    size_t N = 0;
    auto Convert = [&](Value Divisor) {
      do {
        unsigned D = unsigned(Mag % Divisor);
        Digits[N++] = char(D < 10 ? '0' + D : 'a' + D - 10);
        Mag /= Divisor;
      } while (Mag);
    };
    // Inlined with a constant 10, the division is a multiply (str() of an
    // int is common enough to show in profiles).
    if (Base == 10)
      Convert(10);
    else
      Convert(Base);
    size_t Len = 0;
    if (V < 0)
      Small[Len++] = '-';
    for (size_t I = 0; I < PrefixLen; ++I)
      Small[Len++] = Prefix[I];
    while (N)
      Small[Len++] = Digits[--N];
    return asciiStr(Small, Len);
  }
  Limb T[2];
  BigView X = intView(A, T);
  size_t Bound = bigint::toStringBound(X, Base) + PrefixLen;
  Scratch S, Chars;
  if (!S.init(bigint::toStringScratch(X, Base)) ||
      !Chars.init((Bound + sizeof(Limb) - 1) / sizeof(Limb)))
    return Error;
  char *Out = reinterpret_cast<char *>(Chars.get());
  size_t Len;
  // The digits go after room for the prefix; then the sign moves first.
  bigint::Status St = bigint::toString(Out + PrefixLen, Bound - PrefixLen,
                                       Len, X, Base, S.get(),
                                       Base == 10 ? adder_int_max_str_digits
                                                  : 0);
  if (St != bigint::Status::Ok)
    return raise(&adder_type_ValueError,
                 "Exceeds the limit (%zu digits) for integer string "
                 "conversion; use sys.set_int_max_str_digits() to increase "
                 "the limit",
                 adder_int_max_str_digits);
  size_t At = 0;
  if (Out[PrefixLen] == '-') {
    Out[0] = '-';
    At = 1;
  }
  // A negative number's digits already sit one further: right after
  // "-" + prefix.
  for (size_t I = 0; I < PrefixLen; ++I)
    Out[At + I] = Prefix[I];
  return asciiStr(Out, PrefixLen + Len);
}

extern "C" {

Value adder_int_to_str(Value A) { return intToText(A, 10, ""); }

static Value baseText(Value V, unsigned Base, const char *Prefix) {
  Value I = toIndex(V);
  if (I == Error)
    return Error;
  return intToText(I, Base, Prefix);
}
Value adder_hex(Value V) { return baseText(V, 16, "0x"); }
Value adder_oct(Value V) { return baseText(V, 8, "0o"); }
Value adder_bin(Value V) { return baseText(V, 2, "0b"); }

Value adder_int_parse(Str *S, Value Base) {
  return intParseText(S->data, S->byteLength, Base, fromObject(&S->header));
}

} // extern "C"

Value num::intParseText(const char *Text, size_t Len, Value BaseV,
                        Value ReprSource) {
  int64_t Base64;
  if (!intToI64Checked(BaseV, Base64)) {
    clearPendingException();
    Base64 = -1;
  }
  if (Base64 != 0 && (Base64 < 2 || Base64 > 36))
    return raise(&adder_type_ValueError,
                 "int() base must be >= 2 and <= 36, or 0");
  unsigned Base = unsigned(Base64);
  // Map non-ASCII decimal digits and whitespace to ASCII, as CPython's
  // _PyUnicode_TransformDecimalAndSpaceToASCII (non-ASCII anything else
  // makes the literal invalid: map it to '!').
  char Stack[128];
  char *Buf = Stack;
  Scratch S;
  bool Ascii = true;
  for (size_t I = 0; I < Len; ++I)
    if (uint8_t(Text[I]) >= 0x80)
      Ascii = false;
  size_t N = Len;
  const char *Src = Text;
  if (!Ascii) {
    if (Len > sizeof(Stack)) {
      if (!S.init((Len + 3) / 4))
        return Error;
      Buf = reinterpret_cast<char *>(S.get());
    }
    N = 0;
    const char *P = Text, *End = Text + Len;
    while (P < End) {
      uint32_t CP;
      unsigned K = decodeUtf8(P, End, CP, true);
      if (K == 0) {
        CP = '!';
        K = 1;
      }
      P += K;
      if (CP < 0x80)
        Buf[N++] = char(CP);
      else if (unicode::isSpace(CP))
        Buf[N++] = ' ';
      else if (unicode::decimalValue(CP) >= 0)
        Buf[N++] = char('0' + unicode::decimalValue(CP));
      else
        Buf[N++] = '!';
    }
    Src = Buf;
  }
  // Small fast path: optional sign and decimal digits only.
  IntOut Out;
  if (!Out.init(bigint::parseIntBound(N, Base)))
    return Error;
  bigint::Status St =
      bigint::parseInt(Out.Buf, Src, N, Base, adder_int_max_str_digits);
  if (St == bigint::Status::TooManyDigits) {
    size_t Digits = 0;
    for (size_t I = 0; I < N; ++I)
      if ((Src[I] >= '0' && Src[I] <= '9') || (Src[I] | 0x20) >= 'a')
        ++Digits;
    return raise(&adder_type_ValueError,
                 "Exceeds the limit (%zu digits) for integer string "
                 "conversion: value has %zu digits; use "
                 "sys.set_int_max_str_digits() to increase the limit",
                 adder_int_max_str_digits, Digits);
  }
  if (St != bigint::Status::Ok)
    return raise(&adder_type_ValueError,
                 "invalid literal for int() with base %d: %R", int(Base),
                 ReprSource);
  return Out.finish();
}

//===----------------------------------------------------------------------===//
// Type slots
//===----------------------------------------------------------------------===//

namespace {

Value intRepr(Value Self) { return adder_int_to_str(Self); }

SWord intHash(Value Self) { return adder_int_hash(Self); }

int intBoolean(Value Self) { return adder_int_bool(Self) ? 1 : 0; }

Value intCompare(Value Self, Value Other, CompareOp Op) {
  if (!isInt(Other))
    return notImplemented();
  int C = (isSmallInt(Self) && isSmallInt(Other))
              ? (SWord(Self) > SWord(Other)) - (SWord(Self) < SWord(Other))
              : adder_int_compare_slow(Self, Other);
  return boolValue(compareResult(C, Op));
}

Value intBinary(Value L, Value R, BinaryOp Op) {
  if (!isInt(L) || !isInt(R))
    return notImplemented();
  switch (Op) {
  case BinaryOp::Add:
    return intAdd(L, R);
  case BinaryOp::Sub:
    return intSub(L, R);
  case BinaryOp::Mul:
    return intMul(L, R);
  case BinaryOp::TrueDiv: {
    double D = adder_int_truediv(L, R);
    if (errorPending())
      return Error;
    return floatNew(D);
  }
  case BinaryOp::FloorDiv:
    return intFloorDiv(L, R);
  case BinaryOp::Mod:
    return intMod(L, R);
  case BinaryOp::Pow:
    return adder_int_pow(L, R);
  case BinaryOp::LShift:
    return adder_int_lshift(L, R);
  case BinaryOp::RShift:
    return adder_int_rshift(L, R);
  case BinaryOp::And:
    return adder_int_and(L, R);
  case BinaryOp::Or:
    return adder_int_or(L, R);
  case BinaryOp::Xor:
    return adder_int_xor(L, R);
  default:
    return notImplemented();
  }
}

Value intUnary(Value Self, UnaryOp Op) {
  switch (Op) {
  case UnaryOp::Neg:
    return intNeg(Self);
  case UnaryOp::Pos:
    return adder_int_pos(Self);
  case UnaryOp::Invert:
    return adder_int_invert(Self);
  }
  return notImplemented();
}

Value boolRepr(Value Self) {
  return strFromCString(isTrue(Self) ? "True" : "False");
}

Value boolBinary(Value L, Value R, BinaryOp Op) {
  if (isBool(L) && isBool(R)) {
    bool A = isTrue(L), B = isTrue(R);
    switch (Op) {
    case BinaryOp::And:
      return boolValue(A && B);
    case BinaryOp::Or:
      return boolValue(A || B);
    case BinaryOp::Xor:
      return boolValue(A != B);
    default:
      break;
    }
  }
  return intBinary(L, R, Op);
}

//--- Methods -------------------------------------------------------------//

Value selfInt(const Value *Args, size_t Argc, const char *Name) {
  if (Argc < 1 || !isInt(Args[0]))
    return raise(&adder_type_TypeError, "descriptor '%s' requires an 'int' "
                 "object", Name);
  return Args[0];
}

Value methodBitLength(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!selfInt(Args, Argc, "bit_length") ||
      !checkArgCount("int.bit_length", Argc - 1, 0, 0) ||
      !noKeywords("int.bit_length", Kw))
    return Error;
  Limb T[2];
  return adder_int_from_u64(bigint::bitLength(intView(Args[0], T)));
}

Value methodBitCount(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!selfInt(Args, Argc, "bit_count") ||
      !checkArgCount("int.bit_count", Argc - 1, 0, 0) ||
      !noKeywords("int.bit_count", Kw))
    return Error;
  Limb T[2];
  return adder_int_from_u64(bigint::bitCount(intView(Args[0], T)));
}

Value methodConjugate(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!selfInt(Args, Argc, "conjugate") ||
      !checkArgCount("int.conjugate", Argc - 1, 0, 0))
    return Error;
  return adder_int_pos(Args[0]);
}

Value propReal(const Value *Args, size_t Argc, Tuple *) {
  return adder_int_pos(Args[0]);
}
Value propImag(const Value *, size_t, Tuple *) { return makeSmallInt(0); }
Value propDenominator(const Value *, size_t, Tuple *) {
  return makeSmallInt(1);
}

Value methodAsIntegerRatio(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!selfInt(Args, Argc, "as_integer_ratio") ||
      !checkArgCount("int.as_integer_ratio", Argc - 1, 0, 0))
    return Error;
  Value N = adder_int_pos(Args[0]);
  if (N == Error)
    return Error;
  return makePair(N, makeSmallInt(1));
}

Value methodIndex(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!selfInt(Args, Argc, "__index__") ||
      !checkArgCount("int.__index__", Argc - 1, 0, 0))
    return Error;
  return adder_int_pos(Args[0]);
}

/// __int__, __trunc__, __floor__, __ceil__: the int itself (as an int).
template <const char *Name>
Value methodSelfAsInt(const Value *Args, size_t Argc, Tuple *) {
  if (!selfInt(Args, Argc, Name) || !checkArgCount(Name, Argc - 1, 0, 0))
    return Error;
  return adder_int_pos(Args[0]);
}
constexpr char IntName[] = "__int__", TruncName[] = "__trunc__",
               FloorName[] = "__floor__", CeilName[] = "__ceil__";

Value methodAbs(const Value *Args, size_t Argc, Tuple *) {
  if (!selfInt(Args, Argc, "__abs__") ||
      !checkArgCount("__abs__", Argc - 1, 0, 0))
    return Error;
  return adder_int_abs(Args[0]);
}

Value methodFloat(const Value *Args, size_t Argc, Tuple *) {
  if (!selfInt(Args, Argc, "__float__") ||
      !checkArgCount("__float__", Argc - 1, 0, 0))
    return Error;
  double D = adder_int_to_float(Args[0]);
  if (D == -1.0 && errorPending())
    return Error;
  return floatNew(D);
}

Value methodRound(const Value *Args, size_t Argc, Tuple *) {
  if (!selfInt(Args, Argc, "__round__") ||
      !checkArgCount("__round__", Argc - 1, 0, 1))
    return Error;
  return adder_round_int(Args[0], Argc > 1 ? Args[1] : Error);
}

/// int.to_bytes(length=1, byteorder='big', *, signed=False)
Value methodToBytes(const Value *Args, size_t Argc, Tuple *Kw) {
  static const char *const Names[] = {"self", "length", "byteorder",
                                      "signed"};
  Value A[4];
  if (!bindArgs("to_bytes", Args, Argc, Kw, Names, 4, 1, A))
    return Error;
  int64_t Length = 1;
  if (A[1] != Error) {
    Value I = toIndex(A[1]);
    if (I == Error || !intToI64Checked(I, Length))
      return Error;
    if (Length < 0)
      return raise(&adder_type_ValueError,
                   "length argument must be non-negative");
  }
  bool Little = false;
  if (A[2] != Error) {
    if (!isStr(A[2]))
      return raise(&adder_type_TypeError,
                   "to_bytes() argument 'byteorder' must be str, not %T",
                   A[2]);
    if (strEqualsCString(asStr(A[2]), "little"))
      Little = true;
    else if (!strEqualsCString(asStr(A[2]), "big"))
      return raise(&adder_type_ValueError,
                   "byteorder must be either 'little' or 'big'");
  }
  bool Signed = false;
  if (A[3] != Error) {
    int T = truthy(A[3]);
    if (T < 0)
      return Error;
    Signed = T;
  }
  Limb Tmp[2];
  BigView X = intView(Args[0], Tmp);
  if (X.Neg && !Signed)
    return raise(&adder_type_OverflowError,
                 "can't convert negative int to unsigned");
  Bytes *B = reinterpret_cast<Bytes *>(
      gcAlloc(&adder_type_bytes, sizeof(Bytes) + size_t(Length) + 1));
  if (!B)
    return Error;
  // Re-read the view: the allocation cannot move objects, but be explicit.
  X = intView(Args[0], Tmp);
  B->size = uint32_t(Length);
  B->hash = -1;
  // Two's complement, little-endian, byte by byte.
  uint32_t Borrow = 1;
  for (int64_t I = 0; I < Length; ++I) {
    uint32_t LimbIndex = uint32_t(I / 4);
    uint32_t Byte = LimbIndex < X.Len ? (X.Limbs[LimbIndex] >> (8 * (I % 4))) & 0xFF : 0;
    if (X.Neg) {
      Byte = (~Byte & 0xFF) + Borrow;
      Borrow = Byte >> 8;
      Byte &= 0xFF;
    }
    B->data[Little ? I : Length - 1 - I] = char(Byte);
  }
  B->data[Length] = 0;
  // Overflow: the value needs more bits than Length bytes give.
  uint64_t Bits = bigint::bitLength(X);
  bool Fits;
  if (!X.Neg)
    Fits = Signed ? Bits < uint64_t(Length) * 8 || X.Len == 0
                  : Bits <= uint64_t(Length) * 8;
  else {
    // -2**(8n-1) <= X: |X| <= 2**(8n-1).
    Fits = Bits < uint64_t(Length) * 8 ||
           (Bits == uint64_t(Length) * 8 && bigint::bitCount(X) == 1);
  }
  if (!Fits)
    return raise(&adder_type_OverflowError, "int too big to convert");
  return fromObject(&B->header);
}

/// PyObject_Bytes: a bytes object with the bytes of a bytes-like object,
/// of an iterable of ints, or of __bytes__ (a copy, so that nothing the
/// caller allocates can resize it).
Value bytesOf(Value V) {
  if (isObject(V) && asObject(V)->type == &adder_type_bytes)
    return V;
  const char *Data;
  size_t Size;
  if (getBuffer(V, &Data, &Size)) {
    Bytes *B = bytesNew(Data, Size);
    return B ? bytesValue(B) : Error;
  }
  Value R = bytesimpl::callDunderBytes(V);
  if (R != Error || errorPending())
    return R;
  if (isStr(V) || !isIterable(V))
    return raise(&adder_type_TypeError, "cannot convert '%T' object to bytes",
                 V);
  StrBuilder Out;
  if (!bytesimpl::collectInitializer(V, Out, "bytes must be in range(0, 256)"))
    return Error;
  Bytes *B = bytesNew(Out.data(), Out.size());
  return B ? bytesValue(B) : Error;
}

/// int.from_bytes(bytes, byteorder='big', *, signed=False)
Value methodFromBytes(const Value *Args, size_t Argc, Tuple *Kw) {
  static const char *const Names[] = {"cls", "bytes", "byteorder", "signed"};
  Value A[4];
  if (!bindArgs("from_bytes", Args, Argc, Kw, Names, 4, 2, A))
    return Error;
  Value Source = bytesOf(A[1]);
  if (Source == Error)
    return Error;
  bool Little = false;
  if (A[2] != Error) {
    if (!isStr(A[2]))
      return raise(&adder_type_TypeError,
                   "from_bytes() argument 'byteorder' must be str, not %T",
                   A[2]);
    if (strEqualsCString(asStr(A[2]), "little"))
      Little = true;
    else if (!strEqualsCString(asStr(A[2]), "big"))
      return raise(&adder_type_ValueError,
                   "byteorder must be either 'little' or 'big'");
  }
  bool Signed = false;
  if (A[3] != Error) {
    int T = truthy(A[3]);
    if (T < 0)
      return Error;
    Signed = T;
  }
  const Bytes *B = reinterpret_cast<const Bytes *>(Source);
  uint32_t N = B->size;
  uint32_t Limbs = (N + 3) / 4;
  IntOut Out;
  if (!Out.init(Limbs + 1))
    return Error;
  for (uint32_t I = 0; I < Limbs + 1; ++I)
    Out.Buf.Limbs[I] = 0;
  for (uint32_t I = 0; I < N; ++I) {
    uint8_t Byte = uint8_t(B->data[Little ? I : N - 1 - I]);
    Out.Buf.Limbs[I / 4] |= uint32_t(Byte) << (8 * (I % 4));
  }
  bool Neg = Signed && N && (uint8_t(B->data[Little ? N - 1 : 0]) & 0x80);
  if (Neg) {
    // Magnitude = 2**(8N) - value.
    uint64_t Borrow = 0;
    for (uint32_t I = 0; I < Limbs; ++I) {
      uint64_t D = uint64_t(0) - Out.Buf.Limbs[I] - Borrow;
      Out.Buf.Limbs[I] = uint32_t(D);
      Borrow = (D >> 32) ? 1 : 0;
    }
    if (N % 4)
      Out.Buf.Limbs[Limbs - 1] &= (uint32_t(1) << (8 * (N % 4))) - 1;
  }
  uint32_t Len = Limbs;
  while (Len && Out.Buf.Limbs[Len - 1] == 0)
    --Len;
  Out.Buf.Len = Len;
  Out.Buf.Neg = Neg && Len;
  return Out.finish();
}

Value intConstruct(const Type *T, const Value *Args, size_t Argc,
                   Tuple *Kw) {
  if (T != &adder_type_int)
    return raise(&adder_type_TypeError,
                 "subclasses of int are not supported yet");
  return adder_construct_int(Args, Argc, Kw);
}
Value boolConstruct(const Type *, const Value *Args, size_t Argc, Tuple *Kw) {
  return adder_construct_bool(Args, Argc, Kw);
}

constexpr MethodDef IntMethods[] = {
    {"__abs__", methodAbs, MethodKind::Method},
    {"__ceil__", methodSelfAsInt<CeilName>, MethodKind::Method},
    {"__float__", methodFloat, MethodKind::Method},
    {"__floor__", methodSelfAsInt<FloorName>, MethodKind::Method},
    {"__format__", formatMethod<0>, MethodKind::Method},
    {"__index__", methodIndex, MethodKind::Method},
    {"__int__", methodSelfAsInt<IntName>, MethodKind::Method},
    {"__round__", methodRound, MethodKind::Method},
    {"__trunc__", methodSelfAsInt<TruncName>, MethodKind::Method},
    {"as_integer_ratio", methodAsIntegerRatio, MethodKind::Method},
    {"bit_count", methodBitCount, MethodKind::Method},
    {"bit_length", methodBitLength, MethodKind::Method},
    {"conjugate", methodConjugate, MethodKind::Method},
    {"denominator", propDenominator, MethodKind::Property},
    {"from_bytes", methodFromBytes, MethodKind::ClassMethod},
    {"imag", propImag, MethodKind::Property},
    {"numerator", propReal, MethodKind::Property},
    {"real", propReal, MethodKind::Property},
    {"to_bytes", methodToBytes, MethodKind::Method},
};


} // namespace

bool num::compareResult(int C, CompareOp Op) {
  switch (Op) {
  case CompareOp::Lt:
    return C < 0;
  case CompareOp::Le:
    return C <= 0;
  case CompareOp::Eq:
    return C == 0;
  case CompareOp::Ne:
    return C != 0;
  case CompareOp::Gt:
    return C > 0;
  case CompareOp::Ge:
    return C >= 0;
  }
  return false;
}

CompareOp num::swapCompare(CompareOp Op) {
  switch (Op) {
  case CompareOp::Lt:
    return CompareOp::Gt;
  case CompareOp::Le:
    return CompareOp::Ge;
  case CompareOp::Gt:
    return CompareOp::Lt;
  case CompareOp::Ge:
    return CompareOp::Le;
  default:
    return Op;
  }
}

extern "C" const Type adder_type_int = {
    .header = {&adder_type_type},
    .name = "int",
    .base = &adder_type_object,
    .flags = TypeBaseType | TypeIntSubclass,
    .repr = intRepr,
    .str = intRepr,
    .hash = intHash,
    .compare = intCompare,
    .boolean = intBoolean,
    .binary = intBinary,
    .unary = intUnary,
    .construct = intConstruct,
    .methods = IntMethods,
    .methodCount = sizeof(IntMethods) / sizeof(IntMethods[0])};

// bool inherits int's methods through the base chain.
extern "C" const Type adder_type_bool = {
    .header = {&adder_type_type},
    .name = "bool",
    .base = &adder_type_int,
    .flags = TypeIntSubclass,
    .instanceSize = sizeof(BoolObject),
    .repr = boolRepr,
    .str = boolRepr,
    .binary = boolBinary,
    .construct = boolConstruct};

extern "C" const BoolObject adder_true = {{&adder_type_bool}, 1};
extern "C" const BoolObject adder_false = {{&adder_type_bool}, 0};

} // namespace adder::rt
