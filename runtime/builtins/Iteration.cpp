//===- Iteration.cpp - enumerate, zip, map, sorted, min, sum... -----------===//
//
// The builtins that consume or wrap iterators. enumerate, zip, map,
// filter, reversed and the two-argument iter() return iterator objects
// whose types carry CPython's names; sorted, min, max, sum, any and all
// drain their argument. Each follows CPython 3.11's bltinmodule.c closely
// enough that the observable behaviour matches: argument errors word for
// word, zip(strict=True)'s messages, min/max's choice of the first extreme
// item, and sum's int and float fast paths (which add in the same order
// with the same roundings as plain `+`, so their results are CPython's).
//
//===----------------------------------------------------------------------===//

#include "objects/IterationBuiltins.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Bytes.h"
#include "objects/Dict.h"
#include "objects/Generator.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Str.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

/// Calls iterNext and folds a StopIteration raised by a Python-level
/// __next__ into plain exhaustion.
Value nextItem(Value It) {
  Value X = iterNext(It);
  if (X == Error && errorPending() &&
      pendingExceptionMatches(&adder_type_StopIteration))
    clearPendingException();
  return X;
}

//===--- enumerate --------------------------------------------------------===//

struct Enumerate {
  Object header;
  Value iterator;
  Value index; // the next count (an int)
};

void traceEnumerate(Object *O, Tracer &T) {
  auto *E = reinterpret_cast<Enumerate *>(O);
  T(&E->iterator);
  T(&E->index);
}

Value enumerateNext(Value Self) {
  auto *E = reinterpret_cast<Enumerate *>(asObject(Self));
  Value X = nextItem(E->iterator);
  if (X == Error)
    return Error;
  Value Next = intAdd(E->index, makeSmallInt(1));
  if (Next == Error)
    return Error;
  Value Pair[2] = {E->index, X};
  Tuple *T = tupleNew(Pair, 2);
  if (!T)
    return Error;
  E->index = Next;
  return tupleValue(T);
}

Value enumerateConstruct(const Type *T, const Value *Args, size_t Argc,
                         Tuple *KwNames) {
  static const char *const Names[] = {"iterable", "start"};
  Value Opt[2];
  if (Argc == 0 && !keywordCount(KwNames))
    return raise(&adder_type_TypeError,
                 "enumerate() missing required argument 'iterable'");
  if (!parseKeywordArgs("enumerate", Args, Argc, KwNames, Names, 2, 0, 1, Opt))
    return Error;
  Value Start = makeSmallInt(0);
  if (Opt[1] != Error) {
    if (!isInt(Opt[1]))
      return raise(&adder_type_TypeError,
                   "'%s' object cannot be interpreted as an integer",
                   typeName(Opt[1]));
    if ((Start = index(Opt[1])) == Error)
      return Error;
  }
  Value It = getIter(Opt[0]);
  if (It == Error)
    return Error;
  auto *E = reinterpret_cast<Enumerate *>(gcAlloc(T, sizeof(Enumerate)));
  if (!E)
    return Error;
  E->iterator = It;
  E->index = Start;
  return fromObject(&E->header);
}

//===--- zip --------------------------------------------------------------===//

struct Zip {
  Object header;
  Tuple *iterators;
  SWord strict;
};

void traceZip(Object *O, Tracer &T) { T(&reinterpret_cast<Zip *>(O)->iterators); }

Value zipNext(Value Self) {
  auto *Z = reinterpret_cast<Zip *>(asObject(Self));
  Tuple *Its = Z->iterators;
  size_t N = Its->size;
  if (N == 0)
    return Error;
  Tuple *Result = tupleNew(nullptr, N);
  if (!Result)
    return Error;
  for (size_t I = 0; I < N; ++I) {
    Value X = nextItem(Its->items[I]);
    if (X != Error) {
      Result->items[I] = X;
      continue;
    }
    if (errorPending() || !Z->strict)
      return Error;
    // strict: every iterator must end together.
    if (I)
      return raise(&adder_type_ValueError,
                   "zip() argument %zu is shorter than argument%s%zu", I + 1,
                   I == 1 ? " " : "s 1-", I);
    for (size_t K = 1; K < N; ++K) {
      Value Y = nextItem(Its->items[K]);
      if (Y != Error)
        return raise(&adder_type_ValueError,
                     "zip() argument %zu is longer than argument%s%zu", K + 1,
                     K == 1 ? " " : "s 1-", K);
      if (errorPending())
        return Error;
    }
    return Error;
  }
  return tupleValue(Result);
}

Value zipConstruct(const Type *T, const Value *Args, size_t Argc,
                   Tuple *KwNames) {
  bool Strict = false;
  for (size_t K = 0, NK = keywordCount(KwNames); K < NK; ++K) {
    Str *Name = asStr(KwNames->items[K]);
    if (!strEqualsCString(Name, "strict"))
      return raise(&adder_type_TypeError,
                   "'%V' is an invalid keyword argument for zip()", Name);
    int R = truthy(Args[Argc + K]);
    if (R < 0)
      return Error;
    Strict = R;
  }
  Tuple *Its = tupleNew(nullptr, Argc);
  if (!Its)
    return Error;
  for (size_t I = 0; I < Argc; ++I)
    if ((Its->items[I] = getIter(Args[I])) == Error)
      return Error;
  auto *Z = reinterpret_cast<Zip *>(gcAlloc(T, sizeof(Zip)));
  if (!Z)
    return Error;
  Z->iterators = Its;
  Z->strict = Strict;
  return fromObject(&Z->header);
}

//===--- map --------------------------------------------------------------===//

struct Map {
  Object header;
  Value function;
  Tuple *iterators;
};

void traceMap(Object *O, Tracer &T) {
  auto *M = reinterpret_cast<Map *>(O);
  T(&M->function);
  T(&M->iterators);
}

Value mapNext(Value Self) {
  auto *M = reinterpret_cast<Map *>(asObject(Self));
  size_t N = M->iterators->size;
  Value Inline[8];
  Value *Args = Inline;
  if (N > 8) {
    Object *Block =
        gcAlloc(&adder_type_value_array, sizeof(Object) + N * sizeof(Value));
    if (!Block)
      return Error;
    Args = reinterpret_cast<Value *>(Block + 1);
  }
  for (size_t I = 0; I < N; ++I)
    if ((Args[I] = nextItem(M->iterators->items[I])) == Error)
      return Error;
  return call(M->function, Args, N);
}

Value mapConstruct(const Type *T, const Value *Args, size_t Argc,
                   Tuple *KwNames) {
  if (T == &adder_type_map && !checkNoKeywords("map", KwNames))
    return Error;
  if (Argc < 2)
    return raise(&adder_type_TypeError,
                 "map() must have at least two arguments.");
  Tuple *Its = tupleNew(nullptr, Argc - 1);
  if (!Its)
    return Error;
  for (size_t I = 1; I < Argc; ++I)
    if ((Its->items[I - 1] = getIter(Args[I])) == Error)
      return Error;
  auto *M = reinterpret_cast<Map *>(gcAlloc(T, sizeof(Map)));
  if (!M)
    return Error;
  M->function = Args[0];
  M->iterators = Its;
  return fromObject(&M->header);
}

//===--- filter -----------------------------------------------------------===//

struct Filter {
  Object header;
  Value function; // None: the items' own truth
  Value iterator;
};

void traceFilter(Object *O, Tracer &T) {
  auto *F = reinterpret_cast<Filter *>(O);
  T(&F->function);
  T(&F->iterator);
}

Value filterNext(Value Self) {
  auto *F = reinterpret_cast<Filter *>(asObject(Self));
  bool UseItem = isNone(F->function) ||
                 F->function == fromObject(&adder_type_bool.header);
  for (;;) {
    Value X = nextItem(F->iterator);
    if (X == Error)
      return Error;
    int Ok;
    if (UseItem) {
      Ok = truthy(X);
    } else {
      Value R = call(F->function, &X, 1);
      if (R == Error)
        return Error;
      Ok = truthy(R);
    }
    if (Ok < 0)
      return Error;
    if (Ok)
      return X;
  }
}

Value filterConstruct(const Type *T, const Value *Args, size_t Argc,
                      Tuple *KwNames) {
  if (T == &adder_type_filter && !checkNoKeywords("filter", KwNames))
    return Error;
  if (Argc != 2)
    return raise(&adder_type_TypeError, "filter expected 2 arguments, got %zu",
                 Argc);
  Value It = getIter(Args[1]);
  if (It == Error)
    return Error;
  auto *F = reinterpret_cast<Filter *>(gcAlloc(T, sizeof(Filter)));
  if (!F)
    return Error;
  F->function = Args[0];
  F->iterator = It;
  return fromObject(&F->header);
}

//===--- reversed ---------------------------------------------------------===//

struct Reversed {
  Object header;
  Value sequence; // Error once exhausted
  SWord index;
};

void traceReversed(Object *O, Tracer &T) {
  T(&reinterpret_cast<Reversed *>(O)->sequence);
}

Value reversedNext(Value Self) {
  auto *R = reinterpret_cast<Reversed *>(asObject(Self));
  if (R->sequence == Error)
    return Error;
  if (R->index >= 0) {
    Value X = getItem(R->sequence, makeSmallInt(R->index));
    if (X != Error) {
      --R->index;
      return X;
    }
    if (!pendingExceptionMatches(&adder_type_IndexError) &&
        !pendingExceptionMatches(&adder_type_StopIteration))
      return Error;
    clearPendingException();
  }
  R->index = -1;
  R->sequence = Error;
  return Error;
}

const StaticStr<13> ReversedName = {
    {&adder_type_str}, 12, 12, -1, 1, 1, "__reversed__"};

/// Where the type of V defines __reversed__: 2 in a class created at run
/// time (call it through getattr), 1 as a builtin method (Def set), 0
/// nowhere. A class attribute set to None also answers 2 (Value None).
int findReversed(Value V, const MethodDef **Def, Value *Attr) {
  const Str *Name = reinterpret_cast<const Str *>(&ReversedName);
  const Type *T = typeOf(V);
  auto Check = [&](const Type *C) {
    if (C->dict) {
      Value A = dictGetItemStr(C->dict, const_cast<Str *>(Name));
      if (A != Error) {
        *Attr = A;
        return 2;
      }
    }
    if (const MethodDef *M = findMethod(C, Name)) {
      *Def = M;
      return 1;
    }
    return 0;
  };
  if (T->mro) {
    for (uint32_t I = 0; I < T->mro->size; ++I)
      if (int R = Check(reinterpret_cast<const Type *>(
              asObject(T->mro->items[I]))))
        return R;
    return 0;
  }
  for (const Type *C = T; C; C = C->base)
    if (int R = Check(C))
      return R;
  return 0;
}

bool hasGetItem(const Type *T) {
  for (; T; T = T->base)
    if (T->getItem)
      return true;
  return false;
}

Value reversedConstruct(const Type *T, const Value *Args, size_t Argc,
                        Tuple *KwNames) {
  if (T == &adder_type_reversed &&
      !checkArgRange("reversed", Argc, 1, 1, KwNames))
    return Error;
  Value Seq = Args[0];
  const MethodDef *Def = nullptr;
  Value Attr = Error;
  switch (findReversed(Seq, &Def, &Attr)) {
  case 1:
    return Def->call(&Seq, 1, nullptr);
  case 2: {
    if (isNone(Attr))
      return raise(&adder_type_TypeError, "'%s' object is not reversible",
                   typeName(Seq));
    Value M = getAttr(Seq, const_cast<Str *>(
                               reinterpret_cast<const Str *>(&ReversedName)));
    return M == Error ? Error : call(M, nullptr, 0);
  }
  default:
    break;
  }
  if (!hasGetItem(typeOf(Seq)) || isDict(Seq))
    return raise(&adder_type_TypeError, "'%s' object is not reversible",
                 typeName(Seq));
  SWord N = length(Seq);
  if (N < 0)
    return Error;
  auto *R = reinterpret_cast<Reversed *>(gcAlloc(T, sizeof(Reversed)));
  if (!R)
    return Error;
  R->sequence = Seq;
  R->index = N - 1;
  return fromObject(&R->header);
}

//===--- iter(callable, sentinel) -----------------------------------------===//

struct CallIter {
  Object header;
  Value callable; // Error once exhausted
  Value sentinel;
};

void traceCallIter(Object *O, Tracer &T) {
  auto *C = reinterpret_cast<CallIter *>(O);
  T(&C->callable);
  T(&C->sentinel);
}

Value callIterNext(Value Self) {
  auto *C = reinterpret_cast<CallIter *>(asObject(Self));
  if (C->callable == Error)
    return Error;
  Value R = call(C->callable, nullptr, 0);
  if (R == Error) {
    if (pendingExceptionMatches(&adder_type_StopIteration)) {
      clearPendingException();
      C->callable = C->sentinel = Error;
    }
    return Error;
  }
  int Eq = equals(C->sentinel, R);
  if (Eq == 0)
    return R;
  if (Eq > 0)
    C->callable = C->sentinel = Error;
  return Error;
}

} // namespace

extern "C" const Type adder_type_enumerate = {
    .header = {&adder_type_type},
    .name = "enumerate",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Enumerate),
    .trace = traceEnumerate,
    .iter = iterSelf,
    .next = enumerateNext,
    .construct = enumerateConstruct};

extern "C" const Type adder_type_zip = {
    .header = {&adder_type_type},
    .name = "zip",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Zip),
    .trace = traceZip,
    .iter = iterSelf,
    .next = zipNext,
    .construct = zipConstruct};

extern "C" const Type adder_type_map = {
    .header = {&adder_type_type},
    .name = "map",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Map),
    .trace = traceMap,
    .iter = iterSelf,
    .next = mapNext,
    .construct = mapConstruct};

extern "C" const Type adder_type_filter = {
    .header = {&adder_type_type},
    .name = "filter",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Filter),
    .trace = traceFilter,
    .iter = iterSelf,
    .next = filterNext,
    .construct = filterConstruct};

extern "C" const Type adder_type_reversed = {
    .header = {&adder_type_type},
    .name = "reversed",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Reversed),
    .trace = traceReversed,
    .iter = iterSelf,
    .next = reversedNext,
    .construct = reversedConstruct};

extern "C" const Type adder_type_callable_iterator = {
    .header = {&adder_type_type},
    .name = "callable_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(CallIter),
    .trace = traceCallIter,
    .iter = iterSelf,
    .next = callIterNext};

//===----------------------------------------------------------------------===//
// The builtin functions
//===----------------------------------------------------------------------===//

namespace {

Value builtinEnumerate(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  return enumerateConstruct(&adder_type_enumerate, Args, Argc, Kw);
}
Value builtinZip(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  return zipConstruct(&adder_type_zip, Args, Argc, Kw);
}
Value builtinMap(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  return mapConstruct(&adder_type_map, Args, Argc, Kw);
}
Value builtinFilter(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  return filterConstruct(&adder_type_filter, Args, Argc, Kw);
}
Value builtinReversed(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  return reversedConstruct(&adder_type_reversed, Args, Argc, Kw);
}

Value builtinIter(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  if (!checkArgRange("iter", Argc, 1, 2, Kw))
    return Error;
  if (Argc == 1)
    return getIter(Args[0]);
  if (!isCallable(Args[0]))
    return raise(&adder_type_TypeError, "iter(v, w): v must be callable");
  auto *C = reinterpret_cast<CallIter *>(
      gcAlloc(&adder_type_callable_iterator, sizeof(CallIter)));
  if (!C)
    return Error;
  C->callable = Args[0];
  C->sentinel = Args[1];
  return fromObject(&C->header);
}

bool isIterator(Value V) {
  for (const Type *T = typeOf(V); T; T = T->base)
    if (T->next)
      return true;
  return false;
}

Value builtinNext(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  if (!checkArgRange("next", Argc, 1, 2, Kw))
    return Error;
  if (!isIterator(Args[0]))
    return raise(&adder_type_TypeError, "'%s' object is not an iterator",
                 typeName(Args[0]));
  // A generator's return value travels in the StopIteration it raises,
  // which its `next` slot does not.
  Value X = isGenerator(Args[0]) ? generatorNext(Args[0], true)
                                 : iterNext(Args[0]);
  if (X != Error)
    return X;
  if (errorPending()) {
    if (Argc < 2 || !pendingExceptionMatches(&adder_type_StopIteration))
      return Error;
    clearPendingException();
    return Args[1];
  }
  if (Argc > 1)
    return Args[1];
  return raiseEmpty(&adder_type_StopIteration);
}

Value builtinSorted(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  if (Argc != 1)
    return raise(&adder_type_TypeError, "sorted expected 1 argument, got %zu",
                 Argc);
  static const char *const Names[] = {"key", "reverse"};
  Value Opt[2] = {Error, Error};
  for (size_t K = 0, NK = keywordCount(Kw); K < NK; ++K) {
    Str *Name = asStr(Kw->items[K]);
    size_t Slot = strEqualsCString(Name, Names[0])   ? 0
                  : strEqualsCString(Name, Names[1]) ? 1
                                                     : 2;
    if (Slot == 2)
      return raise(&adder_type_TypeError,
                   "'%V' is an invalid keyword argument for sort()", Name);
    Opt[Slot] = Args[Argc + K];
  }
  Value L = listFromIterable(Args[0]);
  if (L == Error)
    return Error;
  bool Reverse = false;
  if (Opt[1] != Error) {
    if (!isInt(Opt[1]))
      return raise(&adder_type_TypeError,
                   "'%s' object cannot be interpreted as an integer",
                   typeName(Opt[1]));
    Reverse = adder_int_bool(index(Opt[1]));
  }
  Value Key = Opt[0] == Error ? none() : Opt[0];
  return listSort(asList(L), Key, Reverse) ? L : Error;
}

/// min() and max(): Op is Lt for min, Gt for max.
Value minMax(const Value *Args, size_t Argc, Tuple *Kw, CompareOp Op) {
  const char *Name = Op == CompareOp::Lt ? "min" : "max";
  if (Argc == 0)
    return raise(&adder_type_TypeError,
                 "%s expected at least 1 argument, got 0", Name);
  Value Key = none(), Default = Error;
  for (size_t K = 0, NK = keywordCount(Kw); K < NK; ++K) {
    Str *KName = asStr(Kw->items[K]);
    if (strEqualsCString(KName, "key"))
      Key = Args[Argc + K];
    else if (strEqualsCString(KName, "default"))
      Default = Args[Argc + K];
    else
      return raise(&adder_type_TypeError,
                   "'%V' is an invalid keyword argument for %s()", KName,
                   Name);
  }
  bool Positional = Argc > 1;
  if (Positional && Default != Error)
    return raise(&adder_type_TypeError,
                 "Cannot specify a default for %s() with multiple positional "
                 "arguments",
                 Name);
  Value It = Error;
  if (!Positional && (It = getIter(Args[0])) == Error)
    return Error;
  Value Best = Error, BestKey = Error;
  for (size_t I = 0;; ++I) {
    Value Item;
    if (Positional) {
      if (I >= Argc)
        break;
      Item = Args[I];
    } else if ((Item = nextItem(It)) == Error) {
      if (errorPending())
        return Error;
      break;
    }
    Value K = isNone(Key) ? Item : call(Key, &Item, 1);
    if (K == Error)
      return Error;
    if (Best == Error) {
      Best = Item;
      BestKey = K;
      continue;
    }
    int Better = compareBool(K, BestKey, Op);
    if (Better < 0)
      return Error;
    if (Better) {
      Best = Item;
      BestKey = K;
    }
  }
  if (Best != Error)
    return Best;
  if (Default != Error)
    return Default;
  return raise(&adder_type_ValueError, "%s() arg is an empty sequence", Name);
}

Value builtinMin(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  return minMax(Args, Argc, Kw, CompareOp::Lt);
}
Value builtinMax(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  return minMax(Args, Argc, Kw, CompareOp::Gt);
}

Value builtinSum(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  static const char *const Names[] = {"iterable", "start"};
  Value Opt[2];
  if (Argc == 0 && !keywordCount(Kw))
    return raise(&adder_type_TypeError,
                 "sum() takes at least 1 positional argument (0 given)");
  if (!parseKeywordArgs("sum", Args, Argc, Kw, Names, 2, 1, 1, Opt))
    return Error;
  Value Result = Opt[1] == Error ? makeSmallInt(0) : Opt[1];
  if (isStr(Result))
    return raise(&adder_type_TypeError,
                 "sum() can't sum strings [use ''.join(seq) instead]");
  if (isBytes(Result))
    return raise(&adder_type_TypeError,
                 "sum() can't sum bytes [use b''.join(seq) instead]");
  if (isByteArray(Result))
    return raise(&adder_type_TypeError,
                 "sum() can't sum bytearray [use b''.join(seq) instead]");
  Value It = getIter(Opt[0]);
  if (It == Error)
    return Error;
  for (;;) {
    // Small ints: add in a machine word while no overflow happens.
    if (isSmallInt(Result)) {
      SWord Acc = smallIntValue(Result);
      for (;;) {
        Value X = nextItem(It);
        if (X == Error)
          return errorPending() ? Error : intFromSWord(Acc);
        SWord B;
        if (isSmallInt(X))
          B = smallIntValue(X);
        else if (isBool(X))
          B = isTrue(X);
        else
          B = SmallIntMax + 1; // not a small int: leave the fast path
        SWord Sum;
        if (B <= SmallIntMax && !__builtin_add_overflow(Acc, B, &Sum) &&
            fitsSmallInt(Sum)) {
          Acc = Sum;
          continue;
        }
        Result = binaryOp(intFromSWord(Acc), X, BinaryOp::Add);
        if (Result == Error)
          return Error;
        break;
      }
      continue;
    }
    // Floats: add doubles, and exact ints converted (as float + int does).
    if (isExactFloat(Result)) {
      double Acc = floatValue(Result);
      for (;;) {
        Value X = nextItem(It);
        if (X == Error)
          return errorPending() ? Error : floatNew(Acc);
        if (isExactFloat(X)) {
          Acc += floatValue(X);
          continue;
        }
        int64_t V;
        if (isInt(X) && adder_int_to_i64(index(X), &V)) {
          Acc += double(V);
          continue;
        }
        Result = binaryOp(floatNew(Acc), X, BinaryOp::Add);
        if (Result == Error)
          return Error;
        break;
      }
      continue;
    }
    Value X = nextItem(It);
    if (X == Error)
      return errorPending() ? Error : Result;
    if ((Result = binaryOp(Result, X, BinaryOp::Add)) == Error)
      return Error;
  }
}

/// any() and all(): stop at the first item whose truth is Stop.
Value anyAll(const char *Name, const Value *Args, size_t Argc, Tuple *Kw,
             bool Stop) {
  if (!checkOneArg(Name, Argc, Kw))
    return Error;
  Value It = getIter(Args[0]);
  if (It == Error)
    return Error;
  for (;;) {
    Value X = nextItem(It);
    if (X == Error)
      return errorPending() ? Error : boolValue(!Stop);
    int T = truthy(X);
    if (T < 0)
      return Error;
    if (bool(T) == Stop)
      return boolValue(Stop);
  }
}

Value builtinAny(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  return anyAll("any", Args, Argc, Kw, true);
}
Value builtinAll(Value, const Value *Args, size_t Argc, Tuple *Kw) {
  return anyAll("all", Args, Argc, Kw, false);
}

} // namespace

#define ADDER_ITERATION_BUILTIN(Name, Fn)                                      \
  extern "C" const BuiltinFunction adder_builtin_##Name = {                    \
      {&adder_type_builtin_function}, #Name, Fn, Error};

ADDER_ITERATION_BUILTIN(enumerate, builtinEnumerate)
ADDER_ITERATION_BUILTIN(zip, builtinZip)
ADDER_ITERATION_BUILTIN(map, builtinMap)
ADDER_ITERATION_BUILTIN(filter, builtinFilter)
ADDER_ITERATION_BUILTIN(reversed, builtinReversed)
ADDER_ITERATION_BUILTIN(iter, builtinIter)
ADDER_ITERATION_BUILTIN(next, builtinNext)
ADDER_ITERATION_BUILTIN(sorted, builtinSorted)
ADDER_ITERATION_BUILTIN(min, builtinMin)
ADDER_ITERATION_BUILTIN(max, builtinMax)
ADDER_ITERATION_BUILTIN(sum, builtinSum)
ADDER_ITERATION_BUILTIN(any, builtinAny)
ADDER_ITERATION_BUILTIN(all, builtinAll)
#undef ADDER_ITERATION_BUILTIN

} // namespace adder::rt
