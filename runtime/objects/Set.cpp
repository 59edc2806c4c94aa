//===- Set.cpp - set and frozenset ----------------------------------------===//
//
// A transcription of CPython 3.11's setobject.c onto the collector: the
// same probing (a run of LINEAR_PROBES neighbours, then the perturbed
// jump), the same growth (x4, or x2 past 50,000 entries, when the table is
// 3/5 full), the same reuse of deleted slots, the same merge shortcuts and
// the same operand order in every operation, so that the iteration order
// of a set - which programs see whenever they print one - is CPython's
// for keys whose hashes agree (ints, floats, tuples of them).
//
// Comparisons call user __eq__, which may mutate the set; like CPython a
// lookup restarts when its table or entry changed underneath it. The
// frozenset hash is CPython's (XOR of shuffled entry hashes), so it prints
// the same number for the same hashable items.
//
//===----------------------------------------------------------------------===//

#include "objects/Set.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

namespace {

constexpr unsigned LinearProbes = 9;
constexpr unsigned PerturbShift = 5;
constexpr uint32_t MinSize = 8;

/// The key of a deleted entry: a static object nobody else can see.
const Object DummyObject = {&adder_type_object};
ADDER_INLINE Value dummyKey() { return fromObject(&DummyObject); }

void traceSetTable(Object *O, Tracer &T) {
  auto *Tb = reinterpret_cast<SetTable *>(O);
  size_t N = (gcObjectSize(O) - sizeof(SetTable)) / sizeof(SetEntry);
  for (size_t I = 0; I < N; ++I)
    T(&Tb->entries[I].key);
}

} // namespace

extern "C" const Type adder_type_set_table = {
    .header = {&adder_type_type},
    .name = "set_table",
    .base = &adder_type_object,
    .trace = traceSetTable};

bool isAnySet(Value V) {
  if (!isObject(V))
    return false;
  const Type *T = asObject(V)->type;
  return T == &adder_type_set || T == &adder_type_frozenset ||
         isSubtype(T, &adder_type_set) || isSubtype(T, &adder_type_frozenset);
}

bool isMutableSet(Value V) {
  return isObject(V) && (asObject(V)->type == &adder_type_set ||
                         isSubtype(asObject(V)->type, &adder_type_set));
}

bool isFrozenSet(Value V) {
  return isObject(V) && (asObject(V)->type == &adder_type_frozenset ||
                         isSubtype(asObject(V)->type, &adder_type_frozenset));
}

namespace {

ADDER_INLINE Value setValue(Set *S) { return fromObject(&S->header); }

SetTable *allocTable(size_t Size) {
  if (Size > (size_t(1) << 28)) {
    raiseMemoryError();
    return nullptr;
  }
  return reinterpret_cast<SetTable *>(gcAlloc(
      &adder_type_set_table, sizeof(SetTable) + Size * sizeof(SetEntry)));
}

Set *allocSet(const Type *T) {
  size_t Size = T->instanceSize > sizeof(Set) ? T->instanceSize : sizeof(Set);
  auto *S = reinterpret_cast<Set *>(gcAlloc(T, Size));
  if (!S)
    return nullptr;
  S->mask = MinSize - 1;
  S->hash = -1;
  return S;
}

/// make_new_set_basetype: operations on subclass instances build plain
/// sets or frozensets.
const Type *baseSetType(const Type *T) {
  if (T == &adder_type_set || T == &adder_type_frozenset)
    return T;
  return isSubtype(T, &adder_type_set) ? &adder_type_set
                                       : &adder_type_frozenset;
}

ADDER_INLINE SWord keyHash(Value Key) {
  if (isObject(Key) && asObject(Key)->type == &adder_type_str)
    return strHash(asStr(Key));
  return hash(Key);
}

/// Equality of a stored key with a probe key of the same hash, identity
/// already ruled out.
ADDER_INLINE int keysEqual(Value StartKey, Value Key) {
  if (isObject(StartKey) && isObject(Key) &&
      asObject(StartKey)->type == &adder_type_str &&
      asObject(Key)->type == &adder_type_str)
    return strEquals(asStr(StartKey), asStr(Key));
  if (isSmallInt(StartKey) && isSmallInt(Key))
    return 0;
  return compareBool(StartKey, Key, CompareOp::Eq);
}

/// set_insert_clean: stores a key known to be absent into a table without
/// dummies.
void insertClean(SetEntry *Table, size_t Mask, Value Key, SWord Hash) {
  size_t Perturb = size_t(Hash);
  size_t I = size_t(Hash) & Mask;
  for (;;) {
    SetEntry *E = &Table[I];
    if (E->key == Error) {
      E->key = Key;
      E->hash = Hash;
      return;
    }
    if (I + LinearProbes <= Mask) {
      for (unsigned J = 0; J < LinearProbes; ++J) {
        ++E;
        if (E->key == Error) {
          E->key = Key;
          E->hash = Hash;
          return;
        }
      }
    }
    Perturb >>= PerturbShift;
    I = (I * 5 + 1 + Perturb) & Mask;
  }
}

/// set_table_resize: a table of the smallest power of two above MinUsed.
int resizeTable(Set *S, size_t MinUsed) {
  size_t NewSize = MinSize;
  while (NewSize <= MinUsed)
    NewSize <<= 1;
  SetTable *Old = S->table;
  size_t OldSize = size_t(S->mask) + 1;
  SetTable *New = allocTable(NewSize);
  if (!New)
    return -1;
  S->mask = uint32_t(NewSize - 1);
  S->table = New;
  S->fill = S->used;
  if (Old)
    for (size_t I = 0; I < OldSize; ++I) {
      SetEntry &E = Old->entries[I];
      if (E.key != Error && E.key != dummyKey())
        insertClean(New->entries, NewSize - 1, E.key, E.hash);
    }
  return 0;
}

/// set_add_entry.
int addEntry(Set *S, Value Key, SWord Hash) {
  if (!S->table && !(S->table = allocTable(size_t(S->mask) + 1)))
    return -1;
restart:
  size_t Mask = S->mask;
  size_t I = size_t(Hash) & Mask;
  size_t Perturb = size_t(Hash);
  SetEntry *FreeSlot = nullptr;
  SetEntry *E = nullptr;
  for (;;) {
    E = &S->table->entries[I];
    unsigned Probes = (I + LinearProbes <= Mask) ? LinearProbes : 0;
    for (;;) {
      if (E->hash == 0 && E->key == Error)
        goto foundUnusedOrDummy;
      if (E->hash == Hash) {
        Value StartKey = E->key;
        if (StartKey == Key)
          return 0;
        SetTable *Table = S->table;
        int Cmp = keysEqual(StartKey, Key);
        if (Cmp > 0)
          return 0;
        if (Cmp < 0)
          return -1;
        if (Table != S->table || E->key != StartKey)
          goto restart;
        Mask = S->mask;
      } else if (E->hash == -1 && !FreeSlot) {
        FreeSlot = E;
      }
      if (Probes-- == 0)
        break;
      ++E;
    }
    Perturb >>= PerturbShift;
    I = (I * 5 + 1 + Perturb) & Mask;
  }
foundUnusedOrDummy:
  if (FreeSlot) {
    ++S->used;
    FreeSlot->key = Key;
    FreeSlot->hash = Hash;
    return 0;
  }
  ++S->fill;
  ++S->used;
  E->key = Key;
  E->hash = Hash;
  if (size_t(S->fill) * 5 < Mask * 3)
    return 0;
  return resizeTable(S, S->used > 50000 ? size_t(S->used) * 2
                                        : size_t(S->used) * 4);
}

/// set_lookkey: 1 with *Out the entry, 0 if absent, -1 on error.
int findEntry(Set *S, Value Key, SWord Hash, SetEntry **Out) {
restart:
  if (!S->table)
    return 0;
  size_t Mask = S->mask;
  size_t I = size_t(Hash) & Mask;
  size_t Perturb = size_t(Hash);
  for (;;) {
    SetEntry *E = &S->table->entries[I];
    unsigned Probes = (I + LinearProbes <= Mask) ? LinearProbes : 0;
    for (;;) {
      if (E->hash == 0 && E->key == Error)
        return 0;
      if (E->hash == Hash) {
        Value StartKey = E->key;
        if (StartKey == Key) {
          *Out = E;
          return 1;
        }
        SetTable *Table = S->table;
        int Cmp = keysEqual(StartKey, Key);
        if (Cmp < 0)
          return -1;
        if (Table != S->table || E->key != StartKey)
          goto restart;
        if (Cmp > 0) {
          *Out = E;
          return 1;
        }
        Mask = S->mask;
      }
      if (Probes-- == 0)
        break;
      ++E;
    }
    Perturb >>= PerturbShift;
    I = (I * 5 + 1 + Perturb) & Mask;
  }
}

int containsEntry(Set *S, Value Key, SWord Hash) {
  SetEntry *E;
  return findEntry(S, Key, Hash, &E);
}

int containsKey(Set *S, Value Key) {
  SWord H = keyHash(Key);
  if (H == -1)
    return -1;
  return containsEntry(S, Key, H);
}

/// set_discard_entry: 1 removed, 0 absent, -1 error.
int discardEntry(Set *S, Value Key, SWord Hash) {
  SetEntry *E;
  int R = findEntry(S, Key, Hash, &E);
  if (R <= 0)
    return R;
  E->key = dummyKey();
  E->hash = -1;
  --S->used;
  return 1;
}

int discardKey(Set *S, Value Key) {
  SWord H = keyHash(Key);
  if (H == -1)
    return -1;
  return discardEntry(S, Key, H);
}

int addKey(Set *S, Value Key) {
  SWord H = keyHash(Key);
  if (H == -1)
    return -1;
  return addEntry(S, Key, H);
}

void clearSet(Set *S) {
  S->table = nullptr;
  S->mask = MinSize - 1;
  S->fill = S->used = 0;
  S->hash = -1;
}

/// set_merge: adds every key of another set.
int mergeSet(Set *S, Set *Other) {
  if (Other == S || Other->used == 0)
    return 0;
  if ((size_t(S->fill) + Other->used) * 5 >= size_t(S->mask) * 3)
    if (resizeTable(S, (size_t(S->used) + Other->used) * 2) < 0)
      return -1;
  if (!S->table && !(S->table = allocTable(size_t(S->mask) + 1)))
    return -1;
  SetEntry *Src = Other->table->entries;
  SetEntry *Dst = S->table->entries;
  size_t OtherSize = size_t(Other->mask) + 1;
  // Same-size tables, ours empty and theirs without dummies: copy slots.
  if (S->fill == 0 && S->mask == Other->mask && Other->fill == Other->used) {
    for (size_t I = 0; I < OtherSize; ++I)
      if (Src[I].key != Error)
        Dst[I] = Src[I];
    S->fill = Other->fill;
    S->used = Other->used;
    return 0;
  }
  if (S->fill == 0) {
    S->fill = S->used = Other->used;
    for (size_t I = 0; I < OtherSize; ++I)
      if (Src[I].key != Error && Src[I].key != dummyKey())
        insertClean(Dst, S->mask, Src[I].key, Src[I].hash);
    return 0;
  }
  for (size_t I = 0; I < size_t(Other->mask) + 1; ++I) {
    SetEntry E = Other->table->entries[I];
    if (E.key != Error && E.key != dummyKey() && addEntry(S, E.key, E.hash) < 0)
      return -1;
  }
  return 0;
}

/// set_update_internal.
int updateInternal(Set *S, Value Other) {
  if (isAnySet(Other))
    return mergeSet(S, asSet(Other));
  if (isObject(Other) && asObject(Other)->type == &adder_type_dict) {
    Dict *D = asDict(Other);
    if ((size_t(S->fill) + D->used) * 5 >= size_t(S->mask) * 3)
      if (resizeTable(S, (size_t(S->used) + D->used) * 2) < 0)
        return -1;
    uint32_t Pos = 0;
    Value Key;
    SWord H;
    while (dictNextWithHash(D, &Pos, &Key, nullptr, &H))
      if (addEntry(S, Key, H) < 0)
        return -1;
    return 0;
  }
  Value It = getIter(Other);
  if (It == Error)
    return -1;
  for (;;) {
    Value Key = iterNext(It);
    if (Key == Error)
      return errorPending() ? -1 : 0;
    if (addKey(S, Key) < 0)
      return -1;
  }
}

Set *makeNewSet(const Type *T, Value Iterable) {
  Set *S = allocSet(T);
  if (!S)
    return nullptr;
  if (Iterable != Error && updateInternal(S, Iterable) < 0)
    return nullptr;
  return S;
}

/// set_copy: a new set of the base type with the same table layout.
Set *copySet(Set *S) {
  return makeNewSet(baseSetType(S->header.type), setValue(S));
}

/// The table-walking iteration of set_next.
bool nextEntry(Set *S, size_t *Pos, SetEntry **Out) {
  if (!S->table)
    return false;
  size_t I = *Pos;
  size_t Mask = S->mask;
  SetEntry *E = S->table->entries;
  while (I <= Mask && (E[I].key == Error || E[I].key == dummyKey()))
    ++I;
  *Pos = I + 1;
  if (I > Mask)
    return false;
  *Out = &E[I];
  return true;
}

/// set_intersection.
Set *intersection(Set *S, Value Other) {
  if (setValue(S) == Other)
    return copySet(S);
  Set *Result = makeNewSet(baseSetType(S->header.type), Error);
  if (!Result)
    return nullptr;
  if (isAnySet(Other)) {
    Set *O = asSet(Other);
    if (O->used > S->used) {
      Set *T = S;
      S = O;
      O = T;
    }
    size_t Pos = 0;
    SetEntry *E;
    while (nextEntry(O, &Pos, &E)) {
      Value Key = E->key;
      SWord H = E->hash;
      int R = containsEntry(S, Key, H);
      if (R < 0 || (R && addEntry(Result, Key, H) < 0))
        return nullptr;
    }
    return Result;
  }
  Value It = getIter(Other);
  if (It == Error)
    return nullptr;
  for (;;) {
    Value Key = iterNext(It);
    if (Key == Error)
      return errorPending() ? nullptr : Result;
    SWord H = keyHash(Key);
    if (H == -1)
      return nullptr;
    int R = containsEntry(S, Key, H);
    if (R < 0 || (R && addEntry(Result, Key, H) < 0))
      return nullptr;
  }
}

/// set_swap_bodies for intersection_update (the set keeps its identity).
void takeBody(Set *S, Set *From) {
  S->fill = From->fill;
  S->used = From->used;
  S->mask = From->mask;
  S->table = From->table;
  S->finger = 0;
  S->hash = -1;
}

/// set_difference_update_internal.
int differenceUpdateInternal(Set *S, Value Other) {
  if (setValue(S) == Other) {
    clearSet(S);
    return 0;
  }
  if (isAnySet(Other)) {
    Set *O = asSet(Other);
    if ((O->used >> 3) > S->used) {
      O = intersection(S, Other);
      if (!O)
        return -1;
    }
    size_t Pos = 0;
    SetEntry *E;
    while (nextEntry(O, &Pos, &E)) {
      Value Key = E->key;
      if (discardEntry(S, Key, E->hash) < 0)
        return -1;
    }
  } else {
    Value It = getIter(Other);
    if (It == Error)
      return -1;
    for (;;) {
      Value Key = iterNext(It);
      if (Key == Error) {
        if (errorPending())
          return -1;
        break;
      }
      if (discardKey(S, Key) < 0)
        return -1;
    }
  }
  // More than 1/4 dummies: resize them away.
  if (size_t(S->fill - S->used) <= size_t(S->mask) / 4)
    return 0;
  return resizeTable(S, S->used > 50000 ? size_t(S->used) * 2
                                        : size_t(S->used) * 4);
}

/// set_difference.
Set *difference(Set *S, Value Other) {
  size_t OtherSize;
  bool IsDict = isObject(Other) && asObject(Other)->type == &adder_type_dict;
  if (isAnySet(Other))
    OtherSize = asSet(Other)->used;
  else if (IsDict)
    OtherSize = asDict(Other)->used;
  else
    OtherSize = SIZE_MAX;
  if (OtherSize == SIZE_MAX || (S->used >> 2) > OtherSize) {
    Set *R = copySet(S);
    if (!R || differenceUpdateInternal(R, Other) < 0)
      return nullptr;
    return R;
  }
  Set *Result = makeNewSet(baseSetType(S->header.type), Error);
  if (!Result)
    return nullptr;
  size_t Pos = 0;
  SetEntry *E;
  while (nextEntry(S, &Pos, &E)) {
    Value Key = E->key;
    SWord H = E->hash;
    int R = IsDict ? dictContainsKnownHash(asDict(Other), Key, H)
                   : containsEntry(asSet(Other), Key, H);
    if (R < 0 || (!R && addEntry(Result, Key, H) < 0))
      return nullptr;
  }
  return Result;
}

/// set_symmetric_difference_update.
int symmetricDifferenceUpdate(Set *S, Value Other) {
  if (setValue(S) == Other) {
    clearSet(S);
    return 0;
  }
  if (isObject(Other) && asObject(Other)->type == &adder_type_dict) {
    uint32_t Pos = 0;
    Value Key;
    SWord H;
    while (dictNextWithHash(asDict(Other), &Pos, &Key, nullptr, &H)) {
      int R = discardEntry(S, Key, H);
      if (R < 0 || (R == 0 && addEntry(S, Key, H) < 0))
        return -1;
    }
    return 0;
  }
  Set *O;
  if (isAnySet(Other))
    O = asSet(Other);
  else if (!(O = makeNewSet(baseSetType(S->header.type), Other)))
    return -1;
  size_t Pos = 0;
  SetEntry *E;
  while (nextEntry(O, &Pos, &E)) {
    Value Key = E->key;
    SWord H = E->hash;
    int R = discardEntry(S, Key, H);
    if (R < 0 || (R == 0 && addEntry(S, Key, H) < 0))
      return -1;
  }
  return 0;
}

/// set_issubset: 1, 0, -1.
int isSubset(Set *S, Value Other) {
  if (!isAnySet(Other)) {
    Set *Tmp = intersection(S, Other);
    if (!Tmp)
      return -1;
    return Tmp->used == S->used;
  }
  Set *O = asSet(Other);
  if (S->used > O->used)
    return 0;
  size_t Pos = 0;
  SetEntry *E;
  while (nextEntry(S, &Pos, &E)) {
    int R = containsEntry(O, E->key, E->hash);
    if (R <= 0)
      return R;
  }
  return 1;
}

/// set_issuperset.
int isSuperset(Set *S, Value Other) {
  if (isAnySet(Other))
    return isSubset(asSet(Other), setValue(S));
  Value It = getIter(Other);
  if (It == Error)
    return -1;
  for (;;) {
    Value Key = iterNext(It);
    if (Key == Error)
      return errorPending() ? -1 : 1;
    int R = containsKey(S, Key);
    if (R <= 0)
      return R;
  }
}

/// A lookup of Key that retries a set key as a frozenset (set_contains,
/// set_remove, set_discard accept `{1} in {frozenset({1})}`). Op is
/// containsKey or discardKey.
int withFrozenRetry(Set *S, Value Key, int (*Op)(Set *, Value)) {
  int R = Op(S, Key);
  if (R >= 0 || !isMutableSet(Key) ||
      !pendingExceptionMatches(&adder_type_TypeError))
    return R;
  clearPendingException();
  Set *Tmp = makeNewSet(&adder_type_frozenset, Key);
  if (!Tmp)
    return -1;
  return Op(S, setValue(Tmp));
}

} // namespace

//===----------------------------------------------------------------------===//
// The internal API (Set.h)
//===----------------------------------------------------------------------===//

Set *setNewFromIterable(const Type *T, Value Iterable) {
  return makeNewSet(T, Iterable);
}

int setInit(Set *S, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords("set", KwNames))
    return -1;
  if (Argc > 1) {
    raise(&adder_type_TypeError, "%s expected at most 1 argument, got %zu",
          S->header.type->name, Argc);
    return -1;
  }
  if (S->fill)
    clearSet(S);
  S->hash = -1;
  return Argc ? updateInternal(S, Args[0]) : 0;
}

int setAdd(Set *S, Value Key) { return addKey(S, Key); }
int setContains(Set *S, Value Key) { return containsKey(S, Key); }
int setDiscard(Set *S, Value Key) { return discardKey(S, Key); }

bool setNext(Set *S, uint32_t *Position, Value *Key, SWord *Hash) {
  size_t Pos = *Position;
  SetEntry *E;
  if (!nextEntry(S, &Pos, &E))
    return false;
  *Position = uint32_t(Pos);
  if (Key)
    *Key = E->key;
  if (Hash)
    *Hash = E->hash;
  return true;
}

int setUpdate(Set *S, Value Iterable) { return updateInternal(S, Iterable); }
int setDifferenceUpdate(Set *S, Value Iterable) {
  return differenceUpdateInternal(S, Iterable);
}
int setSymmetricDifferenceUpdate(Set *S, Value Iterable) {
  return symmetricDifferenceUpdate(S, Iterable);
}
Value setIntersection(Set *S, Value Other) {
  Set *R = intersection(S, Other);
  return R ? setValue(R) : Error;
}

//===----------------------------------------------------------------------===//
// Slots
//===----------------------------------------------------------------------===//

namespace {

void traceSet(Object *O, Tracer &T) { T(&reinterpret_cast<Set *>(O)->table); }

Value setRepr(Value Self) {
  Set *S = asSet(Self);
  const Type *T = asObject(Self)->type;
  bool Exact = T == &adder_type_set;
  StrBuilder B;
  if (S->used == 0) {
    B.appendFormat("%s()", T->name);
    return B.finish();
  }
  if (reprEnter(Self)) {
    B.appendFormat("%s(...)", T->name);
    return B.finish();
  }
  Value Items = listFromIterable(Self);
  if (Items == Error) {
    reprLeave(Self);
    return Error;
  }
  Value ListRepr = repr(Items);
  reprLeave(Self);
  if (ListRepr == Error)
    return Error;
  Str *L = asStr(ListRepr);
  if (!Exact)
    B.appendFormat("%s(", T->name);
  B.append("{");
  B.append(L->data + 1, L->byteLength - 2);
  B.append("}");
  if (!Exact)
    B.append(")");
  return B.finish();
}

SWord setUnhashable(Value Self) {
  raise(&adder_type_TypeError, "unhashable type: '%s'", typeName(Self));
  return -1;
}

/// CPython's frozenset_hash.
SWord frozensetHash(Value Self) {
  Set *S = asSet(Self);
  if (S->hash != -1)
    return S->hash;
  auto Shuffle = [](Value H) {
    return ((H ^ Value(89869747UL)) ^ (H << 16)) * Value(3644798167UL);
  };
  Value H = 0;
  size_t Pos = 0;
  SetEntry *E;
  // XOR of every active entry (CPython XORs all slots and then cancels
  // the unused and dummy ones; the result is the same).
  while (nextEntry(S, &Pos, &E))
    H ^= Shuffle(Value(E->hash));
  H ^= (Value(S->used) + 1) * Value(1927868237UL);
  H ^= (H >> 11) ^ (H >> 25);
  H = H * Value(69069U) + Value(907133923UL);
  if (H == Value(-1))
    H = Value(590923713UL);
  S->hash = SWord(H);
  return SWord(H);
}

SWord setLength(Value Self) { return asSet(Self)->used; }

int setContainsSlot(Value Self, Value Key) {
  return withFrozenRetry(asSet(Self), Key, containsKey);
}

Value setCompare(Value Self, Value Other, CompareOp Op) {
  if (!isAnySet(Other))
    return notImplemented();
  Set *S = asSet(Self), *O = asSet(Other);
  int R;
  switch (Op) {
  case CompareOp::Eq:
  case CompareOp::Ne:
    if (S->used != O->used)
      R = 0;
    else if (S->hash != -1 && O->hash != -1 && S->hash != O->hash)
      R = 0;
    else
      R = isSubset(S, Other);
    if (R >= 0 && Op == CompareOp::Ne)
      R = !R;
    break;
  case CompareOp::Le:
    R = isSubset(S, Other);
    break;
  case CompareOp::Ge:
    R = isSuperset(S, Other);
    break;
  case CompareOp::Lt:
    R = S->used >= O->used ? 0 : isSubset(S, Other);
    break;
  case CompareOp::Gt:
    R = S->used <= O->used ? 0 : isSuperset(S, Other);
    break;
  default:
    return notImplemented();
  }
  return R < 0 ? Error : boolValue(R);
}

Value setBinary(Value Left, Value Right, BinaryOp Op) {
  if (!isAnySet(Left) || !isAnySet(Right))
    return notImplemented();
  Set *S = asSet(Left);
  Set *R = nullptr;
  switch (Op) {
  case BinaryOp::Or:
    R = copySet(S);
    if (R && updateInternal(R, Right) < 0)
      return Error;
    break;
  case BinaryOp::And:
    R = intersection(S, Right);
    break;
  case BinaryOp::Sub:
    R = difference(S, Right);
    break;
  case BinaryOp::Xor:
    R = makeNewSet(baseSetType(S->header.type), Right);
    if (R && symmetricDifferenceUpdate(R, Left) < 0)
      return Error;
    break;
  default:
    return notImplemented();
  }
  return R ? setValue(R) : Error;
}

Value setInplace(Value Self, Value Right, BinaryOp Op) {
  if (!isAnySet(Right))
    return notImplemented();
  Set *S = asSet(Self);
  int Status;
  switch (Op) {
  case BinaryOp::Or:
    Status = updateInternal(S, Right);
    break;
  case BinaryOp::And: {
    Set *Tmp = intersection(S, Right);
    if (!Tmp)
      return Error;
    takeBody(S, Tmp);
    Status = 0;
    break;
  }
  case BinaryOp::Sub:
    Status = differenceUpdateInternal(S, Right);
    break;
  case BinaryOp::Xor:
    Status = symmetricDifferenceUpdate(S, Right);
    break;
  default:
    return notImplemented();
  }
  return Status < 0 ? Error : Self;
}

//===--- Iterator ---------------------------------------------------------===//

struct SetIter {
  Object header;
  Value set; // Error once exhausted
  uint32_t position;
  uint32_t usedAtStart;
};

void traceSetIter(Object *O, Tracer &T) {
  T(&reinterpret_cast<SetIter *>(O)->set);
}

Value setIterNext(Value Self) {
  auto *It = reinterpret_cast<SetIter *>(asObject(Self));
  if (It->set == Error)
    return Error;
  Set *S = asSet(It->set);
  if (It->usedAtStart != S->used) {
    It->usedAtStart = UINT32_MAX;
    return raise(&adder_type_RuntimeError,
                 "Set changed size during iteration");
  }
  size_t Pos = It->position;
  SetEntry *E;
  if (!nextEntry(S, &Pos, &E)) {
    It->set = Error;
    return Error;
  }
  It->position = uint32_t(Pos);
  return E->key;
}

} // namespace

extern "C" const Type adder_type_set_iterator = {
    .header = {&adder_type_type},
    .name = "set_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(SetIter),
    .trace = traceSetIter,
    .iter = iterSelf,
    .next = setIterNext};

namespace {

Value setIter(Value Self) {
  auto *It = reinterpret_cast<SetIter *>(
      gcAlloc(&adder_type_set_iterator, sizeof(SetIter)));
  if (!It)
    return Error;
  It->set = Self;
  It->usedAtStart = asSet(Self)->used;
  return fromObject(&It->header);
}

Value setConstruct(const Type *T, const Value *Args, size_t Argc,
                   Tuple *KwNames) {
  if (T == &adder_type_set && !checkNoKeywords("set", KwNames))
    return Error;
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "set expected at most 1 argument, got %zu", Argc);
  Set *S = makeNewSet(T, Argc ? Args[0] : Error);
  return S ? setValue(S) : Error;
}

Value frozensetConstruct(const Type *T, const Value *Args, size_t Argc,
                         Tuple *KwNames) {
  if (T == &adder_type_frozenset && !checkNoKeywords("frozenset", KwNames))
    return Error;
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "frozenset expected at most 1 argument, got %zu", Argc);
  if (T == &adder_type_frozenset && Argc &&
      isObject(Args[0]) && typeOf(Args[0]) == &adder_type_frozenset)
    return Args[0];
  Set *S = makeNewSet(T, Argc ? Args[0] : Error);
  return S ? setValue(S) : Error;
}

//===--- Methods ----------------------------------------------------------===//

/// The qualified method name for messages: "set.add" / "frozenset.union".
const char *qualified(Value Self, const char *SetName,
                      const char *FrozenName) {
  return isMutableSet(Self) ? SetName : FrozenName;
}

Value methodAdd(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("set.add", Argc - 1, KwNames))
    return Error;
  return addKey(asSet(Args[0]), Args[1]) < 0 ? Error : none();
}

Value methodRemove(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("set.remove", Argc - 1, KwNames))
    return Error;
  int R = withFrozenRetry(asSet(Args[0]), Args[1], discardKey);
  if (R < 0)
    return Error;
  if (R == 0)
    return raiseKeyError(Args[1]);
  return none();
}

Value methodDiscard(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("set.discard", Argc - 1, KwNames))
    return Error;
  return withFrozenRetry(asSet(Args[0]), Args[1], discardKey) < 0 ? Error
                                                                  : none();
}

Value methodPop(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("set.pop", Argc - 1, KwNames))
    return Error;
  Set *S = asSet(Args[0]);
  if (S->used == 0)
    return raiseKeyError(strFromCString("pop from an empty set"));
  SetEntry *Table = S->table->entries;
  size_t I = S->finger & S->mask;
  while (Table[I].key == Error || Table[I].key == dummyKey())
    I = (I + 1) & S->mask;
  Value Key = Table[I].key;
  Table[I].key = dummyKey();
  Table[I].hash = -1;
  --S->used;
  S->finger = uint32_t(I + 1);
  return Key;
}

Value methodClear(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("set.clear", Argc - 1, KwNames))
    return Error;
  clearSet(asSet(Args[0]));
  return none();
}

Value methodCopy(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs(qualified(Args[0], "set.copy", "frozenset.copy"), Argc - 1,
                   KwNames))
    return Error;
  if (typeOf(Args[0]) == &adder_type_frozenset)
    return Args[0];
  Set *R = copySet(asSet(Args[0]));
  return R ? setValue(R) : Error;
}

Value methodUpdate(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords("set.update", KwNames))
    return Error;
  for (size_t I = 1; I < Argc; ++I)
    if (updateInternal(asSet(Args[0]), Args[I]) < 0)
      return Error;
  return none();
}

Value methodUnion(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords(qualified(Args[0], "set.union", "frozenset.union"),
                       KwNames))
    return Error;
  Set *R = copySet(asSet(Args[0]));
  if (!R)
    return Error;
  for (size_t I = 1; I < Argc; ++I) {
    if (Args[I] == Args[0])
      continue;
    if (updateInternal(R, Args[I]) < 0)
      return Error;
  }
  return setValue(R);
}

/// set_intersection_multi.
Set *intersectionMulti(const Value *Args, size_t Argc) {
  if (Argc == 1)
    return copySet(asSet(Args[0]));
  Set *R = asSet(Args[0]);
  for (size_t I = 1; I < Argc; ++I)
    if (!(R = intersection(R, Args[I])))
      return nullptr;
  return R;
}

Value methodIntersection(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords(qualified(Args[0], "set.intersection",
                                 "frozenset.intersection"),
                       KwNames))
    return Error;
  Set *R = intersectionMulti(Args, Argc);
  return R ? setValue(R) : Error;
}

Value methodIntersectionUpdate(const Value *Args, size_t Argc,
                               Tuple *KwNames) {
  if (!checkNoKeywords("set.intersection_update", KwNames))
    return Error;
  Set *R = intersectionMulti(Args, Argc);
  if (!R)
    return Error;
  takeBody(asSet(Args[0]), R);
  return none();
}

Value methodDifference(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoKeywords(qualified(Args[0], "set.difference",
                                 "frozenset.difference"),
                       KwNames))
    return Error;
  Set *S = asSet(Args[0]);
  if (Argc == 1) {
    Set *R = copySet(S);
    return R ? setValue(R) : Error;
  }
  Set *R = difference(S, Args[1]);
  if (!R)
    return Error;
  for (size_t I = 2; I < Argc; ++I)
    if (differenceUpdateInternal(R, Args[I]) < 0)
      return Error;
  return setValue(R);
}

Value methodDifferenceUpdate(const Value *Args, size_t Argc,
                             Tuple *KwNames) {
  if (!checkNoKeywords("set.difference_update", KwNames))
    return Error;
  for (size_t I = 1; I < Argc; ++I)
    if (differenceUpdateInternal(asSet(Args[0]), Args[I]) < 0)
      return Error;
  return none();
}

Value methodSymmetricDifference(const Value *Args, size_t Argc,
                                Tuple *KwNames) {
  if (!checkOneArg(qualified(Args[0], "set.symmetric_difference",
                             "frozenset.symmetric_difference"),
                   Argc - 1, KwNames))
    return Error;
  Set *S = asSet(Args[0]);
  Set *R = makeNewSet(baseSetType(S->header.type), Args[1]);
  if (!R || symmetricDifferenceUpdate(R, Args[0]) < 0)
    return Error;
  return setValue(R);
}

Value methodSymmetricDifferenceUpdate(const Value *Args, size_t Argc,
                                      Tuple *KwNames) {
  if (!checkOneArg("set.symmetric_difference_update", Argc - 1, KwNames))
    return Error;
  return symmetricDifferenceUpdate(asSet(Args[0]), Args[1]) < 0 ? Error
                                                                : none();
}

Value methodIsSubset(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg(qualified(Args[0], "set.issubset", "frozenset.issubset"),
                   Argc - 1, KwNames))
    return Error;
  int R = isSubset(asSet(Args[0]), Args[1]);
  return R < 0 ? Error : boolValue(R);
}

Value methodIsSuperset(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg(qualified(Args[0], "set.issuperset",
                             "frozenset.issuperset"),
                   Argc - 1, KwNames))
    return Error;
  int R = isSuperset(asSet(Args[0]), Args[1]);
  return R < 0 ? Error : boolValue(R);
}

Value methodIsDisjoint(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg(qualified(Args[0], "set.isdisjoint",
                             "frozenset.isdisjoint"),
                   Argc - 1, KwNames))
    return Error;
  Set *S = asSet(Args[0]);
  Value Other = Args[1];
  if (Args[0] == Other)
    return boolValue(S->used == 0);
  if (isObject(Other) && (typeOf(Other) == &adder_type_set ||
                          typeOf(Other) == &adder_type_frozenset)) {
    Set *O = asSet(Other);
    if (O->used > S->used) {
      Set *T = S;
      S = O;
      O = T;
    }
    size_t Pos = 0;
    SetEntry *E;
    while (nextEntry(O, &Pos, &E)) {
      int R = containsEntry(S, E->key, E->hash);
      if (R < 0)
        return Error;
      if (R)
        return boolValue(false);
    }
    return boolValue(true);
  }
  Value It = getIter(Other);
  if (It == Error)
    return Error;
  for (;;) {
    Value Key = iterNext(It);
    if (Key == Error)
      return errorPending() ? Error : boolValue(true);
    int R = containsKey(S, Key);
    if (R < 0)
      return Error;
    if (R)
      return boolValue(false);
  }
}

Value methodContains(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg(qualified(Args[0], "set.__contains__",
                             "frozenset.__contains__"),
                   Argc - 1, KwNames))
    return Error;
  int R = setContainsSlot(Args[0], Args[1]);
  return R < 0 ? Error : boolValue(R);
}

const MethodDef SetMethods[] = {
    {"__contains__", methodContains, MethodKind::Method},
    {"add", methodAdd, MethodKind::Method},
    {"clear", methodClear, MethodKind::Method},
    {"copy", methodCopy, MethodKind::Method},
    {"difference", methodDifference, MethodKind::Method},
    {"difference_update", methodDifferenceUpdate, MethodKind::Method},
    {"discard", methodDiscard, MethodKind::Method},
    {"intersection", methodIntersection, MethodKind::Method},
    {"intersection_update", methodIntersectionUpdate, MethodKind::Method},
    {"isdisjoint", methodIsDisjoint, MethodKind::Method},
    {"issubset", methodIsSubset, MethodKind::Method},
    {"issuperset", methodIsSuperset, MethodKind::Method},
    {"pop", methodPop, MethodKind::Method},
    {"remove", methodRemove, MethodKind::Method},
    {"symmetric_difference", methodSymmetricDifference, MethodKind::Method},
    {"symmetric_difference_update", methodSymmetricDifferenceUpdate,
     MethodKind::Method},
    {"union", methodUnion, MethodKind::Method},
    {"update", methodUpdate, MethodKind::Method},
};

const MethodDef FrozenSetMethods[] = {
    {"__contains__", methodContains, MethodKind::Method},
    {"copy", methodCopy, MethodKind::Method},
    {"difference", methodDifference, MethodKind::Method},
    {"intersection", methodIntersection, MethodKind::Method},
    {"isdisjoint", methodIsDisjoint, MethodKind::Method},
    {"issubset", methodIsSubset, MethodKind::Method},
    {"issuperset", methodIsSuperset, MethodKind::Method},
    {"symmetric_difference", methodSymmetricDifference, MethodKind::Method},
    {"union", methodUnion, MethodKind::Method},
};

} // namespace

extern "C" const Type adder_type_set = {
    .header = {&adder_type_type},
    .name = "set",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Set),
    .trace = traceSet,
    .repr = setRepr,
    .hash = setUnhashable,
    .compare = setCompare,
    .length = setLength,
    .binary = setBinary,
    .inplace = setInplace,
    .contains = setContainsSlot,
    .iter = setIter,
    .construct = setConstruct,
    .methods = SetMethods,
    .methodCount = sizeof(SetMethods) / sizeof(SetMethods[0])};

extern "C" const Type adder_type_frozenset = {
    .header = {&adder_type_type},
    .name = "frozenset",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Set),
    .trace = traceSet,
    .repr = setRepr,
    .hash = frozensetHash,
    .compare = setCompare,
    .length = setLength,
    .binary = setBinary,
    .contains = setContainsSlot,
    .iter = setIter,
    .construct = frozensetConstruct,
    .methods = FrozenSetMethods,
    .methodCount = sizeof(FrozenSetMethods) / sizeof(FrozenSetMethods[0])};

//===----------------------------------------------------------------------===//
// The ABI used by compiled code
//===----------------------------------------------------------------------===//

extern "C" {

/// {a, b, c}: the items added in order (BUILD_SET), for displays with a
/// non-constant item or at most two items.
Value adder_set_new(const Value *Items, size_t Count) {
  Set *S = allocSet(&adder_type_set);
  if (!S)
    return Error;
  for (size_t I = 0; I < Count; ++I)
    if (addKey(S, Items[I]) < 0)
      return Error;
  return setValue(S);
}

/// A frozenset of constants as CPython 3.11 holds one in a code object:
/// the compiler builds it from the items in order, then its constant
/// merging rebuilds it from that set's iteration order. The two passes
/// give a different table (and iteration order) than one would, and
/// programs print it.
Value adder_frozenset_from_constants(const Value *Items, size_t Count) {
  Set *First = allocSet(&adder_type_frozenset);
  if (!First)
    return Error;
  for (size_t I = 0; I < Count; ++I)
    if (addKey(First, Items[I]) < 0)
      return Error;
  Set *Second = allocSet(&adder_type_frozenset);
  if (!Second)
    return Error;
  size_t Pos = 0;
  SetEntry *E;
  while (nextEntry(First, &Pos, &E))
    if (addEntry(Second, E->key, E->hash) < 0)
      return Error;
  return setValue(Second);
}

/// {c0, c1, c2, ...}: a display of more than two constants, which CPython
/// compiles to BUILD_SET 0 and SET_UPDATE of such a frozenset constant.
/// (Displays with fewer items or any non-constant use adder_set_new.)
Value adder_set_from_constants(const Value *Items, size_t Count) {
  Value F = adder_frozenset_from_constants(Items, Count);
  if (F == Error)
    return Error;
  Set *S = allocSet(&adder_type_set);
  if (!S || mergeSet(S, asSet(F)) < 0)
    return Error;
  return setValue(S);
}

int32_t adder_set_add(Value S, Value Item) { return addKey(asSet(S), Item); }

/// {*iterable} inside a set display (SET_UPDATE).
int32_t adder_set_update(Value S, Value Iterable) {
  return updateInternal(asSet(S), Iterable);
}

int32_t adder_set_contains(Value S, Value Item) {
  return setContainsSlot(S, Item);
}

} // extern "C"

} // namespace adder::rt
