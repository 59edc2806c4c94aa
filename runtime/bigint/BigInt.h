//===- BigInt.h - arbitrary-precision integer arithmetic --------*- C++ -*-===//
//
// The arithmetic core behind Python's int once a value leaves the tagged
// machine word (DESIGN.md, decisions 4 and 5). Every operation gives the
// result CPython 3.11 gives, bit for bit, on 64-bit hosts and on 32-bit
// Cortex-M alike.
//
// The library is freestanding and owns no memory. The runtime owns the GC,
// so every operation works in two steps:
//
//   1. ask for the worst-case size of the result (`mulBound(A, B)`) and of
//      any scratch space (`mulScratch(A, B)`), both counted in limbs;
//   2. allocate a GC object of that size (and scratch, e.g. a temporary
//      object or a stack buffer) and call the operation, which writes the
//      normalized result into the caller's buffer.
//
// Bounds are worst cases: the result's Len may come out shorter (the
// runtime may shrink or copy the object). A scratch pointer may be null
// when its size is 0. A buffer below its bound is a broken invariant,
// caught by ADDER_ASSERT (so the environment provides adder::fatalError),
// never silent corruption.
//
// Representation: a magnitude as little-endian 32-bit limbs with no leading
// zero limb, plus a sign. Zero has length 0 and is never negative. 32-bit
// limbs with 64-bit intermediate products suit both Cortex-M (UMULL/UMLAL)
// and hosts. No per-limb loop performs a 64-bit division, which Cortex-M
// lacks in hardware: single-limb division and Knuth D's quotient estimate
// use a reciprocal computed once per divisor. The library needs no FPU
// either; its only outside symbol on 32-bit ARM is compiler-rt's
// __aeabi_uldivmod, for those once-per-call divisions.
//
// Errors that Python reports as exceptions come back as a Status; the
// runtime raises the matching exception with `statusMessage()` as text.
//
// Aliasing: unless an operation says otherwise, an output buffer must not
// share storage with any input. `add`, `sub`, `negate`, `abs`, `copy`, the
// bitwise operations and both shifts accept an output whose `Limbs` equals an
// input's `Limbs` exactly (in-place update), provided the capacity holds the
// bound.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_BIGINT_BIGINT_H
#define ADDER_RUNTIME_BIGINT_BIGINT_H

#include "adder/support/Compiler.h"

namespace adder::bigint {

using Limb = uint32_t;
inline constexpr unsigned LimbBits = 32;

/// A read-only integer: magnitude `Limbs[0..Len)` (little-endian, no leading
/// zero limb) and a sign. Zero is {any, 0, false}.
struct BigView {
  const Limb *Limbs = nullptr;
  uint32_t Len = 0;
  bool Neg = false;
};

/// Caller-owned output storage of `Cap` limbs. Operations set `Len` and
/// `Neg` to the normalized result; limbs at and above `Len` are unspecified.
struct BigBuf {
  Limb *Limbs = nullptr;
  uint32_t Cap = 0;
  uint32_t Len = 0;
  bool Neg = false;
};

inline BigView view(const BigBuf &B) { return {B.Limbs, B.Len, B.Neg}; }
inline BigBuf buffer(Limb *Storage, uint32_t Cap) {
  return {Storage, Cap, 0, false};
}
inline bool isZero(BigView A) { return A.Len == 0; }
/// -A and |A| as views over the same limbs: unary minus costs nothing until
/// the result needs its own object.
inline BigView negatedView(BigView A) {
  A.Neg = A.Len != 0 && !A.Neg;
  return A;
}
inline BigView absView(BigView A) {
  A.Neg = false;
  return A;
}

/// Limbs needed for any int64_t/uint64_t value, and a view of one held in
/// two limbs of caller storage; lets a tagged small int meet a bigint.
inline constexpr uint32_t Int64Limbs = 2;
BigView viewOfInt64(int64_t V, Limb (&Storage)[2]);

/// Why an operation produced no result. Each maps to one Python exception.
enum class Status : uint8_t {
  Ok,
  ZeroDivision,     ///< ZeroDivisionError (`//`, `divmod`)
  ZeroModulo,       ///< ZeroDivisionError (`%` alone)
  ZeroTrueDivision, ///< ZeroDivisionError (`/`)
  DivisionOverflow, ///< OverflowError (`/` result beyond float range)
  FloatOverflow,    ///< OverflowError (`float(int)`)
  ModulusZero,      ///< ValueError (`pow(a, b, 0)`)
  NotInvertible,    ///< ValueError (`pow(a, -n, m)` without inverse)
  NegativeSqrt,     ///< ValueError (`math.isqrt(-n)`)
  InvalidBase,      ///< ValueError (`int(s, 1)`)
  InvalidLiteral,   ///< ValueError; the runtime appends the base and repr
  TooManyDigits,    ///< ValueError (`sys.set_int_max_str_digits` limit)
};

/// The exception text CPython 3.11 uses for the status (without the
/// dynamic parts: InvalidLiteral's base and repr, TooManyDigits' counts).
const char *statusMessage(Status S);

//===-- Comparison --------------------------------------------------------===//

/// -1, 0 or 1 as A <, ==, > B.
int compare(BigView A, BigView B);
int compareMagnitude(BigView A, BigView B);
/// Exact comparison with a double, as CPython's `int < float` (no rounding
/// of A). D must not be NaN (every comparison with NaN is False in Python);
/// infinities are fine.
int compareWithDouble(BigView A, double D);

//===-- Additive ----------------------------------------------------------===//

uint32_t addBound(BigView A, BigView B); ///< also for sub
void add(BigBuf &Out, BigView A, BigView B);
void sub(BigBuf &Out, BigView A, BigView B);
/// Out = A, -A, |A|; Out needs A.Len limbs.
void copy(BigBuf &Out, BigView A);
void negate(BigBuf &Out, BigView A);
void abs(BigBuf &Out, BigView A);

//===-- Multiplication ----------------------------------------------------===//

/// Schoolbook below KaratsubaThreshold limbs (in the smaller operand),
/// Karatsuba from there on. Squaring (A and B the same limbs) computes each
/// cross product once, so its schoolbook stays faster for longer. Both
/// crossovers were measured on x86-64 (clang 19 -O2): at 32 limbs Karatsuba
/// multiplies ~13% faster than schoolbook, at 24 they tie; squaring ties at
/// 48 and wins above.
inline constexpr uint32_t KaratsubaThreshold = 32;
inline constexpr uint32_t KaratsubaSquareThreshold = 48;
uint32_t mulBound(BigView A, BigView B);
uint32_t mulScratch(BigView A, BigView B);
void mul(BigBuf &Out, BigView A, BigView B, Limb *Scratch);

//===-- Division ----------------------------------------------------------===//

/// Floor division as Python: Q = floor(A / B), R = A - Q*B, R has B's sign.
/// Either Quot or Rem may be null (`//` or `%` alone). B == 0 gives
/// ZeroDivision, or ZeroModulo when only Rem was asked for.
uint32_t quotientBound(BigView A, BigView B);
uint32_t remainderBound(BigView A, BigView B);
uint32_t divModScratch(BigView A, BigView B);
Status divMod(BigBuf *Quot, BigBuf *Rem, BigView A, BigView B, Limb *Scratch);

/// A / B correctly rounded to a double, as CPython's long_true_divide:
/// ZeroTrueDivision, or DivisionOverflow when the rounded quotient is not
/// finite. Underflow gives a (signed) zero. Uses no floating point.
uint32_t trueDivideScratch(BigView A, BigView B);
Status trueDivide(double &Out, BigView A, BigView B, Limb *Scratch);

//===-- Powers ------------------------------------------------------------===//

/// A ** E for E >= 0. The bound saturates at UINT64_MAX when the result
/// cannot exist in memory (the runtime raises MemoryError, as CPython
/// eventually does); otherwise pow() needs powBound limbs for Out and
/// powScratch limbs of scratch. Negative E is the runtime's float path.
uint64_t powBound(BigView A, BigView E);
uint64_t powScratch(BigView A, BigView E);
void pow(BigBuf &Out, BigView A, BigView E, Limb *Scratch);

/// pow(A, E, M) with Python's semantics: ModulusZero for M == 0; the result
/// has M's sign (0 <= r < M, or M < r <= 0); a negative E uses the modular
/// inverse of A (NotInvertible when gcd(A, M) != 1). |M| == 1 gives 0
/// before any inverse is looked for, as in CPython.
uint32_t powModBound(BigView A, BigView E, BigView M);
uint32_t powModScratch(BigView A, BigView E, BigView M);
Status powMod(BigBuf &Out, BigView A, BigView E, BigView M, Limb *Scratch);

//===-- Bits --------------------------------------------------------------===//

/// A << N and A >> N (floor for negative A, as Python). The left bound
/// saturates at UINT64_MAX; a negative count is the caller's ValueError.
uint64_t shiftLeftBound(BigView A, uint64_t N);
void shiftLeft(BigBuf &Out, BigView A, uint64_t N);
uint32_t shiftRightBound(BigView A, uint64_t N);
void shiftRight(BigBuf &Out, BigView A, uint64_t N);

/// &, |, ^ with two's-complement semantics on negative operands, and ~A.
uint32_t bitwiseBound(BigView A, BigView B);
void bitAnd(BigBuf &Out, BigView A, BigView B);
void bitOr(BigBuf &Out, BigView A, BigView B);
void bitXor(BigBuf &Out, BigView A, BigView B);
uint32_t invertBound(BigView A);
void invert(BigBuf &Out, BigView A);

/// int.bit_length() and int.bit_count() (both on |A|).
uint64_t bitLength(BigView A);
uint64_t bitCount(BigView A);

//===-- Conversions -------------------------------------------------------===//

/// False (Out untouched) when A does not fit.
bool toInt64(BigView A, int64_t &Out);
bool toUint64(BigView A, uint64_t &Out);
void fromInt64(BigBuf &Out, int64_t V);
void fromUint64(BigBuf &Out, uint64_t V);

/// float(A): round half to even, FloatOverflow when the result would not be
/// finite. Uses no floating point.
Status toDouble(BigView A, double &Out);
/// int(D), truncating toward zero. D must be finite (the runtime raises
/// for inf and NaN); the result needs at most FromDoubleLimbs limbs.
inline constexpr uint32_t FromDoubleLimbs = 32;
void fromDouble(BigBuf &Out, double D);

/// hash(A) exactly as 64-bit CPython: sign(A) * (|A| mod 2**61-1), with -1
/// mapped to -2. Computed with the 61-bit modulus on every target so that
/// hashes (and so set/dict iteration orders) match the host's CPython.
int64_t hash(BigView A);

//===-- Number theory -----------------------------------------------------===//

/// math.gcd(A, B), never negative.
uint32_t gcdBound(BigView A, BigView B);
uint32_t gcdScratch(BigView A, BigView B);
void gcd(BigBuf &Out, BigView A, BigView B, Limb *Scratch);

/// math.isqrt(A) = floor(sqrt(A)); NegativeSqrt for A < 0.
uint32_t isqrtBound(BigView A);
uint32_t isqrtScratch(BigView A);
Status isqrt(BigBuf &Out, BigView A, Limb *Scratch);

//===-- Strings -----------------------------------------------------------===//

/// Digits of A in Base (2..36), lowercase, with a leading '-' when
/// negative and no prefix: str() is base 10, bin()/oct()/hex() add their
/// prefix around base 2/8/16. MaxDigits, when non-zero, is CPython's
/// int_max_str_digits limit: for bases that are not powers of two, a
/// result of more digits (sign excluded) gives TooManyDigits. The text is
/// not NUL-terminated; Len receives its length.
size_t toStringBound(BigView A, unsigned Base);
uint32_t toStringScratch(BigView A, unsigned Base);
Status toString(char *Out, size_t Cap, size_t &Len, BigView A, unsigned Base,
                Limb *Scratch, size_t MaxDigits = 0);

/// Digits alone ('0'-'9', 'a'-'z', 'A'-'Z', each below Base 2..36): the
/// caller has removed sign, prefix, underscores and whitespace.
/// InvalidLiteral for any other character or an empty string.
uint32_t fromDigitsBound(size_t NumChars, unsigned Base);
Status fromDigits(BigBuf &Out, const char *Digits, size_t Len, unsigned Base);

/// The whole `int(s, base)` grammar on ASCII text: surrounding whitespace,
/// one sign, base 0 with its 0x/0o/0b prefixes (and "0" alone or "00..."
/// but no other leading zero), the matching prefix allowed with an
/// explicit base, single underscores between digits and after a prefix.
/// InvalidBase unless Base is 0 or 2..36; InvalidLiteral for anything else
/// that int() rejects; TooManyDigits (MaxDigits non-zero, base not a power
/// of two) as CPython. Whitespace is ' ' and \t\n\v\f\r only; non-ASCII
/// whitespace and digits are the caller's to map to ' ' and '0'-'9' first,
/// as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII does (ASCII
/// characters such as 0x1c pass through unmapped and are rejected).
uint32_t parseIntBound(size_t Len, unsigned Base);
Status parseInt(BigBuf &Out, const char *Text, size_t Len, unsigned Base,
                size_t MaxDigits = 0);

} // namespace adder::bigint

#endif
