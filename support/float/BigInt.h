//===- BigInt.h - fixed-capacity unsigned big integers ----------*- C++ -*-===//
//
// Exact float <-> decimal conversion needs integers of up to ~2,700 bits
// (a 800-digit decimal mantissa, or 5^1124), but only a handful of
// operations on them: multiply by a small number or a power of five, shift,
// add, compare, and divide. BigInt is that and nothing more. Limbs are
// 32 bits with 64-bit products so the same code is efficient on 32-bit
// microcontrollers; storage is a caller-owned array (FixedBigInt puts it on
// the stack) because this library never allocates.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_FLOAT_BIGINT_H
#define ADDER_SUPPORT_FLOAT_BIGINT_H

#include "adder/support/Compiler.h"

namespace adder::floatconv {

/// An unsigned integer, little-endian limbs, no leading zero limbs (zero
/// has Size 0). Every operation asserts that the result fits Capacity; the
/// callers size their buffers from proven bounds, so that never fires.
class BigInt {
public:
  BigInt(uint32_t *Storage, int Capacity) : Limbs(Storage), Cap(Capacity) {}
  BigInt(const BigInt &) = delete;
  BigInt &operator=(const BigInt &) = delete;

  void setU64(uint64_t V);
  void assign(const BigInt &Other);

  bool isZero() const { return Size == 0; }
  int size() const { return Size; }
  uint32_t limb(int I) const { return Limbs[I]; }
  int bitLength() const;
  /// True if any of the low Bits bits is set.
  bool anyLowBits(int Bits) const;
  /// The 64 bits starting at bit Lsb (bits beyond the top read as zero).
  uint64_t bitsFrom(int Lsb) const;

  /// this = this * M + Add.
  void mulAdd(uint32_t M, uint32_t Add = 0);
  /// this *= 5^N.
  void mulPow5(int N);
  /// this <<= Bits.
  void shiftLeft(int Bits);
  /// this += Other.
  void add(const BigInt &Other);

  /// -1, 0 or 1 as A <, ==, > B.
  static int compare(const BigInt &A, const BigInt &B);

  /// One decimal digit of R / S: returns floor(R / S) and leaves R mod S in
  /// R. Requires R < 10 * S and S's top limb in [2^27, 2^28) (four leading
  /// zero bits), which also guarantees 10 * R fits in S's limb count.
  static uint32_t quotientDigit(BigInt &R, const BigInt &S);

  /// Knuth's algorithm D: Q = U / V and U = U mod V. V's top limb must
  /// have its high bit set; Q needs U.size() - V.size() + 1 limbs.
  static void divide(BigInt &U, const BigInt &V, BigInt &Q);

private:
  void trim();

  uint32_t *Limbs;
  int Cap;
  int Size = 0;
};

/// A BigInt with its limbs inline, for the stack.
template <int Capacity> class FixedBigInt : public BigInt {
public:
  FixedBigInt() : BigInt(Storage, Capacity) {}

private:
  uint32_t Storage[Capacity];
};

} // namespace adder::floatconv

#endif
