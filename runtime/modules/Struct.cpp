//===- Struct.cpp - the struct module -------------------------------------===//
//
// struct.pack/unpack/calcsize/pack_into/unpack_from/iter_unpack, Struct
// objects and struct.error, following Modules/_struct.c of CPython 3.11:
// the same format grammar (byte order, repeat counts, whitespace), native
// ('@') sizes and alignment from the target's C ABI, standard sizes
// otherwise, and the same error for each bad argument, down to the
// irregular wording CPython uses per format character.
//
// A format is parsed once to validate it and measure it; packing and
// unpacking walk it again with a FormatCursor, which cannot fail then.
//
//===----------------------------------------------------------------------===//

#include "core/Exceptions.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Bytes.h"
#include "objects/ItemFormat.h"
#include "objects/MethodHelpers.h"
#include "objects/Module.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

extern "C" const Type adder_type_struct_error = {
    .header = {&adder_type_type},
    .name = "struct.error",
    .base = &adder_type_Exception,
    .flags = TypeBaseType | TypeExceptionSubclass,
    ADDER_EXCEPTION_SLOTS};

namespace {

Value structError(const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  raiseV(&adder_type_struct_error, Fmt, Args);
  va_end(Args);
  return Error;
}

//===--- Formats ----------------------------------------------------------===//

/// A parsed format: its text (str or bytes), byte order and mode, total
/// size and the number of values it packs.
struct Format {
  const char *text;
  size_t textSize;
  bool little;
  bool native; // '@': native sizes and alignment
  size_t size;
  size_t items;
};

/// Size of Code in standard mode, 0 if it has none there.
unsigned standardSize(char Code) {
  switch (Code) {
  case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
    return 1;
  case 'h': case 'H': case 'e':
    return 2;
  case 'i': case 'I': case 'l': case 'L': case 'f':
    return 4;
  case 'q': case 'Q': case 'd':
    return 8;
  default:
    return 0;
  }
}

/// Walks the items of a valid format: each step is one format character
/// with its repeat count, at its (aligned) offset.
struct FormatCursor {
  const Format &F;
  const char *P;
  size_t Offset = 0;
  char Code = 0;
  size_t Count = 0;
  unsigned ItemSize = 0;

  explicit FormatCursor(const Format &Fmt) : F(Fmt), P(Fmt.text) {
    if (F.textSize && strchr("@=<>!", *P))
      ++P;
  }

  /// The next item, or false at the end.
  bool next() {
    Offset += Count * ItemSize;
    const char *End = F.text + F.textSize;
    while (P < End && (*P == ' ' || (*P >= '\t' && *P <= '\r')))
      ++P;
    if (P >= End)
      return false;
    Count = 1;
    if (*P >= '0' && *P <= '9') {
      Count = 0;
      while (*P >= '0' && *P <= '9')
        Count = Count * 10 + size_t(*P++ - '0');
    }
    Code = *P++;
    ItemSize = F.native ? nativeItemSize(Code) : standardSize(Code);
    if (F.native && ItemSize > 1 && Code != 's' && Code != 'p')
      Offset = (Offset + ItemSize - 1) / ItemSize * ItemSize;
    return true;
  }
};

/// Parses Spec (a str or bytes) into F, raising struct.error for a bad
/// format and TypeError for a format of another type.
bool parseFormat(Value Spec, Format &F) {
  if (isStr(Spec)) {
    F.text = asStr(Spec)->data;
    F.textSize = asStr(Spec)->byteLength;
  } else if (isBytes(Spec)) {
    F.text = asBytes(Spec)->data;
    F.textSize = asBytes(Spec)->size;
  } else {
    raise(&adder_type_TypeError,
          "Struct() argument 1 must be a str or bytes object, not %s",
          typeName(Spec));
    return false;
  }
  F.little = NativeLittleEndian;
  F.native = true;
  const char *P = F.text, *End = F.text + F.textSize;
  if (P < End) {
    switch (*P) {
    case '<':
      F.little = true;
      F.native = false;
      ++P;
      break;
    case '>':
    case '!':
      F.little = false;
      F.native = false;
      ++P;
      break;
    case '=':
      F.native = false;
      ++P;
      break;
    case '@':
      ++P;
      break;
    }
  }
  constexpr size_t Limit = size_t(SmallIntMax);
  size_t Size = 0, Items = 0;
  while (P < End) {
    char C = *P++;
    if (C == ' ' || (C >= '\t' && C <= '\r'))
      continue;
    size_t Count = 1;
    if (C >= '0' && C <= '9') {
      Count = size_t(C - '0');
      while (P < End && *P >= '0' && *P <= '9') {
        if (Count > (Limit - size_t(*P - '0')) / 10) {
          structError("total struct size too long");
          return false;
        }
        Count = Count * 10 + size_t(*P++ - '0');
      }
      if (P >= End) {
        structError("repeat count given without format specifier");
        return false;
      }
      C = *P++;
    }
    unsigned ItemSize = F.native ? nativeItemSize(C) : standardSize(C);
    if (!ItemSize) {
      structError("bad char in struct format");
      return false;
    }
    if (C == 's' || C == 'p')
      ++Items;
    else if (C != 'x')
      Items += Count;
    if (F.native && ItemSize > 1 && C != 's' && C != 'p')
      Size = (Size + ItemSize - 1) / ItemSize * ItemSize;
    if (Count && (Limit - Size) / Count < ItemSize) {
      structError("total struct size too long");
      return false;
    }
    Size += Count * ItemSize;
  }
  F.size = Size;
  F.items = Items;
  return true;
}

//===--- Packing ----------------------------------------------------------===//

/// An int argument (get_pylong): an int, or an object with __index__.
Value intArgument(Value V) {
  if (isInt(V))
    return V;
  if (typeOf(V)->flags & TypeHeapType) {
    Value I = index(V);
    if (I != Error)
      return I;
    if (!pendingExceptionMatches(&adder_type_TypeError))
      return Error;
    clearPendingException();
  }
  return structError("required argument is not an integer");
}

/// Packs one integer item (np_byte, lp_int, ...), with CPython's checks.
bool packInt(const Format &F, char Code, unsigned Size, Value V, char *Out) {
  Value I = intArgument(V);
  if (I == Error)
    return false;
  uint64_t Bits;
  if (Code == 'P') {
    int64_t S;
    if (adder_int_to_i64(I, &S))
      Bits = uint64_t(S);
    else if (!adder_int_to_u64(I, &Bits)) {
      structError("int too large to convert");
      return false;
    }
    storeUInt(Out, Bits, Size, F.little);
    return true;
  }
  bool Signed = isSignedFormat(Code);
  int64_t S = 0;
  uint64_t U = 0;
  // get_long / get_ulong: the value must fit a C long first.
  if (Signed ? !adder_int_to_i64(I, &S) : !adder_int_to_u64(I, &U)) {
    if (Code == 'B' || Code == 'H') {
      // np_ubyte / np_ushort read a signed long, then check the range.
      if (!adder_int_to_i64(I, &S)) {
        structError("argument out of range");
        return false;
      }
    } else {
      structError("argument out of range");
      return false;
    }
  }
  switch (Code) {
  case 'b':
    if (S < -128 || S > 127) {
      structError("byte format requires -128 <= number <= 127");
      return false;
    }
    break;
  case 'B':
    if (U > 255 || S < 0) {
      structError("ubyte format requires 0 <= number <= 255");
      return false;
    }
    break;
  case 'h':
    if (S < -32768 || S > 32767) {
      structError("short format requires -32768 <= number <= 32767");
      return false;
    }
    break;
  case 'H':
    if (U > 65535 || S < 0) {
      structError("ushort format requires 0 <= number <= 65535");
      return false;
    }
    break;
  default:
    if (Size < 8) {
      uint64_t UMax = (uint64_t(1) << (8 * Size)) - 1;
      int64_t SMax = int64_t(UMax >> 1);
      if (Signed ? (S < -SMax - 1 || S > SMax) : U > UMax) {
        if (Signed)
          structError("'%c' format requires %lld <= number <= %lld", Code,
                      (long long)(-SMax - 1), (long long)SMax);
        else
          structError("'%c' format requires 0 <= number <= %llu", Code,
                      (unsigned long long)UMax);
        return false;
      }
    }
    break;
  }
  storeUInt(Out, Signed ? uint64_t(S) : U, Size, F.little);
  return true;
}

/// Packs one value of a single-item format character.
bool packItem(const Format &F, char Code, unsigned Size, Value V, char *Out) {
  switch (Code) {
  case '?': {
    int T = truthy(V);
    if (T < 0)
      return false;
    *Out = char(T);
    return true;
  }
  case 'c':
    if (!isBytes(V) || asBytes(V)->size != 1) {
      structError("char format requires a bytes object of length 1");
      return false;
    }
    *Out = asBytes(V)->data[0];
    return true;
  case 'e':
  case 'f':
  case 'd': {
    double D = adder_as_double(V);
    if (errorPending()) {
      clearPendingException();
      structError("required argument is not a float");
      return false;
    }
    // Native 'f' is a C cast in CPython 3.11: too large becomes inf.
    return packFloat(D, Out, Size, F.little, Code,
                     /*RangeChecked=*/!(F.native && Code == 'f'));
  }
  default:
    return packInt(F, Code, Size, V, Out);
  }
}

/// Packs Args (F.items values) into Out (F.size bytes, zeroed).
bool packValues(const Format &F, const Value *Args, char *Out) {
  FormatCursor C(F);
  size_t Arg = 0;
  while (C.next()) {
    char *At = Out + C.Offset;
    if (C.Code == 'x')
      continue;
    if (C.Code == 's' || C.Code == 'p') {
      Value V = Args[Arg++];
      const char *Data;
      size_t Size;
      if (!(isBytes(V) || isByteArray(V)) || !getBuffer(V, &Data, &Size)) {
        structError("argument for '%c' must be a bytes object", C.Code);
        return false;
      }
      if (C.Code == 's') {
        memcpy(At, Data, Size < C.Count ? Size : C.Count);
        continue;
      }
      if (!C.Count)
        continue;
      size_t N = Size < C.Count - 1 ? Size : C.Count - 1;
      memcpy(At + 1, Data, N);
      At[0] = char(N > 255 ? 255 : N);
      continue;
    }
    for (size_t K = 0; K < C.Count; ++K)
      if (!packItem(F, C.Code, C.ItemSize, Args[Arg++], At + K * C.ItemSize))
        return false;
  }
  return true;
}

/// A new bytes of F packed from Argc values.
Value packToBytes(const Format &F, const Value *Args, size_t Argc) {
  if (Argc != F.items)
    return structError("pack expected %zu items for packing (got %zu)",
                       F.items, Argc);
  // Pack into a zeroed scratch block first: a value's conversion may run
  // Python code that allocates.
  Bytes *B = bytesNew(nullptr, F.size);
  if (!B)
    return Error;
  memset(B->data, 0, F.size);
  if (!packValues(F, Args, B->data))
    return Error;
  return bytesValue(B);
}

//===--- Unpacking --------------------------------------------------------===//

Value unpackItem(const Format &F, char Code, unsigned Size, const char *In) {
  switch (Code) {
  case '?':
    return boolValue(*In != 0);
  case 'c': {
    Bytes *B = bytesNew(In, 1);
    return B ? bytesValue(B) : Error;
  }
  case 'e':
  case 'f':
  case 'd':
    return floatNew(unpackFloat(In, Size, F.little));
  default:
    if (isSignedFormat(Code))
      return adder_int_from_i64(loadSInt(In, Size, F.little));
    return adder_int_from_u64(loadUInt(In, Size, F.little));
  }
}

/// The tuple of values F.size bytes at Data hold. Data must stay valid
/// across allocations (a bytes object, or a copy).
Value unpackValues(const Format &F, const char *Data) {
  Tuple *T = tupleNew(nullptr, F.items);
  if (!T)
    return Error;
  FormatCursor C(F);
  size_t I = 0;
  while (C.next()) {
    const char *At = Data + C.Offset;
    if (C.Code == 'x')
      continue;
    if (C.Code == 's' || C.Code == 'p') {
      size_t N = C.Count;
      if (C.Code == 'p') {
        N = C.Count ? uint8_t(At[0]) : 0;
        if (C.Count && N >= C.Count)
          N = C.Count - 1;
        ++At;
      }
      Bytes *B = bytesNew(At, N);
      if (!B)
        return Error;
      T->items[I++] = bytesValue(B);
      continue;
    }
    for (size_t K = 0; K < C.Count; ++K) {
      Value V = unpackItem(F, C.Code, C.ItemSize, At + K * C.ItemSize);
      if (V == Error)
        return Error;
      T->items[I++] = V;
    }
  }
  return tupleValue(T);
}

/// A stable copy of a bytes-like argument's bytes (a bytearray could be
/// resized by code that runs while values are made).
Bytes *bufferCopy(Value V) {
  const char *Data;
  size_t Size;
  if (!getBuffer(V, &Data, &Size)) {
    raise(&adder_type_TypeError, "a bytes-like object is required, not '%s'",
          typeName(V));
    return nullptr;
  }
  if (isBytes(V))
    return asBytes(V);
  return bytesNew(Data, Size);
}

Value unpackBuffer(const Format &F, Value Buffer) {
  Bytes *B = bufferCopy(Buffer);
  if (!B)
    return Error;
  if (B->size != F.size)
    return structError("unpack requires a buffer of %zu bytes", F.size);
  return unpackValues(F, B->data);
}

/// unpack_from(buffer, offset=0): Args are the buffer and the offset.
Value unpackFrom(const Format &F, Value Buffer, Value OffsetV) {
  Bytes *B = bufferCopy(Buffer);
  if (!B)
    return Error;
  SWord Offset = 0;
  if (OffsetV != Error && !indexAsSize(OffsetV, &Offset, SizeOverflow::Argument))
    return Error;
  SWord Len = SWord(B->size);
  if (Offset < 0) {
    if (Offset + Len < 0)
      return structError("offset %zd out of range for %zd-byte buffer",
                         SWord(Offset), SWord(Len));
    Offset += Len;
  }
  if (Len - Offset < SWord(F.size))
    return structError("unpack_from requires a buffer of at least %zu bytes "
                       "for unpacking %zu bytes at offset %zd (actual buffer "
                       "size is %zd)",
                       F.size + size_t(Offset), F.size, SWord(Offset),
                       SWord(Len));
  return unpackValues(F, B->data + Offset);
}

/// pack_into(buffer, offset, *values): Args[0] is the buffer.
Value packInto(const Format &F, const Value *Args, size_t Argc) {
  if (Argc == 0)
    return structError("pack_into expected buffer argument");
  if (Argc == 1)
    return structError("pack_into expected offset argument");
  if (Argc - 2 != F.items)
    return structError("pack_into expected %zu items for packing (got %zu)",
                       F.items, Argc - 2);
  char *Data;
  size_t Len;
  if (!getWritableBuffer(Args[0], &Data, &Len))
    return raise(&adder_type_TypeError,
                 "argument must be read-write bytes-like object, not %s",
                 typeName(Args[0]));
  SWord Offset;
  if (!indexAsSize(Args[1], &Offset, SizeOverflow::Index))
    return Error;
  SWord Size = SWord(F.size);
  if (Offset < 0) {
    if (Offset + Size > 0)
      return structError("no space to pack %zd bytes at offset %zd",
                         SWord(Size), SWord(Offset));
    if (Offset + SWord(Len) < 0)
      return structError("offset %zd out of range for %zd-byte buffer",
                         SWord(Offset), SWord(Len));
    Offset += SWord(Len);
  }
  if (SWord(Len) - Offset < Size)
    return structError("pack_into requires a buffer of at least %zu bytes for "
                       "packing %zd bytes at offset %zd (actual buffer size "
                       "is %zd)",
                       size_t(Size) + size_t(Offset), SWord(Size),
                       SWord(Offset), SWord(Len));
  // Pack aside, then copy: converting the values may run code that
  // resizes the buffer.
  Value Packed = packToBytes(F, Args + 2, Argc - 2);
  if (Packed == Error)
    return Error;
  if (!getWritableBuffer(Args[0], &Data, &Len) ||
      SWord(Len) < Offset + Size)
    return structError("pack_into: the buffer changed size");
  memcpy(Data + Offset, asBytes(Packed)->data, F.size);
  return none();
}

//===--- Struct objects and the unpack iterator ---------------------------===//

/// A compiled format (_struct.Struct): the format as a str, plus the
/// parse, re-derived from the text for each use.
struct StructObject {
  Object header;
  Value format; // str
};

extern "C" const Type adder_type_struct_Struct;
extern "C" const Type adder_type_struct_unpack_iterator;

void traceStruct(Object *O, Tracer &T) {
  T(&reinterpret_cast<StructObject *>(O)->format);
}

/// The Format of a Struct object (its format parsed successfully before).
Format formatOf(Value Self) {
  Format F;
  parseFormat(reinterpret_cast<StructObject *>(asObject(Self))->format, F);
  return F;
}

Value structConstruct(const Type *T, const Value *Args, size_t Argc,
                      Tuple *KwNames) {
  static const char *const Names[] = {"format"};
  Value Spec;
  if (!parseKeywordArgs("Struct", Args, Argc, KwNames, Names, 1, 0, 1, &Spec))
    return Error;
  Format F;
  if (!parseFormat(Spec, F))
    return Error;
  Value Text = Spec;
  if (isBytes(Spec)) {
    Str *S = strNew(F.text, F.textSize);
    if (!S)
      return Error;
    Text = fromObject(&S->header);
  }
  auto *S = reinterpret_cast<StructObject *>(
      gcAlloc(&adder_type_struct_Struct, sizeof(StructObject)));
  if (!S)
    return Error;
  S->format = Text;
  return fromObject(&S->header);
}

/// iter_unpack's iterator: a copy of the buffer and the next offset.
struct UnpackIterator {
  Object header;
  Value format; // str or bytes
  Bytes *data;
  size_t offset;
};

void traceUnpackIterator(Object *O, Tracer &T) {
  auto *I = reinterpret_cast<UnpackIterator *>(O);
  T(&I->format);
  T(&I->data);
}

Value unpackIteratorNext(Value Self) {
  auto *I = reinterpret_cast<UnpackIterator *>(asObject(Self));
  if (!I->data)
    return Error;
  Format F;
  parseFormat(I->format, F);
  if (I->offset + F.size > I->data->size) {
    I->data = nullptr;
    return Error;
  }
  Value V = unpackValues(F, I->data->data + I->offset);
  I->offset += F.size;
  return V;
}

Value unpackIteratorLengthHint(const Value *Args, size_t Argc,
                               Tuple *KwNames) {
  if (!checkNoArgs("__length_hint__", Argc - 1, KwNames))
    return Error;
  auto *I = reinterpret_cast<UnpackIterator *>(asObject(Args[0]));
  if (!I->data)
    return makeSmallInt(0);
  Format F;
  parseFormat(I->format, F);
  return makeSmallInt(SWord((I->data->size - I->offset) / F.size));
}

Value iterUnpack(Value Spec, const Format &F, Value Buffer) {
  if (F.size == 0)
    return structError("cannot iteratively unpack with a struct of length 0");
  Bytes *B = bufferCopy(Buffer);
  if (!B)
    return Error;
  if (B->size % F.size)
    return structError("iterative unpacking requires a buffer of a multiple "
                       "of %zu bytes",
                       F.size);
  auto *I = reinterpret_cast<UnpackIterator *>(
      gcAlloc(&adder_type_struct_unpack_iterator, sizeof(UnpackIterator)));
  if (!I)
    return Error;
  I->format = Spec;
  I->data = B;
  I->offset = 0;
  return fromObject(&I->header);
}

//--- Struct methods: Args[0] is the Struct.

Value structPack(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords("pack", KwNames))
    return Error;
  Format F = formatOf(Args[0]);
  return packToBytes(F, Args + 1, Argc - 1);
}

Value structUnpack(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("unpack", Argc - 1, KwNames))
    return Error;
  return unpackBuffer(formatOf(Args[0]), Args[1]);
}

Value structUnpackFrom(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"buffer", "offset"};
  Value A[2];
  if (!parseKeywordArgs("unpack_from", Args + 1, Argc - 1, KwNames, Names, 2,
                        0, 1, A))
    return Error;
  return unpackFrom(formatOf(Args[0]), A[0], A[1]);
}

Value structPackInto(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords("pack_into", KwNames))
    return Error;
  return packInto(formatOf(Args[0]), Args + 1, Argc - 1);
}

Value structIterUnpack(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("iter_unpack", Argc - 1, KwNames))
    return Error;
  Value Spec = reinterpret_cast<StructObject *>(asObject(Args[0]))->format;
  return iterUnpack(Spec, formatOf(Args[0]), Args[1]);
}

Value structFormat(const Value *Args, size_t, Tuple *) {
  return reinterpret_cast<StructObject *>(asObject(Args[0]))->format;
}

Value structSize(const Value *Args, size_t, Tuple *) {
  return makeSmallInt(SWord(formatOf(Args[0]).size));
}

const MethodDef StructMethods[] = {
    {"format", structFormat, MethodKind::Property},
    {"iter_unpack", structIterUnpack, MethodKind::Method},
    {"pack", structPack, MethodKind::Method},
    {"pack_into", structPackInto, MethodKind::Method},
    {"size", structSize, MethodKind::Property},
    {"unpack", structUnpack, MethodKind::Method},
    {"unpack_from", structUnpackFrom, MethodKind::Method},
};

const MethodDef UnpackIteratorMethods[] = {
    {"__length_hint__", unpackIteratorLengthHint, MethodKind::Method},
};

} // namespace

extern "C" const Type adder_type_struct_Struct = {
    .header = {&adder_type_type},
    .name = "_struct.Struct",
    .base = &adder_type_object,
    .instanceSize = sizeof(StructObject),
    .trace = traceStruct,
    .construct = structConstruct,
    .methods = StructMethods,
    .methodCount = sizeof(StructMethods) / sizeof(StructMethods[0])};

extern "C" const Type adder_type_struct_unpack_iterator = {
    .header = {&adder_type_type},
    .name = "_struct.unpack_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(UnpackIterator),
    .trace = traceUnpackIterator,
    .iter = iterSelf,
    .next = unpackIteratorNext,
    .methods = UnpackIteratorMethods,
    .methodCount = 1};

namespace {

//===--- Module functions -------------------------------------------------===//

/// The format argument of a module function, parsed.
bool formatArg(const Value *Args, size_t Argc, Format &F) {
  if (Argc == 0) {
    raise(&adder_type_TypeError, "missing format argument");
    return false;
  }
  return parseFormat(Args[0], F);
}

Value modulePack(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords("pack", KwNames))
    return Error;
  Format F;
  if (!formatArg(Args, Argc, F))
    return Error;
  return packToBytes(F, Args + 1, Argc - 1);
}

Value moduleUnpack(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords("unpack", KwNames))
    return Error;
  if (Argc != 2)
    return raise(&adder_type_TypeError, "unpack expected 2 arguments, got %zu",
                 Argc);
  Format F;
  if (!parseFormat(Args[0], F))
    return Error;
  return unpackBuffer(F, Args[1]);
}

Value moduleCalcSize(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("calcsize", Argc, KwNames))
    return Error;
  Format F;
  if (!parseFormat(Args[0], F))
    return Error;
  return makeSmallInt(SWord(F.size));
}

Value moduleUnpackFrom(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"format", "buffer", "offset"};
  Value A[3];
  if (!parseKeywordArgs("unpack_from", Args, Argc, KwNames, Names, 3, 1, 2, A))
    return Error;
  Format F;
  if (!parseFormat(A[0], F))
    return Error;
  return unpackFrom(F, A[1], A[2]);
}

Value modulePackInto(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords("pack_into", KwNames))
    return Error;
  Format F;
  if (!formatArg(Args, Argc, F))
    return Error;
  return packInto(F, Args + 1, Argc - 1);
}

Value moduleIterUnpack(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("iter_unpack", Argc, 2, 2, KwNames))
    return Error;
  Format F;
  if (!parseFormat(Args[0], F))
    return Error;
  return iterUnpack(Args[0], F, Args[1]);
}

const MethodDef StructFunctions[] = {
    {"calcsize", moduleCalcSize, MethodKind::StaticMethod},
    {"iter_unpack", moduleIterUnpack, MethodKind::StaticMethod},
    {"pack", modulePack, MethodKind::StaticMethod},
    {"pack_into", modulePackInto, MethodKind::StaticMethod},
    {"unpack", moduleUnpack, MethodKind::StaticMethod},
    {"unpack_from", moduleUnpackFrom, MethodKind::StaticMethod},
};

Value structAttribute(Str *Name) {
  if (strEqualsCString(Name, "error"))
    return fromObject(&adder_type_struct_error.header);
  if (strEqualsCString(Name, "Struct"))
    return fromObject(&adder_type_struct_Struct.header);
  return Error;
}

const NativeModuleDef StructModule = {
    StructFunctions, sizeof(StructFunctions) / sizeof(StructFunctions[0]),
    structAttribute};

} // namespace

ADDER_NATIVE_MODULE(struct, "struct", StructModule)

} // namespace adder::rt
