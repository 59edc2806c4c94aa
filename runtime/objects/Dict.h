//===- Dict.h - dict internals ----------------------------------*- C++ -*-===//
//
// dict is CPython's compact dict: an index table of small integers into a
// dense, insertion-ordered entry array (hash, key, value). Keys are
// compared with identity first, then hash and ==, exactly as CPython, so
// user __eq__/__hash__ work, and a lookup whose comparison mutated the
// dict starts over. The set types have their own table (Set.h): CPython's
// sets are not ordered and their iteration order is the table order.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_DICT_H
#define ADDER_RUNTIME_OBJECTS_DICT_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// One entry of the dense array; key == Error marks a deleted entry.
struct DictEntry {
  SWord hash;
  Value key;
  Value value;
};

/// The index table and the entry array of a dict, one heap block of its
/// own type (so the collector traces only keys and values, never hashes):
/// the header below, then 1 << log2Size indices of 1, 2 or 4 bytes
/// (-1 empty, -2 deleted), then `usable` entries.
struct DictKeys {
  Object header;
  uint8_t log2Size;       // log2 of the index table size (>= 3)
  uint8_t log2IndexBytes; // 0, 1 or 2
  uint32_t usable;        // capacity of the entry array (2/3 of the size)
  uint32_t nentries;      // entries used so far, deleted ones included
};

struct Dict {
  Object header;
  uint32_t used;    // live entries
  uint32_t version; // bumped on every mutation
  DictKeys *keys;   // null while the dict has never held anything
};

ADDER_INLINE Dict *asDict(Value V) { return reinterpret_cast<Dict *>(V); }
ADDER_INLINE bool isDict(Value V) {
  return isObject(V) && (asObject(V)->type == &adder_type_dict ||
                         (asObject(V)->type->flags & TypeDictSubclass));
}
ADDER_INLINE Value dictValue(Dict *D) { return fromObject(&D->header); }

/// A new empty dict; null with MemoryError pending on exhaustion.
Dict *dictNew();
/// d[key]: Error with KeyError pending if absent (or another error).
Value dictGetItem(Dict *D, Value Key);
/// d[key] or Error with NO exception pending if absent (errors from
/// hashing/comparison are pending).
Value dictLookup(Dict *D, Value Key);
/// dictLookup with the key's hash already known.
Value dictLookupKnownHash(Dict *D, Value Key, SWord Hash);
/// Lookup by a str key (no exception when absent).
Value dictGetItemStr(Dict *D, Str *Key);
int dictSetItem(Dict *D, Value Key, Value Item);
int dictSetItemKnownHash(Dict *D, Value Key, SWord Hash, Value Item);
/// 0, or -1 with KeyError (or another error) pending.
int dictDelItem(Dict *D, Value Key);
/// 1 if present, 0 if not, -1 on error.
int dictContains(Dict *D, Value Key);
int dictContainsKnownHash(Dict *D, Value Key, SWord Hash);
/// Iteration: Position starts at 0; returns false at the end.
bool dictNext(Dict *D, uint32_t *Position, Value *Key, Value *Item);
/// The same, also giving each key's stored hash.
bool dictNextWithHash(Dict *D, uint32_t *Position, Value *Key, Value *Item,
                      SWord *Hash);
void dictClear(Dict *D);
/// A shallow copy (an exact dict); null on error.
Dict *dictCopy(Dict *D);
/// dict.update(Other) for a mapping (a dict, or anything with keys() and
/// __getitem__). Override false keeps existing keys (setdefault-like).
int dictMerge(Dict *D, Value Other, bool Override);
/// dict.update(Arg): a mapping, or an iterable of key/value pairs.
int dictUpdateArg(Dict *D, Value Arg);

/// The types of dict's views and iterators.
extern "C" const Type adder_type_dict_keys, adder_type_dict_values,
    adder_type_dict_items, adder_type_dict_keyiterator,
    adder_type_dict_valueiterator, adder_type_dict_itemiterator,
    adder_type_dict_reversekeyiterator;

/// True for dict_keys and dict_items (the views that act like sets).
bool isSetLikeDictView(Value V);
/// The dict a view looks at.
Dict *dictViewDict(Value View);

} // namespace adder::rt

#endif
