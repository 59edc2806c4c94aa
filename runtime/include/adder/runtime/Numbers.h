//===- Numbers.h - int, bool, float, complex and number formatting -*- C++ -*-===//
//
// The numeric ABI between compiled code and the runtime (DESIGN.md
// decisions 4, 5, 6 and 11). Typed compiled code keeps
//   - ints as tagged Values: a small int (low bit 1) or a BigInt object,
//   - floats as unboxed doubles,
//   - bools as i1,
// and calls the adder_* functions below. The small-int fast paths are
// inline here (intAdd, intLt, ...); the extern "C" entry points defined in
// Int.cpp are thin wrappers around them, so once the runtime bitcode is
// linked with the program and optimized, `a + b` on ints is an add, an
// overflow branch and a call to the out-of-line slow path that is never
// taken in a hot loop.
//
// Tagged arithmetic: a small int a is the word A = 2a + 1.
//   A + (B - 1)          = 2(a + b) + 1   (overflows exactly when a + b
//                                          leaves the small-int range)
//   A - (B - 1)          = 2(a - b) + 1
//   (A - 1) * b + 1      = 2ab + 1
//   A < B  <=>  a < b    (comparisons compare the words)
//
// Error conventions (Object.h, Errors.h):
//   - functions returning Value return Error (0) with an exception pending;
//   - functions returning double or bool that can fail set the pending
//     exception and return a dummy (-1.0 / false): the caller tests
//     adder_pending_exception after the call. Each such function says so.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_NUMBERS_H
#define ADDER_RUNTIME_NUMBERS_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

//===--- Layouts and predicates -------------------------------------------===//

/// complex: two doubles. (Int and float layouts are in Objects.h; an
/// instance of a Python subclass of int is assumed to start with the BigInt
/// layout, where size 0 means zero; a subclass of float, the Float layout.)
struct Complex {
  Object header;
  double real;
  double imag;
};
extern "C" const Type adder_type_complex;

ADDER_INLINE bool isBigIntObject(Value V) {
  return isObject(V) && asObject(V)->type == &adder_type_int;
}
/// int, bool, or an instance of a subclass of int.
ADDER_INLINE bool isInt(Value V) {
  return isSmallInt(V) ||
         (isObject(V) && (asObject(V)->type == &adder_type_int ||
                          (asObject(V)->type->flags & TypeIntSubclass)));
}
/// Exactly int (small or big), not bool or a subclass.
ADDER_INLINE bool isExactInt(Value V) {
  return isSmallInt(V) || (isObject(V) && asObject(V)->type == &adder_type_int);
}

// Immediate floats (64-bit targets, Value.h). The double's bits are rotated
// left by one, putting the sign in bit 0 and the 11-bit exponent on top;
// subtracting ImmediateFloatBias from the exponent leaves 1..511 for the
// biased exponents 769..1279, so the top two bits are free for the tag's
// shift. Exponent 0 of the result means zero (only ±0.0 have no bits but
// the sign), which is why 2^-255 (biased 768) stays boxed. NaNs,
// infinities, subnormals and magnitudes beyond 2^256 are Float objects.
// Encoding is a rotate, a subtract and a range check; no allocation.
constexpr uint64_t ImmediateFloatBias = uint64_t(768) << 53;

/// Sets *Out to D as an immediate float and returns true, or returns false
/// if D needs a Float object (always on 32-bit targets).
ADDER_INLINE bool encodeImmediateFloat(double D, Value *Out) {
  if (!ImmediateFloats)
    return false;
  uint64_t Bits = __builtin_bit_cast(uint64_t, D);
  uint64_t R = (Bits << 1) | (Bits >> 63);
  if (R > 1) {
    R -= ImmediateFloatBias;
    if ((R >> 53) - 1 >= 511)
      return false;
  }
  *Out = Value((R << 2) | ImmediateFloatTag);
  return true;
}
ADDER_INLINE double decodeImmediateFloat(Value V) {
  uint64_t R = uint64_t(V) >> 2;
  if (R > 1)
    R += ImmediateFloatBias;
  return __builtin_bit_cast(double, (R >> 1) | (R << 63));
}

/// float or an instance of a subclass of float.
bool isFloatSubclass(Value V);
/// Exactly float (immediate or object), not a subclass.
ADDER_INLINE bool isExactFloat(Value V) {
  return isImmediateFloat(V) ||
         (isObject(V) && asObject(V)->type == &adder_type_float);
}
ADDER_INLINE bool isFloat(Value V) {
  return isImmediateFloat(V) ||
         (isObject(V) && (asObject(V)->type == &adder_type_float ||
                          isFloatSubclass(V)));
}
ADDER_INLINE double floatValue(Value V) {
  if (isImmediateFloat(V))
    return decodeImmediateFloat(V);
  return reinterpret_cast<const Float *>(V)->value;
}
ADDER_INLINE bool isComplex(Value V) {
  return isObject(V) && asObject(V)->type == &adder_type_complex;
}

//===--- Slow paths (Int.cpp; out of line so fast paths stay small) -------===//

extern "C" {
ADDER_NOINLINE Value adder_int_add_slow(Value A, Value B);
ADDER_NOINLINE Value adder_int_sub_slow(Value A, Value B);
ADDER_NOINLINE Value adder_int_mul_slow(Value A, Value B);
ADDER_NOINLINE Value adder_int_floordiv_slow(Value A, Value B);
ADDER_NOINLINE Value adder_int_mod_slow(Value A, Value B);
ADDER_NOINLINE Value adder_int_neg_slow(Value A);
ADDER_NOINLINE int adder_int_compare_slow(Value A, Value B);
}

//===--- Inline fast paths ------------------------------------------------===//
// All take ints (small or big, bools allowed) and return ints.

ADDER_INLINE Value intAdd(Value A, Value B) {
  SWord R;
  if (ADDER_LIKELY(A & B & 1) &&
      !__builtin_add_overflow(SWord(A), SWord(B - 1), &R))
    return Value(R);
  return adder_int_add_slow(A, B);
}
ADDER_INLINE Value intSub(Value A, Value B) {
  SWord R;
  if (ADDER_LIKELY(A & B & 1) &&
      !__builtin_sub_overflow(SWord(A), SWord(B - 1), &R))
    return Value(R);
  return adder_int_sub_slow(A, B);
}
ADDER_INLINE Value intMul(Value A, Value B) {
  SWord R;
  if (ADDER_LIKELY(A & B & 1) &&
      !__builtin_mul_overflow(SWord(A - 1), smallIntValue(B), &R))
    return Value(R) | 1;
  return adder_int_mul_slow(A, B);
}
/// Floor division: Python's sign rules. Zero divisor goes to the slow path.
ADDER_INLINE Value intFloorDiv(Value A, Value B) {
  if (ADDER_LIKELY(A & B & 1) && B != 1) {
    SWord X = smallIntValue(A), Y = smallIntValue(B);
    // SmallIntMin / -1 does not overflow a machine word: the result is
    // out of small-int range only then, so check it.
    SWord Q = X / Y;
    if ((X % Y != 0) && ((X < 0) != (Y < 0)))
      --Q;
    if (ADDER_LIKELY(Q <= SmallIntMax))
      return makeSmallInt(Q);
  }
  return adder_int_floordiv_slow(A, B);
}
ADDER_INLINE Value intMod(Value A, Value B) {
  if (ADDER_LIKELY(A & B & 1) && B != 1) {
    SWord X = smallIntValue(A), Y = smallIntValue(B);
    SWord M = X % Y;
    if (M != 0 && ((M < 0) != (Y < 0)))
      M += Y;
    return makeSmallInt(M);
  }
  return adder_int_mod_slow(A, B);
}
ADDER_INLINE Value intNeg(Value A) {
  SWord R;
  if (ADDER_LIKELY(A & 1) && !__builtin_sub_overflow(SWord(2), SWord(A), &R))
    return Value(R);
  return adder_int_neg_slow(A);
}
/// Three-way comparison: -1, 0, 1.
ADDER_INLINE int intCompare(Value A, Value B) {
  if (ADDER_LIKELY(A & B & 1))
    return (SWord(A) > SWord(B)) - (SWord(A) < SWord(B));
  return adder_int_compare_slow(A, B);
}
ADDER_INLINE bool intEq(Value A, Value B) {
  if (ADDER_LIKELY(A & B & 1))
    return A == B;
  return adder_int_compare_slow(A, B) == 0;
}
ADDER_INLINE bool intLt(Value A, Value B) {
  if (ADDER_LIKELY(A & B & 1))
    return SWord(A) < SWord(B);
  return adder_int_compare_slow(A, B) < 0;
}
ADDER_INLINE bool intLe(Value A, Value B) {
  if (ADDER_LIKELY(A & B & 1))
    return SWord(A) <= SWord(B);
  return adder_int_compare_slow(A, B) <= 0;
}
/// An int from a machine integer (boxes a BigInt on 32-bit targets when it
/// does not fit 31 bits).
Value intFromI64(int64_t I);
ADDER_INLINE Value intFromSWord(SWord I) {
  if (ADDER_LIKELY(fitsSmallInt(I)))
    return makeSmallInt(I);
  return intFromI64(I);
}
/// A Float object holding D (Float.cpp): for the floats no immediate holds.
Value floatBox(double D);
/// The float D: an immediate where one holds it, else a new Float object.
ADDER_INLINE Value floatNew(double D) {
  Value V;
  if (encodeImmediateFloat(D, &V))
    return V;
  return floatBox(D);
}

//===--- Typed entry points for compiled code -----------------------------===//

extern "C" {

// int op int -> int (Error + exception pending on failure). Operands are
// ints: small or BigInt* (bools are accepted too). Results that fit a small
// int are always small ints.
Value adder_int_add(Value A, Value B);
Value adder_int_sub(Value A, Value B);
Value adder_int_mul(Value A, Value B);
/// ZeroDivisionError "integer division or modulo by zero".
Value adder_int_floordiv(Value A, Value B);
/// ZeroDivisionError "integer modulo by zero".
Value adder_int_mod(Value A, Value B);
/// int ** int: an int, or a float object for a negative exponent (as
/// CPython); ZeroDivisionError "0.0 cannot be raised to a negative power".
Value adder_int_pow(Value A, Value B);
/// ValueError "negative shift count"; OverflowError/MemoryError when the
/// result cannot exist.
Value adder_int_lshift(Value A, Value B);
Value adder_int_rshift(Value A, Value B);
Value adder_int_and(Value A, Value B);
Value adder_int_or(Value A, Value B);
Value adder_int_xor(Value A, Value B);
Value adder_int_neg(Value A);
Value adder_int_pos(Value A); // bool -> int
Value adder_int_invert(Value A);
Value adder_int_abs(Value A);
/// int / int correctly rounded; ZeroDivisionError "division by zero",
/// OverflowError "integer division result too large for a float".
/// Check adder_pending_exception.
double adder_int_truediv(Value A, Value B);
/// (a // b, a % b) as a tuple.
Value adder_int_divmod(Value A, Value B);
/// pow(a, b, m) for ints: ValueError "pow() 3rd argument cannot be 0",
/// "base is not invertible for the given modulus".
Value adder_int_pow_mod(Value A, Value B, Value M);
/// Comparisons of two ints; cannot fail.
bool adder_int_eq(Value A, Value B);
bool adder_int_ne(Value A, Value B);
bool adder_int_lt(Value A, Value B);
bool adder_int_le(Value A, Value B);
bool adder_int_gt(Value A, Value B);
bool adder_int_ge(Value A, Value B);
bool adder_int_is_negative(Value A);
/// Truth value of an int; cannot fail.
bool adder_int_bool(Value A);
Value adder_int_from_i64(int64_t I);
/// sys.int_max_str_digits (0: no limit); 4300 at start, as CPython.
extern size_t adder_int_max_str_digits;
Value adder_int_from_u64(uint64_t I);
/// The int as int64_t; false (no exception) when it does not fit.
bool adder_int_to_i64(Value A, int64_t *Out);
/// False (Out untouched) for a negative int or one of 2**64 or more.
bool adder_int_to_u64(Value A, uint64_t *Out);
/// float(int): OverflowError "int too large to convert to float". Check
/// adder_pending_exception.
double adder_int_to_float(Value A);
/// int(x) of a float, truncating: ValueError "cannot convert float NaN to
/// integer", OverflowError "cannot convert float infinity to integer".
Value adder_float_to_int(double X);
/// hash(int) as 64-bit CPython (truncated to the word on 32-bit targets).
SWord adder_int_hash(Value A);

// int(x) / float(x) / str conversions.
/// str(int) / repr(int): ValueError when beyond sys.int_max_str_digits
/// (4300 digits, as CPython 3.11).
Value adder_int_to_str(Value A);
/// hex(), oct(), bin() of any value with __index__.
Value adder_hex(Value V);
Value adder_oct(Value V);
Value adder_bin(Value V);
/// int(s, base): Base is an int Value (10 for int(s)). ValueError
/// "invalid literal for int() with base 10: 'x'", "int() base must be >= 2
/// and <= 36, or 0".
Value adder_int_parse(Str *S, Value Base);
/// float(s): ValueError "could not convert string to float: 'x'". Check
/// adder_pending_exception.
double adder_float_parse(Str *S);

// float.
Value adder_box_float(double X);
/// The double of a float object (or float subclass instance).
double adder_float_value(Value V);
/// ZeroDivisionError "float division by zero"; check pending.
double adder_float_truediv(double A, double B);
/// ZeroDivisionError "float floor division by zero"; check pending.
double adder_float_floordiv(double A, double B);
/// ZeroDivisionError "float modulo"; check pending.
double adder_float_mod(double A, double B);
/// divmod() of floats as a tuple; ZeroDivisionError "float divmod()".
Value adder_float_divmod(double A, double B);
/// float ** float as CPython's float_pow: a float object, or a complex
/// object when a negative base meets a non-integral exponent;
/// ZeroDivisionError "0.0 cannot be raised to a negative power",
/// OverflowError "(34, 'Numerical result out of range')".
Value adder_float_pow(double A, double B);
/// float ** int: the int converted to float first (OverflowError "int too
/// large to convert to float" for huge ints), never complex. Check pending.
double adder_float_pow_int(double A, Value B);
/// Comparisons of float with int, exact as CPython (no rounding of the
/// int); cannot fail.
bool adder_float_int_compare(double A, Value B, CompareOp Op);
/// hash(float) as 64-bit CPython; a NaN hashes by identity in CPython, so
/// hash the boxed object instead (this returns 0 for NaN).
SWord adder_float_hash(double X);
/// round(x) / round(x, n): Ndigits is None (Error is accepted as None
/// too) or an int. round(x) returns an int (ValueError/OverflowError for
/// nan/inf); round(x, n) a float (OverflowError "rounded value too large
/// to represent").
Value adder_round_float(double X, Value Ndigits);
/// round(i, n) for ints (n None: i itself).
Value adder_round_int(Value I, Value Ndigits);
/// repr(float) == str(float).
Value adder_float_repr(double X);
bool adder_float_is_integer(double X);

// complex.
Value adder_complex_new(double Real, double Imag);

// Generic builtins on any values (dispatching to dunder methods of other
// types through Protocols.h), as static BuiltinFunction objects like the
// other builtins (runtime/builtins): abs, divmod, pow, round, hex, oct,
// bin, format.
extern const BuiltinFunction adder_builtin_abs, adder_builtin_divmod,
    adder_builtin_pow, adder_builtin_round, adder_builtin_hex,
    adder_builtin_oct, adder_builtin_bin, adder_builtin_format;
/// What calling the type objects int, float, bool, complex does (their
/// Type::construct slots call these): int(x=0, base=10), float(x=0.0),
/// bool(x=False), complex(real=0, imag=0).
Value adder_construct_int(const Value *Args, size_t Argc, Tuple *KwNames);
Value adder_construct_float(const Value *Args, size_t Argc, Tuple *KwNames);
Value adder_construct_bool(const Value *Args, size_t Argc, Tuple *KwNames);
Value adder_construct_complex(const Value *Args, size_t Argc,
                              Tuple *KwNames);

/// Value-level generic helpers.
Value adder_abs(Value V);
Value adder_divmod(Value A, Value B);
/// pow(a, b, m); M is None or Error for two-argument pow.
Value adder_pow(Value A, Value B, Value M);
/// round(v, n); N is None or Error when absent.
Value adder_round(Value V, Value N);
/// int(v) / float(v) of one argument.
Value adder_to_int(Value V);
Value adder_to_float(Value V);
/// float(v) as a double for compiled code: TypeError "must be real number,
/// not str" for non-numbers (as PyFloat_AsDouble). Check pending.
double adder_as_double(Value V);

//===--- Formatting (NumberFormat.cpp) ------------------------------------===//

/// format(V, Spec): int, bool, float, complex (empty spec only) and str
/// natively; other types through __format__, or str(V) for an empty spec.
Value adder_format_value(Value V, Value Spec);
Value adder_format_int(Value I, Str *Spec);
Value adder_format_float(double X, Str *Spec);
Value adder_format_str(Str *S, Str *Spec);
/// Format % Args (printf-style str formatting); Args a tuple, a mapping
/// (for %(name)s) or a single value.
Value adder_str_mod(Value Format, Value Args);

} // extern "C"

/// The `math` module (Math.cpp): its functions as a static table sorted
/// by name (module functions: MethodKind::StaticMethod, Args are the
/// call's arguments, no self) and its float constants.
extern "C" const MethodDef adder_math_functions[];
extern "C" const size_t adder_math_function_count;
struct MathConstant {
  const char *name;
  double value;
};
extern "C" const MathConstant adder_math_constants[];
extern "C" const size_t adder_math_constant_count;

extern "C" {
/// Typed math entry points for a known float argument: ValueError "math
/// domain error" / OverflowError "math range error" as CPython; check
/// adder_pending_exception.
double adder_math_sqrt_f(double X);
double adder_math_exp_f(double X);
double adder_math_log_f(double X);
double adder_math_sin_f(double X);
double adder_math_cos_f(double X);
double adder_math_tan_f(double X);
double adder_math_atan2_f(double Y, double X);
double adder_math_pow_f(double X, double Y);
double adder_math_fabs_f(double X);
double adder_math_hypot_f(double X, double Y);
/// math.floor / ceil / trunc of a float as an int (errors of int(inf/nan)).
Value adder_math_floor_f(double X);
Value adder_math_ceil_f(double X);
}

} // namespace adder::rt

#endif
