//===- ItemFormat.h - binary items of struct, array, memoryview -*- C++ -*-===//
//
// struct, array and memoryview all store numbers as C would: an int or a
// float of a given size and byte order. They share the conversions here;
// each keeps its own argument checks, since CPython words their errors
// differently (struct.error "ubyte format requires 0 <= number <= 255",
// array's OverflowError "unsigned byte integer is greater than maximum",
// memoryview's ValueError "invalid value for format 'B'").
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_ITEMFORMAT_H
#define ADDER_RUNTIME_OBJECTS_ITEMFORMAT_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// Every adder target stores numbers little-endian.
constexpr bool NativeLittleEndian =
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

/// The size of a native C item of format character Code (struct's '@'
/// mode, array typecodes, memoryview formats): b B c ? x s p 1, h H e 2,
/// i I f 4, d q Q 8, l L n N P the word. 0 if Code is not a format.
unsigned nativeItemSize(char Code);

/// True for the integer formats b B h H i I l L q Q n N P.
bool isIntFormat(char Code);
/// True for the signed ones among them.
bool isSignedFormat(char Code);

/// Stores the low Size bytes of X at Out in the given byte order.
void storeUInt(char *Out, uint64_t X, unsigned Size, bool Little);
/// Loads Size bytes as an unsigned or a sign-extended number.
uint64_t loadUInt(const char *In, unsigned Size, bool Little);
int64_t loadSInt(const char *In, unsigned Size, bool Little);

/// IEEE binary16, binary32 or binary64 (Size 2, 4, 8) of X, rounded to
/// nearest-even as PyFloat_Pack2/4/8 do. False with OverflowError "float
/// too large to pack with <Code> format" when a finite X does not fit
/// (unless !RangeChecked: binary32 then rounds to inf, as a C cast does).
bool packFloat(double X, char *Out, unsigned Size, bool Little, char Code,
               bool RangeChecked = true);
double unpackFloat(const char *In, unsigned Size, bool Little);

} // namespace adder::rt

#endif
