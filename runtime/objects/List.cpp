//===- List.cpp - the list type -------------------------------------------===//
//
// A list is a header with size, capacity and kind and a separate block
// holding the items (ListStorage.cpp), grown geometrically as CPython does.
// Everything a list supports is here: indexing and slicing (with steps,
// slice assignment and deletion), the sequence operators, and every method.
// sort is a stable merge sort comparing with `<` only, like CPython's.
//
//===----------------------------------------------------------------------===//

#include "objects/List.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Callables.h"
#include "objects/Iterators.h"
#include "objects/MethodHelpers.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

namespace {

void traceList(Object *O, Tracer &T) {
  auto *L = reinterpret_cast<List *>(O);
  if (!L->storage)
    return;
  // The items live in their own block; a Values block traces its items.
  Value Block = fromObject(listBlock(L));
  T(&Block);
}

/// Item I of L == V: 1, 0, or -1 with an exception pending (boxing an
/// unboxed float can run out of memory).
int itemEquals(const List *L, size_t I, Value V) {
  Value X = listGet(L, I);
  return X == Error ? -1 : equals(X, V);
}

} // namespace

Value listFromArray(const Value *Items, size_t Count) {
  ListKind K = Count ? listKindFor(Items[0]) : ListValues;
  for (size_t I = 1; I < Count && K != ListValues; ++I)
    if (listKindFor(Items[I]) != K)
      K = ListValues;
  List *L = listNewOfKind(K, Count);
  if (!L)
    return Error;
  for (size_t I = 0; I < Count; ++I)
    storeRaw(L, I, Items[I]);
  L->size = uint32_t(Count);
  return fromObject(&L->header);
}

bool listAppend(List *L, Value Item) {
  if (!prepareStore(L, Item))
    return false;
  if (L->size == L->capacity() && !listReserve(L, size_t(L->size) + 1))
    return false;
  storeRaw(L, L->size++, Item);
  return true;
}

/// Appends every item of Iterable to L.
static bool listExtendFrom(List *L, Value Iterable) {
  if (isList(Iterable)) {
    List *S = asList(Iterable);
    size_t N = S->size;
    if (N && L->size == 0)
      listAdoptKind(L, S->kind());
    if (S->kind() == L->kind()) {
      if (!listReserve(L, size_t(L->size) + N))
        return false;
      // S may be L itself (l.extend(l)): copy N items, not S's new size.
      listCopyItems(L, L->size, S, 0, N);
      L->size += uint32_t(N);
      return true;
    }
    for (size_t I = 0; I < N && I < S->size; ++I) {
      Value X = listGet(S, I);
      if (X == Error || !listAppend(L, X))
        return false;
    }
    return true;
  }
  if (isTuple(Iterable)) {
    Tuple *S = asTuple(Iterable);
    if (L->kind() == ListValues && L->size) {
      if (!listReserve(L, size_t(L->size) + S->size))
        return false;
      memcpy(L->values() + L->size, S->items, S->size * sizeof(Value));
      L->size += S->size;
      return true;
    }
    for (uint32_t I = 0; I < S->size; ++I)
      if (!listAppend(L, S->items[I]))
        return false;
    return true;
  }
  Value It = getIter(Iterable);
  if (It == Error)
    return false;
  for (;;) {
    Value X = iterNext(It);
    if (X == Error)
      return !errorPending();
    if (!listAppend(L, X))
      return false;
  }
}

Value listFromIterable(Value Iterable) {
  List *L = listNew(0);
  if (!L || !listExtendFrom(L, Iterable))
    return Error;
  return fromObject(&L->header);
}

namespace {

Value listRepr(Value Self) {
  List *L = asList(Self);
  if (L->size == 0)
    return strFromCString("[]");
  // A list containing itself prints as [...] (Py_ReprEnter).
  if (reprEnter(Self))
    return strFromCString("[...]");
  StrBuilder B;
  B.append("[");
  // Re-read the size each step: an item's repr may mutate the list.
  for (uint32_t I = 0; I < L->size; ++I) {
    if (I)
      B.append(", ");
    Value X = listGet(L, I);
    if (X == Error) {
      reprLeave(Self);
      return Error;
    }
    if (!B.appendRepr(X))
      break;
  }
  B.append("]");
  reprLeave(Self);
  return B.finish();
}

SWord listHash(Value) {
  raise(&adder_type_TypeError, "unhashable type: 'list'");
  return -1;
}

Value listCompare(Value Self, Value Other, CompareOp Op) {
  if (!isList(Other))
    return notImplemented();
  List *A = asList(Self), *B = asList(Other);
  if (A->kind() == ListFloats && B->kind() == ListFloats &&
      (Op == CompareOp::Eq || Op == CompareOp::Ne)) {
    // No NaN is stored unboxed, so == on the doubles is Python's ==.
    bool Equal = A->size == B->size;
    for (uint32_t I = 0; Equal && I < A->size; ++I)
      Equal = A->floats()[I] == B->floats()[I];
    return boolValue(Equal == (Op == CompareOp::Eq));
  }
  const Value *AItems = listValuesForRead(A);
  const Value *BItems = AItems ? listValuesForRead(B) : nullptr;
  if (!BItems)
    return Error;
  return compareSequences(AItems, A->size, BItems, B->size, Op);
}

SWord listLength(Value Self) { return asList(Self)->size; }

Value listRepeat(List *L, Value Count) {
  SWord N;
  if (!indexAsSize(Count, &N, SizeOverflow::Repeat))
    return Error;
  if (N <= 0 || L->size == 0)
    return fromObject(&listNew(0)->header);
  if (uint64_t(L->size) * uint64_t(N) > 0x0FFFFFFF)
    return raiseMemoryError();
  size_t Total = size_t(L->size) * size_t(N);
  List *R = listNewOfKind(L->kind(), Total);
  if (!R)
    return Error;
  // Doubling copies: log2(N) memcpy calls, not N ([False] * 1000000).
  size_t Done = L->size;
  listCopyItems(R, 0, L, 0, Done);
  while (Done < Total) {
    size_t Chunk = Done < Total - Done ? Done : Total - Done;
    listCopyItems(R, Done, R, 0, Chunk);
    Done += Chunk;
  }
  R->size = uint32_t(Total);
  return fromObject(&R->header);
}

Value listBinary(Value Left, Value Right, BinaryOp Op) {
  if (Op == BinaryOp::Add) {
    if (!isList(Left))
      return notImplemented();
    if (!isList(Right))
      return (typeOf(Right)->flags & TypeHeapType)
                 ? notImplemented() // its __radd__, else binaryOp raises
                 : raise(&adder_type_TypeError,
                   "can only concatenate list (not \"%s\") to list",
                   typeName(Right));
    List *A = asList(Left), *B = asList(Right);
    if (A->kind() != B->kind() && A->size && B->size) {
      // Mixed kinds: the result holds Values.
      List *R = listNew(size_t(A->size) + B->size);
      if (!R || !listExtendFrom(R, Left) || !listExtendFrom(R, Right))
        return Error;
      return fromObject(&R->header);
    }
    ListKind K = ListKind(A->size ? A->kind() : B->kind());
    List *R = listNewOfKind(K, size_t(A->size) + B->size);
    if (!R)
      return Error;
    listCopyItems(R, 0, A, 0, A->size);
    listCopyItems(R, A->size, B, 0, B->size);
    R->size = A->size + B->size;
    return fromObject(&R->header);
  }
  if (Op == BinaryOp::Mul) {
    Value L = isList(Left) ? Left : Right;
    Value N = isList(Left) ? Right : Left;
    if (!isIndexable(N))
      return notImplemented(); // N's __rmul__, else binaryOp's TypeError
    return listRepeat(asList(L), N);
  }
  return notImplemented();
}

Value listInplace(Value Self, Value Right, BinaryOp Op) {
  List *L = asList(Self);
  if (Op == BinaryOp::Add) {
    if (!listExtendFrom(L, Right))
      return Error;
    return Self;
  }
  if (Op == BinaryOp::Mul && isIndexable(Right)) {
    SWord N;
    if (!indexAsSize(Right, &N, SizeOverflow::Repeat))
      return Error;
    if (N <= 0) {
      L->size = 0;
      return Self;
    }
    size_t Old = L->size;
    if (uint64_t(Old) * uint64_t(N) > 0x0FFFFFFF)
      return raiseMemoryError();
    if (!listReserve(L, Old * size_t(N)))
      return Error;
    for (SWord I = 1; I < N; ++I)
      listCopyItems(L, size_t(I) * Old, L, 0, Old);
    L->size = uint32_t(Old * size_t(N));
    return Self;
  }
  return notImplemented();
}

bool normalizeIndex(List *L, Value Key, SWord *Out, const char *What) {
  SWord I;
  if (!indexAsSize(Key, &I))
    return false;
  if (I < 0)
    I += L->size;
  if (I < 0 || I >= SWord(L->size)) {
    raise(&adder_type_IndexError, "list %s out of range", What);
    return false;
  }
  *Out = I;
  return true;
}

/// A new list of L's kind holding N items of L from Start, Step apart.
Value copyItems(const List *L, SWord Start, SWord N, SWord Step) {
  List *R = listNewOfKind(L->kind(), size_t(N));
  if (!R)
    return Error;
  if (Step == 1)
    listCopyItems(R, 0, L, size_t(Start), size_t(N));
  else
    for (SWord I = 0, J = Start; I < N; ++I, J += Step)
      listCopyItems(R, size_t(I), L, size_t(J), 1);
  R->size = uint32_t(N);
  return fromObject(&R->header);
}

Value listGetSlice(List *L, Value SliceV) {
  SWord Start, Stop, Step;
  SWord N = sliceIndices(SliceV, L->size, &Start, &Stop, &Step);
  return N < 0 ? Error : copyItems(L, Start, N, Step);
}

Value listGetItem(Value Self, Value Key) {
  List *L = asList(Self);
  if (isObject(Key) && typeOf(Key) == &adder_type_slice)
    return listGetSlice(L, Key);
  if (!isIndexable(Key))
    return raise(&adder_type_TypeError,
                 "list indices must be integers or slices, not %s",
                 typeName(Key));
  SWord I;
  if (!normalizeIndex(L, Key, &I, "index"))
    return Error;
  return listGet(L, size_t(I));
}

/// del l[slice]
int listDeleteSlice(List *L, Value SliceV) {
  SWord Start, Stop, Step;
  SWord N = sliceIndices(SliceV, L->size, &Start, &Stop, &Step);
  if (N < 0)
    return -1;
  if (N == 0)
    return 0;
  if (Step < 0) { // delete the same items walking forward
    Start = Start + (N - 1) * Step;
    Step = -Step;
  }
  // Compact: keep items not selected.
  size_t Out = size_t(Start);
  SWord Next = Start;
  SWord Removed = 0;
  for (SWord I = Start; I < SWord(L->size); ++I) {
    if (Removed < N && I == Next) {
      ++Removed;
      Next += Step;
      continue;
    }
    listMoveItems(L, Out++, size_t(I), 1);
  }
  L->size = uint32_t(Out);
  return 0;
}

/// l[slice] = iterable
int listAssignSlice(List *L, Value SliceV, Value Items) {
  // Materialize the right side first (it may be L itself).
  Value Src = Items;
  if (!isList(Src) || Src == fromObject(&L->header)) {
    Src = listFromIterable(Items);
    if (Src == Error) {
      if (pendingExceptionMatches(&adder_type_TypeError)) {
        clearPendingException();
        raise(&adder_type_TypeError, "can only assign an iterable");
      }
      return -1;
    }
  }
  List *S = asList(Src);
  SWord Start, Stop, Step;
  SWord N = sliceIndices(SliceV, L->size, &Start, &Stop, &Step);
  if (N < 0)
    return -1;
  // Copy items between lists of one kind: an empty L takes S's kind,
  // otherwise lists of different kinds both become Values.
  if (S->kind() != L->kind() && S->size) {
    if (L->size == 0)
      listAdoptKind(L, S->kind());
    else if (!listValues(L) || !listValues(S))
      return -1;
  }
  if (Step == 1) {
    if (Stop < Start)
      Stop = Start;
    size_t Old = size_t(Stop - Start), New = S->size;
    size_t NewSize = L->size - Old + New;
    if (New > Old && !listReserve(L, NewSize))
      return -1;
    listMoveItems(L, size_t(Start) + New, size_t(Stop),
                  L->size - size_t(Stop));
    listCopyItems(L, size_t(Start), S, 0, New);
    L->size = uint32_t(NewSize);
    return 0;
  }
  if (SWord(S->size) != N) {
    raise(&adder_type_ValueError,
          "attempt to assign sequence of size %u to extended slice of size %zd",
          S->size, N);
    return -1;
  }
  for (SWord I = 0, J = Start; I < N; ++I, J += Step)
    listCopyItems(L, size_t(J), S, size_t(I), 1);
  return 0;
}

int listSetItem(Value Self, Value Key, Value Item) {
  List *L = asList(Self);
  if (isObject(Key) && typeOf(Key) == &adder_type_slice)
    return Item == Error ? listDeleteSlice(L, Key)
                         : listAssignSlice(L, Key, Item);
  if (!isIndexable(Key)) {
    raise(&adder_type_TypeError,
          "list indices must be integers or slices, not %s", typeName(Key));
    return -1;
  }
  SWord I;
  if (!normalizeIndex(L, Key, &I, "assignment index"))
    return -1;
  if (Item == Error) {
    listMoveItems(L, size_t(I), size_t(I) + 1, L->size - size_t(I) - 1);
    --L->size;
    return 0;
  }
  return listPut(L, size_t(I), Item) ? 0 : -1;
}

int listContains(Value Self, Value Item) {
  List *L = asList(Self);
  for (uint32_t I = 0; I < L->size; ++I) {
    int E = itemEquals(L, I, Item);
    if (E)
      return E;
  }
  return 0;
}

void traceListIter(Object *O, Tracer &T) {
  T(&reinterpret_cast<ListIter *>(O)->list);
}

Value listIterNext(Value Self) {
  auto *It = reinterpret_cast<ListIter *>(asObject(Self));
  if (It->list == Error)
    return Error;
  List *L = asList(It->list);
  if (It->index < 0 || It->index >= SWord(L->size)) {
    It->list = Error;
    return Error;
  }
  Value R = listGet(L, size_t(It->index));
  It->index += It->direction;
  return R;
}

Value newListIter(Value List, SWord Start, SWord Direction) {
  auto *It = reinterpret_cast<ListIter *>(
      gcAlloc(&adder_type_list_iterator, sizeof(ListIter)));
  if (!It)
    return Error;
  It->list = List;
  It->index = Start;
  It->direction = Direction;
  return fromObject(&It->header);
}

Value listIter(Value Self) { return newListIter(Self, 0, 1); }

Value listConstruct(const Type *T, const Value *Args, size_t Argc,
                    Tuple *KwNames) {
  if (KwNames && KwNames->size)
    return raise(&adder_type_TypeError, "list() takes no keyword arguments");
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "list expected at most 1 argument, got %zu", Argc);
  if (Argc == 0) {
    List *L = listNew(0);
    return L ? fromObject(&L->header) : Error;
  }
  return listFromIterable(Args[0]);
}

//===--- Methods ----------------------------------------------------------===//

bool checkArgs(const char *Name, size_t Argc, Tuple *KwNames, size_t Min,
               size_t Max) {
  if (KwNames && KwNames->size) {
    raise(&adder_type_TypeError, "list.%s() takes no keyword arguments", Name);
    return false;
  }
  size_t Given = Argc - 1;
  if (Given >= Min && Given <= Max)
    return true;
  if (Min == Max && Min == 0)
    raise(&adder_type_TypeError,
          "list.%s() takes no arguments (%zu given)", Name, Given);
  else if (Min == Max && Min == 1)
    raise(&adder_type_TypeError,
          "list.%s() takes exactly one argument (%zu given)", Name, Given);
  else if (Given < Min)
    raise(&adder_type_TypeError, "%s expected at least %zu argument%s, got %zu",
          Name, Min, Min == 1 ? "" : "s", Given);
  else
    raise(&adder_type_TypeError, "%s expected at most %zu argument%s, got %zu",
          Name, Max, Max == 1 ? "" : "s", Given);
  return false;
}

Value methodAppend(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("append", Argc, KwNames, 1, 1))
    return Error;
  return listAppend(asList(Args[0]), Args[1]) ? none() : Error;
}

Value methodExtend(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("extend", Argc, KwNames, 1, 1))
    return Error;
  return listExtendFrom(asList(Args[0]), Args[1]) ? none() : Error;
}

Value methodInsert(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("insert", Argc, KwNames, 2, 2))
    return Error;
  List *L = asList(Args[0]);
  SWord I;
  if (!indexAsSize(Args[1], &I, SizeOverflow::Argument))
    return Error;
  if (I < 0) {
    I += L->size;
    if (I < 0)
      I = 0;
  } else if (I > SWord(L->size)) {
    I = L->size;
  }
  if (!prepareStore(L, Args[2]) || !listReserve(L, size_t(L->size) + 1))
    return Error;
  listMoveItems(L, size_t(I) + 1, size_t(I), L->size - size_t(I));
  storeRaw(L, size_t(I), Args[2]);
  ++L->size;
  return none();
}

Value methodPop(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("pop", Argc, KwNames, 0, 1))
    return Error;
  List *L = asList(Args[0]);
  if (L->size == 0)
    return raise(&adder_type_IndexError, "pop from empty list");
  SWord I = SWord(L->size) - 1;
  if (Argc > 1) {
    if (!indexAsSize(Args[1], &I, SizeOverflow::Argument))
      return Error;
    if (I < 0)
      I += L->size;
    if (I < 0 || I >= SWord(L->size))
      return raise(&adder_type_IndexError, "pop index out of range");
  }
  Value R = listGet(L, size_t(I));
  if (R == Error)
    return Error;
  listMoveItems(L, size_t(I), size_t(I) + 1, L->size - size_t(I) - 1);
  --L->size;
  return R;
}

Value methodRemove(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("remove", Argc, KwNames, 1, 1))
    return Error;
  List *L = asList(Args[0]);
  for (uint32_t I = 0; I < L->size; ++I) {
    int E = itemEquals(L, I, Args[1]);
    if (E < 0)
      return Error;
    if (E) {
      listMoveItems(L, I, size_t(I) + 1, L->size - I - 1);
      --L->size;
      return none();
    }
  }
  return raise(&adder_type_ValueError, "list.remove(x): x not in list");
}

Value methodClear(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("clear", Argc, KwNames, 0, 0))
    return Error;
  listClear(asList(Args[0]));
  return none();
}

Value methodCopy(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("copy", Argc, KwNames, 0, 0))
    return Error;
  return copyItems(asList(Args[0]), 0, asList(Args[0])->size, 1);
}

Value methodReverse(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("reverse", Argc, KwNames, 0, 0))
    return Error;
  List *L = asList(Args[0]);
  for (uint32_t I = 0, J = L->size; I + 1 < J; ++I, --J)
    listSwapItems(L, I, J - 1);
  return none();
}

Value methodCount(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("count", Argc, KwNames, 1, 1))
    return Error;
  List *L = asList(Args[0]);
  SWord N = 0;
  for (uint32_t I = 0; I < L->size; ++I) {
    int E = itemEquals(L, I, Args[1]);
    if (E < 0)
      return Error;
    N += E;
  }
  return makeSmallInt(N);
}

/// Clamps an optional start/stop argument of index() to [0, Size].
bool clampBound(Value V, SWord Size, SWord *Out) {
  SWord I;
  if (!isIndexable(V)) {
    raise(&adder_type_TypeError,
          "slice indices must be integers or have an __index__ method");
    return false;
  }
  if (!parseSliceBound(V, &I))
    return false;
  if (I < 0) {
    I += Size;
    if (I < 0)
      I = 0;
  } else if (I > Size) {
    I = Size;
  }
  *Out = I;
  return true;
}

Value methodIndex(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("index", Argc, KwNames, 1, 3))
    return Error;
  List *L = asList(Args[0]);
  SWord Start = 0, Stop = L->size;
  if (Argc > 2 && !clampBound(Args[2], L->size, &Start))
    return Error;
  if (Argc > 3 && !clampBound(Args[3], L->size, &Stop))
    return Error;
  for (SWord I = Start; I < Stop && I < SWord(L->size); ++I) {
    int E = itemEquals(L, size_t(I), Args[1]);
    if (E < 0)
      return Error;
    if (E)
      return makeSmallInt(I);
  }
  return raise(&adder_type_ValueError, "%R is not in list", Args[1]);
}

Value methodSort(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"key", "reverse"};
  Value Opts[2];
  if (!parseArguments("sort", Args + 1, Argc - 1, KwNames, Names, 2, 0, 0,
                      Opts))
    return Error;
  Value Key = Opts[0] == Error ? none() : Opts[0];
  bool Reverse = false;
  if (Opts[1] != Error) {
    int T = truthy(Opts[1]);
    if (T < 0)
      return Error;
    Reverse = T;
  }
  return listSort(asList(Args[0]), Key, Reverse) ? none() : Error;
}

Value methodReversedIter(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgs("__reversed__", Argc, KwNames, 0, 0))
    return Error;
  List *L = asList(Args[0]);
  return newListIter(Args[0], SWord(L->size) - 1, -1);
}

const MethodDef ListMethods[] = {
    {"append", methodAppend, MethodKind::Method},
    {"clear", methodClear, MethodKind::Method},
    {"copy", methodCopy, MethodKind::Method},
    {"count", methodCount, MethodKind::Method},
    {"extend", methodExtend, MethodKind::Method},
    {"index", methodIndex, MethodKind::Method},
    {"insert", methodInsert, MethodKind::Method},
    {"pop", methodPop, MethodKind::Method},
    {"remove", methodRemove, MethodKind::Method},
    {"reverse", methodReverse, MethodKind::Method},
    {"sort", methodSort, MethodKind::Method},
    {"__reversed__", methodReversedIter, MethodKind::Method},
};

} // namespace

extern "C" const Type adder_type_list_iterator = {
    .header = {&adder_type_type},
    .name = "list_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(ListIter),
    .trace = traceListIter,
    .iter = iterSelf,
    .next = listIterNext};

extern "C" const Type adder_type_list = {
    .header = {&adder_type_type},
    .name = "list",
    .base = &adder_type_object,
    .flags = TypeBaseType | TypeListSubclass,
    .instanceSize = sizeof(List),
    .trace = traceList,
    .repr = listRepr,
    .hash = listHash,
    .compare = listCompare,
    .length = listLength,
    .binary = listBinary,
    .inplace = listInplace,
    .getItem = listGetItem,
    .setItem = listSetItem,
    .contains = listContains,
    .iter = listIter,
    .construct = listConstruct,
    .methods = ListMethods,
    .methodCount = sizeof(ListMethods) / sizeof(ListMethods[0])};

//===----------------------------------------------------------------------===//
// Sorting
//===----------------------------------------------------------------------===//

namespace {

/// Merges Src[Lo, Mid) and Src[Mid, Hi) into Dst by Keys; stable. Returns
/// false if a comparison raised.
bool mergeRuns(const Value *Keys, const Value *Vals, Value *DstKeys,
               Value *DstVals, size_t Lo, size_t Mid, size_t Hi, bool Reverse) {
  size_t I = Lo, J = Mid, K = Lo;
  while (I < Mid && J < Hi) {
    // Take from the right run only if strictly smaller: stability.
    int Less = Reverse ? compareBool(Keys[I], Keys[J], CompareOp::Lt)
                       : compareBool(Keys[J], Keys[I], CompareOp::Lt);
    if (Less < 0)
      return false;
    if (Less) {
      DstKeys[K] = Keys[J];
      DstVals[K++] = Vals[J++];
    } else {
      DstKeys[K] = Keys[I];
      DstVals[K++] = Vals[I++];
    }
  }
  while (I < Mid) {
    DstKeys[K] = Keys[I];
    DstVals[K++] = Vals[I++];
  }
  while (J < Hi) {
    DstKeys[K] = Keys[J];
    DstVals[K++] = Vals[J++];
  }
  return true;
}

} // namespace

bool listSort(List *L, Value Key, bool Reverse) {
  size_t N = L->size;
  if (N < 2)
    return true;
  // Work on a copy so a failing comparison leaves the list whole, and so
  // that a key function mutating the list does not break the sort.
  Object *Buffers = gcAlloc(&adder_type_value_array,
                            sizeof(Object) + 4 * N * sizeof(Value));
  if (!Buffers)
    return false;
  Value *Keys = reinterpret_cast<Value *>(Buffers + 1);
  Value *Vals = Keys + N, *TmpKeys = Vals + N, *TmpVals = TmpKeys + N;
  for (size_t I = 0; I < N; ++I)
    if ((Vals[I] = listGet(L, I)) == Error)
      return false;
  for (size_t I = 0; I < N; ++I) {
    if (isNone(Key)) {
      Keys[I] = Vals[I];
      continue;
    }
    Keys[I] = call(Key, &Vals[I], 1);
    if (Keys[I] == Error)
      return false;
  }
  // Insertion-sort short runs, then merge bottom-up.
  const size_t Run = 16;
  for (size_t Lo = 0; Lo < N; Lo += Run) {
    size_t Hi = Lo + Run < N ? Lo + Run : N;
    for (size_t I = Lo + 1; I < Hi; ++I) {
      Value K = Keys[I], V = Vals[I];
      size_t J = I;
      while (J > Lo) {
        int Less = Reverse ? compareBool(Keys[J - 1], K, CompareOp::Lt)
                           : compareBool(K, Keys[J - 1], CompareOp::Lt);
        if (Less < 0)
          return false;
        if (!Less)
          break;
        Keys[J] = Keys[J - 1];
        Vals[J] = Vals[J - 1];
        --J;
      }
      Keys[J] = K;
      Vals[J] = V;
    }
  }
  for (size_t Width = Run; Width < N; Width *= 2) {
    for (size_t Lo = 0; Lo < N; Lo += 2 * Width) {
      size_t Mid = Lo + Width < N ? Lo + Width : N;
      size_t Hi = Lo + 2 * Width < N ? Lo + 2 * Width : N;
      if (!mergeRuns(Keys, Vals, TmpKeys, TmpVals, Lo, Mid, Hi, Reverse))
        return false;
    }
    Value *T = Keys;
    Keys = TmpKeys;
    TmpKeys = T;
    T = Vals;
    Vals = TmpVals;
    TmpVals = T;
  }
  if (L->size != N) {
    raise(&adder_type_ValueError, "list modified during sort");
    return false;
  }
  // The items are L's own, so they fit its kind unless a key function
  // stored something else; listPut converts then.
  for (size_t I = 0; I < N; ++I)
    if (!listPut(L, I, Vals[I]))
      return false;
  return true;
}

//===----------------------------------------------------------------------===//
// The ABI used by compiled code (fast paths inline after LTO)
//===----------------------------------------------------------------------===//

extern "C" {

Value adder_list_new(const Value *Items, size_t Count) {
  return listFromArray(Items, Count);
}

namespace {

/// Item I of a Floats list. Such a list holds no NaN (listKindFor), which
/// the optimizer is told: the caller's NaN test for an error (NaNResult)
/// then folds away wherever the item surely came from here.
ADDER_INLINE double floatItem(const List *L, size_t I) {
  double D = L->floats()[I];
  __builtin_assume(D == D);
  return D;
}

/// Index as a position in L, or -1 when it is out of range (or not small).
/// An index in range costs one unsigned compare; a negative one is
/// counted from the end on the side.
ADDER_INLINE SWord smallIndex(const List *L, Value Index) {
  if (ADDER_UNLIKELY(!isSmallInt(Index)))
    return -1;
  SWord I = smallIntValue(Index);
  if (ADDER_LIKELY(Value(I) < L->size))
    return I;
  if (I < 0 && Value(I + SWord(L->size)) < L->size)
    return I + SWord(L->size);
  return -1;
}

} // namespace

/// l[i] for a list and an int index.
ADDER_FAST Value adder_list_getitem_int(Value Self, Value Index) {
  List *L = asList(Self);
  SWord I = smallIndex(L, Index);
  if (ADDER_LIKELY(I >= 0)) {
    if (ADDER_LIKELY(L->kind() == ListValues))
      return L->values()[I];
    if (L->kind() == ListBools)
      return boolValue(L->bools()[I]);
  }
  return listGetItem(Self, Index);
}

/// l[i] where sema knows the items are floats: no box for a Floats list.
ADDER_FAST double adder_list_getitem_float(Value Self, Value Index) {
  List *L = asList(Self);
  SWord I = smallIndex(L, Index);
  if (ADDER_LIKELY(I >= 0 && L->kind() == ListFloats))
    return floatItem(L, size_t(I));
  Value V = listGetItem(Self, Index);
  return V == Error ? __builtin_nan("") : floatValue(V); // NaNResult
}

/// l[i] = v for a list and an int index; 0 or -1.
ADDER_FAST int32_t adder_list_setitem_int(Value Self, Value Index,
                                            Value Item) {
  List *L = asList(Self);
  SWord I = smallIndex(L, Index);
  if (ADDER_LIKELY(I >= 0 && storeFits(L, Item))) {
    storeRaw(L, size_t(I), Item);
    return 0;
  }
  return listSetItem(Self, Index, Item);
}

/// l[i] = x for a float x: stored unboxed in a Floats list.
ADDER_FAST int32_t adder_list_setitem_float(Value Self, Value Index,
                                              double Item) {
  List *L = asList(Self);
  SWord I = smallIndex(L, Index);
  if (ADDER_LIKELY(I >= 0 && L->kind() == ListFloats && Item == Item)) {
    L->floats()[I] = Item;
    return 0;
  }
  Value Boxed = floatNew(Item);
  return Boxed == Error ? -1 : listSetItem(Self, Index, Boxed);
}

ADDER_FAST int32_t adder_list_append(Value Self, Value Item) {
  List *L = asList(Self);
  if (ADDER_LIKELY(L->size < L->capacity() && storeFits(L, Item))) {
    storeRaw(L, L->size++, Item);
    return 0;
  }
  return listAppend(L, Item) ? 0 : -1;
}

ADDER_FAST Value adder_list_len(Value Self) {
  return makeSmallInt(asList(Self)->size);
}

/// The item at I during `for x in list` (I < len checked by the caller
/// each iteration, so a list mutated in the loop behaves as in CPython).
ADDER_FAST size_t adder_list_size(Value Self) { return asList(Self)->size; }
ADDER_FAST Value adder_list_item(Value Self, size_t I) {
  const List *L = asList(Self);
  if (ADDER_LIKELY(L->kind() == ListValues))
    return L->values()[I];
  return listGet(L, I);
}
/// The same where sema knows the items are floats.
ADDER_FAST double adder_list_item_float(Value Self, size_t I) {
  const List *L = asList(Self);
  if (ADDER_LIKELY(L->kind() == ListFloats))
    return floatItem(L, I);
  return floatValue(L->values()[I]);
}

/// [Item] * Count, the common way to preallocate.
Value adder_list_repeat(Value Item, Value Count) {
  SWord N;
  if (!indexAsSize(Count, &N, SizeOverflow::Repeat))
    return Error;
  if (N < 0)
    N = 0;
  if (uint64_t(N) > 0x0FFFFFFF)
    return raiseMemoryError();
  List *L = listNewOfKind(listKindFor(Item), size_t(N));
  if (!L)
    return Error;
  if (L->kind() == ListBools)
    memset(L->bools(), isTrue(Item), size_t(N));
  else
    for (SWord I = 0; I < N; ++I)
      storeRaw(L, size_t(I), Item);
  L->size = uint32_t(N);
  return fromObject(&L->header);
}
}

} // namespace adder::rt
