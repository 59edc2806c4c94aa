//===- Tuple.cpp - tuple, slice, and the sequence iterator ----------------===//
//
// Tuples are immutable arrays of Values allocated in one block. Their hash
// is CPython's xxHash-based tuplehash, so hash((1, 2.5)) prints the same
// number as CPython. The slice type and slice.indices() live here too:
// every sequence resolves slices through sliceIndices.
//
//===----------------------------------------------------------------------===//

#include "objects/Tuple.h"
#include "objects/Iterators.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"

#include <string.h>

namespace adder::rt {

namespace {

const Tuple EmptyTuple = {{&adder_type_tuple}, 0};

void traceTuple(Object *O, Tracer &T) {
  auto *Tu = reinterpret_cast<Tuple *>(O);
  for (uint32_t I = 0; I < Tu->size; ++I)
    T(&Tu->items[I]);
}

} // namespace

Tuple *tupleNew(const Value *Items, size_t Count) {
  if (Count == 0)
    return const_cast<Tuple *>(&EmptyTuple);
  if (Count > 0x0FFFFFFF) {
    raiseMemoryError();
    return nullptr;
  }
  auto *T = reinterpret_cast<Tuple *>(
      gcAlloc(&adder_type_tuple, sizeof(Tuple) + Count * sizeof(Value)));
  if (!T)
    return nullptr;
  T->size = uint32_t(Count);
  if (Items)
    memcpy(T->items, Items, Count * sizeof(Value));
  return T;
}

namespace {

Value tupleRepr(Value Self) {
  Tuple *T = asTuple(Self);
  if (T->size == 0)
    return strFromCString("()");
  // A tuple reached again through a list it contains prints as (...).
  if (reprEnter(Self))
    return strFromCString("(...)");
  StrBuilder B;
  B.append("(");
  for (uint32_t I = 0; I < T->size; ++I) {
    if (I)
      B.append(", ");
    if (!B.appendRepr(T->items[I]))
      break;
  }
  B.append(T->size == 1 ? ",)" : ")");
  reprLeave(Self);
  return B.finish();
}

SWord tupleHash(Value Self) {
  Tuple *T = asTuple(Self);
  // CPython's tuplehash; the constants depend on the hash width.
#if UINTPTR_MAX > 0xFFFFFFFFu
  const Value Prime1 = 11400714785074694791ULL, Prime2 = 14029467366897019727ULL,
              Prime5 = 2870177450012600261ULL;
  auto Rotate = [](Value X) { return (X << 31) | (X >> 33); };
#else
  const Value Prime1 = 2654435761UL, Prime2 = 2246822519UL,
              Prime5 = 374761393UL;
  auto Rotate = [](Value X) { return (X << 13) | (X >> 19); };
#endif
  Value Acc = Prime5;
  for (uint32_t I = 0; I < T->size; ++I) {
    SWord Lane = hash(T->items[I]);
    if (Lane == -1)
      return -1;
    Acc += Value(Lane) * Prime2;
    Acc = Rotate(Acc);
    Acc *= Prime1;
  }
  Acc += Value(T->size) ^ (Prime5 ^ 3527539UL);
  if (Acc == Value(-1))
    return 1546275796;
  return SWord(Acc);
}

} // namespace

/// Lexicographic comparison of two item arrays, shared by tuple and list.
Value compareSequences(const Value *A, size_t NA, const Value *B, size_t NB,
                       CompareOp Op) {
  size_t I = 0;
  for (; I < NA && I < NB; ++I) {
    int E = equals(A[I], B[I]);
    if (E < 0)
      return Error;
    if (!E)
      break;
  }
  if (I >= NA || I >= NB) {
    switch (Op) {
    case CompareOp::Lt: return boolValue(NA < NB);
    case CompareOp::Le: return boolValue(NA <= NB);
    case CompareOp::Eq: return boolValue(NA == NB);
    case CompareOp::Ne: return boolValue(NA != NB);
    case CompareOp::Gt: return boolValue(NA > NB);
    case CompareOp::Ge: return boolValue(NA >= NB);
    }
  }
  if (Op == CompareOp::Eq)
    return boolValue(false);
  if (Op == CompareOp::Ne)
    return boolValue(true);
  return compare(A[I], B[I], Op);
}

namespace {

Value tupleCompare(Value Self, Value Other, CompareOp Op) {
  if (!isTuple(Other))
    return notImplemented();
  Tuple *A = asTuple(Self), *B = asTuple(Other);
  return compareSequences(A->items, A->size, B->items, B->size, Op);
}

SWord tupleLength(Value Self) { return asTuple(Self)->size; }

Value tupleConcat(Tuple *A, Tuple *B) {
  size_t N = size_t(A->size) + B->size;
  Tuple *R = tupleNew(nullptr, N);
  if (!R)
    return Error;
  memcpy(R->items, A->items, A->size * sizeof(Value));
  memcpy(R->items + A->size, B->items, B->size * sizeof(Value));
  return tupleValue(R);
}

Value tupleBinary(Value Left, Value Right, BinaryOp Op) {
  if (Op == BinaryOp::Add) {
    if (!isTuple(Left))
      return notImplemented();
    if (!isTuple(Right))
      return (typeOf(Right)->flags & TypeHeapType)
                 ? notImplemented() // its __radd__, else binaryOp raises
                 : raise(&adder_type_TypeError,
                   "can only concatenate tuple (not \"%s\") to tuple",
                   typeName(Right));
    return tupleConcat(asTuple(Left), asTuple(Right));
  }
  if (Op == BinaryOp::Mul) {
    Value T = isTuple(Left) ? Left : Right;
    Value N = isTuple(Left) ? Right : Left;
    if (!isIndexable(N))
      return notImplemented(); // N's __rmul__, else binaryOp's TypeError
    SWord Count;
    if (!indexAsSize(N, &Count, SizeOverflow::Repeat))
      return Error;
    Tuple *S = asTuple(T);
    if (Count <= 0 || S->size == 0)
      return tupleValue(const_cast<Tuple *>(&EmptyTuple));
    if (Count == 1 && asObject(T)->type == &adder_type_tuple)
      return T;
    if (uint64_t(S->size) * uint64_t(Count) > 0x0FFFFFFF)
      return raiseMemoryError();
    Tuple *R = tupleNew(nullptr, size_t(S->size) * size_t(Count));
    if (!R)
      return Error;
    for (SWord I = 0; I < Count; ++I)
      memcpy(R->items + size_t(I) * S->size, S->items, S->size * sizeof(Value));
    return tupleValue(R);
  }
  return notImplemented();
}

Value tupleGetItem(Value Self, Value Key) {
  Tuple *T = asTuple(Self);
  if (isObject(Key) && typeOf(Key) == &adder_type_slice) {
    SWord Start, Stop, Step;
    SWord N = sliceIndices(Key, T->size, &Start, &Stop, &Step);
    if (N < 0)
      return Error;
    if (Step == 1 && N == SWord(T->size) &&
        asObject(Self)->type == &adder_type_tuple)
      return Self; // immutable: shared (a subclass's gets a tuple copy)
    Tuple *R = tupleNew(nullptr, size_t(N));
    if (!R)
      return Error;
    for (SWord I = 0, J = Start; I < N; ++I, J += Step)
      R->items[I] = T->items[J];
    return tupleValue(R);
  }
  if (!isIndexable(Key))
    return raise(&adder_type_TypeError,
                 "tuple indices must be integers or slices, not %s",
                 typeName(Key));
  SWord I;
  if (!indexAsSize(Key, &I))
    return Error;
  if (I < 0)
    I += T->size;
  if (I < 0 || I >= SWord(T->size))
    return raise(&adder_type_IndexError, "tuple index out of range");
  return T->items[I];
}

int tupleContains(Value Self, Value Item) {
  Tuple *T = asTuple(Self);
  for (uint32_t I = 0; I < T->size; ++I) {
    int E = equals(T->items[I], Item);
    if (E)
      return E;
  }
  return 0;
}

void traceTupleIter(Object *O, Tracer &T) {
  T(&reinterpret_cast<TupleIter *>(O)->tuple);
}

Value tupleIterNext(Value Self) {
  auto *It = reinterpret_cast<TupleIter *>(asObject(Self));
  Tuple *T = asTuple(It->tuple);
  if (It->index >= T->size)
    return Error;
  return T->items[It->index++];
}

} // namespace

extern "C" const Type adder_type_tuple_iterator = {
    .header = {&adder_type_type},
    .name = "tuple_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(TupleIter),
    .trace = traceTupleIter,
    .iter = iterSelf,
    .next = tupleIterNext};

namespace {

Value tupleIter(Value Self) {
  auto *It = reinterpret_cast<TupleIter *>(
      gcAlloc(&adder_type_tuple_iterator, sizeof(TupleIter)));
  if (!It)
    return Error;
  It->tuple = Self;
  return fromObject(&It->header);
}

Value tupleConstruct(const Type *T, const Value *Args, size_t Argc,
                     Tuple *KwNames) {
  if (KwNames && KwNames->size)
    return raise(&adder_type_TypeError,
                 "tuple() takes no keyword arguments");
  if (Argc == 0)
    return tupleValue(const_cast<Tuple *>(&EmptyTuple));
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "tuple expected at most 1 argument, got %zu", Argc);
  if (isObject(Args[0]) && asObject(Args[0])->type == &adder_type_tuple)
    return Args[0];
  return sequenceToTuple(Args[0]);
}

} // namespace

extern "C" const Type adder_type_tuple = {
    .header = {&adder_type_type},
    .name = "tuple",
    .base = &adder_type_object,
    .flags = TypeBaseType | TypeTupleSubclass,
    .trace = traceTuple,
    .repr = tupleRepr,
    .hash = tupleHash,
    .compare = tupleCompare,
    .length = tupleLength,
    .binary = tupleBinary,
    .getItem = tupleGetItem,
    .contains = tupleContains,
    .iter = tupleIter,
    .construct = tupleConstruct,
    .methods = TupleMethods,
    .methodCount = TupleMethodCount};

//===----------------------------------------------------------------------===//
// Building tuples from iterables
//===----------------------------------------------------------------------===//

Value sequenceToTuple(Value Iterable) {
  Value L = listFromIterable(Iterable);
  if (L == Error)
    return Error;
  List *Li = reinterpret_cast<List *>(asObject(L));
  const Value *Items = listValuesForRead(Li);
  Tuple *R = Items ? tupleNew(Items, Li->size) : nullptr;
  return R ? tupleValue(R) : Error;
}

extern "C" Value adder_tuple_new(const Value *Items, size_t Count) {
  Tuple *T = tupleNew(Items, Count);
  return T ? tupleValue(T) : Error;
}

//===----------------------------------------------------------------------===//
// The sequence iterator (iter() of objects with only __getitem__)
//===----------------------------------------------------------------------===//

namespace {

struct SeqIter {
  Object header;
  Value sequence; // Error once exhausted
  SWord index;
};

void traceSeqIter(Object *O, Tracer &T) {
  T(&reinterpret_cast<SeqIter *>(O)->sequence);
}

Value seqIterNext(Value Self) {
  auto *It = reinterpret_cast<SeqIter *>(asObject(Self));
  if (It->sequence == Error)
    return Error;
  Value R = getItem(It->sequence, makeSmallInt(It->index));
  if (R == Error) {
    if (pendingExceptionMatches(&adder_type_IndexError) ||
        pendingExceptionMatches(&adder_type_StopIteration)) {
      clearPendingException();
      It->sequence = Error;
    }
    return Error;
  }
  ++It->index;
  return R;
}

} // namespace

extern "C" const Type adder_type_iterator = {
    .header = {&adder_type_type},
    .name = "iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(SeqIter),
    .trace = traceSeqIter,
    .iter = iterSelf,
    .next = seqIterNext};

Value sequenceIterNew(Value Sequence) {
  auto *It = reinterpret_cast<SeqIter *>(
      gcAlloc(&adder_type_iterator, sizeof(SeqIter)));
  if (!It)
    return Error;
  It->sequence = Sequence;
  return fromObject(&It->header);
}

//===----------------------------------------------------------------------===//
// slice
//===----------------------------------------------------------------------===//

namespace {

void traceSlice(Object *O, Tracer &T) {
  auto *S = reinterpret_cast<Slice *>(O);
  T(&S->start);
  T(&S->stop);
  T(&S->step);
}

Value sliceRepr(Value Self) {
  auto *S = reinterpret_cast<Slice *>(asObject(Self));
  StrBuilder B;
  B.appendFormat("slice(%R, %R, %R)", S->start, S->stop, S->step);
  return B.finish();
}

Value sliceCompare(Value Self, Value Other, CompareOp Op) {
  if (!isObject(Other) || typeOf(Other) != &adder_type_slice)
    return notImplemented();
  auto *A = reinterpret_cast<Slice *>(asObject(Self));
  auto *B = reinterpret_cast<Slice *>(asObject(Other));
  Value X[3] = {A->start, A->stop, A->step};
  Value Y[3] = {B->start, B->stop, B->step};
  return compareSequences(X, 3, Y, 3, Op);
}

Value sliceConstruct(const Type *T, const Value *Args, size_t Argc,
                     Tuple *KwNames) {
  if (KwNames && KwNames->size)
    return raise(&adder_type_TypeError, "slice() takes no keyword arguments");
  if (Argc == 0 || Argc > 3)
    return raise(&adder_type_TypeError,
                 Argc ? "slice expected at most 3 arguments, got %zu"
                      : "slice expected at least 1 argument, got %zu",
                 Argc);
  if (Argc == 1)
    return sliceNew(none(), Args[0], none());
  return sliceNew(Args[0], Args[1], Argc == 3 ? Args[2] : none());
}

Value sliceStart(const Value *Args, size_t, Tuple *) {
  return reinterpret_cast<Slice *>(asObject(Args[0]))->start;
}
Value sliceStop(const Value *Args, size_t, Tuple *) {
  return reinterpret_cast<Slice *>(asObject(Args[0]))->stop;
}
Value sliceStep(const Value *Args, size_t, Tuple *) {
  return reinterpret_cast<Slice *>(asObject(Args[0]))->step;
}

/// slice.indices(length): (start, stop, step) resolved against length.
Value sliceIndicesMethod(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("slice.indices", Argc - 1, KwNames))
    return Error;
  if (!isInt(Args[1]))
    return raise(&adder_type_TypeError,
                 "'%s' object cannot be interpreted as an integer",
                 typeName(Args[1]));
  Value L = index(Args[1]);
  if (L == Error)
    return Error;
  if (adder_int_is_negative(L))
    return raise(&adder_type_ValueError, "length should not be negative");
  SWord Length;
  int64_t Wide;
  if (isSmallInt(L))
    Length = smallIntValue(L);
  else if (adder_int_to_i64(L, &Wide) && Wide < int64_t(SmallIntMax))
    Length = SWord(Wide);
  else
    return raise(&adder_type_OverflowError,
                 "Python int too large to convert to C ssize_t");
  SWord Start, Stop, Step;
  if (sliceIndices(Args[0], Length, &Start, &Stop, &Step) < 0)
    return Error;
  Value Items[3] = {intFromSWord(Start), intFromSWord(Stop),
                    intFromSWord(Step)};
  for (Value V : Items)
    if (V == Error)
      return Error;
  Tuple *T = tupleNew(Items, 3);
  return T ? tupleValue(T) : Error;
}

const MethodDef SliceMethods[] = {
    {"indices", sliceIndicesMethod, MethodKind::Method},
    {"start", sliceStart, MethodKind::Property},
    {"step", sliceStep, MethodKind::Property},
    {"stop", sliceStop, MethodKind::Property},
};

SWord sliceHash(Value) {
  raise(&adder_type_TypeError, "unhashable type: 'slice'");
  return -1;
}

} // namespace

extern "C" const Type adder_type_slice = {
    .header = {&adder_type_type},
    .name = "slice",
    .base = &adder_type_object,
    .instanceSize = sizeof(Slice),
    .trace = traceSlice,
    .repr = sliceRepr,
    .hash = sliceHash,
    .compare = sliceCompare,
    .construct = sliceConstruct,
    .methods = SliceMethods,
    .methodCount = sizeof(SliceMethods) / sizeof(SliceMethods[0])};

Value sliceNew(Value Start, Value Stop, Value Step) {
  auto *S = reinterpret_cast<Slice *>(gcAlloc(&adder_type_slice, sizeof(Slice)));
  if (!S)
    return Error;
  S->start = Start;
  S->stop = Stop;
  S->step = Step;
  return fromObject(&S->header);
}

extern "C" Value adder_slice_new(Value Start, Value Stop, Value Step) {
  return sliceNew(Start, Stop, Step);
}

/// Clamps an int Value to [Min, Max] without overflowing (slice bounds may
/// be huge ints).
static bool clampIndex(Value V, SWord *Out) {
  if (!isIndexable(V)) {
    raise(&adder_type_TypeError, "slice indices must be integers or None or "
                                 "have an __index__ method");
    return false;
  }
  Value I = index(V);
  if (I == Error)
    return false;
  if (isSmallInt(I)) {
    *Out = smallIntValue(I);
    return true;
  }
  int64_t Wide;
  if (adder_int_to_i64(I, &Wide) && Wide > int64_t(SmallIntMin) &&
      Wide < int64_t(SmallIntMax)) {
    *Out = SWord(Wide);
    return true;
  }
  *Out = adder_int_is_negative(I) ? SmallIntMin : SmallIntMax;
  return true;
}

SWord sliceIndices(Value SliceV, SWord Length, SWord *Start, SWord *Stop,
                   SWord *Step) {
  auto *S = reinterpret_cast<Slice *>(asObject(SliceV));
  SWord St = 1;
  if (!isNone(S->step)) {
    if (!clampIndex(S->step, &St))
      return -1;
    if (St == 0) {
      raise(&adder_type_ValueError, "slice step cannot be zero");
      return -1;
    }
  }
  SWord Lo, Hi;
  SWord DefStart = St < 0 ? Length - 1 : 0;
  SWord DefStop = St < 0 ? -1 : Length;
  if (isNone(S->start)) {
    Lo = DefStart;
  } else {
    if (!clampIndex(S->start, &Lo))
      return -1;
    if (Lo < 0) {
      Lo += Length;
      if (Lo < 0)
        Lo = St < 0 ? -1 : 0;
    } else if (Lo >= Length) {
      Lo = St < 0 ? Length - 1 : Length;
    }
  }
  if (isNone(S->stop)) {
    Hi = DefStop;
  } else {
    if (!clampIndex(S->stop, &Hi))
      return -1;
    if (Hi < 0) {
      Hi += Length;
      if (Hi < 0)
        Hi = St < 0 ? -1 : 0;
    } else if (Hi >= Length) {
      Hi = St < 0 ? Length - 1 : Length;
    }
  }
  *Start = Lo;
  *Stop = Hi;
  *Step = St;
  if (St < 0)
    return Hi < Lo ? (Lo - Hi - 1) / (-St) + 1 : 0;
  return Lo < Hi ? (Hi - Lo - 1) / St + 1 : 0;
}

} // namespace adder::rt
