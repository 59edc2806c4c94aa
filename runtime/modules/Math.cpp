//===- Math.cpp - the math module -------------------------------*- C++ -*-===//
//
// CPython 3.11's mathmodule.c over the C library's libm: the same special
// cases before calling libm (math.pow's IEEE specials, fmod by infinity),
// the same rule for turning a libm result into an exception (a NaN from a
// non-NaN argument is "math domain error"; an infinity from a finite one
// is "math range error" or, at a singularity, a domain error), exact
// algorithms where CPython has them (fsum's Shewchuk partials, hypot's
// compensated vector norm, log of ints too big for a double), and int
// results for floor/ceil/trunc/factorial/gcd/comb/perm/isqrt.
//
// The functions are a static MethodDef table (module functions: no self)
// that the module object is built from; compiled code that knows its
// argument is a float calls the adder_math_*_f entry points directly.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Numbers.h"

#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/List.h"
#include "objects/Module.h"
#include "objects/NumbersInternal.h"

#include <math.h>

namespace adder::rt {
using namespace num;

namespace {

bool isNaN(double X) { return X != X; }
bool isInf(double X) { return X == HUGE_VAL || X == -HUGE_VAL; }
bool isFinite(double X) { return !isNaN(X) && !isInf(X); }

double domainError() {
  raise(&adder_type_ValueError, "math domain error");
  return -1.0;
}
double rangeError() {
  raise(&adder_type_OverflowError, "math range error");
  return -1.0;
}

/// math_1's check of a libm result R for argument X.
double checkResult(double X, double R, bool CanOverflow) {
  if (isNaN(R) && !isNaN(X))
    return domainError();
  if (isInf(R) && isFinite(X))
    return CanOverflow ? rangeError() : domainError();
  return R;
}

/// math_2's check (atan2, copysign).
double checkResult2(double X, double Y, double R) {
  if (isNaN(R) && !isNaN(X) && !isNaN(Y))
    return domainError();
  if (isInf(R) && isFinite(X) && isFinite(Y))
    return rangeError();
  return R;
}

bool args(const char *Name, size_t Argc, Tuple *Kw, size_t Min, size_t Max) {
  return noKeywords(Name, Kw) && checkArgCount(Name, Argc, Min, Max);
}

Value boxed(double R) {
  if (errorPending())
    return Error;
  return floatNew(R);
}

/// m_log and friends: domain errors for x <= 0 via NaN/-inf results.
double mLog(double X) {
  if (isFinite(X)) {
    if (X > 0.0)
      return log(X);
    return X == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isNaN(X) || X > 0)
    return X;
  return NAN;
}
double mLog2(double X) {
  if (isFinite(X)) {
    if (X > 0.0)
      return log2(X);
    return X == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isNaN(X) || X > 0)
    return X;
  return NAN;
}
double mLog10(double X) {
  if (isFinite(X)) {
    if (X > 0.0)
      return log10(X);
    return X == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isNaN(X) || X > 0)
    return X;
  return NAN;
}

/// loghelper: ints of any size (log of the mantissa plus the exponent).
double logHelper(Value V, double (*Func)(double)) {
  if (isInt(V)) {
    Limb T[2];
    BigView X = intView(V, T);
    if (X.Neg || X.Len == 0)
      return domainError();
    double D;
    if (bigint::toDouble(X, D) == bigint::Status::Ok)
      return Func(D);
    // Too big for a double: frexp of the correctly rounded value, with the
    // low bits folded into a sticky bit.
    uint64_t Bits = bigint::bitLength(X);
    uint64_t Shift = Bits - 1000;
    IntOut Out;
    if (!Out.init(bigint::shiftRightBound(X, Shift) + 1))
      return -1.0;
    bigint::shiftRight(Out.Buf, X, Shift);
    bool Sticky = false;
    for (uint64_t I = 0; I < Shift / 32 && !Sticky; ++I)
      Sticky = X.Limbs[I] != 0;
    if (Shift % 32 && (X.Limbs[Shift / 32] & ((Limb(1) << (Shift % 32)) - 1)))
      Sticky = true;
    if (Sticky)
      Out.Buf.Limbs[0] |= 1;
    bigint::toDouble(bigint::view(Out.Buf), D);
    int E;
    double M = frexp(D, &E);
    return Func(M) + Func(2.0) * double(int64_t(E) + int64_t(Shift));
  }
  double X = adder_as_double(V);
  if (errorPending())
    return -1.0;
  return checkResult(X, Func(X), false);
}

//===--- One-argument functions -------------------------------------------===//

#define ADDER_MATH_1(Name, Expr, CanOverflow)                                  \
  double math_##Name##_d(double x) { return checkResult(x, Expr, CanOverflow); }\
  Value math_##Name(const Value *Args, size_t Argc, Tuple *Kw) {               \
    if (!args(#Name, Argc, Kw, 1, 1))                                          \
      return Error;                                                            \
    double X = adder_as_double(Args[0]);                                       \
    if (errorPending())                                                        \
      return Error;                                                            \
    return boxed(math_##Name##_d(X));                                          \
  }

ADDER_MATH_1(acos, acos(x), false)
ADDER_MATH_1(acosh, acosh(x), false)
ADDER_MATH_1(asin, asin(x), false)
ADDER_MATH_1(asinh, asinh(x), false)
ADDER_MATH_1(atan, atan(x), false)
ADDER_MATH_1(atanh, atanh(x), false)
ADDER_MATH_1(cbrt, cbrt(x), false)
ADDER_MATH_1(cos, cos(x), false)
ADDER_MATH_1(cosh, cosh(x), true)
ADDER_MATH_1(erf, erf(x), false)
ADDER_MATH_1(erfc, erfc(x), false)
ADDER_MATH_1(exp, exp(x), true)
ADDER_MATH_1(exp2, exp2(x), true)
ADDER_MATH_1(expm1, expm1(x), true)
ADDER_MATH_1(fabs, fabs(x), false)
ADDER_MATH_1(log1p, log1p(x), false)
ADDER_MATH_1(sin, sin(x), false)
ADDER_MATH_1(sinh, sinh(x), true)
ADDER_MATH_1(sqrt, sqrt(x), false)
ADDER_MATH_1(tan, tan(x), false)
ADDER_MATH_1(tanh, tanh(x), false)

#undef ADDER_MATH_1

Value math_log(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("log", Argc, Kw, 1, 2))
    return Error;
  double Num = logHelper(Args[0], mLog);
  if (errorPending())
    return Error;
  if (Argc == 1)
    return floatNew(Num);
  double Den = logHelper(Args[1], mLog);
  if (errorPending())
    return Error;
  if (Den == 0.0)
    return raise(&adder_type_ZeroDivisionError, "float division by zero");
  return floatNew(Num / Den);
}

Value math_log2(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("log2", Argc, Kw, 1, 1))
    return Error;
  return boxed(logHelper(Args[0], mLog2));
}

Value math_log10(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("log10", Argc, Kw, 1, 1))
    return Error;
  return boxed(logHelper(Args[0], mLog10));
}

bool twoDoubles(const char *Name, const Value *Args, size_t Argc, Tuple *Kw,
                double &X, double &Y) {
  if (!noKeywords(Name, Kw) || !checkArgCount(Name, Argc, 2, 2))
    return false;
  X = adder_as_double(Args[0]);
  if (errorPending())
    return false;
  Y = adder_as_double(Args[1]);
  return !errorPending();
}

double powD(double X, double Y) {
  double R;
  if (!isFinite(X) || !isFinite(Y)) {
    if (isNaN(X))
      return Y == 0.0 ? 1.0 : X;
    if (isNaN(Y))
      return X == 1.0 ? 1.0 : Y;
    if (isInf(X)) {
      bool OddY = isFinite(Y) && fmod(fabs(Y), 2.0) == 1.0;
      if (Y > 0.)
        return OddY ? X : fabs(X);
      if (Y == 0.)
        return 1.;
      return OddY ? copysign(0., X) : 0.;
    }
    if (fabs(X) == 1.0)
      return 1.;
    if (Y > 0. && fabs(X) > 1.0)
      return Y;
    if (Y < 0. && fabs(X) < 1.0)
      return -Y;
    return 0.;
  }
  R = pow(X, Y);
  if (isNaN(R))
    return domainError();
  if (isInf(R))
    return X == 0. ? domainError() : rangeError();
  return R;
}

Value math_pow(const Value *Args, size_t Argc, Tuple *Kw) {
  double X, Y;
  if (!twoDoubles("pow", Args, Argc, Kw, X, Y))
    return Error;
  return boxed(powD(X, Y));
}

Value math_atan2(const Value *Args, size_t Argc, Tuple *Kw) {
  double Y, X;
  if (!twoDoubles("atan2", Args, Argc, Kw, Y, X))
    return Error;
  return boxed(checkResult2(Y, X, atan2(Y, X)));
}

Value math_copysign(const Value *Args, size_t Argc, Tuple *Kw) {
  double X, Y;
  if (!twoDoubles("copysign", Args, Argc, Kw, X, Y))
    return Error;
  return boxed(checkResult2(X, Y, copysign(X, Y)));
}

double fmodD(double X, double Y) {
  if (isInf(Y) && isFinite(X))
    return X;
  double R = fmod(X, Y);
  if (isNaN(R) && !isNaN(X) && !isNaN(Y))
    return domainError();
  return R;
}

Value math_fmod(const Value *Args, size_t Argc, Tuple *Kw) {
  double X, Y;
  if (!twoDoubles("fmod", Args, Argc, Kw, X, Y))
    return Error;
  return boxed(fmodD(X, Y));
}

Value math_nextafter(const Value *Args, size_t Argc, Tuple *Kw) {
  double X, Y;
  if (!twoDoubles("nextafter", Args, Argc, Kw, X, Y))
    return Error;
  return floatNew(nextafter(X, Y));
}

Value math_ulp(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("ulp", Argc, Kw, 1, 1))
    return Error;
  double X = adder_as_double(Args[0]);
  if (errorPending())
    return Error;
  if (isNaN(X))
    return floatNew(X);
  X = fabs(X);
  if (isInf(X))
    return floatNew(X);
  double X2 = nextafter(X, HUGE_VAL);
  if (isInf(X2))
    return floatNew(X - nextafter(X, -HUGE_VAL));
  return floatNew(X2 - X);
}

Value math_degrees(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("degrees", Argc, Kw, 1, 1))
    return Error;
  double X = adder_as_double(Args[0]);
  return boxed(X * (180.0 / 3.141592653589793238462643383279502884));
}

Value math_radians(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("radians", Argc, Kw, 1, 1))
    return Error;
  double X = adder_as_double(Args[0]);
  return boxed(X * (3.141592653589793238462643383279502884 / 180.0));
}

Value predicate(const char *Name, const Value *Args, size_t Argc, Tuple *Kw,
                bool (*P)(double)) {
  if (!args(Name, Argc, Kw, 1, 1))
    return Error;
  double X = adder_as_double(Args[0]);
  if (errorPending())
    return Error;
  return boolValue(P(X));
}
Value math_isnan(const Value *A, size_t N, Tuple *K) {
  return predicate("isnan", A, N, K, isNaN);
}
Value math_isinf(const Value *A, size_t N, Tuple *K) {
  return predicate("isinf", A, N, K, isInf);
}
Value math_isfinite(const Value *A, size_t N, Tuple *K) {
  return predicate("isfinite", A, N, K, isFinite);
}

Value math_isclose(const Value *Args, size_t Argc, Tuple *Kw) {
  // isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
  size_t NumKw = Kw ? Kw->size : 0;
  if (Argc != 2)
    return raise(&adder_type_TypeError,
                 "isclose() takes exactly 2 positional arguments (%zu given)",
                 Argc);
  double A = adder_as_double(Args[0]);
  if (errorPending())
    return Error;
  double B = adder_as_double(Args[1]);
  if (errorPending())
    return Error;
  double RelTol = 1e-09, AbsTol = 0.0;
  for (size_t K = 0; K < NumKw; ++K) {
    Str *Name = asStr(Kw->items[K]);
    double V = adder_as_double(Args[Argc + K]);
    if (errorPending())
      return Error;
    if (strEqualsCString(Name, "rel_tol"))
      RelTol = V;
    else if (strEqualsCString(Name, "abs_tol"))
      AbsTol = V;
    else
      return raise(&adder_type_TypeError,
                   "isclose() got an unexpected keyword argument '%V'", Name);
  }
  if (RelTol < 0.0 || AbsTol < 0.0)
    return raise(&adder_type_ValueError, "tolerances must be non-negative");
  if (A == B)
    return boolValue(true);
  if (isInf(A) || isInf(B))
    return boolValue(false);
  double Diff = fabs(B - A);
  return boolValue(Diff <= fabs(RelTol * B) || Diff <= fabs(RelTol * A) ||
                   Diff <= AbsTol);
}

//===--- Rounding to ints -------------------------------------------------===//

/// floor/ceil: ints unchanged, floats rounded, others through Dunder or
/// their float value.
Value roundingFunc(const char *Name, const char *Dunder, const Value *Args,
                   size_t Argc, Tuple *Kw, double (*F)(double)) {
  if (!args(Name, Argc, Kw, 1, 1))
    return Error;
  Value V = Args[0];
  if (isInt(V))
    return adder_int_pos(V);
  if (isFloat(V))
    return adder_float_to_int(F(floatValue(V)));
  if (typeOf(V)->flags & TypeHeapType) {
    Value M = getAttrCString(V, Dunder);
    if (M != Error)
      return call(M, nullptr, 0);
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return Error;
    clearPendingException();
  }
  double X = adder_as_double(V);
  if (errorPending())
    return Error;
  return adder_float_to_int(F(X));
}

Value math_floor(const Value *A, size_t N, Tuple *K) {
  return roundingFunc("floor", "__floor__", A, N, K, floor);
}
Value math_ceil(const Value *A, size_t N, Tuple *K) {
  return roundingFunc("ceil", "__ceil__", A, N, K, ceil);
}

Value math_trunc(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("trunc", Argc, Kw, 1, 1))
    return Error;
  Value V = Args[0];
  if (isInt(V))
    return adder_int_pos(V);
  if (isFloat(V))
    return adder_float_to_int(floatValue(V));
  if (typeOf(V)->flags & TypeHeapType) {
    Value M = getAttrCString(V, "__trunc__");
    if (M != Error)
      return call(M, nullptr, 0);
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return Error;
    clearPendingException();
  }
  return raise(&adder_type_TypeError, "type %s doesn't define __trunc__ method",
               typeName(V));
}

//===--- Float decomposition ----------------------------------------------===//

Value math_frexp(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("frexp", Argc, Kw, 1, 1))
    return Error;
  double X = adder_as_double(Args[0]);
  if (errorPending())
    return Error;
  int E = 0;
  double M = X;
  if (isFinite(X) && X != 0.0)
    M = frexp(X, &E);
  Value VM = floatNew(M);
  if (VM == Error)
    return Error;
  return makePair(VM, makeSmallInt(E));
}

Value math_ldexp(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("ldexp", Argc, Kw, 2, 2))
    return Error;
  double X = adder_as_double(Args[0]);
  if (errorPending())
    return Error;
  if (!isInt(Args[1]))
    return raise(&adder_type_TypeError,
                 "Expected an int as second argument to ldexp.");
  int64_t Exp;
  if (!adder_int_to_i64(Args[1], &Exp))
    Exp = adder_int_is_negative(Args[1]) ? INT64_MIN : INT64_MAX;
  double R;
  if (X == 0. || !isFinite(X))
    R = X;
  else if (Exp > 0x7fffffff)
    return raise(&adder_type_OverflowError, "math range error");
  else if (Exp < -0x7fffffff - 1)
    R = copysign(0., X);
  else {
    R = ldexp(X, int(Exp));
    if (isInf(R))
      return raise(&adder_type_OverflowError, "math range error");
  }
  return floatNew(R);
}

Value math_modf(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("modf", Argc, Kw, 1, 1))
    return Error;
  double X = adder_as_double(Args[0]);
  if (errorPending())
    return Error;
  double Frac, Int;
  if (isInf(X)) {
    Frac = copysign(0., X);
    Int = X;
  } else if (isNaN(X)) {
    Frac = Int = X;
  } else {
    Frac = modf(X, &Int);
  }
  Value A = floatNew(Frac);
  if (A == Error)
    return Error;
  Value B = floatNew(Int);
  if (B == Error)
    return Error;
  return makePair(A, B);
}

//===--- Sums and norms ---------------------------------------------------===//

struct DoubleLength {
  double hi, lo;
};
DoubleLength dlFastSum(double A, double B) {
  double X = A + B;
  double Y = (A - X) + B;
  return {X, Y};
}
DoubleLength dlSplit(double X) {
  double T = X * 134217729.0; // Veltkamp constant 2**27 + 1
  double Hi = T - (T - X);
  return {Hi, X - Hi};
}
DoubleLength dlMul(double X, double Y) {
  DoubleLength XX = dlSplit(X), YY = dlSplit(Y);
  double P = XX.hi * YY.hi;
  double Q = XX.hi * YY.lo + XX.lo * YY.hi;
  double Z = P + Q;
  double ZZ = P - Z + Q + XX.lo * YY.lo;
  return {Z, ZZ};
}

/// vector_norm of CPython 3.11 (accurate to within 1 ulp, usually exact).
double vectorNorm(size_t N, double *Vec, double Max, bool FoundNaN) {
  if (isInf(Max))
    return Max;
  if (FoundNaN)
    return NAN;
  if (Max == 0.0 || N <= 1)
    return Max;
  int MaxE;
  frexp(Max, &MaxE);
  if (MaxE < -1023) {
    const double DblMin = 2.2250738585072014e-308;
    for (size_t I = 0; I < N; ++I)
      Vec[I] /= DblMin;
    return DblMin * vectorNorm(N, Vec, Max / DblMin, FoundNaN);
  }
  double Scale = ldexp(1.0, -MaxE);
  double CSum = 1.0, Frac1 = 0.0, Frac2 = 0.0;
  for (size_t I = 0; I < N; ++I) {
    double X = Vec[I] * Scale;
    DoubleLength Pr = dlMul(X, X);
    DoubleLength Sm = dlFastSum(CSum, Pr.hi);
    CSum = Sm.hi;
    Frac1 += Pr.lo;
    Frac2 += Sm.lo;
  }
  double H = sqrt(CSum - 1.0 + (Frac1 + Frac2));
  DoubleLength Pr = dlMul(-H, H);
  DoubleLength Sm = dlFastSum(CSum, Pr.hi);
  CSum = Sm.hi;
  Frac1 += Pr.lo;
  Frac2 += Sm.lo;
  double X = CSum - 1.0 + (Frac1 + Frac2);
  H += X / (2.0 * H);
  return H / Scale;
}

/// Doubles of a list of values (absolute values, for norms).
struct Coordinates {
  double Stack[16];
  double *V = Stack;
  Scratch S;
  bool init(size_t N) {
    if (N <= 16)
      return true;
    if (!S.init(N * 2))
      return false;
    V = reinterpret_cast<double *>(S.get());
    return true;
  }
};

Value math_hypot(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!noKeywords("hypot", Kw))
    return Error;
  Coordinates C;
  if (!C.init(Argc))
    return Error;
  double Max = 0.0;
  bool FoundNaN = false;
  for (size_t I = 0; I < Argc; ++I) {
    double X = adder_as_double(Args[I]);
    if (errorPending())
      return Error;
    X = fabs(X);
    C.V[I] = X;
    FoundNaN |= isNaN(X);
    if (X > Max)
      Max = X;
  }
  return floatNew(vectorNorm(Argc, C.V, Max, FoundNaN));
}

/// The items of a sequence argument (tuple or list fast, else iterated).
bool sequenceItems(Value Seq, const Value *&Items, size_t &N,
                   Value &Holder) {
  if (isObject(Seq) && asObject(Seq)->type == &adder_type_tuple) {
    Items = reinterpret_cast<Tuple *>(Seq)->items;
    N = reinterpret_cast<Tuple *>(Seq)->size;
    Holder = Seq;
    return true;
  }
  if (isObject(Seq) && asObject(Seq)->type == &adder_type_list) {
    auto *L = reinterpret_cast<List *>(Seq);
    Items = listValuesForRead(L);
    N = L->size;
    if (!Items)
      return false;
    Holder = Seq;
    return true;
  }
  raise(&adder_type_TypeError, "dist() argument must be a tuple or list");
  return false;
}

Value math_dist(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("dist", Argc, Kw, 2, 2))
    return Error;
  const Value *P, *Q;
  Value HP, HQ;
  size_t N, M;
  if (!sequenceItems(Args[0], P, N, HP) || !sequenceItems(Args[1], Q, M, HQ))
    return Error;
  if (N != M)
    return raise(&adder_type_ValueError,
                 "both points must have the same number of dimensions");
  Coordinates C;
  if (!C.init(N))
    return Error;
  double Max = 0.0;
  bool FoundNaN = false;
  for (size_t I = 0; I < N; ++I) {
    double PX = adder_as_double(P[I]);
    if (errorPending())
      return Error;
    double QX = adder_as_double(Q[I]);
    if (errorPending())
      return Error;
    double X = fabs(PX - QX);
    C.V[I] = X;
    FoundNaN |= isNaN(X);
    if (X > Max)
      Max = X;
  }
  return floatNew(vectorNorm(N, C.V, Max, FoundNaN));
}

Value math_fsum(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("fsum", Argc, Kw, 1, 1))
    return Error;
  Value It = getIter(Args[0]);
  if (It == Error)
    return Error;
  // Non-overlapping partials of a finite sum number at most ~40.
  double P[128];
  size_t N = 0;
  double SpecialSum = 0.0, InfSum = 0.0;
  for (;;) {
    Value Item = iterNext(It);
    if (Item == Error) {
      if (errorPending())
        return Error;
      break;
    }
    double X = adder_as_double(Item);
    if (errorPending())
      return Error;
    double XSave = X;
    size_t I = 0;
    for (size_t J = 0; J < N; ++J) {
      double Y = P[J];
      if (fabs(X) < fabs(Y)) {
        double T = X;
        X = Y;
        Y = T;
      }
      double Hi = X + Y;
      double YR = Hi - X;
      double Lo = Y - YR;
      if (Lo != 0.0)
        P[I++] = Lo;
      X = Hi;
    }
    N = I;
    if (X != 0.0) {
      if (!isFinite(X)) {
        if (isFinite(XSave))
          return raise(&adder_type_OverflowError,
                       "intermediate overflow in fsum");
        if (isInf(XSave))
          InfSum += XSave;
        SpecialSum += XSave;
        N = 0;
      } else if (N < 128) {
        P[N++] = X;
      }
    }
  }
  if (SpecialSum != 0.0) {
    if (isNaN(InfSum))
      return raise(&adder_type_ValueError, "-inf + inf in fsum");
    return floatNew(SpecialSum);
  }
  double Hi = 0.0;
  if (N > 0) {
    double Lo = 0.0;
    Hi = P[--N];
    while (N > 0) {
      double X = Hi;
      double Y = P[--N];
      Hi = X + Y;
      double YR = Hi - X;
      Lo = Y - YR;
      if (Lo != 0.0)
        break;
    }
    if (N > 0 && ((Lo < 0.0 && P[N - 1] < 0.0) || (Lo > 0.0 && P[N - 1] > 0.0))) {
      double Y = Lo * 2.0;
      double X = Hi + Y;
      double YR = X - Hi;
      if (Y == YR)
        Hi = X;
    }
  }
  return floatNew(Hi);
}

Value math_prod(const Value *Args, size_t Argc, Tuple *Kw) {
  if (Argc != 1)
    return raise(&adder_type_TypeError,
                 "prod() takes exactly 1 positional argument (%zu given)",
                 Argc);
  Value Result = makeSmallInt(1);
  for (size_t K = 0; K < (Kw ? Kw->size : 0); ++K) {
    if (!strEqualsCString(asStr(Kw->items[K]), "start"))
      return raise(&adder_type_TypeError,
                   "prod() got an unexpected keyword argument '%V'",
                   asStr(Kw->items[K]));
    Result = Args[Argc + K];
  }
  Value It = getIter(Args[0]);
  if (It == Error)
    return Error;
  for (;;) {
    Value Item = iterNext(It);
    if (Item == Error) {
      if (errorPending())
        return Error;
      return Result;
    }
    if (isSmallInt(Result) && isSmallInt(Item))
      Result = intMul(Result, Item);
    else
      Result = binaryOp(Result, Item, BinaryOp::Mul);
    if (Result == Error)
      return Error;
  }
}

//===--- Integer functions ------------------------------------------------===//

Value gcdPair(Value A, Value B) {
  if (isSmallInt(A) && isSmallInt(B)) {
    SWord X = smallIntValue(A), Y = smallIntValue(B);
    Value UX = X < 0 ? Value(0) - Value(X) : Value(X);
    Value UY = Y < 0 ? Value(0) - Value(Y) : Value(Y);
    while (UY) {
      Value T = UX % UY;
      UX = UY;
      UY = T;
    }
    return intFromSWord(SWord(UX));
  }
  Limb TA[2], TB[2];
  BigView X = intView(A, TA), Y = intView(B, TB);
  IntOut Out;
  Scratch S;
  if (!Out.init(bigint::gcdBound(X, Y)) || !S.init(bigint::gcdScratch(X, Y)))
    return Error;
  bigint::gcd(Out.Buf, X, Y, S.get());
  return Out.finish();
}

Value math_gcd(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!noKeywords("gcd", Kw))
    return Error;
  Value R = makeSmallInt(0);
  for (size_t I = 0; I < Argc; ++I) {
    Value X = toIndex(Args[I]);
    if (X == Error)
      return Error;
    if (I == 0 && Argc == 1)
      return adder_int_abs(X);
    R = gcdPair(R, X);
    if (R == Error)
      return Error;
  }
  return R;
}

Value math_lcm(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!noKeywords("lcm", Kw))
    return Error;
  Value R = makeSmallInt(1);
  for (size_t I = 0; I < Argc; ++I) {
    Value X = toIndex(Args[I]);
    if (X == Error)
      return Error;
    if (Argc == 1)
      return adder_int_abs(X);
    if (!adder_int_bool(R) || !adder_int_bool(X)) {
      R = makeSmallInt(0);
      continue;
    }
    Value G = gcdPair(R, X);
    if (G == Error)
      return Error;
    Value Q = adder_int_floordiv(R, G);
    if (Q == Error)
      return Error;
    R = adder_int_mul(Q, X);
    if (R == Error)
      return Error;
    R = adder_int_abs(R);
  }
  return R;
}

/// Product of the ints in [Lo, Hi) by binary splitting (balanced sizes).
Value rangeProduct(int64_t Lo, int64_t Hi) {
  if (Hi - Lo <= 8) {
    Value R = makeSmallInt(1);
    for (int64_t I = Lo; I < Hi && R != Error; ++I)
      R = intMul(R, intFromI64(I));
    return R;
  }
  int64_t Mid = Lo + (Hi - Lo) / 2;
  Value A = rangeProduct(Lo, Mid);
  if (A == Error)
    return Error;
  Value B = rangeProduct(Mid, Hi);
  if (B == Error)
    return Error;
  return intMul(A, B);
}

Value math_factorial(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("factorial", Argc, Kw, 1, 1))
    return Error;
  Value N = toIndex(Args[0]);
  if (N == Error)
    return Error;
  int64_t X;
  if (!adder_int_to_i64(N, &X))
    return adder_int_is_negative(N)
               ? raise(&adder_type_ValueError,
                       "factorial() not defined for negative values")
               : raise(&adder_type_OverflowError,
                       "factorial() argument should not exceed "
                       "9223372036854775807");
  if (X < 0)
    return raise(&adder_type_ValueError,
                 "factorial() not defined for negative values");
  return rangeProduct(1, X + 1);
}

Value math_isqrt(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("isqrt", Argc, Kw, 1, 1))
    return Error;
  Value N = toIndex(Args[0]);
  if (N == Error)
    return Error;
  Limb T[2];
  BigView X = intView(N, T);
  if (X.Neg)
    return raise(&adder_type_ValueError,
                 "isqrt() argument must be nonnegative");
  IntOut Out;
  Scratch S;
  if (!Out.init(bigint::isqrtBound(X)) || !S.init(bigint::isqrtScratch(X)))
    return Error;
  bigint::Status St = bigint::isqrt(Out.Buf, X, S.get());
  if (St != bigint::Status::Ok)
    return raiseStatus(St);
  return Out.finish();
}

bool nonNegativeInts(const Value *Args, size_t Argc, Value &N, Value &K) {
  N = toIndex(Args[0]);
  if (N == Error)
    return false;
  K = Argc > 1 && !isNone(Args[1]) ? toIndex(Args[1]) : Error;
  if (Argc > 1 && !isNone(Args[1]) && K == Error)
    return false;
  if (adder_int_is_negative(N)) {
    raise(&adder_type_ValueError, "n must be a non-negative integer");
    return false;
  }
  if (K != Error && adder_int_is_negative(K)) {
    raise(&adder_type_ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Value math_perm(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("perm", Argc, Kw, 1, 2))
    return Error;
  Value N, K;
  if (!nonNegativeInts(Args, Argc, N, K))
    return Error;
  if (K == Error)
    return math_factorial(&N, 1, nullptr);
  if (intLt(N, K))
    return makeSmallInt(0);
  int64_t KI;
  if (!adder_int_to_i64(K, &KI))
    return raise(&adder_type_OverflowError,
                 "k must not exceed 9223372036854775807");
  Value R = makeSmallInt(1), F = N;
  for (int64_t I = 0; I < KI; ++I) {
    R = intMul(R, F);
    if (R == Error)
      return Error;
    F = intSub(F, makeSmallInt(1));
    if (F == Error)
      return Error;
  }
  return R;
}

Value math_comb(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!args("comb", Argc, Kw, 2, 2))
    return Error;
  Value N, K;
  if (!nonNegativeInts(Args, Argc, N, K))
    return Error;
  if (intLt(N, K))
    return makeSmallInt(0);
  Value NK = intSub(N, K);
  if (NK == Error)
    return Error;
  if (intLt(NK, K))
    K = NK;
  int64_t KI;
  if (!adder_int_to_i64(K, &KI))
    return raise(&adder_type_OverflowError,
                 "min(n - k, k) must not exceed 9223372036854775807");
  // C(n, k) = prod (n - i) / (i + 1), exact at every step.
  Value R = makeSmallInt(1), F = N;
  for (int64_t I = 0; I < KI; ++I) {
    R = intMul(R, F);
    if (R == Error)
      return Error;
    R = intFloorDiv(R, intFromI64(I + 1));
    if (R == Error)
      return Error;
    F = intSub(F, makeSmallInt(1));
    if (F == Error)
      return Error;
  }
  return R;
}

//===--- gamma, lgamma, remainder -----------------------------------------===//
//
// CPython computes these itself rather than trusting libm (mathmodule.c's
// m_tgamma, m_lgamma and m_remainder); so do we, for the same last bits.

constexpr double Pi = 3.141592653589793238462643383279502884197;
constexpr double LogPi = 1.144729885849400174143427351353058711647;

// Lanczos' approximation with g = 6.024680040776729583740234375, N = 13.
constexpr int LanczosN = 13;
constexpr double LanczosG = 6.024680040776729583740234375;
constexpr double LanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double LanczosNum[LanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// The denominator is x*(x+1)*...*(x+LanczosN-2).
constexpr double LanczosDen[LanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
    45995730.0, 13339535.0, 2637558.0,  357423.0,    32670.0,
    1925.0,    66.0,       1.0};

// gamma(1) .. gamma(23), exact.
constexpr int GammaIntegralCount = 23;
constexpr double GammaIntegral[GammaIntegralCount] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};

/// Lanczos' sum L_g(x) for x > 0; for large x as a rational function in
/// 1/x, which cannot overflow.
double lanczosSum(double X) {
  double Num = 0.0, Den = 0.0;
  if (X < 5.0) {
    for (int I = LanczosN; --I >= 0;) {
      Num = Num * X + LanczosNum[I];
      Den = Den * X + LanczosDen[I];
    }
  } else {
    for (int I = 0; I < LanczosN; I++) {
      Num = Num / X + LanczosNum[I];
      Den = Den / X + LanczosDen[I];
    }
  }
  return Num / Den;
}

/// sin(pi * x) for finite x, exact at the multiples of 1/2.
double sinPi(double X) {
  double Y = fmod(fabs(X), 2.0);
  int N = int(round(2.0 * Y));
  double R;
  switch (N) {
  case 0: R = sin(Pi * Y); break;
  case 1: R = cos(Pi * (Y - 0.5)); break;
  // Not -sin(pi*(y-1.0)), which gives -0.0 for y == 1.0.
  case 2: R = sin(Pi * (1.0 - Y)); break;
  case 3: R = -cos(Pi * (Y - 1.5)); break;
  default: R = sin(Pi * (Y - 2.0)); break;
  }
  return copysign(1.0, X) * R;
}

/// What CPython's errno tells math_1a: a domain error, a range error (an
/// overflow, unless the result underflowed toward zero), or none.
enum class MathErrno { None, Domain, Range };

double gammaD(double X, MathErrno &E) {
  if (!isFinite(X)) {
    if (isNaN(X) || X > 0.0)
      return X;
    E = MathErrno::Domain;
    return NAN;
  }
  if (X == 0.0) {
    E = MathErrno::Domain;
    return copysign(HUGE_VAL, X);
  }
  if (X == floor(X)) {
    if (X < 0.0) {
      E = MathErrno::Domain;
      return NAN;
    }
    if (X <= GammaIntegralCount)
      return GammaIntegral[int(X) - 1];
  }
  double AbsX = fabs(X);
  if (AbsX < 1e-20) {
    double R = 1.0 / X;
    if (isInf(R))
      E = MathErrno::Range;
    return R;
  }
  // Overflows beyond 200, underflows to +-0 below -200.
  if (AbsX > 200.0) {
    if (X < 0.0)
      return 0.0 / sinPi(X);
    E = MathErrno::Range;
    return HUGE_VAL;
  }
  double Y = AbsX + LanczosGMinusHalf;
  // The rounding error of Y, to correct the result with.
  double Z;
  if (AbsX > LanczosGMinusHalf) {
    double Q = Y - AbsX;
    Z = Q - LanczosGMinusHalf;
  } else {
    double Q = Y - LanczosGMinusHalf;
    Z = Q - AbsX;
  }
  Z = Z * LanczosG / Y;
  double R;
  if (X < 0.0) {
    R = -Pi / sinPi(AbsX) / AbsX * exp(Y) / lanczosSum(AbsX);
    R -= Z * R;
    if (AbsX < 140.0) {
      R /= pow(Y, AbsX - 0.5);
    } else {
      double SqrtPow = pow(Y, AbsX / 2.0 - 0.25);
      R /= SqrtPow;
      R /= SqrtPow;
    }
  } else {
    R = lanczosSum(AbsX) / exp(Y);
    R += Z * R;
    if (AbsX < 140.0) {
      R *= pow(Y, AbsX - 0.5);
    } else {
      double SqrtPow = pow(Y, AbsX / 2.0 - 0.25);
      R *= SqrtPow;
      R *= SqrtPow;
    }
  }
  if (isInf(R))
    E = MathErrno::Range;
  return R;
}

double lgammaD(double X, MathErrno &E) {
  if (!isFinite(X))
    return isNaN(X) ? X : HUGE_VAL;
  if (X == floor(X) && X <= 2.0) {
    if (X <= 0.0) {
      E = MathErrno::Domain;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double AbsX = fabs(X);
  if (AbsX < 1e-20)
    return -log(AbsX);
  double R = log(lanczosSum(AbsX)) - LanczosG;
  R += (AbsX - 0.5) * (log(AbsX + LanczosG - 0.5) - 1);
  if (X < 0.0)
    // The reflection formula.
    R = LogPi - log(fabs(sinPi(AbsX))) - log(AbsX) - R;
  if (isInf(R))
    E = MathErrno::Range;
  return R;
}

/// math_1a: a float argument, errors as the function's errno says.
Value math1a(const char *Name, const Value *Args, size_t Argc, Tuple *Kw,
             double (*Func)(double, MathErrno &)) {
  if (!args(Name, Argc, Kw, 1, 1))
    return Error;
  double X = adder_as_double(Args[0]);
  if (errorPending())
    return Error;
  MathErrno E = MathErrno::None;
  double R = Func(X, E);
  if (E == MathErrno::Domain)
    return raise(&adder_type_ValueError, "math domain error");
  if (E == MathErrno::Range && fabs(R) >= 1.5)
    return raise(&adder_type_OverflowError, "math range error");
  return floatNew(R);
}

Value math_gamma(const Value *Args, size_t Argc, Tuple *Kw) {
  return math1a("gamma", Args, Argc, Kw, gammaD);
}

Value math_lgamma(const Value *Args, size_t Argc, Tuple *Kw) {
  return math1a("lgamma", Args, Argc, Kw, lgammaD);
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to
/// even; exact.
double remainderD(double X, double Y) {
  if (isFinite(X) && isFinite(Y)) {
    if (Y == 0.0)
      return NAN;
    double AbsX = fabs(X), AbsY = fabs(Y);
    double M = fmod(AbsX, AbsY);
    // Compare M with its complement rather than with 0.5*AbsY, which may
    // not be representable; the complement is exact where it matters.
    double C = AbsY - M;
    double R;
    if (M < C)
      R = M;
    else if (M > C)
      R = -C;
    else
      // Halfway: pick the even multiple.
      R = M - 2.0 * fmod(0.5 * (AbsX - M), AbsY);
    return copysign(1.0, X) * R;
  }
  if (isNaN(X))
    return X;
  if (isNaN(Y))
    return Y;
  if (isInf(X))
    return NAN;
  return X;
}

Value math_remainder(const Value *Args, size_t Argc, Tuple *Kw) {
  double X, Y;
  if (!twoDoubles("remainder", Args, Argc, Kw, X, Y))
    return Error;
  return boxed(checkResult2(X, Y, remainderD(X, Y)));
}

constexpr MethodKind Fn = MethodKind::StaticMethod;

} // namespace

//===----------------------------------------------------------------------===//
// The module table and typed entry points
//===----------------------------------------------------------------------===//

extern "C" const MethodDef adder_math_functions[] = {
    {"acos", math_acos, Fn},         {"acosh", math_acosh, Fn},
    {"asin", math_asin, Fn},         {"asinh", math_asinh, Fn},
    {"atan", math_atan, Fn},         {"atan2", math_atan2, Fn},
    {"atanh", math_atanh, Fn},       {"cbrt", math_cbrt, Fn},
    {"ceil", math_ceil, Fn},         {"comb", math_comb, Fn},
    {"copysign", math_copysign, Fn}, {"cos", math_cos, Fn},
    {"cosh", math_cosh, Fn},         {"degrees", math_degrees, Fn},
    {"dist", math_dist, Fn},         {"erf", math_erf, Fn},
    {"erfc", math_erfc, Fn},         {"exp", math_exp, Fn},
    {"exp2", math_exp2, Fn},         {"expm1", math_expm1, Fn},
    {"fabs", math_fabs, Fn},         {"factorial", math_factorial, Fn},
    {"floor", math_floor, Fn},       {"fmod", math_fmod, Fn},
    {"frexp", math_frexp, Fn},       {"fsum", math_fsum, Fn},
    {"gamma", math_gamma, Fn},
    {"gcd", math_gcd, Fn},           {"hypot", math_hypot, Fn},
    {"isclose", math_isclose, Fn},   {"isfinite", math_isfinite, Fn},
    {"isinf", math_isinf, Fn},       {"isnan", math_isnan, Fn},
    {"isqrt", math_isqrt, Fn},       {"lcm", math_lcm, Fn},
    {"ldexp", math_ldexp, Fn},       {"lgamma", math_lgamma, Fn},
    {"log", math_log, Fn},
    {"log10", math_log10, Fn},       {"log1p", math_log1p, Fn},
    {"log2", math_log2, Fn},         {"modf", math_modf, Fn},
    {"nextafter", math_nextafter, Fn}, {"perm", math_perm, Fn},
    {"pow", math_pow, Fn},           {"prod", math_prod, Fn},
    {"radians", math_radians, Fn},   {"remainder", math_remainder, Fn},
    {"sin", math_sin, Fn},
    {"sinh", math_sinh, Fn},         {"sqrt", math_sqrt, Fn},
    {"tan", math_tan, Fn},           {"tanh", math_tanh, Fn},
    {"trunc", math_trunc, Fn},       {"ulp", math_ulp, Fn},
};
extern "C" const size_t adder_math_function_count =
    sizeof(adder_math_functions) / sizeof(adder_math_functions[0]);

extern "C" const MathConstant adder_math_constants[] = {
    {"e", 2.718281828459045235360287471352662498},
    {"inf", HUGE_VAL},
    {"nan", NAN},
    {"pi", 3.141592653589793238462643383279502884},
    {"tau", 6.283185307179586476925286766559005768},
};
extern "C" const size_t adder_math_constant_count =
    sizeof(adder_math_constants) / sizeof(adder_math_constants[0]);

namespace {

Value mathAttribute(Str *Name) {
  for (const MathConstant &C : adder_math_constants)
    if (strEqualsCString(Name, C.name))
      return floatNew(C.value);
  return Error;
}

const char *mathAttributeName(size_t Index) {
  return Index < adder_math_constant_count ? adder_math_constants[Index].name
                                           : nullptr;
}

const NativeModuleDef MathModule = {
    adder_math_functions,
    sizeof(adder_math_functions) / sizeof(adder_math_functions[0]),
    mathAttribute, mathAttributeName};

} // namespace

ADDER_NATIVE_MODULE(math, "math", MathModule)

extern "C" {
/// IEEE sqrt is exact and only a negative argument is out of its domain
/// (checkResult's other cases cannot happen), so typed code tests just that.
double adder_math_sqrt_f(double X) {
  if (ADDER_UNLIKELY(X < 0))
    return domainError();
  return __builtin_elementwise_sqrt(X);
}
double adder_math_exp_f(double X) { return math_exp_d(X); }

double adder_math_log_f(double X) { return checkResult(X, mLog(X), false); }
double adder_math_sin_f(double X) { return math_sin_d(X); }
double adder_math_cos_f(double X) { return math_cos_d(X); }
double adder_math_tan_f(double X) { return math_tan_d(X); }
double adder_math_asin_f(double X) { return math_asin_d(X); }
double adder_math_acos_f(double X) { return math_acos_d(X); }
double adder_math_atan_f(double X) { return math_atan_d(X); }
double adder_math_sinh_f(double X) { return math_sinh_d(X); }
double adder_math_cosh_f(double X) { return math_cosh_d(X); }
double adder_math_tanh_f(double X) { return math_tanh_d(X); }
double adder_math_log2_f(double X) { return checkResult(X, mLog2(X), false); }
double adder_math_log10_f(double X) {
  return checkResult(X, mLog10(X), false);
}
double adder_math_atan2_f(double Y, double X) {
  return checkResult2(Y, X, atan2(Y, X));
}
double adder_math_pow_f(double X, double Y) { return powD(X, Y); }
double adder_math_fabs_f(double X) { return fabs(X); }

// The typed entries for an argument of unknown type (Builtins.td, MathF):
// converted as the generic function converts it.
#define ADDER_MATH_OBJECT(Name)                                                \
  double adder_math_##Name##_o(Value X) {                                      \
    double D = adder_as_double(X);                                             \
    return errorPending() ? -1.0 : adder_math_##Name##_f(D);                   \
  }
ADDER_MATH_OBJECT(sqrt)
ADDER_MATH_OBJECT(sin)
ADDER_MATH_OBJECT(cos)
ADDER_MATH_OBJECT(tan)
ADDER_MATH_OBJECT(asin)
ADDER_MATH_OBJECT(acos)
ADDER_MATH_OBJECT(atan)
ADDER_MATH_OBJECT(sinh)
ADDER_MATH_OBJECT(cosh)
ADDER_MATH_OBJECT(tanh)
ADDER_MATH_OBJECT(exp)
ADDER_MATH_OBJECT(fabs)
#undef ADDER_MATH_OBJECT

double adder_math_hypot_f(double X, double Y) {
  double V[2] = {fabs(X), fabs(Y)};
  double Max = V[0] > V[1] ? V[0] : V[1];
  return vectorNorm(2, V, Max, isNaN(X) || isNaN(Y));
}
Value adder_math_floor_f(double X) { return adder_float_to_int(floor(X)); }
Value adder_math_ceil_f(double X) { return adder_float_to_int(ceil(X)); }
}

} // namespace adder::rt
