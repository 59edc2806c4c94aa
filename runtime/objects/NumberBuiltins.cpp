//===- NumberBuiltins.cpp - int(), float(), abs(), pow(), round() ---------===//
//
// The builtin callables of the numeric tower and their generic helpers:
// constructors that accept any convertible value, and abs/divmod/pow/round
// that work on numbers directly and fall back to the operand's dunder
// methods (__abs__, __divmod__, __round__, __index__, __float__, __int__)
// through the attribute protocol for every other type, with CPython's
// TypeError texts when none applies. Also the argument-binding helpers the
// number files share.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Numbers.h"

#include "NumbersInternal.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"

#include <math.h>

namespace adder::rt {
using namespace num;

//===----------------------------------------------------------------------===//
// Argument helpers
//===----------------------------------------------------------------------===//

static size_t kwCount(Tuple *KwNames) { return KwNames ? KwNames->size : 0; }

bool num::noKeywords(const char *Name, Tuple *KwNames) {
  if (!kwCount(KwNames))
    return true;
  raise(&adder_type_TypeError, "%s() takes no keyword arguments", Name);
  return false;
}

bool num::checkArgCount(const char *Name, size_t Argc, size_t Min,
                        size_t Max) {
  if (Argc >= Min && Argc <= Max)
    return true;
  if (Min == Max) {
    if (Min == 0)
      raise(&adder_type_TypeError, "%s() takes no arguments (%zu given)", Name,
            Argc);
    else if (Min == 1)
      raise(&adder_type_TypeError,
            "%s() takes exactly one argument (%zu given)", Name, Argc);
    else
      raise(&adder_type_TypeError, "%s expected %zu arguments, got %zu", Name,
            Min, Argc);
  } else if (Argc < Min) {
    raise(&adder_type_TypeError, "%s expected at least %zu argument%s, got %zu",
          Name, Min, Min == 1 ? "" : "s", Argc);
  } else {
    raise(&adder_type_TypeError, "%s expected at most %zu argument%s, got %zu",
          Name, Max, Max == 1 ? "" : "s", Argc);
  }
  return false;
}

bool num::bindArgs(const char *FuncName, const Value *Args, size_t Argc,
                   Tuple *KwNames, const char *const *Names, size_t NumParams,
                   size_t MinArgs, Value *Out) {
  size_t NumKw = kwCount(KwNames);
  if (Argc > NumParams) {
    raise(&adder_type_TypeError,
          "%s() takes at most %zu argument%s (%zu given)", FuncName, NumParams,
          NumParams == 1 ? "" : "s", Argc + NumKw);
    return false;
  }
  for (size_t I = 0; I < NumParams; ++I)
    Out[I] = I < Argc ? Args[I] : Error;
  for (size_t K = 0; K < NumKw; ++K) {
    Str *Name = asStr(KwNames->items[K]);
    size_t I = 0;
    while (I < NumParams && !strEqualsCString(Name, Names[I]))
      ++I;
    if (I == NumParams) {
      raise(&adder_type_TypeError,
            "%s() got an unexpected keyword argument '%V'", FuncName, Name);
      return false;
    }
    if (Out[I] != Error) {
      raise(&adder_type_TypeError,
            "argument for %s() given by name ('%s') and position (%zu)",
            FuncName, Names[I], I + 1);
      return false;
    }
    Out[I] = Args[Argc + K];
  }
  for (size_t I = 0; I < MinArgs; ++I)
    if (Out[I] == Error) {
      raise(&adder_type_TypeError,
            "%s() missing required argument '%s' (pos %zu)", FuncName,
            Names[I], I + 1);
      return false;
    }
  return true;
}

Value callDunder(Value V, const char *Name, const Value *Args, size_t Argc,
                 bool &Found) {
  Found = false;
  // Builtin types other than numbers have none of the numeric dunders.
  if (!(typeOf(V)->flags & TypeHeapType))
    return Error;
  Value M = getAttrCString(V, Name);
  if (M == Error) {
    if (pendingExceptionMatches(&adder_type_AttributeError))
      clearPendingException();
    else
      Found = true; // a real error: report it
    return Error;
  }
  Found = true;
  return call(M, Args, Argc);
}

Value num::toIndex(Value V) {
  if (isInt(V))
    return V;
  bool Found;
  Value R = callDunder(V, "__index__", nullptr, 0, Found);
  if (!Found)
    return raise(&adder_type_TypeError,
                 "'%s' object cannot be interpreted as an integer",
                 typeName(V));
  if (R != Error && !isInt(R))
    return raise(&adder_type_TypeError,
                 "__index__ returned non-int (type %s)", typeName(R));
  return R;
}

bool num::intToI64Checked(Value V, int64_t &Out) {
  if (adder_int_to_i64(V, &Out))
    return true;
  raise(&adder_type_OverflowError, "Python int too large to convert to C long");
  return false;
}

static bool isBytes(Value V) {
  return isObject(V) && asObject(V)->type == &adder_type_bytes;
}

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

extern "C" {

double adder_as_double(Value V) {
  if (isFloat(V))
    return floatValue(V);
  if (isInt(V))
    return adder_int_to_float(V);
  bool Found;
  Value R = callDunder(V, "__float__", nullptr, 0, Found);
  if (Found) {
    if (R == Error)
      return -1.0;
    if (!isFloat(R)) {
      raise(&adder_type_TypeError, "%s.__float__ returned non-float (type %s)",
            typeName(V), typeName(R));
      return -1.0;
    }
    return floatValue(R);
  }
  R = callDunder(V, "__index__", nullptr, 0, Found);
  if (Found) {
    if (R == Error)
      return -1.0;
    return adder_int_to_float(R);
  }
  raise(&adder_type_TypeError, "must be real number, not %s", typeName(V));
  return -1.0;
}

Value adder_to_int(Value V) {
  if (isExactInt(V))
    return V;
  if (isInt(V))
    return adder_int_pos(V);
  if (isFloat(V))
    return adder_float_to_int(floatValue(V));
  if (isStr(V))
    return adder_int_parse(asStr(V), makeSmallInt(10));
  if (isBytes(V)) {
    auto *B = reinterpret_cast<const Bytes *>(V);
    return intParseText(B->data, B->size, makeSmallInt(10), V);
  }
  static const char *const Dunders[] = {"__int__", "__index__", "__trunc__"};
  for (const char *D : Dunders) {
    bool Found;
    Value R = callDunder(V, D, nullptr, 0, Found);
    if (!Found)
      continue;
    if (R == Error)
      return Error;
    if (!isInt(R))
      return raise(&adder_type_TypeError, "%s returned non-int (type %s)", D,
                   typeName(R));
    return adder_int_pos(R);
  }
  return raise(&adder_type_TypeError,
               "int() argument must be a string, a bytes-like object or a "
               "real number, not '%s'",
               typeName(V));
}

Value adder_to_float(Value V) {
  if (isExactFloat(V))
    return V;
  if (isFloat(V))
    return floatNew(floatValue(V));
  if (isInt(V)) {
    double D = adder_int_to_float(V);
    return errorPending() ? Error : floatNew(D);
  }
  double D;
  if (isStr(V)) {
    Str *S = asStr(V);
    if (!floatParseText(S->data, S->byteLength, V, D))
      return Error;
    return floatNew(D);
  }
  if (isBytes(V)) {
    auto *B = reinterpret_cast<const Bytes *>(V);
    if (!floatParseText(B->data, B->size, V, D))
      return Error;
    return floatNew(D);
  }
  if (typeOf(V)->flags & TypeHeapType) {
    D = adder_as_double(V);
    if (!errorPending())
      return floatNew(D);
    if (!pendingExceptionMatches(&adder_type_TypeError))
      return Error;
    clearPendingException();
  }
  return raise(&adder_type_TypeError,
               "float() argument must be a string or a real number, not '%s'",
               typeName(V));
}

//===----------------------------------------------------------------------===//
// Constructors
//===----------------------------------------------------------------------===//

Value adder_construct_int(const Value *Args, size_t Argc,
                          Tuple *KwNames) {
  size_t NumKw = kwCount(KwNames);
  if (Argc + NumKw > 2)
    return raise(&adder_type_TypeError,
                 "int() takes at most 2 arguments (%zu given)", Argc + NumKw);
  Value X = Argc > 0 ? Args[0] : Error;
  Value Base = Argc > 1 ? Args[1] : Error;
  for (size_t K = 0; K < NumKw; ++K) {
    Str *Name = asStr(KwNames->items[K]);
    if (!strEqualsCString(Name, "base"))
      return raise(&adder_type_TypeError,
                   "'%V' is an invalid keyword argument for int()", Name);
    if (Base != Error)
      return raise(&adder_type_TypeError,
                   "argument for int() given by name ('base') and position "
                   "(2)");
    Base = Args[Argc + K];
  }
  if (X == Error) {
    if (Base != Error)
      return raise(&adder_type_TypeError, "int() missing string argument");
    return makeSmallInt(0);
  }
  if (Base == Error)
    return adder_to_int(X);
  Value B = toIndex(Base);
  if (B == Error)
    return Error;
  if (isStr(X))
    return adder_int_parse(asStr(X), B);
  if (isBytes(X)) {
    auto *Bs = reinterpret_cast<const Bytes *>(X);
    return intParseText(Bs->data, Bs->size, B, X);
  }
  return raise(&adder_type_TypeError,
               "int() can't convert non-string with explicit base");
}

Value adder_construct_float(const Value *Args, size_t Argc,
                          Tuple *KwNames) {
  if (!noKeywords("float", KwNames))
    return Error;
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "float expected at most 1 argument, got %zu", Argc);
  if (Argc == 0)
    return floatNew(0.0);
  return adder_to_float(Args[0]);
}

Value adder_construct_bool(const Value *Args, size_t Argc,
                          Tuple *KwNames) {
  if (!noKeywords("bool", KwNames))
    return Error;
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "bool expected at most 1 argument, got %zu", Argc);
  if (Argc == 0)
    return boolValue(false);
  int T = truthy(Args[0]);
  if (T < 0)
    return Error;
  return boolValue(T);
}

//===----------------------------------------------------------------------===//
// abs, divmod, pow, round
//===----------------------------------------------------------------------===//

Value adder_abs(Value V) {
  if (isInt(V))
    return adder_int_abs(V);
  if (isFloat(V))
    return floatNew(fabs(floatValue(V)));
  if (isComplex(V))
    return complexAbs(V);
  bool Found;
  Value R = callDunder(V, "__abs__", nullptr, 0, Found);
  if (Found)
    return R;
  return raise(&adder_type_TypeError, "bad operand type for abs(): '%s'",
               typeName(V));
}

Value adder_divmod(Value A, Value B) {
  if (isInt(A) && isInt(B))
    return adder_int_divmod(A, B);
  if (isRealNumber(A) && isRealNumber(B)) {
    double X, Y;
    if (!numberToDouble(A, X) || !numberToDouble(B, Y))
      return Error;
    return adder_float_divmod(X, Y);
  }
  bool Found;
  Value R = callDunder(A, "__divmod__", &B, 1, Found);
  if (Found && R != notImplemented())
    return R;
  R = callDunder(B, "__rdivmod__", &A, 1, Found);
  if (Found && R != notImplemented())
    return R;
  return raise(&adder_type_TypeError,
               "unsupported operand type(s) for divmod(): '%s' and '%s'",
               typeName(A), typeName(B));
}

Value adder_pow(Value A, Value B, Value M) {
  if (M == Error || isNone(M))
    return binaryOp(A, B, BinaryOp::Pow);
  if (isInt(A) && isInt(B) && isInt(M))
    return adder_int_pow_mod(A, B, M);
  if ((isRealNumber(A) || isComplex(A)) && (isRealNumber(B) || isComplex(B)) &&
      (isRealNumber(M) || isComplex(M)))
    return raise(&adder_type_TypeError, "pow() 3rd argument not allowed "
                                        "unless all arguments are integers");
  Value Args[2] = {B, M};
  bool Found;
  Value R = callDunder(A, "__pow__", Args, 2, Found);
  if (Found && R != notImplemented())
    return R;
  return raise(&adder_type_TypeError,
               "unsupported operand type(s) for ** or pow(): '%s', '%s', "
               "'%s'",
               typeName(A), typeName(B), typeName(M));
}

Value adder_round_int(Value I, Value Ndigits) {
  if (Ndigits == Error || isNone(Ndigits))
    return adder_int_pos(I);
  Value N = toIndex(Ndigits);
  if (N == Error)
    return Error;
  if (!adder_int_is_negative(N))
    return adder_int_pos(I);
  // Round half to even to a multiple of 10**-n (_PyLong_DivmodNear).
  Value K = adder_int_neg(N);
  if (K == Error)
    return Error;
  int64_t KI;
  Limb T[2];
  uint64_t Bits = bigint::bitLength(intView(I, T));
  if (!adder_int_to_i64(K, &KI) || uint64_t(KI) > Bits)
    return makeSmallInt(0);
  Value P = adder_int_pow(makeSmallInt(10), K);
  if (P == Error)
    return Error;
  Value Q = adder_int_floordiv(I, P);
  if (Q == Error)
    return Error;
  Value R = adder_int_mod(I, P);
  if (R == Error)
    return Error;
  Value Twice = adder_int_add(R, R);
  if (Twice == Error)
    return Error;
  int C = intCompare(Twice, P);
  if (C > 0 || (C == 0 && adder_int_and(Q, makeSmallInt(1)) != makeSmallInt(0)))
    Q = adder_int_add(Q, makeSmallInt(1));
  if (Q == Error)
    return Error;
  return adder_int_mul(Q, P);
}

Value adder_round(Value V, Value N) {
  if (isInt(V))
    return adder_round_int(V, N);
  if (isFloat(V))
    return adder_round_float(floatValue(V), N);
  bool Found;
  bool HasN = N != Error;
  Value R = callDunder(V, "__round__", &N, HasN ? 1 : 0, Found);
  if (Found)
    return R;
  return raise(&adder_type_TypeError, "type %s doesn't define __round__ method",
               typeName(V));
}

//===----------------------------------------------------------------------===//
// Builtin callables
//===----------------------------------------------------------------------===//

} // extern "C"

namespace {

Value builtinAbs(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("abs", KwNames) || !checkArgCount("abs", Argc, 1, 1))
    return Error;
  return adder_abs(Args[0]);
}

Value builtinDivmod(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("divmod", KwNames) || !checkArgCount("divmod", Argc, 2, 2))
    return Error;
  return adder_divmod(Args[0], Args[1]);
}

Value builtinPow(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"base", "exp", "mod"};
  Value A[3];
  if (!bindArgs("pow", Args, Argc, KwNames, Names, 3, 2, A))
    return Error;
  return adder_pow(A[0], A[1], A[2]);
}

Value builtinRound(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"number", "ndigits"};
  Value A[2];
  if (!bindArgs("round", Args, Argc, KwNames, Names, 2, 1, A))
    return Error;
  return adder_round(A[0], A[1]);
}

Value builtinHex(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("hex", KwNames) || !checkArgCount("hex", Argc, 1, 1))
    return Error;
  return adder_hex(Args[0]);
}

Value builtinOct(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("oct", KwNames) || !checkArgCount("oct", Argc, 1, 1))
    return Error;
  return adder_oct(Args[0]);
}

Value builtinBin(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("bin", KwNames) || !checkArgCount("bin", Argc, 1, 1))
    return Error;
  return adder_bin(Args[0]);
}

Value builtinFormat(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("format", KwNames) ||
      !checkArgCount("format", Argc, 1, 2))
    return Error;
  return adder_format_value(Args[0], Argc > 1 ? Args[1] : emptyStr());
}

} // namespace

#define ADDER_NUMBER_BUILTIN(Name, Fn)                                         \
  extern "C" const BuiltinFunction adder_builtin_##Name = {                    \
      {&adder_type_builtin_function}, #Name, Fn, Error};
ADDER_NUMBER_BUILTIN(abs, builtinAbs)
ADDER_NUMBER_BUILTIN(divmod, builtinDivmod)
ADDER_NUMBER_BUILTIN(pow, builtinPow)
ADDER_NUMBER_BUILTIN(round, builtinRound)
ADDER_NUMBER_BUILTIN(hex, builtinHex)
ADDER_NUMBER_BUILTIN(oct, builtinOct)
ADDER_NUMBER_BUILTIN(bin, builtinBin)
ADDER_NUMBER_BUILTIN(format, builtinFormat)
#undef ADDER_NUMBER_BUILTIN

} // namespace adder::rt
