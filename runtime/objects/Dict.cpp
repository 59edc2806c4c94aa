//===- Dict.cpp - the dict type, its views and iterators ------------------===//
//
// CPython 3.11's compact dict: a power-of-two index table of 1/2/4-byte
// slots pointing into a dense array of (hash, key, value) entries kept in
// insertion order. Lookups probe the index with CPython's recurrence
// (i = 5i + 1 + perturb, perturb >>= 5), so the same keys collide the same
// way; deleted entries leave a hole in the dense array and a dummy in the
// index until the next resize compacts both. Key comparison calls user
// code (__eq__), which may mutate the dict: a lookup that sees its table
// replaced or its entry changed during a comparison starts over, as
// CPython's does.
//
// The index table and the entries live in one heap block of a private type
// whose trace visits only keys and values, so hashes are never mistaken
// for references by the collector.
//
//===----------------------------------------------------------------------===//

#include "objects/Dict.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Class.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Set.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

//===----------------------------------------------------------------------===//
// The keys table
//===----------------------------------------------------------------------===//

namespace {

constexpr SWord IndexEmpty = -1;
constexpr SWord IndexDummy = -2;
constexpr SWord IndexError = -3;
constexpr unsigned PerturbShift = 5;
constexpr unsigned Log2MinSize = 3;

ADDER_INLINE size_t tableSize(const DictKeys *K) {
  return size_t(1) << K->log2Size;
}

ADDER_INLINE DictEntry *entriesOf(DictKeys *K) {
  return reinterpret_cast<DictEntry *>(
      reinterpret_cast<char *>(K + 1) +
      (size_t(1) << (K->log2Size + K->log2IndexBytes)));
}

ADDER_INLINE SWord getIndex(const DictKeys *K, size_t I) {
  const void *P = K + 1;
  switch (K->log2IndexBytes) {
  case 0:
    return static_cast<const int8_t *>(P)[I];
  case 1:
    return static_cast<const int16_t *>(P)[I];
  default:
    return static_cast<const int32_t *>(P)[I];
  }
}

ADDER_INLINE void setIndex(DictKeys *K, size_t I, SWord Ix) {
  void *P = K + 1;
  switch (K->log2IndexBytes) {
  case 0:
    static_cast<int8_t *>(P)[I] = int8_t(Ix);
    break;
  case 1:
    static_cast<int16_t *>(P)[I] = int16_t(Ix);
    break;
  default:
    static_cast<int32_t *>(P)[I] = int32_t(Ix);
    break;
  }
}

void traceDictKeys(Object *O, Tracer &T) {
  auto *K = reinterpret_cast<DictKeys *>(O);
  DictEntry *E = entriesOf(K);
  for (uint32_t I = 0; I < K->nentries; ++I) {
    T(&E[I].key);
    T(&E[I].value);
  }
}

} // namespace

/// The private type of the keys block (never visible to Python code).
extern "C" const Type adder_type_dict_keys_table = {
    .header = {&adder_type_type},
    .name = "dict_keys_table",
    .base = &adder_type_object,
    .trace = traceDictKeys};

namespace {

/// USABLE_FRACTION: a table of Size index slots holds 2/3 Size entries.
ADDER_INLINE uint32_t usableFraction(size_t Size) {
  return uint32_t((Size << 1) / 3);
}

unsigned bitLength(size_t X) {
  unsigned N = 0;
  while (X) {
    ++N;
    X >>= 1;
  }
  return N;
}

/// calculate_log2_keysize: the smallest table for MinSize entries' worth
/// of index slots, at least 8.
unsigned log2KeysizeFor(size_t MinSize) {
  return bitLength(((MinSize | 8) - 1) | 7);
}

/// estimate_log2_keysize: a table able to hold N entries.
unsigned log2KeysizeToHold(size_t N) { return log2KeysizeFor((N * 3 + 1) / 2); }

DictKeys *newKeys(unsigned Log2Size) {
  if (Log2Size > 30) {
    raiseMemoryError();
    return nullptr;
  }
  unsigned Log2Bytes = Log2Size < 8 ? 0 : Log2Size < 16 ? 1 : 2;
  size_t Size = size_t(1) << Log2Size;
  uint32_t Usable = usableFraction(Size);
  size_t Bytes = sizeof(DictKeys) + (Size << Log2Bytes) +
                 size_t(Usable) * sizeof(DictEntry);
  auto *K = reinterpret_cast<DictKeys *>(
      gcAlloc(&adder_type_dict_keys_table, Bytes));
  if (!K)
    return nullptr;
  K->log2Size = uint8_t(Log2Size);
  K->log2IndexBytes = uint8_t(Log2Bytes);
  K->usable = Usable;
  K->nentries = 0;
  memset(K + 1, 0xFF, Size << Log2Bytes); // every slot IndexEmpty
  return K;
}

/// The first index slot for Hash that holds no live entry (empty or
/// dummy), as find_empty_slot.
size_t findEmptySlot(const DictKeys *K, SWord Hash) {
  size_t Mask = tableSize(K) - 1;
  size_t I = size_t(Hash) & Mask;
  for (size_t Perturb = size_t(Hash); getIndex(K, I) >= 0;) {
    Perturb >>= PerturbShift;
    I = (I * 5 + Perturb + 1) & Mask;
  }
  return I;
}

/// The index slot that holds entry Ix (which must be in the table).
size_t findSlotOf(const DictKeys *K, SWord Hash, SWord Ix) {
  size_t Mask = tableSize(K) - 1;
  size_t I = size_t(Hash) & Mask;
  for (size_t Perturb = size_t(Hash); getIndex(K, I) != Ix;) {
    Perturb >>= PerturbShift;
    I = (I * 5 + Perturb + 1) & Mask;
  }
  return I;
}

/// Replaces D's table by one of 2^Log2Size slots holding the live entries,
/// compacted in order (dictresize).
bool resizeDict(Dict *D, unsigned Log2Size) {
  DictKeys *Old = D->keys;
  if (Log2Size < Log2MinSize)
    Log2Size = Log2MinSize;
  while (usableFraction(size_t(1) << Log2Size) < D->used)
    ++Log2Size;
  DictKeys *New = newKeys(Log2Size);
  if (!New)
    return false;
  if (Old) {
    DictEntry *Src = entriesOf(Old), *Dst = entriesOf(New);
    uint32_t N = 0;
    for (uint32_t I = 0; I < Old->nentries; ++I)
      if (Src[I].key != Error)
        Dst[N++] = Src[I];
    for (uint32_t I = 0; I < N; ++I)
      setIndex(New, findEmptySlot(New, Dst[I].hash), I);
    New->nentries = N;
  }
  D->keys = New;
  return true;
}

/// Key equality for a lookup, identity already ruled out: strings compare
/// bytes (no user code can run), small ints are equal only when
/// identical, everything else goes through ==.
ADDER_INLINE int keysEqual(Value StartKey, Value Key) {
  if (isObject(StartKey) && isObject(Key) &&
      asObject(StartKey)->type == &adder_type_str &&
      asObject(Key)->type == &adder_type_str)
    return strEquals(asStr(StartKey), asStr(Key));
  if (isSmallInt(StartKey) && isSmallInt(Key))
    return 0;
  return compareBool(StartKey, Key, CompareOp::Eq);
}

/// The entry index of Key, IndexEmpty if absent, IndexError on error.
SWord lookup(Dict *D, Value Key, SWord Hash) {
restart:
  DictKeys *K = D->keys;
  if (!K)
    return IndexEmpty;
  size_t Mask = tableSize(K) - 1;
  size_t I = size_t(Hash) & Mask;
  size_t Perturb = size_t(Hash);
  for (;;) {
    SWord Ix = getIndex(K, I);
    if (Ix == IndexEmpty)
      return IndexEmpty;
    if (Ix >= 0) {
      DictEntry *E = &entriesOf(K)[Ix];
      if (E->key == Key)
        return Ix;
      if (E->hash == Hash) {
        Value StartKey = E->key;
        int Cmp = keysEqual(StartKey, Key);
        if (Cmp < 0)
          return IndexError;
        if (D->keys != K || E->key != StartKey)
          goto restart;
        if (Cmp > 0)
          return Ix;
      }
    }
    Perturb >>= PerturbShift;
    I = (I * 5 + Perturb + 1) & Mask;
  }
}

/// Adds a key known to be absent (insertion after a failed lookup).
bool insertNew(Dict *D, Value Key, SWord Hash, Value Item) {
  DictKeys *K = D->keys;
  if (!K || K->nentries >= K->usable) {
    // insertion_resize: GROWTH_RATE is used * 3.
    if (!resizeDict(D, K ? log2KeysizeFor(size_t(D->used) * 3) : Log2MinSize))
      return false;
    K = D->keys;
  }
  setIndex(K, findEmptySlot(K, Hash), K->nentries);
  DictEntry *E = &entriesOf(K)[K->nentries++];
  E->hash = Hash;
  E->key = Key;
  E->value = Item;
  ++D->used;
  ++D->version;
  return true;
}

int insert(Dict *D, Value Key, SWord Hash, Value Item) {
  SWord Ix = lookup(D, Key, Hash);
  if (Ix == IndexError)
    return -1;
  if (Ix >= 0) {
    entriesOf(D->keys)[Ix].value = Item;
    ++D->version;
    return 0;
  }
  return insertNew(D, Key, Hash, Item) ? 0 : -1;
}

/// Removes entry Ix (found for Hash).
void removeEntry(Dict *D, SWord Ix, SWord Hash) {
  DictKeys *K = D->keys;
  setIndex(K, findSlotOf(K, Hash, Ix), IndexDummy);
  DictEntry *E = &entriesOf(K)[Ix];
  E->key = Error;
  E->value = Error;
  --D->used;
  ++D->version;
}

/// hash(Key) for use as a dict key; str hashes come from the cache.
ADDER_INLINE SWord keyHash(Value Key) {
  if (isObject(Key) && asObject(Key)->type == &adder_type_str)
    return strHash(asStr(Key));
  return hash(Key);
}

Dict *allocateDict(const Type *T) {
  size_t Size = T->instanceSize > sizeof(Dict) ? T->instanceSize : sizeof(Dict);
  return reinterpret_cast<Dict *>(gcAlloc(T, Size));
}

} // namespace

//===----------------------------------------------------------------------===//
// The internal API
//===----------------------------------------------------------------------===//

Dict *dictNew() { return allocateDict(&adder_type_dict); }

Value dictLookupKnownHash(Dict *D, Value Key, SWord Hash) {
  SWord Ix = lookup(D, Key, Hash);
  if (Ix < 0)
    return Error;
  return entriesOf(D->keys)[Ix].value;
}

Value dictLookup(Dict *D, Value Key) {
  SWord H = keyHash(Key);
  if (H == -1)
    return Error;
  return dictLookupKnownHash(D, Key, H);
}

Value dictGetItem(Dict *D, Value Key) {
  Value V = dictLookup(D, Key);
  if (V == Error && !errorPending())
    return raiseKeyError(Key);
  return V;
}

Value dictGetItemStr(Dict *D, Str *Key) {
  Value V = dictLookupKnownHash(D, fromObject(&Key->header), strHash(Key));
  if (V == Error)
    clearPendingException();
  return V;
}

int dictSetItemKnownHash(Dict *D, Value Key, SWord Hash, Value Item) {
  return insert(D, Key, Hash, Item);
}

int dictSetItem(Dict *D, Value Key, Value Item) {
  SWord H = keyHash(Key);
  if (H == -1)
    return -1;
  return insert(D, Key, H, Item);
}

int dictDelItem(Dict *D, Value Key) {
  SWord H = keyHash(Key);
  if (H == -1)
    return -1;
  SWord Ix = lookup(D, Key, H);
  if (Ix == IndexError)
    return -1;
  if (Ix == IndexEmpty) {
    raiseKeyError(Key);
    return -1;
  }
  removeEntry(D, Ix, H);
  return 0;
}

int dictContainsKnownHash(Dict *D, Value Key, SWord Hash) {
  SWord Ix = lookup(D, Key, Hash);
  return Ix == IndexError ? -1 : Ix >= 0;
}

int dictContains(Dict *D, Value Key) {
  SWord H = keyHash(Key);
  if (H == -1)
    return -1;
  return dictContainsKnownHash(D, Key, H);
}

bool dictNextWithHash(Dict *D, uint32_t *Position, Value *Key, Value *Item,
                      SWord *Hash) {
  DictKeys *K = D->keys;
  if (!K)
    return false;
  uint32_t I = *Position;
  DictEntry *E = entriesOf(K);
  while (I < K->nentries && E[I].key == Error)
    ++I;
  if (I >= K->nentries)
    return false;
  *Position = I + 1;
  if (Key)
    *Key = E[I].key;
  if (Item)
    *Item = E[I].value;
  if (Hash)
    *Hash = E[I].hash;
  return true;
}

bool dictNext(Dict *D, uint32_t *Position, Value *Key, Value *Item) {
  return dictNextWithHash(D, Position, Key, Item, nullptr);
}

void dictClear(Dict *D) {
  D->keys = nullptr;
  D->used = 0;
  ++D->version;
}

Dict *dictCopy(Dict *D) {
  Dict *R = dictNew();
  if (!R || !D->used)
    return R;
  DictKeys *K = D->keys;
  if (D->used == K->nentries) {
    // No holes: clone the table block as it is (clone_combined_dict_keys).
    size_t Bytes = gcObjectSize(&K->header);
    auto *C = reinterpret_cast<DictKeys *>(
        gcAllocUninitialized(&adder_type_dict_keys_table, Bytes));
    if (!C)
      return nullptr;
    memcpy(reinterpret_cast<char *>(C) + sizeof(Object),
           reinterpret_cast<char *>(K) + sizeof(Object),
           Bytes - sizeof(Object));
    R->keys = C;
    R->used = D->used;
    return R;
  }
  if (!resizeDict(R, log2KeysizeToHold(D->used)))
    return nullptr;
  uint32_t Pos = 0;
  Value Key, Item;
  SWord H;
  while (dictNextWithHash(D, &Pos, &Key, &Item, &H))
    if (!insertNew(R, Key, H, Item))
      return nullptr;
  return R;
}

int dictMerge(Dict *D, Value Other, bool Override) {
  if (isDict(Other)) {
    Dict *O = asDict(Other);
    if (O == D || O->used == 0)
      return 0;
    if (!D->keys || usableFraction(tableSize(D->keys)) < O->used)
      if (!resizeDict(D, log2KeysizeToHold(size_t(D->used) + O->used)))
        return -1;
    uint32_t Size = O->used;
    uint32_t Pos = 0;
    Value Key, Item;
    SWord H;
    while (dictNextWithHash(O, &Pos, &Key, &Item, &H)) {
      if (Override) {
        if (insert(D, Key, H, Item) < 0)
          return -1;
      } else {
        SWord Ix = lookup(D, Key, H);
        if (Ix == IndexError)
          return -1;
        if (Ix == IndexEmpty && !insertNew(D, Key, H, Item))
          return -1;
      }
      if (O->used != Size) {
        raise(&adder_type_RuntimeError, "dict mutated during update");
        return -1;
      }
    }
    return 0;
  }
  // A generic mapping: for k in other.keys(): d[k] = other[k].
  Value KeysMethod = getAttrCString(Other, "keys");
  if (KeysMethod == Error)
    return -1;
  Value Keys = call(KeysMethod, nullptr, 0);
  if (Keys == Error)
    return -1;
  Value It = getIter(Keys);
  if (It == Error)
    return -1;
  for (;;) {
    Value Key = iterNext(It);
    if (Key == Error)
      return errorPending() ? -1 : 0;
    if (!Override) {
      int C = dictContains(D, Key);
      if (C < 0)
        return -1;
      if (C)
        continue;
    }
    Value Item = getItem(Other, Key);
    if (Item == Error || dictSetItem(D, Key, Item) < 0)
      return -1;
  }
}

namespace {

/// dict.update from an iterable of pairs (PyDict_MergeFromSeq2).
int mergeFromPairs(Dict *D, Value Seq) {
  Value It = getIter(Seq);
  if (It == Error)
    return -1;
  for (size_t N = 0;; ++N) {
    Value Item = iterNext(It);
    if (Item == Error)
      return errorPending() ? -1 : 0;
    const Value *Pair;
    size_t Len;
    Value Fast = Item;
    if (!isTuple(Item) && !isList(Item)) {
      Fast = listFromIterable(Item);
      if (Fast == Error) {
        if (pendingExceptionMatches(&adder_type_TypeError)) {
          clearPendingException();
          raise(&adder_type_TypeError,
                "cannot convert dictionary update sequence element #%zu to a "
                "sequence",
                N);
        }
        return -1;
      }
    }
    if (isTuple(Fast)) {
      Pair = asTuple(Fast)->items;
      Len = asTuple(Fast)->size;
    } else {
      Pair = listValuesForRead(asList(Fast));
      Len = asList(Fast)->size;
      if (!Pair)
        return -1;
    }
    if (Len != 2) {
      raise(&adder_type_ValueError,
            "dictionary update sequence element #%zu has length %zu; 2 is "
            "required",
            N, Len);
      return -1;
    }
    Value Key = Pair[0], Val = Pair[1];
    if (dictSetItem(D, Key, Val) < 0)
      return -1;
  }
}

} // namespace

int dictUpdateArg(Dict *D, Value Arg) {
  if (isDict(Arg))
    return dictMerge(D, Arg, true);
  Value Keys = getAttrCString(Arg, "keys");
  if (Keys == Error) {
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return -1;
    clearPendingException();
    return mergeFromPairs(D, Arg);
  }
  return dictMerge(D, Arg, true);
}

//===----------------------------------------------------------------------===//
// The dict type
//===----------------------------------------------------------------------===//

namespace {

void traceDict(Object *O, Tracer &T) { T(&reinterpret_cast<Dict *>(O)->keys); }

Value dictRepr(Value Self) {
  Dict *D = asDict(Self);
  if (D->used == 0)
    return strFromCString("{}");
  if (reprEnter(Self))
    return strFromCString("{...}");
  StrBuilder B;
  B.append("{");
  bool First = true;
  // Re-read the table each step: a key's repr may mutate the dict.
  for (uint32_t I = 0; D->keys && I < D->keys->nentries; ++I) {
    DictEntry E = entriesOf(D->keys)[I];
    if (E.key == Error)
      continue;
    if (!First)
      B.append(", ");
    First = false;
    B.appendRepr(E.key);
    B.append(": ");
    if (!B.appendRepr(E.value))
      break;
  }
  B.append("}");
  reprLeave(Self);
  return B.finish();
}

/// 1 if A and B hold equal items, 0 if not, -1 on error (dict_equal).
int dictEqual(Dict *A, Dict *B) {
  if (A->used != B->used)
    return 0;
  for (uint32_t I = 0; A->keys && I < A->keys->nentries; ++I) {
    DictEntry E = entriesOf(A->keys)[I];
    if (E.key == Error)
      continue;
    Value BVal = dictLookupKnownHash(B, E.key, E.hash);
    if (BVal == Error)
      return errorPending() ? -1 : 0;
    int Cmp = equals(E.value, BVal);
    if (Cmp <= 0)
      return Cmp;
  }
  return 1;
}

Value dictCompare(Value Self, Value Other, CompareOp Op) {
  if (!isDict(Other) || (Op != CompareOp::Eq && Op != CompareOp::Ne))
    return notImplemented();
  int R = dictEqual(asDict(Self), asDict(Other));
  if (R < 0)
    return Error;
  return boolValue(Op == CompareOp::Eq ? R : !R);
}

SWord dictHash(Value) {
  raise(&adder_type_TypeError, "unhashable type: 'dict'");
  return -1;
}

SWord dictLength(Value Self) { return asDict(Self)->used; }

Value dictSubscript(Value Self, Value Key) {
  Dict *D = asDict(Self);
  SWord H = keyHash(Key);
  if (H == -1)
    return Error;
  Value V = dictLookupKnownHash(D, Key, H);
  if (V != Error || errorPending())
    return V;
  if (asObject(Self)->type != &adder_type_dict) {
    // A subclass may define __missing__ (collections.defaultdict-style).
    Value Missing = getAttrCString(Self, "__missing__");
    if (Missing != Error)
      return call(Missing, &Key, 1);
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return Error;
    clearPendingException();
  }
  return raiseKeyError(Key);
}

int dictAssign(Value Self, Value Key, Value Item) {
  if (Item == Error)
    return dictDelItem(asDict(Self), Key);
  return dictSetItem(asDict(Self), Key, Item);
}

int dictContainsSlot(Value Self, Value Key) {
  return dictContains(asDict(Self), Key);
}

Value dictOr(Value Left, Value Right, BinaryOp Op) {
  if (Op != BinaryOp::Or || !isDict(Left) || !isDict(Right))
    return notImplemented();
  Dict *R = dictCopy(asDict(Left));
  if (!R || dictUpdateArg(R, Right) < 0)
    return Error;
  return dictValue(R);
}

Value dictInplaceOr(Value Self, Value Right, BinaryOp Op) {
  if (Op != BinaryOp::Or)
    return notImplemented();
  if (dictUpdateArg(asDict(Self), Right) < 0)
    return Error;
  return Self;
}

/// Applies keyword arguments (names in KwNames, values at Values) to D.
bool storeKeywords(Dict *D, const Value *Values, Tuple *KwNames) {
  for (size_t I = 0, N = keywordCount(KwNames); I < N; ++I)
    if (dictSetItem(D, KwNames->items[I], Values[I]) < 0)
      return false;
  return true;
}

Value dictConstruct(const Type *T, const Value *Args, size_t Argc,
                    Tuple *KwNames) {
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "dict expected at most 1 argument, got %zu", Argc);
  Dict *D = allocateDict(T);
  if (!D)
    return Error;
  if (Argc == 1 && dictUpdateArg(D, Args[0]) < 0)
    return Error;
  if (!storeKeywords(D, Args + Argc, KwNames))
    return Error;
  return dictValue(D);
}

//===--- Iterators ------------------------------------------------------===//

enum class IterKind : uint8_t { Keys, Values, Items };

struct DictIter {
  Object header;
  Value dict;        // Error once exhausted
  SWord position;    // next entry index (reverse: the one before)
  uint32_t usedAtStart;
  uint32_t remaining; // entries still to produce
};

void traceDictIter(Object *O, Tracer &T) {
  T(&reinterpret_cast<DictIter *>(O)->dict);
}

Value makeItem(IterKind Kind, const DictEntry &E) {
  if (Kind == IterKind::Keys)
    return E.key;
  if (Kind == IterKind::Values)
    return E.value;
  Value Pair[2] = {E.key, E.value};
  Tuple *T = tupleNew(Pair, 2);
  return T ? tupleValue(T) : Error;
}

/// The next entry of a forward or reverse iterator (dictiter_iternext*).
Value dictIterNext(Value Self, IterKind Kind, bool Reverse) {
  auto *It = reinterpret_cast<DictIter *>(asObject(Self));
  if (It->dict == Error)
    return Error;
  Dict *D = asDict(It->dict);
  if (It->usedAtStart != D->used) {
    It->usedAtStart = UINT32_MAX; // sticky, as CPython's di_used = -1
    return raise(&adder_type_RuntimeError,
                 "dictionary changed size during iteration");
  }
  DictKeys *K = D->keys;
  SWord I = It->position;
  if (Reverse) {
    if (I >= SWord(K ? K->nentries : 0))
      I = SWord(K ? K->nentries : 0) - 1;
    while (I >= 0 && entriesOf(K)[I].key == Error)
      --I;
    if (I < 0) {
      It->dict = Error;
      return Error;
    }
    It->position = I - 1;
  } else {
    SWord N = K ? SWord(K->nentries) : 0;
    while (I < N && entriesOf(K)[I].key == Error)
      ++I;
    if (I >= N) {
      It->dict = Error;
      return Error;
    }
    if (It->remaining == 0) {
      It->dict = Error;
      return raise(&adder_type_RuntimeError,
                   "dictionary keys changed during iteration");
    }
    It->position = I + 1;
  }
  --It->remaining;
  return makeItem(Kind, entriesOf(K)[I]);
}

Value keyIterNext(Value Self) {
  return dictIterNext(Self, IterKind::Keys, false);
}
Value valueIterNext(Value Self) {
  return dictIterNext(Self, IterKind::Values, false);
}
Value itemIterNext(Value Self) {
  return dictIterNext(Self, IterKind::Items, false);
}
Value reverseKeyIterNext(Value Self) {
  return dictIterNext(Self, IterKind::Keys, true);
}
Value reverseValueIterNext(Value Self) {
  return dictIterNext(Self, IterKind::Values, true);
}
Value reverseItemIterNext(Value Self) {
  return dictIterNext(Self, IterKind::Items, true);
}

} // namespace

#define ADDER_DICT_ITERATOR(Name, Next)                                        \
  extern "C" const Type adder_type_##Name = {                                  \
      .header = {&adder_type_type},                                            \
      .name = #Name,                                                           \
      .base = &adder_type_object,                                              \
      .instanceSize = sizeof(DictIter),                                        \
      .trace = traceDictIter,                                                  \
      .iter = iterSelf,                                                        \
      .next = Next};

ADDER_DICT_ITERATOR(dict_keyiterator, keyIterNext)
ADDER_DICT_ITERATOR(dict_valueiterator, valueIterNext)
ADDER_DICT_ITERATOR(dict_itemiterator, itemIterNext)
ADDER_DICT_ITERATOR(dict_reversekeyiterator, reverseKeyIterNext)
ADDER_DICT_ITERATOR(dict_reversevalueiterator, reverseValueIterNext)
ADDER_DICT_ITERATOR(dict_reverseitemiterator, reverseItemIterNext)
#undef ADDER_DICT_ITERATOR

namespace {

Value newDictIter(Dict *D, const Type *T, bool Reverse) {
  auto *It = reinterpret_cast<DictIter *>(gcAlloc(T, sizeof(DictIter)));
  if (!It)
    return Error;
  It->dict = dictValue(D);
  It->usedAtStart = D->used;
  It->remaining = D->used;
  It->position = Reverse ? (D->keys ? SWord(D->keys->nentries) - 1 : -1) : 0;
  return fromObject(&It->header);
}

Value dictIter(Value Self) {
  return newDictIter(asDict(Self), &adder_type_dict_keyiterator, false);
}

//===--- Methods ----------------------------------------------------------===//

Value methodGet(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("dict.get", Argc - 1, 1, 2, KwNames))
    return Error;
  Value V = dictLookup(asDict(Args[0]), Args[1]);
  if (V != Error || errorPending())
    return V;
  return Argc > 2 ? Args[2] : none();
}

Value methodSetDefault(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("dict.setdefault", Argc - 1, 1, 2, KwNames))
    return Error;
  Dict *D = asDict(Args[0]);
  Value Key = Args[1];
  SWord H = keyHash(Key);
  if (H == -1)
    return Error;
  SWord Ix = lookup(D, Key, H);
  if (Ix == IndexError)
    return Error;
  if (Ix >= 0)
    return entriesOf(D->keys)[Ix].value;
  Value Default = Argc > 2 ? Args[2] : none();
  return insertNew(D, Key, H, Default) ? Default : Error;
}

Value methodPop(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("dict.pop", Argc - 1, 1, 2, KwNames))
    return Error;
  Dict *D = asDict(Args[0]);
  Value Key = Args[1];
  if (D->used == 0) {
    if (Argc > 2)
      return Args[2];
    return raiseKeyError(Key);
  }
  SWord H = keyHash(Key);
  if (H == -1)
    return Error;
  SWord Ix = lookup(D, Key, H);
  if (Ix == IndexError)
    return Error;
  if (Ix == IndexEmpty) {
    if (Argc > 2)
      return Args[2];
    return raiseKeyError(Key);
  }
  Value V = entriesOf(D->keys)[Ix].value;
  removeEntry(D, Ix, H);
  return V;
}

Value methodPopItem(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict.popitem", Argc - 1, KwNames))
    return Error;
  Dict *D = asDict(Args[0]);
  if (D->used == 0)
    return raiseKeyError(strFromCString("popitem(): dictionary is empty"));
  DictKeys *K = D->keys;
  SWord Ix = SWord(K->nentries) - 1;
  while (Ix >= 0 && entriesOf(K)[Ix].key == Error)
    --Ix;
  DictEntry E = entriesOf(K)[Ix];
  Value Pair[2] = {E.key, E.value};
  Tuple *T = tupleNew(Pair, 2);
  if (!T)
    return Error;
  removeEntry(D, Ix, E.hash);
  K->nentries = uint32_t(Ix); // the tail is free again, as in CPython
  return tupleValue(T);
}

Value methodUpdate(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (Argc - 1 > 1)
    return raise(&adder_type_TypeError,
                 "update expected at most 1 argument, got %zu", Argc - 1);
  Dict *D = asDict(Args[0]);
  if (Argc == 2 && dictUpdateArg(D, Args[1]) < 0)
    return Error;
  if (!storeKeywords(D, Args + Argc, KwNames))
    return Error;
  return none();
}

Value methodClear(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict.clear", Argc - 1, KwNames))
    return Error;
  dictClear(asDict(Args[0]));
  return none();
}

Value methodCopy(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict.copy", Argc - 1, KwNames))
    return Error;
  Dict *R = dictCopy(asDict(Args[0]));
  return R ? dictValue(R) : Error;
}

/// dict.fromkeys(iterable, value=None), a class method: Args[0] is the
/// class. (An unbound call through the type object may arrive without
/// the class; then it is dict.)
Value methodFromKeys(const Value *Args, size_t Argc, Tuple *KwNames) {
  const Type *Cls = &adder_type_dict;
  if (Argc && typeFromValue(Args[0]) &&
      isSubtype(reinterpret_cast<const Type *>(asObject(Args[0])),
                &adder_type_dict)) {
    Cls = reinterpret_cast<const Type *>(asObject(Args[0]));
    ++Args;
    --Argc;
  }
  if (!checkArgRange("dict.fromkeys", Argc, 1, 2, KwNames))
    return Error;
  Value Fill = Argc > 1 ? Args[1] : none();
  Value Result = call(fromObject(&Cls->header), nullptr, 0);
  if (Result == Error)
    return Error;
  bool Exact = isObject(Result) && typeOf(Result) == &adder_type_dict;
  if (Exact && isDict(Args[0])) {
    Dict *D = asDict(Result), *Src = asDict(Args[0]);
    uint32_t Pos = 0;
    Value Key;
    SWord H;
    while (dictNextWithHash(Src, &Pos, &Key, nullptr, &H))
      if (insert(D, Key, H, Fill) < 0)
        return Error;
    return Result;
  }
  Value It = getIter(Args[0]);
  if (It == Error)
    return Error;
  for (;;) {
    Value Key = iterNext(It);
    if (Key == Error)
      return errorPending() ? Error : Result;
    int R = Exact ? dictSetItem(asDict(Result), Key, Fill)
                  : setItem(Result, Key, Fill);
    if (R < 0)
      return Error;
  }
}

Value newView(Value Dict, const Type *T);

Value methodKeys(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict.keys", Argc - 1, KwNames))
    return Error;
  return newView(Args[0], &adder_type_dict_keys);
}

Value methodValues(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict.values", Argc - 1, KwNames))
    return Error;
  return newView(Args[0], &adder_type_dict_values);
}

Value methodItems(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict.items", Argc - 1, KwNames))
    return Error;
  return newView(Args[0], &adder_type_dict_items);
}

Value methodContains(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("dict.__contains__", Argc - 1, KwNames))
    return Error;
  int R = dictContains(asDict(Args[0]), Args[1]);
  return R < 0 ? Error : boolValue(R);
}

Value methodGetItem(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("dict.__getitem__", Argc - 1, KwNames))
    return Error;
  return dictSubscript(Args[0], Args[1]);
}

Value methodReversed(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict.__reversed__", Argc - 1, KwNames))
    return Error;
  return newDictIter(asDict(Args[0]), &adder_type_dict_reversekeyiterator,
                     true);
}

const MethodDef DictMethods[] = {
    {"__contains__", methodContains, MethodKind::Method},
    {"__getitem__", methodGetItem, MethodKind::Method},
    {"__reversed__", methodReversed, MethodKind::Method},
    {"clear", methodClear, MethodKind::Method},
    {"copy", methodCopy, MethodKind::Method},
    {"fromkeys", methodFromKeys, MethodKind::ClassMethod},
    {"get", methodGet, MethodKind::Method},
    {"items", methodItems, MethodKind::Method},
    {"keys", methodKeys, MethodKind::Method},
    {"pop", methodPop, MethodKind::Method},
    {"popitem", methodPopItem, MethodKind::Method},
    {"setdefault", methodSetDefault, MethodKind::Method},
    {"update", methodUpdate, MethodKind::Method},
    {"values", methodValues, MethodKind::Method},
};

} // namespace

extern "C" const Type adder_type_dict = {
    .header = {&adder_type_type},
    .name = "dict",
    .base = &adder_type_object,
    .flags = TypeBaseType | TypeDictSubclass,
    .instanceSize = sizeof(Dict),
    .trace = traceDict,
    .repr = dictRepr,
    .hash = dictHash,
    .compare = dictCompare,
    .length = dictLength,
    .binary = dictOr,
    .inplace = dictInplaceOr,
    .getItem = dictSubscript,
    .setItem = dictAssign,
    .contains = dictContainsSlot,
    .iter = dictIter,
    .construct = dictConstruct,
    .methods = DictMethods,
    .methodCount = sizeof(DictMethods) / sizeof(DictMethods[0])};

//===----------------------------------------------------------------------===//
// Views: dict_keys, dict_values, dict_items
//===----------------------------------------------------------------------===//

namespace {

struct DictView {
  Object header;
  Value dict;
};

void traceView(Object *O, Tracer &T) {
  T(&reinterpret_cast<DictView *>(O)->dict);
}

Value newView(Value D, const Type *T) {
  auto *V = reinterpret_cast<DictView *>(gcAlloc(T, sizeof(DictView)));
  if (!V)
    return Error;
  V->dict = D;
  return fromObject(&V->header);
}

Dict *viewDict(Value View) {
  return asDict(reinterpret_cast<DictView *>(asObject(View))->dict);
}

bool isKeysView(Value V) {
  return isObject(V) && typeOf(V) == &adder_type_dict_keys;
}
bool isItemsView(Value V) {
  return isObject(V) && typeOf(V) == &adder_type_dict_items;
}

SWord viewLength(Value Self) { return viewDict(Self)->used; }

Value viewRepr(Value Self) {
  if (reprEnter(Self))
    return strFromCString("...");
  Value L = listFromIterable(Self);
  Value R = Error;
  if (L != Error) {
    StrBuilder B;
    B.appendFormat("%s(%R)", typeName(Self), L);
    R = B.finish();
  }
  reprLeave(Self);
  return R;
}

Value keysIter(Value Self) {
  return newDictIter(viewDict(Self), &adder_type_dict_keyiterator, false);
}
Value valuesIter(Value Self) {
  return newDictIter(viewDict(Self), &adder_type_dict_valueiterator, false);
}
Value itemsIter(Value Self) {
  return newDictIter(viewDict(Self), &adder_type_dict_itemiterator, false);
}

int keysContains(Value Self, Value Key) {
  return dictContains(viewDict(Self), Key);
}

int itemsContains(Value Self, Value Item) {
  if (!isTuple(Item) || asTuple(Item)->size != 2)
    return 0;
  Value Found = dictLookup(viewDict(Self), asTuple(Item)->items[0]);
  if (Found == Error)
    return errorPending() ? -1 : 0;
  return equals(Found, asTuple(Item)->items[1]);
}

/// 1 if every item of A is in B (all_contained_in).
int allContainedIn(Value A, Value B) {
  Value It = getIter(A);
  if (It == Error)
    return -1;
  for (;;) {
    Value X = iterNext(It);
    if (X == Error)
      return errorPending() ? -1 : 1;
    int C = contains(B, X);
    if (C <= 0)
      return C;
  }
}

Value viewCompare(Value Self, Value Other, CompareOp Op) {
  if (!isAnySet(Other) && !isSetLikeDictView(Other))
    return notImplemented();
  SWord LenSelf = length(Self), LenOther = length(Other);
  if (LenSelf < 0 || LenOther < 0)
    return Error;
  int Ok = 0;
  switch (Op) {
  case CompareOp::Eq:
  case CompareOp::Ne:
    if (LenSelf == LenOther)
      Ok = allContainedIn(Self, Other);
    if (Op == CompareOp::Ne && Ok >= 0)
      Ok = !Ok;
    break;
  case CompareOp::Lt:
    if (LenSelf < LenOther)
      Ok = allContainedIn(Self, Other);
    break;
  case CompareOp::Le:
    if (LenSelf <= LenOther)
      Ok = allContainedIn(Self, Other);
    break;
  case CompareOp::Gt:
    if (LenSelf > LenOther)
      Ok = allContainedIn(Other, Self);
    break;
  case CompareOp::Ge:
    if (LenSelf >= LenOther)
      Ok = allContainedIn(Other, Self);
    break;
  }
  return Ok < 0 ? Error : boolValue(Ok);
}

SWord viewUnhashable(Value Self) {
  raise(&adder_type_TypeError, "unhashable type: '%s'", typeName(Self));
  return -1;
}

/// set(view) for the set operators (dictviews_to_set): a keys view of an
/// exact dict converts through the dict itself.
Set *viewToSet(Value V) {
  if (isKeysView(V) && typeOf(fromObject(&viewDict(V)->header)) ==
                           &adder_type_dict)
    V = fromObject(&viewDict(V)->header);
  return setNewFromIterable(&adder_type_set, V);
}

/// _PyDictView_Intersect.
Value viewIntersect(Value Self, Value Other) {
  if (!isSetLikeDictView(Self)) {
    Value T = Self;
    Self = Other;
    Other = T;
  }
  SWord LenSelf = viewLength(Self);
  if (isObject(Other) && typeOf(Other) == &adder_type_set) {
    if (LenSelf <= SWord(asSet(Other)->used))
      return setIntersection(asSet(Other), Self);
  }
  if (isSetLikeDictView(Other) && viewLength(Other) > LenSelf) {
    Value T = Self;
    Self = Other;
    Other = T;
  }
  Set *Result = setNewFromIterable(&adder_type_set, Error);
  if (!Result)
    return Error;
  Value It = getIter(Other);
  if (It == Error)
    return Error;
  bool Keys = isKeysView(Self);
  for (;;) {
    Value X = iterNext(It);
    if (X == Error)
      return errorPending() ? Error : fromObject(&Result->header);
    int C = Keys ? keysContains(Self, X) : itemsContains(Self, X);
    if (C < 0 || (C && setAdd(Result, X) < 0))
      return Error;
  }
}

Value viewBinary(Value Left, Value Right, BinaryOp Op) {
  if (Op == BinaryOp::And)
    return viewIntersect(Left, Right);
  if (Op != BinaryOp::Or && Op != BinaryOp::Sub && Op != BinaryOp::Xor)
    return notImplemented();
  Set *R = viewToSet(Left);
  if (!R)
    return Error;
  int Status = Op == BinaryOp::Or    ? setUpdate(R, Right)
               : Op == BinaryOp::Sub ? setDifferenceUpdate(R, Right)
                                     : setSymmetricDifferenceUpdate(R, Right);
  return Status < 0 ? Error : fromObject(&R->header);
}

Value viewIsDisjoint(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg(isKeysView(Args[0]) ? "dict_keys.isdisjoint"
                                       : "dict_items.isdisjoint",
                   Argc - 1, KwNames))
    return Error;
  Value Self = Args[0], Other = Args[1];
  if (Self == Other)
    return boolValue(viewLength(Self) == 0);
  if (isAnySet(Other) || isSetLikeDictView(Other)) {
    SWord LenOther = length(Other);
    if (LenOther < 0)
      return Error;
    if (LenOther > viewLength(Self)) {
      Value T = Self;
      Self = Other;
      Other = T;
    }
  }
  Value It = getIter(Other);
  if (It == Error)
    return Error;
  for (;;) {
    Value X = iterNext(It);
    if (X == Error)
      return errorPending() ? Error : boolValue(true);
    int C = contains(Self, X);
    if (C < 0)
      return Error;
    if (C)
      return boolValue(false);
  }
}

Value keysReversed(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict_keys.__reversed__", Argc - 1, KwNames))
    return Error;
  return newDictIter(viewDict(Args[0]), &adder_type_dict_reversekeyiterator,
                     true);
}
Value valuesReversed(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict_values.__reversed__", Argc - 1, KwNames))
    return Error;
  return newDictIter(viewDict(Args[0]), &adder_type_dict_reversevalueiterator,
                     true);
}
Value itemsReversed(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("dict_items.__reversed__", Argc - 1, KwNames))
    return Error;
  return newDictIter(viewDict(Args[0]), &adder_type_dict_reverseitemiterator,
                     true);
}

const MethodDef KeysMethods[] = {
    {"__reversed__", keysReversed, MethodKind::Method},
    {"isdisjoint", viewIsDisjoint, MethodKind::Method},
};
const MethodDef ValuesMethods[] = {
    {"__reversed__", valuesReversed, MethodKind::Method},
};
const MethodDef ItemsMethods[] = {
    {"__reversed__", itemsReversed, MethodKind::Method},
    {"isdisjoint", viewIsDisjoint, MethodKind::Method},
};

} // namespace

extern "C" const Type adder_type_dict_keys = {
    .header = {&adder_type_type},
    .name = "dict_keys",
    .base = &adder_type_object,
    .instanceSize = sizeof(DictView),
    .trace = traceView,
    .repr = viewRepr,
    .hash = viewUnhashable,
    .compare = viewCompare,
    .length = viewLength,
    .binary = viewBinary,
    .contains = keysContains,
    .iter = keysIter,
    .methods = KeysMethods,
    .methodCount = sizeof(KeysMethods) / sizeof(KeysMethods[0])};

extern "C" const Type adder_type_dict_values = {
    .header = {&adder_type_type},
    .name = "dict_values",
    .base = &adder_type_object,
    .instanceSize = sizeof(DictView),
    .trace = traceView,
    .repr = viewRepr,
    .length = viewLength,
    .iter = valuesIter,
    .methods = ValuesMethods,
    .methodCount = sizeof(ValuesMethods) / sizeof(ValuesMethods[0])};

extern "C" const Type adder_type_dict_items = {
    .header = {&adder_type_type},
    .name = "dict_items",
    .base = &adder_type_object,
    .instanceSize = sizeof(DictView),
    .trace = traceView,
    .repr = viewRepr,
    .hash = viewUnhashable,
    .compare = viewCompare,
    .length = viewLength,
    .binary = viewBinary,
    .contains = itemsContains,
    .iter = itemsIter,
    .methods = ItemsMethods,
    .methodCount = sizeof(ItemsMethods) / sizeof(ItemsMethods[0])};

bool isSetLikeDictView(Value V) { return isKeysView(V) || isItemsView(V); }

Dict *dictViewDict(Value View) { return viewDict(View); }

//===----------------------------------------------------------------------===//
// The ABI used by compiled code
//===----------------------------------------------------------------------===//

namespace {

/// CPython's _PyObject_FunctionStr: "module.qualname()" or "qualname()"
/// for builtins, used in errors about a call's ** arguments.
Value functionStr(Value Callee) {
  Value Qual = getAttrCString(Callee, "__qualname__");
  if (Qual == Error) {
    clearPendingException();
    return str(Callee);
  }
  Value Module = getAttrCString(Callee, "__module__");
  if (Module == Error)
    clearPendingException();
  StrBuilder B;
  if (Module != Error && isStr(Module) &&
      !strEqualsCString(asStr(Module), "builtins"))
    B.appendFormat("%S.", Module);
  B.appendFormat("%S()", Qual);
  return B.finish();
}

} // namespace

extern "C" {

Value adder_dict_new(void) {
  Dict *D = dictNew();
  return D ? dictValue(D) : Error;
}

/// d[key] for a value known to be a dict (a subclass may define
/// __missing__, so only exact dicts skip the slot).
Value adder_dict_getitem(Value D, Value Key) {
  if (ADDER_LIKELY(asObject(D)->type == &adder_type_dict))
    return dictGetItem(asDict(D), Key);
  return getItem(D, Key);
}

int32_t adder_dict_setitem(Value D, Value Key, Value Item) {
  if (ADDER_LIKELY(asObject(D)->type == &adder_type_dict))
    return dictSetItem(asDict(D), Key, Item);
  return setItem(D, Key, Item);
}

int32_t adder_dict_contains(Value D, Value Key) {
  return dictContains(asDict(D), Key);
}

/// d.get(key, default) with the default given (None when omitted).
Value adder_dict_get(Value D, Value Key, Value Default) {
  Value V = dictLookup(asDict(D), Key);
  if (V != Error || errorPending())
    return V;
  return Default;
}

/// {k0: v0, k1: v1, ...}: Count pairs laid out k0 v0 k1 v1.
Value adder_dict_from_pairs(const Value *KeysAndValues, size_t Count) {
  Dict *D = dictNew();
  if (!D)
    return Error;
  if (Count > 5 && !resizeDict(D, log2KeysizeToHold(Count)))
    return Error;
  for (size_t I = 0; I < Count; ++I)
    if (dictSetItem(D, KeysAndValues[2 * I], KeysAndValues[2 * I + 1]) < 0)
      return Error;
  return dictValue(D);
}

/// {**other} inside a display (DICT_UPDATE): other must be a mapping.
int32_t adder_dict_update(Value D, Value Other) {
  if (dictMerge(asDict(D), Other, true) == 0)
    return 0;
  if (pendingExceptionMatches(&adder_type_AttributeError)) {
    clearPendingException();
    raise(&adder_type_TypeError, "'%s' object is not a mapping",
          typeName(Other));
  }
  return -1;
}

/// f(**other) merged into the keyword dict D (DICT_MERGE): a repeated key
/// is an error naming the callee, as is a non-mapping.
int32_t adder_dict_merge_kwargs(Value D, Value Other, Value Callee) {
  Dict *Target = asDict(D);
  if (isDict(Other)) {
    uint32_t Pos = 0;
    Value Key, Item;
    SWord H;
    while (dictNextWithHash(asDict(Other), &Pos, &Key, &Item, &H)) {
      int C = dictContainsKnownHash(Target, Key, H);
      if (C < 0)
        return -1;
      if (C) {
        Value F = functionStr(Callee);
        if (F == Error)
          return -1;
        if (isStr(Key))
          raise(&adder_type_TypeError,
                "%S got multiple values for keyword argument '%S'", F, Key);
        else
          raiseKeyError(Key);
        return -1;
      }
      if (dictSetItemKnownHash(Target, Key, H, Item) < 0)
        return -1;
    }
    return 0;
  }
  Value KeysMethod = getAttrCString(Other, "keys");
  if (KeysMethod == Error) {
    if (pendingExceptionMatches(&adder_type_AttributeError)) {
      clearPendingException();
      Value F = functionStr(Callee);
      if (F != Error)
        raise(&adder_type_TypeError,
              "%S argument after ** must be a mapping, not %s", F,
              typeName(Other));
    }
    return -1;
  }
  Dict *Tmp = dictNew();
  if (!Tmp || dictMerge(Tmp, Other, true) < 0)
    return -1;
  return adder_dict_merge_kwargs(D, dictValue(Tmp), Callee);
}

} // extern "C"

} // namespace adder::rt
