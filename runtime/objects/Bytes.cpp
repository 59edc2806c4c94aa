//===- Bytes.cpp - bytes and bytearray ------------------------------------===//
//
// bytes (immutable, data inline) and bytearray (a header over a growable
// raw block): creation, the buffer view every bytes-like consumer uses,
// repr, and the slots (comparison, concatenation, indexing and slicing,
// `in`, iteration, construction). bytearray's item and slice assignment
// and in-place operators are here too; the methods of both types are in
// BytesMethods.cpp.
//
// Mutators re-read the buffer after anything that may run user code or
// allocate: a resize moves it.
//
//===----------------------------------------------------------------------===//

#include "objects/Bytes.h"

#include "objects/BytesInternal.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Str.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

bool isBytes(Value V) {
  return isObject(V) && (asObject(V)->type == &adder_type_bytes ||
                         isSubtype(asObject(V)->type, &adder_type_bytes));
}

bool isByteArray(Value V) {
  return isObject(V) && (asObject(V)->type == &adder_type_bytearray ||
                         isSubtype(asObject(V)->type, &adder_type_bytearray));
}

namespace {

const Bytes EmptyBytes = {{&adder_type_bytes}, 0, -1, {}};

Object *blockOf(char *Data) { return reinterpret_cast<Object *>(Data) - 1; }

} // namespace

Bytes *bytesNew(const char *Data, size_t Size) {
  if (Size == 0)
    return const_cast<Bytes *>(&EmptyBytes);
  if (Size >= 0xFFFFFFF0u) {
    raiseMemoryError();
    return nullptr;
  }
  auto *B = reinterpret_cast<Bytes *>(
      gcAllocUninitialized(&adder_type_bytes, sizeof(Bytes) + Size + 1));
  if (!B)
    return nullptr;
  B->size = uint32_t(Size);
  B->hash = -1;
  if (Data)
    memcpy(B->data, Data, Size);
  B->data[Size] = 0;
  return B;
}

bool byteArrayReserve(ByteArray *B, size_t Size) {
  if (Size <= B->capacity)
    return true;
  if (Size >= 0xFFFFFFF0u) {
    raiseMemoryError();
    return false;
  }
  size_t Cap = Size + (Size >> 3) + (Size < 9 ? 3 : 6);
  Object *Block = gcAllocUninitialized(&adder_type_byte_array,
                                       sizeof(Object) + Cap);
  if (!Block)
    return false;
  char *Data = reinterpret_cast<char *>(Block + 1);
  if (B->size)
    memcpy(Data, B->data, B->size);
  B->data = Data;
  B->capacity = uint32_t(Cap);
  return true;
}

namespace {

ByteArray *allocByteArray(const Type *T) {
  size_t Size =
      T->instanceSize > sizeof(ByteArray) ? T->instanceSize : sizeof(ByteArray);
  return reinterpret_cast<ByteArray *>(gcAlloc(T, Size));
}

} // namespace

ByteArray *byteArrayNew(const char *Data, size_t Size) {
  ByteArray *B = allocByteArray(&adder_type_bytearray);
  if (!B || !byteArrayReserve(B, Size))
    return nullptr;
  if (Data && Size)
    memcpy(B->data, Data, Size);
  else if (Size)
    memset(B->data, 0, Size);
  B->size = uint32_t(Size);
  return B;
}

bool getBuffer(Value V, const char **Data, size_t *Size) {
  if (!isObject(V))
    return false;
  if (isBytes(V)) {
    *Data = asBytes(V)->data;
    *Size = asBytes(V)->size;
    return true;
  }
  if (isByteArray(V)) {
    *Data = asByteArray(V)->data;
    *Size = asByteArray(V)->size;
    return true;
  }
  if (asObject(V)->type == &adder_type_memoryview) {
    auto *M = reinterpret_cast<MemoryView *>(asObject(V));
    const char *Base;
    size_t BaseSize;
    if (M->released || M->step != 1 || !getBuffer(M->object, &Base, &BaseSize))
      return false;
    if (size_t(M->offset + M->length) > BaseSize)
      return false;
    *Data = Base + M->offset;
    *Size = size_t(M->length);
    return true;
  }
  return false;
}

bool getWritableBuffer(Value V, char **Data, size_t *Size) {
  if (!isObject(V))
    return false;
  bool Writable = isByteArray(V);
  if (asObject(V)->type == &adder_type_memoryview)
    Writable = isByteArray(reinterpret_cast<MemoryView *>(asObject(V))->object);
  const char *D;
  if (!Writable || !getBuffer(V, &D, Size))
    return false;
  *Data = const_cast<char *>(D);
  return true;
}

SWord bytesHash(Bytes *B) {
  if (B->hash != -1)
    return B->hash;
  SWord H = hashBytes(B->data, B->size);
  if (gcInHeap(B))
    B->hash = H;
  return H;
}

bool appendBytesRepr(StrBuilder &Out, const char *Data, size_t Size,
                     bool EscapeSingleQuotes) {
  bool Single = memchr(Data, '\'', Size) != nullptr;
  bool Double = memchr(Data, '"', Size) != nullptr;
  char Quote = Single && !Double ? '"' : '\'';
  Out.append("b", 1);
  Out.append(&Quote, 1);
  for (size_t I = 0; I < Size; ++I) {
    uint8_t C = uint8_t(Data[I]);
    if (C == uint8_t(Quote) || C == '\\' || (EscapeSingleQuotes && C == '\'')) {
      char Esc[2] = {'\\', char(C)};
      Out.append(Esc, 2);
    } else if (C == '\t') {
      Out.append("\\t", 2);
    } else if (C == '\n') {
      Out.append("\\n", 2);
    } else if (C == '\r') {
      Out.append("\\r", 2);
    } else if (C < ' ' || C >= 0x7F) {
      Out.appendFormat("\\x%02x", unsigned(C));
    } else {
      char Ch = char(C);
      Out.append(&Ch, 1);
    }
  }
  return Out.append(&Quote, 1);
}

//===--- Helpers shared with BytesMethods.cpp (BytesInternal.h) -----------===//

namespace bytesimpl {

Span spanOf(Value Self) {
  if (isByteArray(Self))
    return {asByteArray(Self)->data, asByteArray(Self)->size};
  return {asBytes(Self)->data, asBytes(Self)->size};
}

/// A new byte string of the receiver's kind.
Value makeLike(Value Self, const char *Data, size_t Size) {
  if (isByteArray(Self)) {
    ByteArray *B = byteArrayNew(Data, Size);
    return B ? fromObject(&B->header) : Error;
  }
  Bytes *B = bytesNew(Data, Size);
  return B ? bytesValue(B) : Error;
}

/// The receiver itself when it is an exact bytes (immutable results may
/// share), else a copy of its kind.
Value sameOrCopy(Value Self) {
  if (isObject(Self) && asObject(Self)->type == &adder_type_bytes)
    return Self;
  Span S = spanOf(Self);
  return makeLike(Self, S.data, S.size);
}

/// A bytes-like argument, or TypeError "a bytes-like object is required".
bool bufferArg(Value V, Span *Out) {
  if (getBuffer(V, &Out->data, &Out->size))
    return true;
  raise(&adder_type_TypeError, "a bytes-like object is required, not '%s'",
        typeName(V));
  return false;
}

/// A byte value 0..255 from an int-like object.
bool byteArg(Value V, uint8_t *Out, const char *RangeMessage) {
  if (!isIndexable(V)) {
    raise(&adder_type_TypeError,
          "'%s' object cannot be interpreted as an integer", typeName(V));
    return false;
  }
  // A value too large for a word is out of range too, as in CPython.
  SWord X = -1;
  if (!indexAsSize(V, &X)) {
    if (!pendingExceptionMatches(&adder_type_IndexError))
      return false;
    clearPendingException();
  }
  if (X < 0 || X > 255) {
    raise(&adder_type_ValueError, "%s", RangeMessage);
    return false;
  }
  *Out = uint8_t(X);
  return true;
}

SWord findIn(const char *H, size_t HN, const char *N, size_t NN) {
  if (NN == 0)
    return 0;
  if (NN > HN)
    return -1;
  for (size_t I = 0; I + NN <= HN; ++I)
    if (H[I] == N[0] && memcmp(H + I, N, NN) == 0)
      return SWord(I);
  return -1;
}

SWord rfindIn(const char *H, size_t HN, const char *N, size_t NN) {
  if (NN > HN)
    return -1;
  for (size_t I = HN - NN + 1; I-- > 0;)
    if (memcmp(H + I, N, NN) == 0)
      return SWord(I);
  return -1;
}

} // namespace bytesimpl

using namespace bytesimpl;

namespace {

//===--- Slots shared by bytes and bytearray -------------------------------===//

Value bytesLikeRepr(Value Self) {
  Span S = spanOf(Self);
  StrBuilder B;
  if (isByteArray(Self)) {
    B.appendFormat("%s(", typeName(Self));
    appendBytesRepr(B, S.data, S.size, /*EscapeSingleQuotes=*/true);
    B.append(")");
  } else {
    appendBytesRepr(B, S.data, S.size);
  }
  return B.finish();
}

SWord bytesLength(Value Self) { return SWord(spanOf(Self).size); }

Value compareSpans(Span A, Span B, CompareOp Op) {
  size_t N = A.size < B.size ? A.size : B.size;
  int C = memcmp(A.data, B.data, N);
  if (C == 0)
    C = A.size < B.size ? -1 : A.size > B.size;
  switch (Op) {
  case CompareOp::Lt:
    return boolValue(C < 0);
  case CompareOp::Le:
    return boolValue(C <= 0);
  case CompareOp::Eq:
    return boolValue(C == 0);
  case CompareOp::Ne:
    return boolValue(C != 0);
  case CompareOp::Gt:
    return boolValue(C > 0);
  case CompareOp::Ge:
    return boolValue(C >= 0);
  }
  return notImplemented();
}

Value bytesCompare(Value Self, Value Other, CompareOp Op) {
  if (!isBytes(Other))
    return notImplemented();
  return compareSpans(spanOf(Self), spanOf(Other), Op);
}

/// bytearray compares with anything bytes-like.
Value byteArrayCompare(Value Self, Value Other, CompareOp Op) {
  Span O;
  if (!getBuffer(Other, &O.data, &O.size))
    return notImplemented();
  return compareSpans(spanOf(Self), O, Op);
}

Value repeatLike(Value Self, Value Count) {
  SWord N;
  if (!indexAsSize(Count, &N, SizeOverflow::Repeat))
    return Error;
  Span S = spanOf(Self);
  if (N <= 0 || S.size == 0)
    return makeLike(Self, nullptr, 0);
  if (N == 1 && asObject(Self)->type == &adder_type_bytes)
    return Self;
  if (uint64_t(S.size) * uint64_t(N) >= 0xFFFFFFF0u)
    return raiseMemoryError();
  size_t Total = S.size * size_t(N);
  Value R = makeLike(Self, nullptr, Total);
  if (R == Error)
    return Error;
  char *Out = isByteArray(R) ? asByteArray(R)->data : asBytes(R)->data;
  S = spanOf(Self);
  for (SWord I = 0; I < N; ++I)
    memcpy(Out + size_t(I) * S.size, S.data, S.size);
  return R;
}

Value bytesLikeBinary(Value Left, Value Right, BinaryOp Op) {
  bool LeftIsOurs = isBytes(Left) || isByteArray(Left);
  if (Op == BinaryOp::Add) {
    if (!LeftIsOurs)
      return notImplemented();
    Span A = spanOf(Left), B;
    if (!getBuffer(Right, &B.data, &B.size)) {
      if ((typeOf(Right)->flags & TypeHeapType) && !errorPending())
        return notImplemented(); // its __radd__, else binaryOp raises
      return raise(&adder_type_TypeError, "can't concat %s to %s",
                   typeName(Right), isByteArray(Left) ? "bytearray" : "bytes");
    }
    Value R = makeLike(Left, nullptr, A.size + B.size);
    if (R == Error)
      return Error;
    char *Out = isByteArray(R) ? asByteArray(R)->data : asBytes(R)->data;
    A = spanOf(Left);
    getBuffer(Right, &B.data, &B.size);
    memcpy(Out, A.data, A.size);
    memcpy(Out + A.size, B.data, B.size);
    return R;
  }
  if (Op == BinaryOp::Mul) {
    Value S = LeftIsOurs ? Left : Right;
    Value N = LeftIsOurs ? Right : Left;
    if (!isIndexable(N))
      return notImplemented(); // N's __rmul__, else binaryOp's TypeError
    return repeatLike(S, N);
  }
  if (Op == BinaryOp::Mod && LeftIsOurs)
    return bytesMod(Left, Right);
  return notImplemented();
}

/// b[i] as an int, b[i:j:k] as a byte string of the receiver's kind.
Value bytesLikeGetItem(Value Self, Value Key) {
  Span S = spanOf(Self);
  if (isObject(Key) && typeOf(Key) == &adder_type_slice) {
    SWord Start, Stop, Step;
    SWord N = sliceIndices(Key, SWord(S.size), &Start, &Stop, &Step);
    if (N < 0)
      return Error;
    if (Step == 1)
      return makeLike(Self, S.data + Start, size_t(N));
    Value R = makeLike(Self, nullptr, size_t(N));
    if (R == Error)
      return Error;
    char *Out = isByteArray(R) ? asByteArray(R)->data : asBytes(R)->data;
    S = spanOf(Self);
    for (SWord I = 0, J = Start; I < N; ++I, J += Step)
      Out[I] = S.data[J];
    return R;
  }
  bool Array = isByteArray(Self);
  if (!isIndexable(Key))
    return raise(&adder_type_TypeError,
                 "%s indices must be integers or slices, not %s",
                 Array ? "bytearray" : "byte", typeName(Key));
  SWord I;
  if (!indexAsSize(Key, &I))
    return Error;
  if (I < 0)
    I += SWord(S.size);
  if (I < 0 || I >= SWord(S.size))
    return raise(&adder_type_IndexError, Array ? "bytearray index out of range"
                                               : "index out of range");
  return makeSmallInt(uint8_t(S.data[I]));
}

int bytesLikeContains(Value Self, Value Item) {
  Span S = spanOf(Self);
  if (isIndexable(Item)) {
    uint8_t B;
    if (!byteArg(Item, &B, "byte must be in range(0, 256)"))
      return -1;
    return memchr(S.data, B, S.size) != nullptr;
  }
  Span N;
  if (!bufferArg(Item, &N))
    return -1;
  return findIn(S.data, S.size, N.data, N.size) >= 0;
}

struct BytesIter {
  Object header;
  Value seq; // Error once exhausted
  size_t index;
};

void traceBytesIter(Object *O, Tracer &T) {
  T(&reinterpret_cast<BytesIter *>(O)->seq);
}

Value bytesIterNext(Value Self) {
  auto *It = reinterpret_cast<BytesIter *>(asObject(Self));
  if (It->seq == Error)
    return Error;
  Span S = spanOf(It->seq);
  if (It->index >= S.size) {
    It->seq = Error;
    return Error;
  }
  return makeSmallInt(uint8_t(S.data[It->index++]));
}

} // namespace

extern "C" const Type adder_type_bytes_iterator = {
    .header = {&adder_type_type},
    .name = "bytes_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(BytesIter),
    .trace = traceBytesIter,
    .iter = iterSelf,
    .next = bytesIterNext};

extern "C" const Type adder_type_bytearray_iterator = {
    .header = {&adder_type_type},
    .name = "bytearray_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(BytesIter),
    .trace = traceBytesIter,
    .iter = iterSelf,
    .next = bytesIterNext};

namespace {

Value bytesLikeIter(Value Self) {
  const Type *T = isByteArray(Self) ? &adder_type_bytearray_iterator
                                    : &adder_type_bytes_iterator;
  auto *It = reinterpret_cast<BytesIter *>(gcAlloc(T, sizeof(BytesIter)));
  if (!It)
    return Error;
  It->seq = Self;
  return fromObject(&It->header);
}

SWord bytesHashSlot(Value Self) { return bytesHash(asBytes(Self)); }

SWord byteArrayHash(Value Self) {
  raise(&adder_type_TypeError, "unhashable type: '%s'", typeName(Self));
  return -1;
}

} // namespace

Value bytesimpl::callDunderBytes(Value V) {
  bool Found;
  Value R = callDunder(V, "__bytes__", nullptr, 0, Found);
  if (R != Error && !isBytes(R))
    return raise(&adder_type_TypeError,
                 "__bytes__ returned non-bytes (type %s)", typeName(R));
  return R;
}

/// Appends the bytes an initializer describes (bytes(x) / bytearray(x)
/// without an encoding) to Out: a count of zeros, a buffer's bytes, or an
/// iterable of ints.
bool bytesimpl::collectInitializer(Value Source, StrBuilder &Out,
                                   const char *RangeMsg, bool RejectStr) {
  if (isIndexable(Source)) {
    SWord N;
    if (!indexAsSize(Source, &N, SizeOverflow::Repeat))
      return false;
    if (N < 0) {
      raise(&adder_type_ValueError, "negative count");
      return false;
    }
    return Out.appendRepeated(0, size_t(N));
  }
  Span S;
  if (getBuffer(Source, &S.data, &S.size))
    return Out.append(S.data, S.size);
  if (RejectStr && isStr(Source)) {
    raise(&adder_type_TypeError, "string argument without an encoding");
    return false;
  }
  Value It = getIter(Source);
  if (It == Error) {
    if (pendingExceptionMatches(&adder_type_TypeError)) {
      clearPendingException();
      raise(&adder_type_TypeError, "cannot convert '%s' object to %s",
            typeName(Source), "bytes");
    }
    return false;
  }
  for (;;) {
    Value X = iterNext(It);
    if (X == Error)
      return !errorPending();
    uint8_t B;
    if (!byteArg(X, &B, RangeMsg))
      return false;
    char C = char(B);
    if (!Out.append(&C, 1))
      return false;
  }
}

namespace {

/// The (source, encoding, errors) arguments of bytes() and bytearray():
/// the resulting bytes in Out (a str when encoded).
bool parseInitializer(const char *Name, const Value *Args, size_t Argc,
                      Tuple *KwNames, StrBuilder &Out, Value *Encoded,
                      const char *RangeMsg) {
  static const char *const Names[] = {"source", "encoding", "errors"};
  Value Opt[3];
  if (!parseKeywordArgs(Name, Args, Argc, KwNames, Names, 3, 0, 0, Opt))
    return false;
  *Encoded = Error;
  for (unsigned I = 1; I < 3; ++I)
    if (Opt[I] != Error && !isStr(Opt[I])) {
      raise(&adder_type_TypeError, "%s() argument '%s' must be str, not %s",
            Name, Names[I], typeName(Opt[I]));
      return false;
    }
  if (Opt[0] == Error) {
    if (Opt[1] != Error || Opt[2] != Error) {
      raise(&adder_type_TypeError, Opt[1] != Error
                                       ? "encoding without a string argument"
                                       : "errors without a string argument");
      return false;
    }
    return true;
  }
  if (Opt[1] != Error || Opt[2] != Error) {
    if (!isStr(Opt[0])) {
      raise(&adder_type_TypeError, Opt[1] != Error
                                       ? "encoding without a string argument"
                                       : "errors without a string argument");
      return false;
    }
    Value E = strEncode(asStr(Opt[0]), Opt[1], Opt[2]);
    if (E == Error)
      return false;
    *Encoded = E;
    return true;
  }
  return collectInitializer(Opt[0], Out, RangeMsg);
}

Value bytesConstruct(const Type *T, const Value *Args, size_t Argc,
                     Tuple *KwNames) {
  if (Argc == 1 && !keywordCount(KwNames) && isObject(Args[0]) &&
      asObject(Args[0])->type == &adder_type_bytes && T == &adder_type_bytes)
    return Args[0];
  StrBuilder Out;
  Value Encoded = Error;
  // bytes(x) asks x's __bytes__ before anything else (bytearray() never).
  if (Argc == 1 && !keywordCount(KwNames)) {
    Encoded = bytesimpl::callDunderBytes(Args[0]);
    if (Encoded == Error && errorPending())
      return Error;
  }
  if (Encoded == Error)
    if (!parseInitializer("bytes", Args, Argc, KwNames, Out, &Encoded,
                          "bytes must be in range(0, 256)"))
      return Error;
  const char *Data = Out.data();
  size_t Size = Out.size();
  if (Encoded != Error) {
    if (T == &adder_type_bytes)
      return Encoded;
    Data = asBytes(Encoded)->data;
    Size = asBytes(Encoded)->size;
  }
  if (T == &adder_type_bytes) {
    Bytes *B = bytesNew(Data, Size);
    return B ? bytesValue(B) : Error;
  }
  // A subclass: same layout, its own type.
  size_t Bytes_ = T->instanceSize > sizeof(Bytes) + Size + 1
                      ? T->instanceSize
                      : sizeof(Bytes) + Size + 1;
  auto *B = reinterpret_cast<Bytes *>(gcAlloc(T, Bytes_));
  if (!B)
    return Error;
  B->size = uint32_t(Size);
  B->hash = -1;
  memcpy(B->data, Data, Size);
  return bytesValue(B);
}

Value byteArrayConstruct(const Type *T, const Value *Args, size_t Argc,
                         Tuple *KwNames) {
  StrBuilder Out;
  Value Encoded;
  if (!parseInitializer("bytearray", Args, Argc, KwNames, Out, &Encoded,
                        "byte must be in range(0, 256)"))
    return Error;
  const char *Data = Out.data();
  size_t Size = Out.size();
  if (Encoded != Error) {
    Data = asBytes(Encoded)->data;
    Size = asBytes(Encoded)->size;
  }
  ByteArray *B = allocByteArray(T);
  if (!B || !byteArrayReserve(B, Size))
    return Error;
  if (Size)
    memcpy(B->data, Data, Size);
  B->size = uint32_t(Size);
  return fromObject(&B->header);
}

void traceByteArray(Object *O, Tracer &T) {
  auto *B = reinterpret_cast<ByteArray *>(O);
  if (!B->data)
    return;
  Value Block = fromObject(blockOf(B->data));
  T(&Block);
}

//===--- bytearray mutation -----------------------------------------------===//

} // namespace

bool bytesimpl::replaceRange(ByteArray *B, size_t Start, size_t Old,
                             const char *Data, size_t Size) {
  // Copy the source first if it aliases our buffer.
  char Small[64];
  const char *Src = Data;
  if (Size && Data >= B->data && Data < B->data + B->capacity) {
    if (Size <= sizeof(Small)) {
      memcpy(Small, Data, Size);
      Src = Small;
    } else {
      Bytes *Copy = bytesNew(Data, Size);
      if (!Copy)
        return false;
      Src = Copy->data;
    }
  }
  size_t NewSize = B->size - Old + Size;
  if (!byteArrayReserve(B, NewSize))
    return false;
  memmove(B->data + Start + Size, B->data + Start + Old,
          B->size - Start - Old);
  if (Size)
    memcpy(B->data + Start, Src, Size);
  B->size = uint32_t(NewSize);
  return true;
}

namespace {

int byteArraySetItem(Value Self, Value Key, Value Item) {
  ByteArray *B = asByteArray(Self);
  if (isObject(Key) && typeOf(Key) == &adder_type_slice) {
    // The new contents: a buffer, or an iterable of ints (not an int, not
    // a str).
    StrBuilder Tmp;
    Span Src = {nullptr, 0};
    if (Item != Error) {
      if (!getBuffer(Item, &Src.data, &Src.size)) {
        if (isInt(Item) || isStr(Item) || !slotIterable(Item)) {
          raise(&adder_type_TypeError, "can assign only bytes, buffers, or "
                                       "iterables of ints in range(0, 256)");
          return -1;
        }
        if (!collectInitializer(Item, Tmp, "byte must be in range(0, 256)"))
          return -1;
        Src = {Tmp.data(), Tmp.size()};
      }
    }
    SWord Start, Stop, Step;
    SWord N = sliceIndices(Key, B->size, &Start, &Stop, &Step);
    if (N < 0)
      return -1;
    if (Step == 1) {
      if (Stop < Start)
        Stop = Start;
      return replaceRange(B, size_t(Start), size_t(Stop - Start), Src.data,
                          Src.size)
                 ? 0
                 : -1;
    }
    if (Item == Error) {
      // del b[i:j:k]: compact the kept bytes.
      if (Step < 0) {
        Start += (N - 1) * Step;
        Step = -Step;
      }
      size_t Out = size_t(Start);
      SWord Next = Start, Removed = 0;
      for (SWord I = Start; I < SWord(B->size); ++I) {
        if (Removed < N && I == Next) {
          ++Removed;
          Next += Step;
          continue;
        }
        B->data[Out++] = B->data[I];
      }
      B->size = uint32_t(Out);
      return 0;
    }
    if (SWord(Src.size) != N) {
      raise(&adder_type_ValueError,
            "attempt to assign bytes of size %zu to extended slice of size "
            "%zd",
            Src.size, N);
      return -1;
    }
    for (SWord I = 0, J = Start; I < N; ++I, J += Step)
      B->data[J] = Src.data[I];
    return 0;
  }
  if (!isIndexable(Key)) {
    raise(&adder_type_TypeError,
          "bytearray indices must be integers or slices, not %s",
          typeName(Key));
    return -1;
  }
  SWord I;
  if (!indexAsSize(Key, &I))
    return -1;
  if (I < 0)
    I += B->size;
  if (I < 0 || I >= SWord(B->size)) {
    raise(&adder_type_IndexError, "bytearray index out of range");
    return -1;
  }
  if (Item == Error) {
    memmove(B->data + I, B->data + I + 1, B->size - size_t(I) - 1);
    --B->size;
    return 0;
  }
  uint8_t V;
  if (!byteArg(Item, &V, "byte must be in range(0, 256)"))
    return -1;
  B->data[I] = char(V);
  return 0;
}

Value byteArrayInplace(Value Self, Value Right, BinaryOp Op) {
  ByteArray *B = asByteArray(Self);
  if (Op == BinaryOp::Add) {
    Span S;
    if (!getBuffer(Right, &S.data, &S.size))
      return raise(&adder_type_TypeError, "can't concat %s to bytearray",
                   typeName(Right));
    return replaceRange(B, B->size, 0, S.data, S.size) ? Self : Error;
  }
  if (Op == BinaryOp::Mul && isInt(Right)) {
    SWord N;
    if (!indexAsSize(Right, &N, SizeOverflow::Repeat))
      return Error;
    if (N <= 0) {
      B->size = 0;
      return Self;
    }
    size_t Old = B->size;
    if (uint64_t(Old) * uint64_t(N) >= 0xFFFFFFF0u)
      return raiseMemoryError();
    if (!byteArrayReserve(B, Old * size_t(N)))
      return Error;
    for (SWord I = 1; I < N; ++I)
      memcpy(B->data + size_t(I) * Old, B->data, Old);
    B->size = uint32_t(Old * size_t(N));
    return Self;
  }
  return notImplemented();
}


} // namespace

bool bytesimpl::slotIterable(Value V) {
  for (const Type *T = typeOf(V); T; T = T->base)
    if (T->iter || T->getItem)
      return true;
  return false;
}

extern "C" const Type adder_type_bytes = {
    .header = {&adder_type_type},
    .name = "bytes",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = 0,
    .repr = bytesLikeRepr,
    .hash = bytesHashSlot,
    .compare = bytesCompare,
    .length = bytesLength,
    .binary = bytesLikeBinary,
    .getItem = bytesLikeGetItem,
    .contains = bytesLikeContains,
    .iter = bytesLikeIter,
    .construct = bytesConstruct,
    .methods = BytesMethods,
    .methodCount = BytesMethodCount};

extern "C" const Type adder_type_bytearray = {
    .header = {&adder_type_type},
    .name = "bytearray",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(ByteArray),
    .trace = traceByteArray,
    .repr = bytesLikeRepr,
    .hash = byteArrayHash,
    .compare = byteArrayCompare,
    .length = bytesLength,
    .binary = bytesLikeBinary,
    .inplace = byteArrayInplace,
    .getItem = bytesLikeGetItem,
    .setItem = byteArraySetItem,
    .contains = bytesLikeContains,
    .iter = bytesLikeIter,
    .construct = byteArrayConstruct,
    .methods = ByteArrayMethods,
    .methodCount = ByteArrayMethodCount};

//===----------------------------------------------------------------------===//
// The ABI used by compiled code
//===----------------------------------------------------------------------===//

extern "C" {

/// A bytes constant or b''.join result: Size bytes at Data.
Value adder_bytes_new(const char *Data, size_t Size) {
  Bytes *B = bytesNew(Data, Size);
  return B ? bytesValue(B) : Error;
}

} // extern "C"

} // namespace adder::rt
