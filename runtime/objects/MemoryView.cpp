//===- MemoryView.cpp - memoryview over bytes and bytearray ---------------===//
//
// The one-dimensional, format 'B' memoryview: a window (offset, length,
// step) onto a bytes (read-only) or bytearray (writable). Slicing a view
// makes a view of the same object; nothing is copied until tobytes() or
// tolist(). Every access goes back to the viewed object's current buffer
// and checks the window against its current size, so a view never reads
// freed memory even if its bytearray was resized (CPython refuses such
// resizes with BufferError instead; see Bytes.h).
//
//===----------------------------------------------------------------------===//

#include "objects/Bytes.h"

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

namespace {

ADDER_INLINE MemoryView *asView(Value V) {
  return reinterpret_cast<MemoryView *>(asObject(V));
}

void traceView(Object *O, Tracer &T) {
  T(&reinterpret_cast<MemoryView *>(O)->object);
}

bool checkReleased(MemoryView *M) {
  if (!M->released)
    return true;
  raise(&adder_type_ValueError,
        "operation forbidden on released memoryview object");
  return false;
}

/// The viewed object's bytes, or null with IndexError when the window no
/// longer fits them.
char *baseData(MemoryView *M) {
  const char *Data;
  size_t Size;
  getBuffer(M->object, &Data, &Size);
  SWord Last = M->length ? M->offset + (M->length - 1) * M->step : M->offset;
  if (M->length && (M->offset < 0 || SWord(Size) <= M->offset ||
                    Last < 0 || SWord(Size) <= Last)) {
    raise(&adder_type_IndexError, "memoryview: underlying buffer shrank");
    return nullptr;
  }
  return const_cast<char *>(Data);
}

bool readOnly(MemoryView *M) { return !isByteArray(M->object); }

Value newView(Value Object, SWord Offset, SWord Length, SWord Step) {
  auto *M = reinterpret_cast<MemoryView *>(
      gcAlloc(&adder_type_memoryview, sizeof(MemoryView)));
  if (!M)
    return Error;
  M->object = Object;
  M->offset = Offset;
  M->length = Length;
  M->step = Step;
  return fromObject(&M->header);
}

/// The bytes of the view, gathered (for tobytes, comparison, hashing).
bool gather(MemoryView *M, StrBuilder &Out) {
  char *Base = baseData(M);
  if (!Base && M->length)
    return false;
  for (SWord I = 0; I < M->length; ++I)
    Out.append(Base + M->offset + I * M->step, 1);
  return !Out.failed();
}

Value viewRepr(Value Self) {
  StrBuilder B;
  B.appendFormat(asView(Self)->released ? "<released memory at 0x%zx>"
                                        : "<memory at 0x%zx>",
                 size_t(Self));
  return B.finish();
}

SWord viewLength(Value Self) {
  MemoryView *M = asView(Self);
  if (!checkReleased(M))
    return -1;
  return M->length;
}

bool itemIndex(MemoryView *M, Value Key, SWord *Out) {
  SWord I;
  if (!indexAsSize(Key, &I))
    return false;
  if (I < 0)
    I += M->length;
  if (I < 0 || I >= M->length) {
    raise(&adder_type_IndexError, "index out of bounds on dimension 1");
    return false;
  }
  *Out = I;
  return true;
}

Value viewGetItem(Value Self, Value Key) {
  MemoryView *M = asView(Self);
  if (!checkReleased(M))
    return Error;
  if (isObject(Key) && typeOf(Key) == &adder_type_slice) {
    SWord Start, Stop, Step;
    SWord N = sliceIndices(Key, M->length, &Start, &Stop, &Step);
    if (N < 0)
      return Error;
    return newView(M->object, M->offset + Start * M->step, N, Step * M->step);
  }
  if (!isInt(Key))
    return raise(&adder_type_TypeError, "memoryview: invalid slice key");
  SWord I;
  if (!itemIndex(M, Key, &I))
    return Error;
  char *Base = baseData(M);
  if (!Base)
    return Error;
  return makeSmallInt(uint8_t(Base[M->offset + I * M->step]));
}

int viewSetItem(Value Self, Value Key, Value Item) {
  MemoryView *M = asView(Self);
  if (!checkReleased(M))
    return -1;
  if (readOnly(M)) {
    raise(&adder_type_TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (Item == Error) {
    raise(&adder_type_TypeError, "cannot delete memory");
    return -1;
  }
  if (isObject(Key) && typeOf(Key) == &adder_type_slice) {
    SWord Start, Stop, Step;
    SWord N = sliceIndices(Key, M->length, &Start, &Stop, &Step);
    if (N < 0)
      return -1;
    const char *Src;
    size_t Size;
    if (!getBuffer(Item, &Src, &Size)) {
      raise(&adder_type_TypeError, "a bytes-like object is required, not '%s'",
            typeName(Item));
      return -1;
    }
    if (SWord(Size) != N) {
      raise(&adder_type_ValueError, "memoryview assignment: lvalue and rvalue "
                                    "have different structures");
      return -1;
    }
    // Copy first: the source may overlap the destination.
    StrBuilder Tmp;
    if (!Tmp.append(Src, Size))
      return -1;
    char *Base = baseData(M);
    if (!Base && N)
      return -1;
    for (SWord I = 0; I < N; ++I)
      Base[M->offset + (Start + I * Step) * M->step] = Tmp.data()[I];
    return 0;
  }
  if (!isInt(Key)) {
    raise(&adder_type_TypeError, "memoryview: invalid slice key");
    return -1;
  }
  SWord I;
  if (!itemIndex(M, Key, &I))
    return -1;
  if (!isInt(Item)) {
    raise(&adder_type_TypeError, "memoryview: invalid type for format 'B'");
    return -1;
  }
  int64_t V;
  if (!adder_int_to_i64(index(Item), &V) || V < 0 || V > 255) {
    raise(&adder_type_ValueError, "memoryview: invalid value for format 'B'");
    return -1;
  }
  char *Base = baseData(M);
  if (!Base)
    return -1;
  Base[M->offset + I * M->step] = char(V);
  return 0;
}

Value viewCompare(Value Self, Value Other, CompareOp Op) {
  if (Op != CompareOp::Eq && Op != CompareOp::Ne)
    return notImplemented();
  MemoryView *M = asView(Self);
  StrBuilder A, B;
  if (M->released)
    return boolValue((Self == Other) == (Op == CompareOp::Eq));
  if (!gather(M, A))
    return Error;
  if (isObject(Other) && typeOf(Other) == &adder_type_memoryview) {
    if (asView(Other)->released)
      return boolValue(Op == CompareOp::Ne);
    if (!gather(asView(Other), B))
      return Error;
  } else {
    const char *Data;
    size_t Size;
    if (!getBuffer(Other, &Data, &Size))
      return notImplemented();
    B.append(Data, Size);
  }
  bool Eq = A.size() == B.size() &&
            (A.size() == 0 || memcmp(A.data(), B.data(), A.size()) == 0);
  return boolValue(Op == CompareOp::Eq ? Eq : !Eq);
}

SWord viewHash(Value Self) {
  MemoryView *M = asView(Self);
  if (!checkReleased(M))
    return -1;
  if (!readOnly(M)) {
    raise(&adder_type_ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  StrBuilder B;
  if (!gather(M, B))
    return -1;
  return hashBytes(B.data() ? B.data() : "", B.size());
}

Value viewConstruct(const Type *T, const Value *Args, size_t Argc,
                    Tuple *KwNames) {
  static const char *const Names[] = {"object"};
  Value Obj;
  if (!parseKeywordArgs("memoryview", Args, Argc, KwNames, Names, 1, 0, 1,
                        &Obj))
    return Error;
  if (isObject(Obj) && typeOf(Obj) == &adder_type_memoryview) {
    MemoryView *M = asView(Obj);
    if (!checkReleased(M))
      return Error;
    return newView(M->object, M->offset, M->length, M->step);
  }
  if (!isBytes(Obj) && !isByteArray(Obj))
    return raise(&adder_type_TypeError,
                 "memoryview: a bytes-like object is required, not '%s'",
                 typeName(Obj));
  const char *Data;
  size_t Size;
  getBuffer(Obj, &Data, &Size);
  return newView(Obj, 0, SWord(Size), 1);
}

//===--- Methods and properties -------------------------------------------===//

Value methodToBytes(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("memoryview.tobytes", Argc - 1, 0, 1, KwNames))
    return Error;
  MemoryView *M = asView(Args[0]);
  if (!checkReleased(M))
    return Error;
  StrBuilder B;
  if (!gather(M, B))
    return Error;
  Bytes *R = bytesNew(B.data(), B.size());
  return R ? bytesValue(R) : Error;
}

Value methodToList(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("memoryview.tolist", Argc - 1, KwNames))
    return Error;
  MemoryView *M = asView(Args[0]);
  if (!checkReleased(M))
    return Error;
  StrBuilder B;
  if (!gather(M, B))
    return Error;
  List *L = listNew(B.size());
  if (!L)
    return Error;
  for (size_t I = 0; I < B.size(); ++I)
    L->values()[I] = makeSmallInt(uint8_t(B.data()[I]));
  L->size = uint32_t(B.size());
  return fromObject(&L->header);
}

Value methodHex(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("memoryview.hex", Argc - 1, KwNames))
    return Error;
  MemoryView *M = asView(Args[0]);
  if (!checkReleased(M))
    return Error;
  StrBuilder B, Out;
  if (!gather(M, B))
    return Error;
  static const char Digits[] = "0123456789abcdef";
  for (size_t I = 0; I < B.size(); ++I) {
    char Pair[2] = {Digits[uint8_t(B.data()[I]) >> 4],
                    Digits[uint8_t(B.data()[I]) & 15]};
    Out.append(Pair, 2);
  }
  return Out.finish();
}

Value methodRelease(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("memoryview.release", Argc - 1, KwNames))
    return Error;
  asView(Args[0])->released = 1;
  return none();
}

/// `with memoryview(b) as m:` gives the view itself and releases it at
/// the end.
Value methodEnter(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("memoryview.__enter__", Argc - 1, KwNames))
    return Error;
  return checkReleased(asView(Args[0])) ? Args[0] : Error;
}
Value methodExit(const Value *Args, size_t Argc, Tuple *KwNames) {
  // (type, value, traceback), or any positional arguments: all ignored.
  (void)Argc;
  if (!checkNoKeywords("memoryview.__exit__", KwNames))
    return Error;
  asView(Args[0])->released = 1;
  return none();
}

Value propertyReadOnly(const Value *Args, size_t, Tuple *) {
  MemoryView *M = asView(Args[0]);
  if (!checkReleased(M))
    return Error;
  return boolValue(readOnly(M));
}
Value propertyNBytes(const Value *Args, size_t, Tuple *) {
  MemoryView *M = asView(Args[0]);
  if (!checkReleased(M))
    return Error;
  return makeSmallInt(M->length);
}
Value propertyItemSize(const Value *Args, size_t, Tuple *) {
  return checkReleased(asView(Args[0])) ? makeSmallInt(1) : Error;
}
Value propertyNDim(const Value *Args, size_t, Tuple *) {
  return checkReleased(asView(Args[0])) ? makeSmallInt(1) : Error;
}
Value propertyFormat(const Value *Args, size_t, Tuple *) {
  return checkReleased(asView(Args[0])) ? strFromCString("B") : Error;
}
Value propertyObj(const Value *Args, size_t, Tuple *) {
  MemoryView *M = asView(Args[0]);
  return checkReleased(M) ? M->object : Error;
}
Value propertyShape(const Value *Args, size_t, Tuple *) {
  MemoryView *M = asView(Args[0]);
  if (!checkReleased(M))
    return Error;
  Value N = makeSmallInt(M->length);
  Tuple *T = tupleNew(&N, 1);
  return T ? tupleValue(T) : Error;
}
Value propertyStrides(const Value *Args, size_t, Tuple *) {
  MemoryView *M = asView(Args[0]);
  if (!checkReleased(M))
    return Error;
  Value N = makeSmallInt(M->step);
  Tuple *T = tupleNew(&N, 1);
  return T ? tupleValue(T) : Error;
}

const MethodDef ViewMethods[] = {
    {"__enter__", methodEnter, MethodKind::Method},
    {"__exit__", methodExit, MethodKind::Method},
    {"format", propertyFormat, MethodKind::Property},
    {"hex", methodHex, MethodKind::Method},
    {"itemsize", propertyItemSize, MethodKind::Property},
    {"nbytes", propertyNBytes, MethodKind::Property},
    {"ndim", propertyNDim, MethodKind::Property},
    {"obj", propertyObj, MethodKind::Property},
    {"readonly", propertyReadOnly, MethodKind::Property},
    {"release", methodRelease, MethodKind::Method},
    {"shape", propertyShape, MethodKind::Property},
    {"strides", propertyStrides, MethodKind::Property},
    {"tobytes", methodToBytes, MethodKind::Method},
    {"tolist", methodToList, MethodKind::Method},
};

} // namespace

extern "C" const Type adder_type_memoryview = {
    .header = {&adder_type_type},
    .name = "memoryview",
    .base = &adder_type_object,
    .instanceSize = sizeof(MemoryView),
    .trace = traceView,
    .repr = viewRepr,
    .hash = viewHash,
    .compare = viewCompare,
    .length = viewLength,
    .getItem = viewGetItem,
    .setItem = viewSetItem,
    .construct = viewConstruct,
    .methods = ViewMethods,
    .methodCount = sizeof(ViewMethods) / sizeof(ViewMethods[0])};

} // namespace adder::rt
