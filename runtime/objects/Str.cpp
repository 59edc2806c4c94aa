//===- Str.cpp - the str type and StrBuilder ------------------------------===//
//
// Strings are immutable UTF-8 with the code-point count cached, so len() is
// O(1) and ASCII strings index in O(1); non-ASCII indexing scans. The hash
// is FNV-1a over the bytes: CPython randomizes str hashes per process, so
// only consistency within a run matters, and a fixed function lets the
// compiler precompute the hash of every string constant in flash.
//
//===----------------------------------------------------------------------===//

#include "objects/Str.h"
#include "objects/Bytes.h"
#include "objects/MethodHelpers.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/support/Unicode.h"
#include "adder/support/Utf8.h"

#include <string.h>

namespace adder::rt {

namespace {

const StaticStr<1> EmptyStr = {{&adder_type_str}, 0, 0, -1, 1, 1, {0}};

constexpr AsciiStrTable makeAsciiStrTable() {
  AsciiStrTable T{};
  for (int I = 0; I < 128; ++I)
    T.chars[I] = {{&adder_type_str}, 1, 1, -1, 1, 1, {char(I), 0}};
  return T;
}

} // namespace

const AsciiStrTable asciiStrs = makeAsciiStrTable();

Value emptyStr() { return fromObject(&EmptyStr.header); }

SWord hashBytes(const char *Data, size_t Size) {
  uint64_t H = 14695981039346656037ull;
  for (size_t I = 0; I < Size; ++I)
    H = (H ^ uint8_t(Data[I])) * 1099511628211ull;
  SWord R = SWord(H);
  return R == -1 ? -2 : R;
}

SWord strHash(Str *S) {
  if (S->hash != -1)
    return S->hash;
  SWord H = hashBytes(S->data, S->byteLength);
  if (gcInHeap(S))
    S->hash = H;
  return H;
}

bool strEquals(const Str *A, const Str *B) {
  if (A == B)
    return true;
  if (A->byteLength != B->byteLength)
    return false;
  // Different cached hashes settle it without reading the bytes.
  if (A->hash != -1 && B->hash != -1 && A->hash != B->hash)
    return false;
  return memcmp(A->data, B->data, A->byteLength) == 0;
}

bool strEqualsCString(const Str *A, const char *B) {
  // One pass, no strlen: method tables are searched by name with this, and
  // most names differ in their first bytes.
  size_t N = A->byteLength;
  for (size_t I = 0; I < N; ++I)
    if (B[I] == '\0' || B[I] != A->data[I])
      return false;
  return B[N] == '\0';
}

Str *strAllocate(size_t Size, size_t Length, bool Ascii) {
  if (Size >= 0xFFFFFFF0u) {
    raise(&adder_type_OverflowError, "string is too large");
    return nullptr;
  }
  auto *S = reinterpret_cast<Str *>(
      gcAllocUninitialized(&adder_type_str, sizeof(Str) + Size + 1));
  if (!S)
    return nullptr;
  S->length = uint32_t(Length);
  S->byteLength = uint32_t(Size);
  S->hash = -1;
  S->ascii = Ascii;
  S->interned = 0;
  S->data[Size] = 0;
  return S;
}

Str *strNew(const char *Utf8, size_t Size) {
  if (Size == 1 && uint8_t(Utf8[0]) < 128)
    return asStr(asciiCharStr(uint8_t(Utf8[0])));
  uint32_t Length = countCodePoints(Utf8, Utf8 + Size);
  Str *S = strAllocate(Size, Length, Length == Size);
  if (S)
    memcpy(S->data, Utf8, Size);
  return S;
}

Value strFromCString(const char *S) {
  Str *R = strNew(S, strlen(S));
  return R ? fromObject(&R->header) : Error;
}

/// The byte offset of code point Index (0 <= Index <= length).
size_t strByteOffset(const Str *S, size_t Index) {
  if (S->ascii)
    return Index;
  const char *P = S->data;
  for (size_t I = 0; I < Index; ++I) {
    ++P;
    while ((uint8_t(*P) & 0xC0) == 0x80)
      ++P;
  }
  return size_t(P - S->data);
}

Value strStr(Value Self) {
  if (asObject(Self)->type == &adder_type_str)
    return Self;
  Str *S = asStr(Self);
  Str *R = strNew(S->data, S->byteLength);
  return R ? fromObject(&R->header) : Error;
}

Value strSubstring(const Str *S, size_t Begin, size_t End) {
  if (Begin >= End)
    return emptyStr();
  if (Begin == 0 && End == S->length)
    return strStr(fromObject(&S->header)); // a subclass's: a str copy
  size_t B = strByteOffset(S, Begin);
  size_t E = strByteOffset(S, End);
  Str *R = strNew(S->data + B, E - B);
  return R ? fromObject(&R->header) : Error;
}

/// A + B. The two-part case of adder_str_concat_n below, written out: it
/// is the common one, and going through the general loop cost jsontree 4%.
extern "C" Value adder_str_concat(Value A, Value B) {
  Str *X = asStr(A), *Y = asStr(B);
  if (!X->byteLength)
    return strStr(B);
  if (!Y->byteLength)
    return strStr(A);
  Str *R = strAllocate(size_t(X->byteLength) + Y->byteLength,
                       size_t(X->length) + Y->length, X->ascii && Y->ascii);
  if (!R)
    return Error;
  memcpy(R->data, X->data, X->byteLength);
  memcpy(R->data + X->byteLength, Y->data, Y->byteLength);
  return fromObject(&R->header);
}

/// a + b + c + ... for exact strs, as a chain of adder_str_concat would
/// give it (an empty part leaves the other operand itself), with one new
/// string: each part is copied once (IRGen fuses such chains).
extern "C" Value adder_str_concat_n(const Value *Parts, size_t Count) {
  uint64_t Bytes = 0, Length = 0;
  bool Ascii = true;
  size_t NonEmpty = 0, Last = Count - 1;
  for (size_t I = 0; I < Count; ++I) {
    const Str *S = asStr(Parts[I]);
    if (S->byteLength) {
      ++NonEmpty;
      Last = I;
    }
    Bytes += S->byteLength;
    Length += S->length;
    Ascii &= S->ascii;
  }
  if (NonEmpty <= 1)
    return strStr(Parts[Last]);
  Str *R = strAllocate(Bytes > SIZE_MAX ? SIZE_MAX : size_t(Bytes),
                       size_t(Length), Ascii);
  if (!R)
    return Error;
  char *Out = R->data;
  for (size_t I = 0; I < Count; ++I) {
    const Str *S = asStr(Parts[I]);
    memcpy(Out, S->data, S->byteLength);
    Out += S->byteLength;
  }
  return fromObject(&R->header);
}

Value strRepeat(Str *S, SWord Count) {
  if (Count <= 0 || !S->byteLength)
    return emptyStr();
  if (uint64_t(S->byteLength) * uint64_t(Count) >= 0xFFFFFFF0u)
    return raiseMemoryError();
  Str *R = strAllocate(size_t(S->byteLength) * size_t(Count),
                       size_t(S->length) * size_t(Count), S->ascii);
  if (!R)
    return Error;
  for (SWord I = 0; I < Count; ++I)
    memcpy(R->data + size_t(I) * S->byteLength, S->data, S->byteLength);
  return fromObject(&R->header);
}

bool appendStrRepr(StrBuilder &B, const Str *S) {
  bool Single = memchr(S->data, '\'', S->byteLength) != nullptr;
  bool Double = memchr(S->data, '"', S->byteLength) != nullptr;
  char Quote = Single && !Double ? '"' : '\'';
  B.append(&Quote, 1);
  const char *P = S->data, *End = S->data + S->byteLength;
  while (P < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(P, End, CP, /*AllowSurrogates=*/true);
    if (!N) {
      CP = uint8_t(*P);
      N = 1;
    }
    if (CP == uint32_t(Quote) || CP == '\\') {
      char Esc[2] = {'\\', char(CP)};
      B.append(Esc, 2);
    } else if (CP == '\t') {
      B.append("\\t");
    } else if (CP == '\n') {
      B.append("\\n");
    } else if (CP == '\r') {
      B.append("\\r");
    } else if (CP < ' ' || CP == 0x7F) {
      B.appendFormat("\\x%02x", unsigned(CP));
    } else if (CP < 0x7F || unicode::isPrintable(CP)) {
      B.append(P, N);
    } else if (CP <= 0xFF) {
      B.appendFormat("\\x%02x", unsigned(CP));
    } else if (CP <= 0xFFFF) {
      B.appendFormat("\\u%04x", unsigned(CP));
    } else {
      B.appendFormat("\\U%08x", unsigned(CP));
    }
    P += N;
  }
  return B.append(&Quote, 1);
}

namespace {

Value strRepr(Value Self) {
  StrBuilder B;
  appendStrRepr(B, asStr(Self));
  return B.finish();
}

SWord strHashSlot(Value Self) { return strHash(asStr(Self)); }

int compareBytes(const Str *A, const Str *B) {
  size_t N = A->byteLength < B->byteLength ? A->byteLength : B->byteLength;
  int C = memcmp(A->data, B->data, N);
  if (C)
    return C;
  return A->byteLength < B->byteLength ? -1 : A->byteLength > B->byteLength;
}

Value strCompare(Value Self, Value Other, CompareOp Op) {
  if (!isStr(Other))
    return notImplemented();
  Str *A = asStr(Self), *B = asStr(Other);
  switch (Op) {
  case CompareOp::Eq:
    return boolValue(strEquals(A, B));
  case CompareOp::Ne:
    return boolValue(!strEquals(A, B));
  case CompareOp::Lt:
    return boolValue(compareBytes(A, B) < 0);
  case CompareOp::Le:
    return boolValue(compareBytes(A, B) <= 0);
  case CompareOp::Gt:
    return boolValue(compareBytes(A, B) > 0);
  case CompareOp::Ge:
    return boolValue(compareBytes(A, B) >= 0);
  }
  return notImplemented();
}

int strBool(Value Self) { return asStr(Self)->byteLength != 0; }
SWord strLength(Value Self) { return asStr(Self)->length; }

Value strBinary(Value Left, Value Right, BinaryOp Op) {
  if (Op == BinaryOp::Add) {
    if (!isStr(Left))
      return notImplemented();
    if (!isStr(Right))
      return (typeOf(Right)->flags & TypeHeapType)
                 ? notImplemented() // its __radd__, else binaryOp raises
                 : raise(&adder_type_TypeError,
                   "can only concatenate str (not \"%s\") to str",
                   typeName(Right));
    return adder_str_concat(Left, Right);
  }
  if (Op == BinaryOp::Mul) {
    Value S = isStr(Left) ? Left : Right;
    Value N = isStr(Left) ? Right : Left;
    if (!isIndexable(N))
      return notImplemented(); // N's __rmul__, else binaryOp's TypeError
    SWord Count;
    if (!indexAsSize(N, &Count, SizeOverflow::Repeat))
      return Error;
    return strRepeat(asStr(S), Count);
  }
  if (Op == BinaryOp::Mod && isStr(Left))
    return adder_str_mod(Left, Right);
  return notImplemented();
}

Value strGetItem(Value Self, Value Key) {
  Str *S = asStr(Self);
  if (isObject(Key) && typeOf(Key) == &adder_type_slice)
    return strSlice(S, Key);
  SWord I;
  if (!isIndexable(Key))
    return raise(&adder_type_TypeError,
                 "string indices must be integers, not '%s'", typeName(Key));
  if (!indexAsSize(Key, &I))
    return Error;
  if (I < 0)
    I += S->length;
  if (I < 0 || I >= SWord(S->length))
    return raise(&adder_type_IndexError, "string index out of range");
  if (S->ascii)
    return asciiCharStr(uint8_t(S->data[I]));
  return strSubstring(S, size_t(I), size_t(I) + 1);
}

int strContains(Value Self, Value Item) {
  if (!isStr(Item)) {
    raise(&adder_type_TypeError,
          "'in <string>' requires string as left operand, not %s",
          typeName(Item));
    return -1;
  }
  Str *H = asStr(Self), *N = asStr(Item);
  return findBytes(H->data, H->byteLength, N->data, N->byteLength) >= 0;
}

Value strConstruct(const Type *T, const Value *Args, size_t Argc,
                   Tuple *KwNames) {
  // str(object='') or str(object=b'', encoding='utf-8', errors='strict').
  static const char *const Names[] = {"object", "encoding", "errors"};
  Value A[3];
  if (!parseKeywordArgs("str", Args, Argc, KwNames, Names, 3, 0, 0, A))
    return Error;
  if (A[1] == Error && A[2] == Error)
    return A[0] == Error ? emptyStr() : str(A[0]);
  for (int I = 1; I < 3; ++I)
    if (A[I] != Error && !isStr(A[I]))
      return raise(&adder_type_TypeError,
                   "str() argument '%s' must be str, not %T", Names[I], A[I]);
  const char *Data = "";
  size_t Size = 0;
  if (A[0] != Error) {
    if (isStr(A[0]))
      return raise(&adder_type_TypeError, "decoding str is not supported");
    if (!getBuffer(A[0], &Data, &Size))
      return raise(&adder_type_TypeError,
                   "decoding to str: need a bytes-like object, %T found",
                   A[0]);
  }
  return bytesDecode(Data, Size, A[1], A[2]);
}

} // namespace

extern "C" const Type adder_type_str = {
    .header = {&adder_type_type},
    .name = "str",
    .base = &adder_type_object,
    .flags = TypeBaseType | TypeStrSubclass,
    .instanceSize = 0,
    .trace = nullptr,
    .repr = strRepr,
    .str = strStr,
    .hash = strHashSlot,
    .compare = strCompare,
    .boolean = strBool,
    .length = strLength,
    .binary = strBinary,
    .getItem = strGetItem,
    .contains = strContains,
    .iter = strIter,
    .construct = strConstruct,
    .methods = StrMethods,
    .methodCount = StrMethodCount};

//===----------------------------------------------------------------------===//
// StrBuilder
//===----------------------------------------------------------------------===//

bool StrBuilder::reserve(size_t Extra) {
  if (hasFailed)
    return false;
  if (!buffer) {
    buffer = inlineBuffer;
    capacity = sizeof(inlineBuffer);
  }
  if (used + Extra <= capacity)
    return true;
  size_t NewCap = capacity * 2;
  while (NewCap < used + Extra)
    NewCap *= 2;
  Object *Block = gcAllocUninitialized(&adder_type_byte_array,
                                       sizeof(Object) + NewCap);
  if (!Block) {
    hasFailed = true;
    return false;
  }
  char *NewBuf = reinterpret_cast<char *>(Block + 1);
  memcpy(NewBuf, buffer, used);
  buffer = NewBuf;
  capacity = NewCap;
  return true;
}

bool StrBuilder::append(const char *Bytes, size_t Size) {
  if (!reserve(Size))
    return false;
  memcpy(buffer + used, Bytes, Size);
  used += Size;
  return true;
}

bool StrBuilder::append(const char *CString) {
  return append(CString, strlen(CString));
}

bool StrBuilder::append(const Str *S) { return append(S->data, S->byteLength); }

bool StrBuilder::appendChar(uint32_t CodePoint) {
  char Buf[4];
  return append(Buf, encodeUtf8(CodePoint, Buf));
}

bool StrBuilder::appendRepeated(char C, size_t Count) {
  if (!reserve(Count))
    return false;
  memset(buffer + used, C, Count);
  used += Count;
  return true;
}

bool StrBuilder::appendRepr(Value V) {
  if (hasFailed)
    return false;
  Value R = repr(V);
  if (R == Error) {
    hasFailed = true;
    return false;
  }
  return append(asStr(R));
}

bool StrBuilder::appendStr(Value V) {
  if (hasFailed)
    return false;
  Value R = str(V);
  if (R == Error) {
    hasFailed = true;
    return false;
  }
  return append(asStr(R));
}

bool StrBuilder::appendFormat(const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  bool R = appendFormatV(Fmt, Args);
  va_end(Args);
  return R;
}

bool StrBuilder::appendFormatV(const char *Fmt, va_list Args) {
  for (const char *P = Fmt; *P && !hasFailed; ++P) {
    if (*P != '%') {
      const char *Q = P;
      while (*Q && *Q != '%')
        ++Q;
      append(P, size_t(Q - P));
      P = Q - 1;
      continue;
    }
    ++P;
    bool Zero = false;
    unsigned Width = 0;
    if (*P == '0') {
      Zero = true;
      ++P;
    }
    while (*P >= '0' && *P <= '9')
      Width = Width * 10 + unsigned(*P++ - '0');
    int Long = 0;
    while (*P == 'l' || *P == 'z') {
      Long = *P == 'z' ? 3 : Long + 1;
      ++P;
    }
    char Num[32];
    auto PutUnsigned = [&](uint64_t V, unsigned Base, bool Neg) {
      int N = 0;
      do {
        Num[N++] = "0123456789abcdef"[V % Base];
        V /= Base;
      } while (V);
      while (unsigned(N) < Width && N < 30)
        Num[N++] = Zero ? '0' : ' ';
      if (Neg)
        append("-", 1);
      for (int I = N - 1; I >= 0; --I)
        append(&Num[I], 1);
    };
    switch (*P) {
    case '%':
      append("%", 1);
      break;
    case 's':
      append(va_arg(Args, const char *));
      break;
    case 'c': {
      char C = char(va_arg(Args, int));
      append(&C, 1);
      break;
    }
    case 'd': {
      int64_t V = Long == 3   ? int64_t(va_arg(Args, SWord))
                  : Long == 2 ? int64_t(va_arg(Args, long long))
                  : Long == 1 ? int64_t(va_arg(Args, long))
                              : int64_t(va_arg(Args, int));
      PutUnsigned(V < 0 ? 0 - uint64_t(V) : uint64_t(V), 10, V < 0);
      break;
    }
    case 'u':
    case 'x': {
      uint64_t V = Long == 3   ? uint64_t(va_arg(Args, size_t))
                   : Long == 2 ? uint64_t(va_arg(Args, unsigned long long))
                   : Long == 1 ? uint64_t(va_arg(Args, unsigned long))
                               : uint64_t(va_arg(Args, unsigned));
      PutUnsigned(V, *P == 'x' ? 16 : 10, false);
      break;
    }
    case 'R':
      appendRepr(va_arg(Args, Value));
      break;
    case 'S':
      appendStr(va_arg(Args, Value));
      break;
    case 'T':
      append(typeName(va_arg(Args, Value)));
      break;
    case 'V':
      append(va_arg(Args, Str *));
      break;
    default:
      append("?", 1);
      break;
    }
  }
  return !hasFailed;
}

Value StrBuilder::finish() {
  if (hasFailed)
    return Error;
  Str *S = strNew(buffer ? buffer : "", used);
  return S ? fromObject(&S->header) : Error;
}

} // namespace adder::rt
