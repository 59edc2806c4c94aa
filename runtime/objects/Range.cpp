//===- Range.cpp - the range type and its iterators -----------------------===//
//
// A range keeps start, stop, step and its length as int Values, so ranges
// over huge ints work exactly as in CPython (their arithmetic goes through
// the int slow paths); everything that fits a small int takes a machine
// word path: the iterator, indexing, `in`. Equality and hashing follow the
// sequence a range produces, not its arguments: range(0, 3, 2) ==
// range(0, 4, 2).
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/MethodHelpers.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

ADDER_INLINE Range *asRange(Value V) { return reinterpret_cast<Range *>(V); }
ADDER_INLINE bool isRange(Value V) {
  return isObject(V) && asObject(V)->type == &adder_type_range;
}

// The small ints 0 and 1 as tagged words (constants, not calls, so no
// static initializer runs).
constexpr Value Zero = 1;
constexpr Value One = 3;

ADDER_INLINE bool isNegative(Value I) {
  return isSmallInt(I) ? SWord(I) < 0 : adder_int_is_negative(I);
}

/// len(range(Start, Stop, Step)) as an int (compute_range_length).
Value computeLength(Value Start, Value Stop, Value Step) {
  if (isSmallInt(Start) && isSmallInt(Stop) && isSmallInt(Step)) {
    SWord Lo = smallIntValue(Start), Hi = smallIntValue(Stop);
    SWord St = smallIntValue(Step);
    if (St < 0) {
      SWord T = Lo;
      Lo = Hi;
      Hi = T;
      St = -St;
    }
    if (Lo >= Hi)
      return Zero;
    // Hi - Lo fits: both are small ints (one bit narrower than a word).
    return intFromSWord((Hi - Lo - 1) / St + 1);
  }
  Value Lo = Start, Hi = Stop;
  if (isNegative(Step)) {
    Lo = Stop;
    Hi = Start;
    if ((Step = intNeg(Step)) == Error)
      return Error;
  }
  if (intCompare(Lo, Hi) >= 0)
    return Zero;
  Value Diff = intSub(Hi, Lo);
  if (Diff == Error || (Diff = intSub(Diff, One)) == Error)
    return Error;
  Value Q = intFloorDiv(Diff, Step);
  return Q == Error ? Error : intAdd(Q, One);
}

Value newRange(Value Start, Value Stop, Value Step) {
  Value Length = computeLength(Start, Stop, Step);
  if (Length == Error)
    return Error;
  auto *R = reinterpret_cast<Range *>(gcAlloc(&adder_type_range, sizeof(Range)));
  if (!R)
    return Error;
  R->start = Start;
  R->stop = Stop;
  R->step = Step;
  R->length = Length;
  return fromObject(&R->header);
}

/// start + I * step (compute_item).
Value itemAt(Range *R, Value I) {
  Value Offset = intMul(I, R->step);
  return Offset == Error ? Error : intAdd(R->start, Offset);
}

void traceRange(Object *O, Tracer &T) {
  auto *R = reinterpret_cast<Range *>(O);
  T(&R->start);
  T(&R->stop);
  T(&R->step);
  T(&R->length);
}

Value rangeRepr(Value Self) {
  Range *R = asRange(Self);
  StrBuilder B;
  if (R->step == One)
    B.appendFormat("range(%R, %R)", R->start, R->stop);
  else
    B.appendFormat("range(%R, %R, %R)", R->start, R->stop, R->step);
  return B.finish();
}

SWord rangeLength(Value Self) {
  Value L = asRange(Self)->length;
  if (isSmallInt(L))
    return smallIntValue(L);
  int64_t Wide;
  if (adder_int_to_i64(L, &Wide) && Wide <= int64_t(~Value(0) >> 1))
    return SWord(Wide);
  raise(&adder_type_OverflowError,
        "Python int too large to convert to C ssize_t");
  return -1;
}

int rangeBool(Value Self) { return asRange(Self)->length != Zero; }

/// range == range: equal when they produce the same sequence.
int rangeEquals(Range *A, Range *B) {
  if (A == B)
    return 1;
  if (!intEq(A->length, B->length))
    return 0;
  if (A->length == Zero)
    return 1;
  if (!intEq(A->start, B->start))
    return 0;
  if (A->length == One)
    return 1;
  return intEq(A->step, B->step);
}

Value rangeCompare(Value Self, Value Other, CompareOp Op) {
  if (!isRange(Other) || (Op != CompareOp::Eq && Op != CompareOp::Ne))
    return notImplemented();
  int E = rangeEquals(asRange(Self), asRange(Other));
  return boolValue(Op == CompareOp::Eq ? E : !E);
}

/// hash((len, start, step)) with None for what does not matter.
SWord rangeHash(Value Self) {
  Range *R = asRange(Self);
  Value Items[3] = {R->length, none(), none()};
  if (R->length != Zero) {
    Items[1] = R->start;
    if (R->length != One)
      Items[2] = R->step;
  }
  Tuple *T = tupleNew(Items, 3);
  if (!T)
    return -1;
  return hash(tupleValue(T));
}

/// Resolves one bound of a slice against a (possibly huge) length, as
/// _PySlice_GetLongIndices does.
bool sliceBound(Value V, Value Default, Value Length, Value Lower,
                Value Upper, Value *Out) {
  if (isNone(V)) {
    *Out = Default;
    return true;
  }
  if (!isIndexable(V)) {
    raise(&adder_type_TypeError, "slice indices must be integers or None or "
                                 "have an __index__ method");
    return false;
  }
  Value I = index(V);
  if (I == Error)
    return false;
  if (isNegative(I)) {
    if ((I = intAdd(I, Length)) == Error)
      return false;
    if (intCompare(I, Lower) < 0)
      I = Lower;
  } else if (intCompare(I, Upper) > 0) {
    I = Upper;
  }
  *Out = I;
  return true;
}

Value rangeSlice(Range *R, Value SliceV) {
  auto *S = reinterpret_cast<Slice *>(asObject(SliceV));
  Value Step = One;
  if (!isNone(S->step)) {
    if (!isIndexable(S->step))
      return raise(&adder_type_TypeError, "slice indices must be integers or "
                                          "None or have an __index__ method");
    if ((Step = index(S->step)) == Error)
      return Error;
    if (Step == Zero)
      return raise(&adder_type_ValueError, "slice step cannot be zero");
  }
  bool Negative = isNegative(Step);
  Value Lower = Negative ? makeSmallInt(-1) : Zero;
  Value Upper = Negative ? intAdd(R->length, makeSmallInt(-1)) : R->length;
  if (Upper == Error)
    return Error;
  Value Start, Stop;
  if (!sliceBound(S->start, Negative ? Upper : Lower, R->length, Lower, Upper,
                  &Start) ||
      !sliceBound(S->stop, Negative ? Lower : Upper, R->length, Lower, Upper,
                  &Stop))
    return Error;
  Value SubStep = intMul(Step, R->step);
  if (SubStep == Error)
    return Error;
  Value SubStart = itemAt(R, Start);
  if (SubStart == Error)
    return Error;
  Value SubStop = itemAt(R, Stop);
  if (SubStop == Error)
    return Error;
  return newRange(SubStart, SubStop, SubStep);
}

Value rangeGetItem(Value Self, Value Key) {
  Range *R = asRange(Self);
  if (isObject(Key) && typeOf(Key) == &adder_type_slice)
    return rangeSlice(R, Key);
  if (!isIndexable(Key))
    return raise(&adder_type_TypeError,
                 "range indices must be integers or slices, not %s",
                 typeName(Key));
  Value I = index(Key);
  if (I == Error)
    return Error;
  if (isSmallInt(I) && isSmallInt(R->length) && isSmallInt(R->start) &&
      isSmallInt(R->step)) {
    SWord X = smallIntValue(I), N = smallIntValue(R->length);
    if (X < 0)
      X += N;
    if (X < 0 || X >= N)
      return raise(&adder_type_IndexError, "range object index out of range");
    return itemAt(R, makeSmallInt(X));
  }
  if (isNegative(I) && (I = intAdd(I, R->length)) == Error)
    return Error;
  if (isNegative(I) || intCompare(I, R->length) >= 0)
    return raise(&adder_type_IndexError, "range object index out of range");
  return itemAt(R, I);
}

/// `x in range` for an exact int or bool, in O(1) (range_contains_long).
bool containsInt(Range *R, Value X) {
  if (isBool(X))
    X = makeSmallInt(isTrue(X));
  if (!isNegative(R->step)) {
    if (intCompare(R->start, X) > 0 || intCompare(X, R->stop) >= 0)
      return false;
  } else if (intCompare(R->stop, X) >= 0 || intCompare(X, R->start) > 0) {
    return false;
  }
  Value Diff = intSub(X, R->start);
  if (Diff == Error)
    return false;
  Value M = intMod(Diff, R->step);
  return M == Zero;
}

ADDER_INLINE bool isExactIntOrBool(Value V) {
  return isExactInt(V) || isBool(V);
}

/// Generic search by == over the produced items (_PySequence_IterSearch):
/// returns the index of the first equal item, -1 if none, -2 on error.
/// With Count set, counts the equal items instead.
SWord searchItems(Value Self, Value X, bool Count) {
  Value It = getIter(Self);
  if (It == Error)
    return -2;
  SWord N = 0;
  for (SWord I = 0;; ++I) {
    Value Item = iterNext(It);
    if (Item == Error)
      return errorPending() ? -2 : Count ? N : -1;
    int E = equals(Item, X);
    if (E < 0)
      return -2;
    if (E && !Count)
      return I;
    N += E;
  }
}

int rangeContains(Value Self, Value X) {
  if (isExactIntOrBool(X))
    return containsInt(asRange(Self), X) ? 1 : (errorPending() ? -1 : 0);
  SWord I = searchItems(Self, X, false);
  return I == -2 ? -1 : I >= 0;
}

//===--- Iterators --------------------------------------------------------===//

/// Over small ints: the next value and the number of values left.
struct RangeIter {
  Object header;
  SWord next;
  SWord step;
  SWord remaining;
};

/// Over big ints (longrange_iterator).
struct LongRangeIter {
  Object header;
  Value next;
  Value step;
  Value remaining;
};

Value rangeIterNext(Value Self) {
  auto *It = reinterpret_cast<RangeIter *>(asObject(Self));
  if (It->remaining <= 0)
    return Error;
  --It->remaining;
  SWord V = It->next;
  It->next += It->step;
  return makeSmallInt(V);
}

void traceLongRangeIter(Object *O, Tracer &T) {
  auto *It = reinterpret_cast<LongRangeIter *>(O);
  T(&It->next);
  T(&It->step);
  T(&It->remaining);
}

Value longRangeIterNext(Value Self) {
  auto *It = reinterpret_cast<LongRangeIter *>(asObject(Self));
  if (It->remaining == Zero || isNegative(It->remaining))
    return Error;
  Value Rem = intSub(It->remaining, One);
  if (Rem == Error)
    return Error;
  Value V = It->next;
  Value Next = intAdd(V, It->step);
  if (Next == Error)
    return Error;
  It->remaining = Rem;
  It->next = Next;
  return V;
}

} // namespace

extern "C" const Type adder_type_range_iterator = {
    .header = {&adder_type_type},
    .name = "range_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(RangeIter),
    .iter = iterSelf,
    .next = rangeIterNext};

extern "C" const Type adder_type_longrange_iterator = {
    .header = {&adder_type_type},
    .name = "longrange_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(LongRangeIter),
    .trace = traceLongRangeIter,
    .iter = iterSelf,
    .next = longRangeIterNext};

namespace {

/// An iterator producing Length values First, First + Step, ...
Value makeIterator(Value First, Value Step, Value Length) {
  // The small iterator needs every produced value to be a small int: the
  // last one is First + (Length - 1) * Step.
  if (isSmallInt(First) && isSmallInt(Step) && isSmallInt(Length)) {
    SWord N = smallIntValue(Length), F = smallIntValue(First);
    SWord S = smallIntValue(Step);
    SWord Last;
    if (N == 0 || (!__builtin_mul_overflow(N - 1, S, &Last) &&
                   !__builtin_add_overflow(F, Last, &Last) &&
                   fitsSmallInt(Last))) {
      auto *It = reinterpret_cast<RangeIter *>(
          gcAlloc(&adder_type_range_iterator, sizeof(RangeIter)));
      if (!It)
        return Error;
      It->next = F;
      It->step = S;
      It->remaining = N;
      return fromObject(&It->header);
    }
  }
  auto *It = reinterpret_cast<LongRangeIter *>(
      gcAlloc(&adder_type_longrange_iterator, sizeof(LongRangeIter)));
  if (!It)
    return Error;
  It->next = First;
  It->step = Step;
  It->remaining = Length;
  return fromObject(&It->header);
}

Value rangeIter(Value Self) {
  Range *R = asRange(Self);
  return makeIterator(R->start, R->step, R->length);
}

Value rangeConstruct(const Type *T, const Value *Args, size_t Argc,
                     Tuple *KwNames) {
  if (!checkNoKeywords("range", KwNames))
    return Error;
  if (Argc == 0)
    return raise(&adder_type_TypeError,
                 "range expected at least 1 argument, got 0");
  if (Argc > 3)
    return raise(&adder_type_TypeError,
                 "range expected at most 3 arguments, got %zu", Argc);
  Value V[3];
  for (size_t I = 0; I < Argc; ++I)
    if ((V[I] = index(Args[I])) == Error)
      return Error;
  if (Argc == 1)
    return newRange(Zero, V[0], One);
  Value Step = Argc == 3 ? V[2] : One;
  if (Step == Zero)
    return raise(&adder_type_ValueError, "range() arg 3 must not be zero");
  return newRange(V[0], V[1], Step);
}

//===--- Methods ----------------------------------------------------------===//

Value methodCount(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("range.count", Argc - 1, KwNames))
    return Error;
  if (isExactIntOrBool(Args[1])) {
    bool In = containsInt(asRange(Args[0]), Args[1]);
    return errorPending() ? Error : makeSmallInt(In);
  }
  SWord N = searchItems(Args[0], Args[1], true);
  return N == -2 ? Error : intFromSWord(N);
}

Value methodIndex(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("range.index", Argc - 1, KwNames))
    return Error;
  Range *R = asRange(Args[0]);
  Value X = Args[1];
  if (isExactIntOrBool(X)) {
    if (!containsInt(R, X)) {
      if (errorPending())
        return Error;
      return raise(&adder_type_ValueError, "%R is not in range", X);
    }
    if (isBool(X))
      X = makeSmallInt(isTrue(X));
    Value Diff = intSub(X, R->start);
    return Diff == Error ? Error : intFloorDiv(Diff, R->step);
  }
  SWord I = searchItems(Args[0], X, false);
  if (I == -2)
    return Error;
  if (I < 0)
    return raise(&adder_type_ValueError,
                 "sequence.index(x): x not in sequence");
  return intFromSWord(I);
}

Value methodReversed(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("range.__reversed__", Argc - 1, KwNames))
    return Error;
  Range *R = asRange(Args[0]);
  // Start from the last item, stepping back.
  Value Last = R->length == Zero ? R->start
                                 : itemAt(R, intSub(R->length, One));
  if (Last == Error)
    return Error;
  Value Step = intNeg(R->step);
  if (Step == Error)
    return Error;
  return makeIterator(Last, Step, R->length);
}

Value propertyStart(const Value *Args, size_t, Tuple *) {
  return asRange(Args[0])->start;
}
Value propertyStop(const Value *Args, size_t, Tuple *) {
  return asRange(Args[0])->stop;
}
Value propertyStep(const Value *Args, size_t, Tuple *) {
  return asRange(Args[0])->step;
}

const MethodDef RangeMethods[] = {
    {"__reversed__", methodReversed, MethodKind::Method},
    {"count", methodCount, MethodKind::Method},
    {"index", methodIndex, MethodKind::Method},
    {"start", propertyStart, MethodKind::Property},
    {"step", propertyStep, MethodKind::Property},
    {"stop", propertyStop, MethodKind::Property},
};

} // namespace

extern "C" const Type adder_type_range = {
    .header = {&adder_type_type},
    .name = "range",
    .base = &adder_type_object,
    .instanceSize = sizeof(Range),
    .trace = traceRange,
    .repr = rangeRepr,
    .hash = rangeHash,
    .compare = rangeCompare,
    .boolean = rangeBool,
    .length = rangeLength,
    .getItem = rangeGetItem,
    .contains = rangeContains,
    .iter = rangeIter,
    .construct = rangeConstruct,
    .methods = RangeMethods,
    .methodCount = sizeof(RangeMethods) / sizeof(RangeMethods[0])};

//===----------------------------------------------------------------------===//
// The ABI used by compiled code
//===----------------------------------------------------------------------===//

extern "C" {

/// An argument of range() as an exact int: bools and int subclasses give
/// their value, other objects their __index__ (as range() converts them).
Value adder_range_index(Value V) {
  if (isExactInt(V))
    return V;
  Value I = index(V);
  if (I == Error || isExactInt(I))
    return I;
  return adder_int_pos(I);
}

/// range(start, stop, step) for int arguments (the compiler converts with
/// __index__ first); ValueError for a zero step.
Value adder_range_new(Value Start, Value Stop, Value Step) {
  if (Step == Zero)
    return raise(&adder_type_ValueError, "range() arg 3 must not be zero");
  return newRange(Start, Stop, Step);
}

} // extern "C"

} // namespace adder::rt
