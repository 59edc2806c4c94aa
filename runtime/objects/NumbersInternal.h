//===- NumbersInternal.h - helpers shared by the number files ---*- C++ -*-===//
//
// Private to runtime/objects/{Int,Float,Complex,NumberFormat,NumberBuiltins}
// and runtime/modules/Math.cpp: views of int values for the bigint library,
// result buffers that become small ints or BigInt objects, and argument
// checking for builtin callables.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_NUMBERSINTERNAL_H
#define ADDER_RUNTIME_OBJECTS_NUMBERSINTERNAL_H

#include "adder/runtime/Numbers.h"
#include "bigint/BigInt.h"

namespace adder::rt::num {

using bigint::BigBuf;
using bigint::BigView;
using bigint::Limb;

/// A view of an int value (small, BigInt, bool or int subclass instance).
/// Tmp holds the limbs of a small int.
BigView intView(Value V, Limb (&Tmp)[2]);

/// Where an operation writes an int result: a stack buffer for small
/// results, else a BigInt object allocated with the bound. finish() gives
/// a small int whenever the result fits one.
class IntOut {
public:
  /// False with MemoryError pending when Bound limbs cannot be had.
  bool init(uint64_t Bound);
  Value finish();
  BigBuf Buf;

private:
  static constexpr uint32_t StackLimbs = 8;
  Limb Stack[StackLimbs];
  BigInt *Obj = nullptr;
};

/// Scratch limbs: the stack for small needs, else a heap byte block that
/// the conservative stack scan keeps alive while this object is in scope.
class Scratch {
public:
  bool init(uint64_t Limbs);
  Limb *get() { return Ptr; }

private:
  static constexpr uint32_t StackLimbs = 64;
  Limb Stack[StackLimbs];
  Limb *Ptr = Stack;
  Object *Block = nullptr;
};

/// An int Value of a view (small when it fits).
Value intFromView(BigView V);
/// Raises the exception for a bigint status; returns Error.
Value raiseStatus(bigint::Status S);

/// The double of an int/bool/float Value (for mixed arithmetic): sets
/// OverflowError for a huge int and returns false.
bool numberToDouble(Value V, double &Out);
/// True for int, bool and float values (the "real" numbers here).
ADDER_INLINE bool isRealNumber(Value V) { return isInt(V) || isFloat(V); }

/// CPython's exact float_richcompare of a double with an int.
bool compareDoubleInt(double A, Value B, CompareOp Op);
bool compareResult(int Cmp, CompareOp Op);
CompareOp swapCompare(CompareOp Op);

/// Hash of a double as 64-bit CPython's _Py_HashDouble (finite or inf);
/// NaN is the caller's (identity).
int64_t hashDouble(double X);
SWord truncateHash(int64_t H);

/// Value-level float pow (may return complex) and complex helpers.
Value floatPow(double A, double B);
Value complexPow(double AR, double AI, double BR, double BI);
/// abs() of a complex object: OverflowError "absolute value too large".
Value complexAbs(Value V);

/// Argument helpers for builtin callables. Each raises TypeError with
/// CPython's wording and returns false.
bool noKeywords(const char *Name, Tuple *KwNames);
bool checkArgCount(const char *Name, size_t Argc, size_t Min, size_t Max);
/// Splits positional and keyword arguments into Out[0..NumParams) (Error
/// for absent ones) using the parameter names; Positional parameters may
/// be given by position (all of them may, by keyword, when KwAllowed).
bool bindArgs(const char *FuncName, const Value *Args, size_t Argc,
              Tuple *KwNames, const char *const *Names, size_t NumParams,
              size_t MinArgs, Value *Out);

/// An index as a Python int (operator.index), or Error.
Value toIndex(Value V);
/// int Value to int64 with OverflowError "Python int too large to convert
/// to C long" on failure.
bool intToI64Checked(Value V, int64_t &Out);
/// A 2-tuple.
Value makePair(Value A, Value B);
/// Str of ASCII bytes.
Value asciiStr(const char *S, size_t N);

/// int(text, base) for generalized UTF-8 text (a str's or bytes' contents);
/// ReprSource is the object named in the error message.
Value intParseText(const char *Text, size_t Len, Value Base, Value ReprSource);
/// The digits of an int in Base with Prefix after the sign ("-0x1f");
/// base 10 honours sys.int_max_str_digits.
Value intToText(Value A, unsigned Base, const char *Prefix);
/// float(text); false with ValueError pending.
bool floatParseText(const char *Text, size_t Len, Value ReprSource,
                    double &Out);


/// int.__format__ (Kind 0), float.__format__ (1), str.__format__ (2).
template <int Kind>
Value formatMethod(const Value *Args, size_t Argc, Tuple *KwNames);

} // namespace adder::rt::num

#endif
