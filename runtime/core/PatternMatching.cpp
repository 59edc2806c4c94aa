//===- PatternMatching.cpp - the tests behind `match` patterns ------------===//
//
// Compiled code tests a pattern step by step; these are the steps that
// need the object model, as CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING,
// MATCH_KEYS and MATCH_CLASS do them, with the same TypeErrors. Captures
// and sub-patterns are the compiler's business (frontend/irgen).
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Class.h"
#include "objects/Dict.h"
#include "objects/Tuple.h"

namespace adder::rt {

extern "C" const Type adder_type_memoryview, adder_type_mappingproxy;
extern "C" const Object adder_no_default;

namespace {

/// Whether V's type has CPython's Py_TPFLAGS_SEQUENCE: the builtin
/// sequences and their subclasses, never str, bytes or bytearray.
bool isMatchSequence(Value V) {
  static const Type *const Sequences[] = {
      &adder_type_list, &adder_type_tuple, &adder_type_range,
      &adder_type_memoryview};
  for (const Type *T : Sequences)
    if (isInstance(V, T))
      return true;
  return false;
}

/// Types whose single positional sub-pattern matches the subject itself
/// (CPython's _Py_TPFLAGS_MATCH_SELF, inherited by subclasses).
bool matchesSelf(const Type *T) {
  static const Type *const Types[] = {
      &adder_type_bool,     &adder_type_bytearray, &adder_type_bytes,
      &adder_type_dict,     &adder_type_float,     &adder_type_frozenset,
      &adder_type_int,      &adder_type_list,      &adder_type_set,
      &adder_type_str,      &adder_type_tuple};
  for (const Type *S : Types)
    if (isSubtype(T, S))
      return true;
  return false;
}

/// Whether an AttributeError is pending; if so it is cleared.
bool clearAttributeError() {
  if (!isSubtype(adder_pending_exception->type, &adder_type_AttributeError))
    return false;
  takePendingException();
  return true;
}

/// One attribute of a class pattern into *Out: 1, 0 when the subject has
/// no such attribute (no match), -1 on error. Seen holds the names used
/// so far.
int classAttribute(Value Subject, const Type *Cls, Value Name, Value *Seen,
                   size_t NSeen, Value *Out) {
  for (size_t I = 0; I < NSeen; ++I)
    if (equals(Seen[I], Name) == 1) {
      raise(&adder_type_TypeError,
            "%s() got multiple sub-patterns for attribute %R", Cls->name,
            Name);
      return -1;
    }
  Value V = getAttr(Subject, asStr(Name));
  if (V == Error)
    return clearAttributeError() ? 0 : -1;
  *Out = V;
  return 1;
}

} // namespace

extern "C" {

/// A sequence pattern's test: Subject is a sequence of exactly Count items
/// (or at least Count with a starred sub-pattern).
bool adder_match_sequence(Value Subject, size_t Count, int32_t Exact) {
  if (!isMatchSequence(Subject))
    return false;
  SWord N = length(Subject);
  if (N < 0)
    return false;
  return Exact ? size_t(N) == Count : size_t(N) >= Count;
}

/// A mapping pattern's test: Subject is a mapping of at least Count items.
bool adder_match_mapping(Value Subject, size_t Count) {
  if (!isDict(Subject) && !isInstance(Subject, &adder_type_mappingproxy))
    return false;
  SWord N = length(Subject);
  if (N < 0)
    return false;
  return size_t(N) >= Count;
}

/// The item of a mapping pattern's Key, fetched with Subject.get as
/// CPython does; adder_no_default when absent.
Value adder_match_mapping_get(Value Subject, Value Key) {
  Value Missing = fromObject(&adder_no_default);
  if (isObject(Subject) && asObject(Subject)->type == &adder_type_dict) {
    Value V = dictLookup(asDict(Subject), Key);
    return V != Error || errorPending() ? V : Missing;
  }
  Value Get = getAttrCString(Subject, "get");
  if (Get == Error)
    return Error;
  Value Args[2] = {Key, Missing};
  return call(Get, Args, 2);
}

/// `**rest` of a mapping pattern: a dict of Subject's items but the
/// Count keys the pattern named.
Value adder_match_mapping_rest(Value Subject, const Value *Keys,
                               size_t Count) {
  Dict *D = dictNew();
  if (!D || dictMerge(D, Subject, true) < 0)
    return Error;
  for (size_t I = 0; I < Count; ++I)
    if (dictDelItem(D, Keys[I]) < 0)
      return Error;
  return dictValue(D);
}

/// A class pattern Cls(p1, ..., pN, k1=..., ...): whether Subject is an
/// instance of Cls, with the N positional attributes (by __match_args__)
/// and then the keyword attributes named in KwNames (a tuple of str, or
/// None) in
/// Out for their sub-patterns.
bool adder_match_class(Value Subject, Value ClsV, size_t NPos, Value KwNames,
                       Value *Out) {
  const Type *Cls = typeFromValue(ClsV);
  if (!Cls) {
    raise(&adder_type_TypeError, "called match pattern must be a type");
    return false;
  }
  if (!isInstance(Subject, Cls))
    return false;
  Tuple *Kw = isNone(KwNames) ? nullptr : asTuple(KwNames);
  size_t NKw = Kw ? Kw->size : 0;
  size_t Total = NPos + NKw;
  Tuple *SeenT = tupleNew(nullptr, Total);
  if (!SeenT)
    return false;
  Value *Seen = SeenT->items;
  size_t NSeen = 0;
  if (NPos) {
    Value MatchArgs = getAttrCString(ClsV, "__match_args__");
    size_t Allowed;
    bool Self = false;
    if (MatchArgs != Error) {
      if (!isObject(MatchArgs) ||
          asObject(MatchArgs)->type != &adder_type_tuple) {
        raise(&adder_type_TypeError,
              "%s.__match_args__ must be a tuple (got %s)", Cls->name,
              typeName(MatchArgs));
        return false;
      }
      Allowed = asTuple(MatchArgs)->size;
    } else {
      if (!clearAttributeError())
        return false;
      Self = matchesSelf(Cls);
      Allowed = Self ? 1 : 0;
    }
    if (Allowed < NPos) {
      raise(&adder_type_TypeError,
            "%s() accepts %zu positional sub-pattern%s (%zu given)",
            Cls->name, Allowed, Allowed == 1 ? "" : "s", NPos);
      return false;
    }
    if (Self) {
      Out[0] = Subject;
    } else {
      for (size_t I = 0; I < NPos; ++I) {
        Value Name = asTuple(MatchArgs)->items[I];
        if (!isStr(Name)) {
          raise(&adder_type_TypeError,
                "__match_args__ elements must be strings (got %s)",
                typeName(Name));
          return false;
        }
        int R = classAttribute(Subject, Cls, Name, Seen, NSeen, &Out[I]);
        if (R <= 0)
          return false;
        Seen[NSeen++] = Name;
      }
    }
  }
  for (size_t I = 0; I < NKw; ++I) {
    Value Name = Kw->items[I];
    int R = classAttribute(Subject, Cls, Name, Seen, NSeen, &Out[NPos + I]);
    if (R <= 0)
      return false;
    Seen[NSeen++] = Name;
  }
  return true;
}

} // extern "C"

} // namespace adder::rt
