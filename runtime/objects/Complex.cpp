//===- Complex.cpp - the complex type ---------------------------*- C++ -*-===//
//
// A basic complex: enough for literals (1j), the arithmetic of programs
// that meet complex numbers by accident ((-8) ** (1/3)), abs, ==, hash and
// repr. The arithmetic is CPython 3.11's complexobject.c (Smith's division,
// repeated squaring for small integral powers, the polar form otherwise),
// since the digits printed depend on the exact operation order.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Numbers.h"

#include "NumbersInternal.h"
#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/FloatConv.h"

#include <math.h>

namespace adder::rt {
using namespace num;

namespace {

struct C {
  double re, im;
};

bool isInfD(double X) { return X == HUGE_VAL || X == -HUGE_VAL; }

C prod(C A, C B) {
  return {A.re * B.re - A.im * B.im, A.re * B.im + A.im * B.re};
}

/// c_quot; Zero set on division by zero (errno EDOM in CPython).
C quot(C A, C B, bool &Zero) {
  double AbsR = B.re < 0 ? -B.re : B.re;
  double AbsI = B.im < 0 ? -B.im : B.im;
  if (AbsR >= AbsI) {
    if (AbsR == 0.0) {
      Zero = true;
      return {0.0, 0.0};
    }
    double Ratio = B.im / B.re;
    double Denom = B.re + B.im * Ratio;
    return {(A.re + A.im * Ratio) / Denom, (A.im - A.re * Ratio) / Denom};
  }
  if (AbsI >= AbsR) {
    double Ratio = B.re / B.im;
    double Denom = B.re * Ratio + B.im;
    return {(A.re * Ratio + A.im) / Denom, (A.im * Ratio - A.re) / Denom};
  }
  return {NAN, NAN};
}

C powu(C X, long N) {
  C R = {1.0, 0.0}, P = X;
  long Mask = 1;
  while (Mask > 0 && N >= Mask) {
    if (N & Mask)
      R = prod(R, P);
    Mask <<= 1;
    P = prod(P, P);
  }
  return R;
}

C powi(C X, long N, bool &Zero) {
  if (N > 0)
    return powu(X, N);
  return quot({1.0, 0.0}, powu(X, -N), Zero);
}

C cpow(C A, C B, bool &Zero) {
  if (B.re == 0. && B.im == 0.)
    return {1.0, 0.0};
  if (A.re == 0. && A.im == 0.) {
    if (B.im != 0. || B.re < 0.)
      Zero = true;
    return {0.0, 0.0};
  }
  double VAbs = hypot(A.re, A.im);
  double Len = pow(VAbs, B.re);
  double At = atan2(A.im, A.re);
  double Phase = At * B.re;
  if (B.im != 0.0) {
    Len /= exp(At * B.im);
    Phase += B.im * log(VAbs);
  }
  // libm's cos/sin of an infinity set errno to EDOM, which CPython then
  // reports as a zero-power error.
  if (Phase == HUGE_VAL || Phase == -HUGE_VAL)
    Zero = true;
  return {Len * cos(Phase), Len * sin(Phase)};
}

Value newComplex(C Z) { return adder_complex_new(Z.re, Z.im); }

/// int, float or complex as a complex; false for other types.
bool toComplex(Value V, C &Out, bool &Failed) {
  Failed = false;
  if (isComplex(V)) {
    auto *Z = reinterpret_cast<const Complex *>(V);
    Out = {Z->real, Z->imag};
    return true;
  }
  if (isRealNumber(V)) {
    double D;
    if (!numberToDouble(V, D)) {
      Failed = true;
      return false;
    }
    Out = {D, 0.0};
    return true;
  }
  return false;
}

/// An argument of complex(): a number, or an instance of a class with
/// __complex__ (first argument only), __float__ or __index__
/// (try_complex_special_method and PyFloat_AsDouble in CPython). IsComplex
/// tells whether it counts as a complex number.
bool constructorArgument(Value V, bool First, C &Out, bool &IsComplex,
                         bool &Failed) {
  IsComplex = isComplex(V);
  if (toComplex(V, Out, Failed) || Failed)
    return !Failed;
  if (!(typeOf(V)->flags & TypeHeapType))
    return false;
  Failed = true;
  bool Found = false;
  Value R = First ? callDunder(V, "__complex__", nullptr, 0, Found) : Error;
  if (Found) {
    if (R == Error)
      return false;
    if (!isComplex(R)) {
      raise(&adder_type_TypeError,
            "__complex__ returned non-complex (type %s)", typeName(R));
      return false;
    }
    IsComplex = true;
    return toComplex(R, Out, Failed);
  }
  static const char *const RealMethods[] = {"__float__", "__index__"};
  for (const char *Name : RealMethods) {
    Value M = optionalAttrCString(V, Name);
    if (M == Error && errorPending())
      return false;
    if (M != Error) {
      double D = adder_as_double(V);
      if (D == -1.0 && errorPending())
        return false;
      Out = {D, 0.0};
      Failed = false;
      return true;
    }
  }
  Failed = false;
  return false;
}

C valueOf(Value Self) {
  auto *Z = reinterpret_cast<const Complex *>(Self);
  return {Z->real, Z->imag};
}

/// PyOS_double_to_string(X, 'r', 0, Sign ? Py_DTSF_SIGN : 0): repr
/// without the ".0" that float's repr adds to integral values.
size_t formatPart(double X, bool Sign, char *Buf) {
  floatconv::FormatFlags F;
  F.AlwaysSign = Sign;
  size_t N =
      floatconv::formatFloat(X, 'r', -1, F, Buf, floatconv::MaxReprLength);
  if (N >= 2 && Buf[N - 2] == '.' && Buf[N - 1] == '0')
    N -= 2;
  return N;
}

Value complexRepr(Value Self) {
  C Z = valueOf(Self);
  char Buf[2 * floatconv::MaxReprLength + 8];
  size_t N = 0;
  if (Z.re == 0. && copysign(1.0, Z.re) == 1.0) {
    N = formatPart(Z.im, false, Buf);
    Buf[N++] = 'j';
  } else {
    Buf[N++] = '(';
    N += formatPart(Z.re, false, Buf + N);
    N += formatPart(Z.im, true, Buf + N);
    Buf[N++] = 'j';
    Buf[N++] = ')';
  }
  return asciiStr(Buf, N);
}

SWord complexHash(Value Self) {
  C Z = valueOf(Self);
  // NaN parts hash by identity, as float's do.
  uint64_t HR, HI;
  if (Z.re != Z.re || Z.im != Z.im) {
    Value V = Self;
    V = (V >> 4) | (V << (WordBits - 4));
    SWord H = SWord(V);
    return H == -1 ? -2 : H;
  }
  HR = uint64_t(hashDouble(Z.re));
  HI = uint64_t(hashDouble(Z.im));
  int64_t H = int64_t(HR + 1000003ULL * HI);
  if (H == -1)
    H = -2;
  return truncateHash(H);
}

Value complexCompare(Value Self, Value Other, CompareOp Op) {
  if (Op != CompareOp::Eq && Op != CompareOp::Ne)
    return notImplemented();
  C Z = valueOf(Self);
  bool Equal;
  if (isInt(Other)) {
    Equal = Z.im == 0.0 && compareDoubleInt(Z.re, Other, CompareOp::Eq);
  } else if (isFloat(Other)) {
    Equal = Z.re == floatValue(Other) && Z.im == 0.0;
  } else if (isComplex(Other)) {
    C W = valueOf(Other);
    Equal = Z.re == W.re && Z.im == W.im;
  } else {
    return notImplemented();
  }
  return boolValue(Op == CompareOp::Eq ? Equal : !Equal);
}

int complexBoolean(Value Self) {
  C Z = valueOf(Self);
  return Z.re != 0.0 || Z.im != 0.0;
}

Value complexBinary(Value L, Value R, BinaryOp Op) {
  C A, B;
  bool Failed;
  if (!toComplex(L, A, Failed))
    return Failed ? Error : notImplemented();
  if (!toComplex(R, B, Failed))
    return Failed ? Error : notImplemented();
  switch (Op) {
  case BinaryOp::Add:
    return newComplex({A.re + B.re, A.im + B.im});
  case BinaryOp::Sub:
    return newComplex({A.re - B.re, A.im - B.im});
  case BinaryOp::Mul:
    return newComplex(prod(A, B));
  case BinaryOp::TrueDiv: {
    bool Zero = false;
    C Q = quot(A, B, Zero);
    if (Zero)
      return raise(&adder_type_ZeroDivisionError, "complex division by zero");
    return newComplex(Q);
  }
  case BinaryOp::Pow:
    return complexPow(A.re, A.im, B.re, B.im);
  default:
    return notImplemented();
  }
}

Value complexUnary(Value Self, UnaryOp Op) {
  C Z = valueOf(Self);
  switch (Op) {
  case UnaryOp::Neg:
    return newComplex({-Z.re, -Z.im});
  case UnaryOp::Pos:
    return newComplex(Z);
  default:
    return notImplemented();
  }
}

Value propReal(const Value *Args, size_t, Tuple *) {
  return floatNew(valueOf(Args[0]).re);
}
Value propImag(const Value *Args, size_t, Tuple *) {
  return floatNew(valueOf(Args[0]).im);
}
Value methodConjugate(const Value *Args, size_t Argc, Tuple *) {
  if (Argc != 1 || !isComplex(Args[0]))
    return raise(&adder_type_TypeError,
                 "complex.conjugate() takes no arguments");
  C Z = valueOf(Args[0]);
  return newComplex({Z.re, -Z.im});
}

Value methodAbs(const Value *Args, size_t Argc, Tuple *) {
  if (Argc != 1 || !isComplex(Args[0]))
    return raise(&adder_type_TypeError, "complex.__abs__() takes no arguments");
  return num::complexAbs(Args[0]);
}

Value methodComplex(const Value *Args, size_t Argc, Tuple *) {
  if (Argc != 1 || !isComplex(Args[0]))
    return raise(&adder_type_TypeError,
                 "complex.__complex__() takes no arguments");
  C Z = valueOf(Args[0]);
  return newComplex(Z);
}

//--- complex(str) ---------------------------------------------------------//

bool isSpaceC(char C) { return C == ' ' || (C >= '\t' && C <= '\r'); }

/// Length of the longest prefix of S that PyOS_string_to_double accepts
/// (0 if none), and its value.
size_t scanDouble(const char *S, size_t N, double &Out) {
  size_t I = 0;
  if (I < N && (S[I] == '+' || S[I] == '-'))
    ++I;
  auto Lower = [&](size_t K) { return K < N ? char(S[K] | 0x20) : 0; };
  auto Matches = [&](size_t At, const char *W) {
    for (size_t K = 0; W[K]; ++K)
      if (Lower(At + K) != W[K])
        return false;
    return true;
  };
  size_t End = 0;
  if (Matches(I, "infinity"))
    End = I + 8;
  else if (Matches(I, "inf") || Matches(I, "nan"))
    End = I + 3;
  else {
    size_t J = I, Digits = 0;
    while (J < N && S[J] >= '0' && S[J] <= '9')
      ++J, ++Digits;
    if (J < N && S[J] == '.') {
      ++J;
      while (J < N && S[J] >= '0' && S[J] <= '9')
        ++J, ++Digits;
    }
    if (!Digits)
      return 0;
    if (J < N && (S[J] == 'e' || S[J] == 'E')) {
      size_t K = J + 1;
      if (K < N && (S[K] == '+' || S[K] == '-'))
        ++K;
      if (K < N && S[K] >= '0' && S[K] <= '9') {
        while (K < N && S[K] >= '0' && S[K] <= '9')
          ++K;
        J = K;
      }
    }
    End = J;
  }
  if (!floatconv::parseDouble(S, End, &Out))
    return 0;
  return End;
}

Value complexFromText(const char *Text, size_t Len) {
  // Underscores between digits are dropped first (as float()).
  char Stack[128];
  Scratch Sc;
  char *Buf = Stack;
  if (Len > sizeof(Stack)) {
    if (!Sc.init((Len + 3) / 4))
      return Error;
    Buf = reinterpret_cast<char *>(Sc.get());
  }
  size_t N = 0;
  char Prev = 0;
  bool Bad = false;
  for (size_t I = 0; I < Len; ++I) {
    char Ch = Text[I];
    if (uint8_t(Ch) >= 0x80 || Ch == 0)
      Bad = true;
    if (Ch == '_') {
      if (!(Prev >= '0' && Prev <= '9'))
        Bad = true;
    } else {
      Buf[N++] = Ch;
      if (Prev == '_' && !(Ch >= '0' && Ch <= '9'))
        Bad = true;
    }
    Prev = Ch;
  }
  if (Prev == '_')
    Bad = true;
  auto Malformed = [] {
    return raise(&adder_type_ValueError, "complex() arg is a malformed string");
  };
  if (Bad)
    return Malformed();
  const char *S = Buf, *End = Buf + N;
  while (S < End && isSpaceC(*S))
    ++S;
  bool Bracket = false;
  if (S < End && *S == '(') {
    Bracket = true;
    ++S;
    while (S < End && isSpaceC(*S))
      ++S;
  }
  double X = 0.0, Y = 0.0, Z;
  size_t K = scanDouble(S, size_t(End - S), Z);
  auto IsJ = [&](const char *P) { return P < End && (*P == 'j' || *P == 'J'); };
  if (K) {
    S += K;
    if (S < End && (*S == '+' || *S == '-')) {
      X = Z;
      size_t K2 = scanDouble(S, size_t(End - S), Y);
      if (K2)
        S += K2;
      else {
        Y = *S == '+' ? 1.0 : -1.0;
        ++S;
      }
      if (!IsJ(S))
        return Malformed();
      ++S;
    } else if (IsJ(S)) {
      ++S;
      Y = Z;
    } else {
      X = Z;
    }
  } else {
    if (S < End && (*S == '+' || *S == '-')) {
      Y = *S == '+' ? 1.0 : -1.0;
      ++S;
    } else {
      Y = 1.0;
    }
    if (!IsJ(S))
      return Malformed();
    ++S;
  }
  while (S < End && isSpaceC(*S))
    ++S;
  if (Bracket) {
    if (S >= End || *S != ')')
      return Malformed();
    ++S;
    while (S < End && isSpaceC(*S))
      ++S;
  }
  if (S != End)
    return Malformed();
  return adder_complex_new(X, Y);
}

Value complexConstruct(const Type *T, const Value *Args, size_t Argc,
                       Tuple *Kw) {
  return adder_construct_complex(Args, Argc, Kw);
}

constexpr MethodDef ComplexMethods[] = {
    {"__abs__", methodAbs, MethodKind::Method},
    {"__complex__", methodComplex, MethodKind::Method},
    {"conjugate", methodConjugate, MethodKind::Method},
    {"imag", propImag, MethodKind::Property},
    {"real", propReal, MethodKind::Property},
};

} // namespace

Value num::complexPow(double AR, double AI, double BR, double BI) {
  C A = {AR, AI}, B = {BR, BI};
  bool Zero = false;
  C P;
  if (B.im == 0. && B.re == floor(B.re) && fabs(B.re) <= 100.0)
    P = powi(A, long(B.re), Zero);
  else
    P = cpow(A, B, Zero);
  if (Zero)
    return raise(&adder_type_ZeroDivisionError,
                 "0.0 to a negative or complex power");
  if (isInfD(P.re) || isInfD(P.im))
    return raise(&adder_type_OverflowError, "complex exponentiation");
  return newComplex(P);
}

extern "C" Value adder_complex_new(double Real, double Imag) {
  auto *Z = reinterpret_cast<Complex *>(
      gcAlloc(&adder_type_complex, sizeof(Complex)));
  if (!Z)
    return Error;
  Z->real = Real;
  Z->imag = Imag;
  return fromObject(&Z->header);
}

Value num::complexAbs(Value V) {
  C Z = valueOf(V);
  if (isInfD(Z.re))
    return floatNew(fabs(Z.re));
  if (isInfD(Z.im))
    return floatNew(fabs(Z.im));
  if (Z.re != Z.re || Z.im != Z.im)
    return floatNew(NAN);
  double R = hypot(Z.re, Z.im);
  if (isInfD(R))
    return raise(&adder_type_OverflowError, "absolute value too large");
  return floatNew(R);
}

/// complex(real=0, imag=0).
extern "C" Value adder_construct_complex(const Value *Args, size_t Argc,
                                         Tuple *KwNames) {
  static const char *const Names[] = {"real", "imag"};
  Value A[2];
  if (!bindArgs("complex", Args, Argc, KwNames, Names, 2, 0, A))
    return Error;
  Value R = A[0], I = A[1];
  if (R != Error && isStr(R)) {
    if (I != Error)
      return raise(&adder_type_TypeError,
                   "complex() can't take second arg if first is a string");
    Str *S = asStr(R);
    return complexFromText(S->data, S->byteLength);
  }
  if (I != Error && isStr(I))
    return raise(&adder_type_TypeError,
                 "complex() second arg can't be a string");
  C CR = {0.0, 0.0}, CI = {0.0, 0.0};
  bool Failed;
  bool RComplex = false, IComplex = false;
  if (R != Error && !constructorArgument(R, true, CR, RComplex, Failed)) {
    if (Failed)
      return Error;
    return raise(&adder_type_TypeError,
                 "complex() first argument must be a string or a number, not "
                 "'%s'",
                 typeName(R));
  }
  if (I != Error && !constructorArgument(I, false, CI, IComplex, Failed)) {
    if (Failed)
      return Error;
    return raise(&adder_type_TypeError,
                 "complex() second argument must be a number, not '%s'",
                 typeName(I));
  }
  if (R != Error && I == Error && isComplex(R))
    return R;
  // complex_new_impl: real + imag * 1j without a complex multiply.
  double Re = CR.re, Im = I == Error ? CR.im : CI.re;
  if (IComplex)
    Re -= CI.im;
  if (RComplex && I != Error)
    Im += CR.im;
  return adder_complex_new(Re, Im);
}

extern "C" const Type adder_type_complex = {
    .header = {&adder_type_type},
    .name = "complex",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Complex),
    .repr = complexRepr,
    .str = complexRepr,
    .hash = complexHash,
    .compare = complexCompare,
    .boolean = complexBoolean,
    .binary = complexBinary,
    .unary = complexUnary,
    .construct = complexConstruct,
    .methods = ComplexMethods,
    .methodCount = sizeof(ComplexMethods) / sizeof(ComplexMethods[0])};

} // namespace adder::rt
