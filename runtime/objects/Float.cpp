//===- Float.cpp - the float type -------------------------------*- C++ -*-===//
//
// Python's float is an IEEE double (DESIGN.md decision 6). Compiled code
// keeps floats unboxed and calls the adder_float_* entry points; the type's
// slots serve the dynamic path. Each operation is a transcription of
// CPython 3.11's floatobject.c, because the corner cases are the contract:
// the sign of a zero remainder, nan ** 0 == 1, the exact int/float
// comparison that never rounds the int, and _Py_HashDouble's value for
// every double, which decides set and dict iteration order.
// Text conversions (repr, float(str), round) are the exact algorithms of
// support/float (FloatConv.h).
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Numbers.h"

#include "NumbersInternal.h"
#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/FloatConv.h"
#include "adder/support/Unicode.h"
#include "adder/support/Utf8.h"
#include "objects/MethodHelpers.h"

#include <math.h>

namespace adder::rt {
using namespace num;

bool isFloatSubclass(Value V) {
  return isSubtype(asObject(V)->type, &adder_type_float);
}

ADDER_NOINLINE Value floatBox(double D) {
  Float *F = reinterpret_cast<Float *>(gcAlloc(&adder_type_float, sizeof(Float)));
  if (!F)
    return Error;
  F->value = D;
  return fromObject(&F->header);
}


static bool isNaN(double X) { return X != X; }
static bool isInf(double X) { return X == HUGE_VAL || X == -HUGE_VAL; }
static bool isFinite(double X) { return !isNaN(X) && !isInf(X); }
static bool isOddInteger(double X) { return fmod(fabs(X), 2.0) == 1.0; }

bool num::numberToDouble(Value V, double &Out) {
  if (isSmallInt(V)) {
    Out = double(smallIntValue(V));
    return true;
  }
  if (isFloat(V)) {
    Out = floatValue(V);
    return true;
  }
  Out = adder_int_to_float(V);
  return !errorPending();
}

//===----------------------------------------------------------------------===//
// Hashing
//===----------------------------------------------------------------------===//

int64_t num::hashDouble(double V) {
  // _Py_HashDouble with 61-bit modulus, on every target (see BigInt.h).
  constexpr unsigned Bits = 61;
  constexpr uint64_t Modulus = (uint64_t(1) << Bits) - 1;
  if (isInf(V))
    return V > 0 ? 314159 : -314159;
  int E;
  double M = frexp(V, &E);
  int Sign = 1;
  if (M < 0) {
    Sign = -1;
    M = -M;
  }
  uint64_t X = 0;
  while (M) {
    X = ((X << 28) & Modulus) | X >> (Bits - 28);
    M *= 268435456.0; // 2**28
    E -= 28;
    uint64_t Y = uint64_t(M);
    M -= double(Y);
    X += Y;
    if (X >= Modulus)
      X -= Modulus;
  }
  E = E >= 0 ? E % int(Bits) : int(Bits) - 1 - ((-1 - E) % int(Bits));
  X = ((X << E) & Modulus) | X >> (Bits - E);
  int64_t H = int64_t(X) * Sign;
  return H == -1 ? -2 : H;
}

//===----------------------------------------------------------------------===//
// Comparison with ints
//===----------------------------------------------------------------------===//

bool num::compareDoubleInt(double A, Value B, CompareOp Op) {
  if (isNaN(A))
    return Op == CompareOp::Ne;
  int C;
  if (isSmallInt(B) && smallIntValue(B) <= (SWord(1) << (WordBits > 53 ? 53 : WordBits - 2)) &&
      smallIntValue(B) >= -(SWord(1) << (WordBits > 53 ? 53 : WordBits - 2))) {
    double D = double(smallIntValue(B));
    C = (A > D) - (A < D);
  } else {
    Limb T[2];
    C = -bigint::compareWithDouble(intView(B, T), A);
  }
  return compareResult(C, Op);
}

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

/// CPython's _float_div_mod: Python's floor semantics and zero signs.
static void floatDivMod(double VX, double WX, double &FloorDiv, double &Mod) {
  Mod = fmod(VX, WX);
  double Div = (VX - Mod) / WX;
  if (Mod) {
    if ((WX < 0) != (Mod < 0)) {
      Mod += WX;
      Div -= 1.0;
    }
  } else {
    Mod = copysign(0.0, WX);
  }
  if (Div) {
    FloorDiv = floor(Div);
    if (Div - FloorDiv > 0.5)
      FloorDiv += 1.0;
  } else {
    FloorDiv = copysign(0.0, VX / WX);
  }
}

static double floatRem(double VX, double WX) {
  double Mod = fmod(VX, WX);
  if (Mod) {
    if ((WX < 0) != (Mod < 0))
      Mod += WX;
  } else {
    Mod = copysign(0.0, WX);
  }
  return Mod;
}

/// float_pow for the cases with a real result. Sets Complex when a
/// negative base meets a non-integral exponent (the caller decides).
static double realPow(double IV, double IW, bool &Complex) {
  Complex = false;
  if (IW == 0)
    return 1.0;
  if (isNaN(IV))
    return IV;
  if (isNaN(IW))
    return IV == 1.0 ? 1.0 : IW;
  if (isInf(IW)) {
    IV = fabs(IV);
    if (IV == 1.0)
      return 1.0;
    if ((IW > 0.0) == (IV > 1.0))
      return fabs(IW);
    return 0.0;
  }
  if (isInf(IV)) {
    bool Odd = isOddInteger(IW);
    if (IW > 0.)
      return Odd ? IV : fabs(IV);
    return Odd ? copysign(0.0, IV) : 0.0;
  }
  if (IV == 0.0) {
    bool Odd = isOddInteger(IW);
    if (IW < 0.0) {
      raise(&adder_type_ZeroDivisionError,
            "0.0 cannot be raised to a negative power");
      return -1.0;
    }
    return Odd ? IV : 0.0;
  }
  bool Negate = false;
  if (IV < 0.0) {
    if (IW != floor(IW)) {
      Complex = true;
      return 0.0;
    }
    IV = -IV;
    Negate = isOddInteger(IW);
  }
  if (IV == 1.0)
    return Negate ? -1.0 : 1.0;
  double IX = pow(IV, IW);
  if (isInf(IX)) {
    raise(&adder_type_OverflowError, "(34, 'Numerical result out of range')");
    return -1.0;
  }
  return Negate ? -IX : IX;
}

Value num::floatPow(double A, double B) {
  bool Complex;
  double R = realPow(A, B, Complex);
  if (Complex)
    return complexPow(A, 0.0, B, 0.0);
  if (errorPending())
    return Error;
  return floatNew(R);
}

extern "C" {

ADDER_FAST Value adder_box_float(double X) { return floatNew(X); }
ADDER_FAST double adder_float_value(Value V) { return floatValue(V); }

double adder_float_truediv(double A, double B) {
  if (B == 0.0) {
    raise(&adder_type_ZeroDivisionError, "float division by zero");
    return -1.0;
  }
  return A / B;
}

double adder_float_floordiv(double A, double B) {
  if (B == 0.0) {
    raise(&adder_type_ZeroDivisionError, "float floor division by zero");
    return -1.0;
  }
  double Q, M;
  floatDivMod(A, B, Q, M);
  return Q;
}

double adder_float_mod(double A, double B) {
  if (B == 0.0) {
    raise(&adder_type_ZeroDivisionError, "float modulo");
    return -1.0;
  }
  return floatRem(A, B);
}

Value adder_float_divmod(double A, double B) {
  if (B == 0.0)
    return raise(&adder_type_ZeroDivisionError, "float divmod()");
  double Q, M;
  floatDivMod(A, B, Q, M);
  Value VQ = floatNew(Q);
  if (VQ == Error)
    return Error;
  Value VM = floatNew(M);
  if (VM == Error)
    return Error;
  return makePair(VQ, VM);
}

Value adder_float_pow(double A, double B) { return floatPow(A, B); }

double adder_float_pow_int(double A, Value B) {
  double E;
  if (!numberToDouble(B, E))
    return -1.0;
  bool Complex;
  return realPow(A, E, Complex); // an integral exponent: never complex
}

bool adder_float_int_compare(double A, Value B, CompareOp Op) {
  return compareDoubleInt(A, B, Op);
}

SWord adder_float_hash(double X) {
  if (isNaN(X))
    return 0;
  return truncateHash(hashDouble(X));
}

Value adder_float_repr(double X) {
  char Buf[floatconv::MaxReprLength];
  size_t N = floatconv::formatRepr(X, Buf);
  return asciiStr(Buf, N);
}

bool adder_float_is_integer(double X) { return isFinite(X) && floor(X) == X; }

Value adder_round_float(double X, Value Ndigits) {
  if (Ndigits == Error || isNone(Ndigits))
    return adder_float_to_int(floatconv::roundToInteger(X));
  Value I = toIndex(Ndigits);
  if (I == Error)
    return Error;
  // Clamp ndigits like PyNumber_AsSsize_t(o, NULL).
  int64_t N;
  if (!adder_int_to_i64(I, &N))
    N = adder_int_is_negative(I) ? INT64_MIN : INT64_MAX;
  if (!isFinite(X))
    return floatNew(X);
  // NDIGITS_MAX and NDIGITS_MIN of floatobject.c.
  if (N > 323)
    return floatNew(X);
  if (N < -308)
    return floatNew(0.0 * X);
  double R = floatconv::roundToDigits(X, int(N));
  if (isInf(R))
    return raise(&adder_type_OverflowError,
                 "rounded value too large to represent");
  return floatNew(R);
}

} // extern "C"

//===----------------------------------------------------------------------===//
// float(str)
//===----------------------------------------------------------------------===//

/// float() of generalized UTF-8 text; ReprSource names it in the error.
bool num::floatParseText(const char *Text, size_t Len, Value ReprSource,
                         double &Out) {
  // Map Unicode digits and spaces to ASCII (others poison the literal),
  // then drop underscores that sit between digits, as CPython's
  // _Py_string_to_number_with_underscores.
  char Stack[128];
  Scratch S;
  char *Buf = Stack;
  if (Len > sizeof(Stack)) {
    if (!S.init((Len + 3) / 4))
      return false;
    Buf = reinterpret_cast<char *>(S.get());
  }
  size_t N = 0;
  const char *P = Text, *End = Text + Len;
  bool Bad = false;
  char Prev = 0;
  while (P < End) {
    uint32_t CP;
    unsigned K = decodeUtf8(P, End, CP, true);
    if (K == 0) {
      CP = '!';
      K = 1;
    }
    P += K;
    char C;
    if (CP < 0x80)
      C = char(CP);
    else if (unicode::isSpace(CP))
      C = ' ';
    else if (unicode::decimalValue(CP) >= 0)
      C = char('0' + unicode::decimalValue(CP));
    else
      C = '!';
    if (C == 0)
      Bad = true; // embedded NUL
    if (C == '_') {
      if (!(Prev >= '0' && Prev <= '9'))
        Bad = true;
    } else {
      Buf[N++] = C;
      if (Prev == '_' && !(C >= '0' && C <= '9'))
        Bad = true;
    }
    Prev = C;
  }
  if (Prev == '_')
    Bad = true;
  size_t B = 0, E = N;
  auto IsSpace = [](char C) {
    return C == ' ' || (C >= '\t' && C <= '\r');
  };
  while (B < E && IsSpace(Buf[B]))
    ++B;
  while (E > B && IsSpace(Buf[E - 1]))
    --E;
  if (Bad || !floatconv::parseDouble(Buf + B, E - B, &Out)) {
    raise(&adder_type_ValueError, "could not convert string to float: %R",
          ReprSource);
    return false;
  }
  return true;
}

extern "C" double adder_float_parse(Str *S) {
  double D;
  if (!floatParseText(S->data, S->byteLength, fromObject(&S->header), D))
    return -1.0;
  return D;
}

//===----------------------------------------------------------------------===//
// Type slots
//===----------------------------------------------------------------------===//

namespace {

Value floatRepr(Value Self) { return adder_float_repr(floatValue(Self)); }

SWord floatHash(Value Self) {
  double X = floatValue(Self);
  if (isNaN(X)) {
    // Since 3.10 a NaN hashes by identity (_Py_HashPointer).
    Value V = Self;
    V = (V >> 4) | (V << (WordBits - 4));
    SWord H = SWord(V);
    return H == -1 ? -2 : H;
  }
  return truncateHash(hashDouble(X));
}

Value floatCompare(Value Self, Value Other, CompareOp Op) {
  double A = floatValue(Self);
  if (isFloat(Other)) {
    double B = floatValue(Other);
    bool R;
    switch (Op) {
    case CompareOp::Lt: R = A < B; break;
    case CompareOp::Le: R = A <= B; break;
    case CompareOp::Eq: R = A == B; break;
    case CompareOp::Ne: R = A != B; break;
    case CompareOp::Gt: R = A > B; break;
    default: R = A >= B; break;
    }
    return boolValue(R);
  }
  if (isInt(Other))
    return boolValue(compareDoubleInt(A, Other, Op));
  return notImplemented();
}

int floatBoolean(Value Self) { return floatValue(Self) != 0.0; }

Value floatBinary(Value L, Value R, BinaryOp Op) {
  if (!isRealNumber(L) || !isRealNumber(R))
    return notImplemented();
  switch (Op) {
  case BinaryOp::Add:
  case BinaryOp::Sub:
  case BinaryOp::Mul:
  case BinaryOp::TrueDiv:
  case BinaryOp::FloorDiv:
  case BinaryOp::Mod:
  case BinaryOp::Pow:
    break;
  default:
    return notImplemented();
  }
  double A, B;
  if (!numberToDouble(L, A) || !numberToDouble(R, B))
    return Error;
  double X;
  switch (Op) {
  case BinaryOp::Add:
    X = A + B;
    break;
  case BinaryOp::Sub:
    X = A - B;
    break;
  case BinaryOp::Mul:
    X = A * B;
    break;
  case BinaryOp::TrueDiv:
    X = adder_float_truediv(A, B);
    break;
  case BinaryOp::FloorDiv:
    X = adder_float_floordiv(A, B);
    break;
  case BinaryOp::Mod:
    X = adder_float_mod(A, B);
    break;
  default:
    return floatPow(A, B);
  }
  if (errorPending())
    return Error;
  return floatNew(X);
}

Value floatUnary(Value Self, UnaryOp Op) {
  switch (Op) {
  case UnaryOp::Neg:
    return floatNew(-floatValue(Self));
  case UnaryOp::Pos:
    return isExactFloat(Self) ? Self
                                                     : floatNew(floatValue(Self));
  default:
    return notImplemented();
  }
}

//--- Methods -------------------------------------------------------------//

bool selfFloat(const Value *Args, size_t Argc, const char *Name,
               size_t MaxArgs) {
  if (Argc < 1 || !isFloat(Args[0])) {
    raise(&adder_type_TypeError,
          "descriptor '%s' requires a 'float' object", Name);
    return false;
  }
  return checkArgCount(Name, Argc - 1, 0, MaxArgs);
}

Value methodIsInteger(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "is_integer", 0))
    return Error;
  return boolValue(adder_float_is_integer(floatValue(Args[0])));
}

Value methodConjugate(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "conjugate", 0))
    return Error;
  return floatUnary(Args[0], UnaryOp::Pos);
}

Value propReal(const Value *Args, size_t, Tuple *) {
  return floatUnary(Args[0], UnaryOp::Pos);
}
Value propImag(const Value *, size_t, Tuple *) { return floatNew(0.0); }

Value methodAsIntegerRatio(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "as_integer_ratio", 0))
    return Error;
  double X = floatValue(Args[0]);
  if (isInf(X))
    return raise(&adder_type_OverflowError,
                 "cannot convert Infinity to integer ratio");
  if (isNaN(X))
    return raise(&adder_type_ValueError, "cannot convert NaN to integer ratio");
  int Exponent;
  double Part = frexp(X, &Exponent);
  for (int I = 0; I < 300 && Part != floor(Part); ++I) {
    Part *= 2.0;
    --Exponent;
  }
  Value Num = adder_float_to_int(Part);
  if (Num == Error)
    return Error;
  Value Den = makeSmallInt(1);
  if (Exponent > 0)
    Num = adder_int_lshift(Num, makeSmallInt(Exponent));
  else
    Den = adder_int_lshift(Den, makeSmallInt(-Exponent));
  if (Num == Error || Den == Error)
    return Error;
  return makePair(Num, Den);
}

Value methodHex(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "hex", 0))
    return Error;
  double X = floatValue(Args[0]);
  if (!isFinite(X))
    return floatRepr(Args[0]);
  if (X == 0.0)
    return strFromCString(copysign(1.0, X) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0");
  int E;
  double M = frexp(fabs(X), &E);
  int Shift = 1 - (-1021 - E > 0 ? -1021 - E : 0);
  M = ldexp(M, Shift);
  E -= Shift;
  char Buf[40];
  size_t N = 0;
  if (X < 0)
    Buf[N++] = '-';
  Buf[N++] = '0';
  Buf[N++] = 'x';
  const char *HexDigits = "0123456789abcdef";
  Buf[N++] = HexDigits[int(M)];
  M -= int(M);
  Buf[N++] = '.';
  for (int I = 0; I < 13; ++I) {
    M *= 16.0;
    Buf[N++] = HexDigits[int(M)];
    M -= int(M);
  }
  Buf[N++] = 'p';
  Buf[N++] = E < 0 ? '-' : '+';
  unsigned AE = unsigned(E < 0 ? -E : E);
  char Digits[8];
  size_t ND = 0;
  do {
    Digits[ND++] = char('0' + AE % 10);
    AE /= 10;
  } while (AE);
  while (ND)
    Buf[N++] = Digits[--ND];
  return asciiStr(Buf, N);
}

/// float.fromhex(string), a class method: Args[0] is the class.
Value methodFromHex(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords("float.fromhex", KwNames))
    return Error;
  if (Argc != 2)
    return raise(&adder_type_TypeError,
                 "float.fromhex() takes exactly one argument (%zu given)",
                 Argc - 1);
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "bad argument type for built-in operation");
  const Str *S = asStr(Args[1]);
  const char *P = S->data, *End = P + S->byteLength;
  auto IsSpace = [](char C) { return C == ' ' || (C >= '\t' && C <= '\r'); };
  while (P < End && IsSpace(*P))
    ++P;
  while (End > P && IsSpace(End[-1]))
    --End;
  double X;
  switch (floatconv::parseHexDouble(P, size_t(End - P), &X)) {
  case floatconv::HexParse::Invalid:
    return raise(&adder_type_ValueError,
                 "invalid hexadecimal floating-point string");
  case floatconv::HexParse::Overflow:
    return raise(&adder_type_OverflowError,
                 "hexadecimal value too large to represent as a float");
  case floatconv::HexParse::Ok:
    break;
  }
  Value R = floatNew(X);
  if (R == Error || Args[0] == fromObject(&adder_type_float.header))
    return R;
  return call(Args[0], &R, 1); // a subclass: cls(value)
}

Value methodTrunc(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "__trunc__", 0))
    return Error;
  return adder_float_to_int(floatValue(Args[0]));
}

Value methodFloor(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "__floor__", 0))
    return Error;
  return adder_float_to_int(floor(floatValue(Args[0])));
}

Value methodCeil(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "__ceil__", 0))
    return Error;
  return adder_float_to_int(ceil(floatValue(Args[0])));
}

Value methodRound(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "__round__", 1))
    return Error;
  return adder_round_float(floatValue(Args[0]), Argc > 1 ? Args[1] : Error);
}

Value methodAbs(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "__abs__", 0))
    return Error;
  return floatNew(fabs(floatValue(Args[0])));
}

Value methodFloat(const Value *Args, size_t Argc, Tuple *) {
  if (!selfFloat(Args, Argc, "__float__", 0))
    return Error;
  return floatNew(floatValue(Args[0]));
}

Value floatConstruct(const Type *T, const Value *Args, size_t Argc,
                     Tuple *Kw) {
  if (T != &adder_type_float)
    return raise(&adder_type_TypeError,
                 "subclasses of float are not supported yet");
  return adder_construct_float(Args, Argc, Kw);
}

constexpr MethodDef FloatMethods[] = {
    {"__abs__", methodAbs, MethodKind::Method},
    {"__ceil__", methodCeil, MethodKind::Method},
    {"__float__", methodFloat, MethodKind::Method},
    {"__floor__", methodFloor, MethodKind::Method},
    {"__format__", formatMethod<1>, MethodKind::Method},
    {"__int__", methodTrunc, MethodKind::Method},
    {"__round__", methodRound, MethodKind::Method},
    {"__trunc__", methodTrunc, MethodKind::Method},
    {"as_integer_ratio", methodAsIntegerRatio, MethodKind::Method},
    {"conjugate", methodConjugate, MethodKind::Method},
    {"fromhex", methodFromHex, MethodKind::ClassMethod},
    {"hex", methodHex, MethodKind::Method},
    {"imag", propImag, MethodKind::Property},
    {"is_integer", methodIsInteger, MethodKind::Method},
    {"real", propReal, MethodKind::Property},
};

} // namespace

extern "C" const Type adder_type_float = {
    .header = {&adder_type_type},
    .name = "float",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Float),
    .repr = floatRepr,
    .str = floatRepr,
    .hash = floatHash,
    .compare = floatCompare,
    .boolean = floatBoolean,
    .binary = floatBinary,
    .unary = floatUnary,
    .construct = floatConstruct,
    .methods = FloatMethods,
    .methodCount = sizeof(FloatMethods) / sizeof(FloatMethods[0])};

} // namespace adder::rt
