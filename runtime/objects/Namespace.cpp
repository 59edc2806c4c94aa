//===- Namespace.cpp - module __dict__, globals(), dir() ------------------===//
//
// A module's namespace dict is its `extra` dict. Making it visible moves
// the values of the bound slots into the dict and unbinds the slots, so
// the dict is the one place each name lives: compiled reads of an unbound
// slot fall back to the dict, and once the dict exists compiled stores go
// to it (adder_global_store). Writes through the dict are thus live, as
// in CPython; a module that never has a dict keeps the fast slots.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Errors.h"
#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "core/Exceptions.h"
#include "objects/Callables.h"
#include "objects/Class.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/Module.h"
#include "objects/SpecialNames.h"
#include "objects/Tuple.h"

namespace adder::rt {

extern "C" const Type adder_type_slot_wrappers; // SlotWrappers.cpp

namespace {

Value moduleValue(Module *M) { return fromObject(&M->header); }

int setIfAbsent(Dict *D, const char *Name, Value V) {
  Value K = strFromCString(Name);
  if (K == Error || V == Error)
    return -1;
  int Has = dictContains(D, K);
  return Has != 0 ? Has : dictSetItem(D, K, V);
}

/// Adds the attribute names of type T and its bases to Names (a dict used
/// as a set): class dicts, method tables and the special methods its
/// protocol slots provide.
int addTypeNames(Dict *Names, const Type *T) {
  Value Mro = typeMro(T);
  if (Mro == Error)
    return -1;
  Tuple *M = asTuple(Mro);
  for (size_t I = 0; I < M->size; ++I) {
    const Type *C = typeFromValue(M->items[I]);
    uint32_t Position = 0;
    Value Key, Item;
    if (C->dict)
      while (dictNext(C->dict, &Position, &Key, &Item))
        if (dictSetItem(Names, Key, none()) < 0)
          return -1;
    for (uint32_t J = 0; J < C->methodCount; ++J)
      if (setIfAbsent(Names, C->methods[J].name, none()) < 0)
        return -1;
  }
  for (uint32_t J = 0; J < adder_type_slot_wrappers.methodCount; ++J) {
    Value K = strFromCString(adder_type_slot_wrappers.methods[J].name);
    if (K == Error)
      return -1;
    if (findSlotWrapper(T, asStr(K)) && dictSetItem(Names, K, none()) < 0)
      return -1;
  }
  static const char *const ObjectNames[] = {
      "__class__", "__delattr__", "__dir__", "__doc__", "__getattribute__",
      "__setattr__"};
  for (const char *N : ObjectNames)
    if (setIfAbsent(Names, N, none()) < 0)
      return -1;
  return 0;
}

/// The keys of D as a sorted list.
Value sortedKeys(Dict *D) {
  List *L = listNew(0);
  if (!L)
    return Error;
  uint32_t Position = 0;
  Value Key, Item;
  while (dictNext(D, &Position, &Key, &Item))
    if (!listAppend(L, Key))
      return Error;
  Value R = fromObject(&L->header);
  return listSort(L, none(), false) ? R : Error;
}

} // namespace

namespace {

int storeInModuleDict(Dict *D, Value Name, Value Item) {
  return dictSetItem(D, Name, Item);
}

} // namespace

// Set when a module first gets a dict: every compiled module's init stores
// globals through adder_global_store's test, and a direct dictSetItem
// there would make the pruning keep the whole object protocol in programs
// that never create a module dict. Volatile, so that the optimizer does
// not turn the one stored value back into a direct call.
int (*volatile ModuleDictStore)(Dict *, Value, Value);

void enableModuleDictStores() { ModuleDictStore = storeInModuleDict; }

Dict *moduleDict(Module *M) {
  if (!M->extra) {
    if (!(M->extra = dictNew()))
      return nullptr;
    enableModuleDictStores();
    if (M->native) // a static module: its dict becomes a root once
      gcAddRoot(reinterpret_cast<Value *>(&M->extra));
  }
  Dict *D = M->extra;
  for (uint32_t I = 0; I < M->count; ++I) {
    if (M->slots[I] == Error)
      continue;
    Value K = strFromCString(M->names[I]);
    if (K == Error || dictSetItem(D, K, M->slots[I]) < 0)
      return nullptr;
    M->slots[I] = Error;
  }
  if (M->native) {
    const NativeModuleDef *N = M->native;
    for (size_t I = 0; I < N->functionCount; ++I) {
      Value K = strFromCString(N->functions[I].name);
      if (K == Error || getAttr(moduleValue(M), asStr(K)) == Error)
        return nullptr;
    }
    for (size_t I = 0; N->attributeName && N->attributeName(I); ++I) {
      Value K = strFromCString(N->attributeName(I));
      if (K == Error || getAttr(moduleValue(M), asStr(K)) == Error)
        return nullptr;
    }
  }
  if (setIfAbsent(D, "__name__", M->name) < 0 ||
      setIfAbsent(D, "__doc__", none()) < 0 ||
      (M->file && setIfAbsent(D, "__file__", strFromCString(M->file)) < 0))
    return nullptr;
  return D;
}

extern "C" {

/// globals(): the namespace dict of the running module.
Value adder_module_dict(Value ModuleObject) {
  Dict *D = moduleDict(reinterpret_cast<Module *>(asObject(ModuleObject)));
  return D ? dictValue(D) : Error;
}

/// A global the module never binds: set dynamically, or a NameError.
Value adder_global_lookup(Value ModuleObject, Value Name) {
  auto *M = reinterpret_cast<Module *>(asObject(ModuleObject));
  Value V = M->extra ? dictGetItemStr(M->extra, asStr(Name)) : Error;
  return V != Error ? V : raiseNameError(Name);
}

/// A compiled store to a global once the module has a dict: the name
/// moves there, so that a namespace dict handed out sees it. Out of
/// memory, the slot keeps it (reads still find it).
void adder_global_store(Value ModuleObject, Value Name, Value Item,
                        int32_t Slot) {
  auto *M = reinterpret_cast<Module *>(asObject(ModuleObject));
  auto *Store = ModuleDictStore;
  if (!Store || Store(M->extra, Name, Item) < 0) {
    clearPendingException();
    M->slots[Slot] = Item;
    return;
  }
  M->slots[Slot] = Error;
}

/// `del x` of a global whose slot is unbound: it may live in the dict.
int32_t adder_global_delete(Value ModuleObject, Value Name) {
  auto *M = reinterpret_cast<Module *>(asObject(ModuleObject));
  if (M->extra && dictContains(M->extra, Name) > 0)
    return dictDelItem(M->extra, Name);
  raiseNameError(Name);
  return -1;
}

/// dir(obj) (the compiler handles dir() without arguments).
Value adder_dir_of(Value Obj) {
  const Type *T = typeOf(Obj);
  Value Mro = typeMro(T);
  if (Mro == Error)
    return Error;
  for (size_t I = 0; I < asTuple(Mro)->size; ++I) {
    const Type *C = typeFromValue(asTuple(Mro)->items[I]);
    Value F = Error;
    if (C->dict) {
      Value Dir = strFromCString("__dir__");
      if (Dir == Error)
        return Error;
      F = dictGetItemStr(C->dict, asStr(Dir));
    }
    if (F != Error) {
      Value R = call(F, &Obj, 1);
      if (R == Error)
        return Error;
      Value L = listFromIterable(R);
      return L != Error && listSort(asList(L), none(), false) ? L : Error;
    }
  }
  if (T == &adder_type_module) {
    Dict *D = moduleDict(reinterpret_cast<Module *>(asObject(Obj)));
    return D ? sortedKeys(D) : Error;
  }
  Dict *Names = dictNew();
  if (!Names)
    return Error;
  if (const Type *AsType = typeFromValue(Obj)) {
    if (addTypeNames(Names, AsType) < 0)
      return Error;
    return sortedKeys(Names);
  }
  Value Own = getAttr(Obj, specialName(SN::dict));
  if (Own == Error) {
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return Error;
    clearPendingException();
  } else if (isDict(Own)) {
    uint32_t Position = 0;
    Value Key, Item;
    while (dictNext(asDict(Own), &Position, &Key, &Item))
      if (dictSetItem(Names, Key, none()) < 0)
        return Error;
  }
  if (addTypeNames(Names, T) < 0 ||
      (Own != Error && dictSetItem(Names, specialNameValue(SN::dict), none()) < 0))
    return Error;
  return sortedKeys(Names);
}

} // extern "C"

namespace {

Value builtinGlobals(Value, const Value *, size_t, Tuple *) {
  return raise(&adder_type_TypeError,
               "globals() called indirectly is not supported by adder");
}

Value builtinLocals(Value, const Value *, size_t, Tuple *) {
  return raise(&adder_type_TypeError,
               "locals() called indirectly is not supported by adder");
}

Value builtinDir(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (KwNames && KwNames->size)
    return raise(&adder_type_TypeError, "dir() takes no keyword arguments");
  if (Argc == 0)
    return raise(&adder_type_TypeError,
                 "dir() without arguments called indirectly is not "
                 "supported by adder");
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "dir expected at most 1 argument, got %zu", Argc);
  return adder_dir_of(Args[0]);
}

} // namespace

extern "C" const BuiltinFunction adder_builtin_globals = {
    {&adder_type_builtin_function}, "globals", builtinGlobals, Error};

extern "C" const BuiltinFunction adder_builtin_locals = {
    {&adder_type_builtin_function}, "locals", builtinLocals, Error};

/// dir() in a function: the sorted names of its locals() dict.
extern "C" Value adder_dir_of_locals(Value Locals) {
  return sortedKeys(asDict(Locals));
}

extern "C" int32_t adder_locals_add_cell(Value D, Value Name, Value Cell) {
  Value Contents = reinterpret_cast<struct Cell *>(asObject(Cell))->contents;
  return Contents == Error ? 0 : dictSetItem(asDict(D), Name, Contents);
}

extern "C" const BuiltinFunction adder_builtin_dir = {
    {&adder_type_builtin_function}, "dir", builtinDir, Error};

} // namespace adder::rt
