//===- Set.h - set and frozenset internals ----------------------*- C++ -*-===//
//
// set and frozenset share CPython 3.11's open-addressing table of
// (key, hash) entries: linear probing of up to 9 neighbours, then
// CPython's perturbed recurrence, the same resize thresholds and the same
// merge shortcuts. CPython sets are unordered, and programs observe that
// order whenever they print a set; reproducing the table exactly makes a
// set of ints print in CPython's order.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_SET_H
#define ADDER_RUNTIME_OBJECTS_SET_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// An entry: unused (key Error, hash 0), dummy (a deleted key: the dummy
/// sentinel, hash -1) or active.
struct SetEntry {
  Value key;
  SWord hash;
};

/// The table block (a heap object of a private type tracing the keys).
struct SetTable {
  Object header;
  SetEntry entries[];
};

struct Set {
  Object header;
  uint32_t fill;   // active + dummy entries
  uint32_t used;   // active entries
  uint32_t mask;   // table size - 1 (7 while the table is not allocated)
  uint32_t finger; // where pop() resumes its search
  SWord hash;      // frozenset: cached hash, -1 until computed
  SetTable *table; // null while empty and never grown
};

ADDER_INLINE Set *asSet(Value V) { return reinterpret_cast<Set *>(V); }
/// set, frozenset, or a subclass of either.
bool isAnySet(Value V);
/// set or a subclass (the mutable kind).
bool isMutableSet(Value V);
bool isFrozenSet(Value V);

/// A new set of type T (set, frozenset or a subclass) holding the items
/// of Iterable (Error: empty); null with an exception pending on error.
Set *setNewFromIterable(const Type *T, Value Iterable);
/// set.__init__(self, [iterable]) on S (set or a subclass), which empties
/// it first; CPython's messages name the class. 0, or -1 on error.
int setInit(Set *S, const Value *Args, size_t Argc, Tuple *KwNames);
/// s.add(x): 0, or -1 on error (unhashable...).
int setAdd(Set *S, Value Key);
/// x in s: 1, 0, -1.
int setContains(Set *S, Value Key);
/// s.discard(x): 1 if removed, 0 if absent, -1 on error.
int setDiscard(Set *S, Value Key);
/// Iteration over active entries in table order; Position starts at 0.
bool setNext(Set *S, uint32_t *Position, Value *Key, SWord *Hash);
/// s.update(iterable) / -= / ^= as the set methods do them.
int setUpdate(Set *S, Value Iterable);
int setDifferenceUpdate(Set *S, Value Iterable);
int setSymmetricDifferenceUpdate(Set *S, Value Iterable);
/// s & other for any iterable other (set.intersection): a new set.
Value setIntersection(Set *S, Value Other);

extern "C" const Type adder_type_set_iterator;

} // namespace adder::rt

#endif
