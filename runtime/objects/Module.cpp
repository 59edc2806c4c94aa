//===- Module.cpp - module objects ----------------------------------------===//
//
// A compiled module keeps its globals in a fixed array of slots that
// compiled code indexes directly; the module object names those slots so
// that `module.attr`, getattr() and globals() still work by name. Names
// created at run time that the compiler never saw live in `extra`.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "core/Exceptions.h"
#include "objects/Callables.h"
#include "objects/Dict.h"
#include "objects/Module.h"

#include <string.h>

namespace adder::rt {

namespace {

void traceModule(Object *O, Tracer &T) {
  auto *M = reinterpret_cast<Module *>(O);
  T(&M->name);
  for (uint32_t I = 0; I < M->count; ++I)
    T(&M->slots[I]);
  T(&M->extra);
}

Value moduleRepr(Value Self) {
  auto *M = reinterpret_cast<Module *>(asObject(Self));
  StrBuilder B;
  B.appendFormat(M->native ? "<module %R (built-in)>" : "<module %R>",
                 M->name);
  return B.finish();
}

int findSlot(Module *M, const Str *Name) {
  for (uint32_t I = 0; I < M->count; ++I)
    if (strEqualsCString(Name, M->names[I]))
      return int(I);
  return -1;
}

/// The module's dict of dynamic attributes, created on first use. A
/// runtime module is static, so it registers the dict as a root then
/// (compiled modules register theirs when first imported).
Dict *moduleExtra(Module *M) {
  if (!M->extra) {
    M->extra = dictNew();
    if (M->extra)
      enableModuleDictStores();
    if (M->extra && M->native)
      gcAddRoot(reinterpret_cast<Value *>(&M->extra));
  }
  return M->extra;
}

/// A runtime module's attribute, created and cached in the module's extra
/// dict; Error with nothing pending if the module has no such attribute.
Value nativeAttribute(Module *M, Str *Name) {
  const NativeModuleDef *D = M->native;
  Value V = Error;
  for (size_t I = 0; I < D->functionCount && V == Error; ++I)
    if (strEqualsCString(Name, D->functions[I].name)) {
      V = makeBuiltinMethod(&D->functions[I], Error);
      if (V == Error)
        return Error;
    }
  if (V == Error && D->attribute) {
    V = D->attribute(Name);
    if (V == Error)
      return Error;
  }
  if (V == Error)
    return Error;
  if (!moduleExtra(M) ||
      dictSetItem(M->extra, fromObject(&Name->header), V) < 0)
    return Error;
  return V;
}

Value moduleGetAttr(Value Self, Str *Name) {
  auto *M = reinterpret_cast<Module *>(asObject(Self));
  int I = findSlot(M, Name);
  if (I >= 0 && M->slots[I] != Error)
    return M->slots[I];
  if (M->extra) {
    Value V = dictGetItemStr(M->extra, Name);
    if (V != Error)
      return V;
  }
  if (M->native) {
    Value V = nativeAttribute(M, Name);
    if (V != Error || errorPending())
      return V;
  }
  if (strEqualsCString(Name, "__name__"))
    return M->name;
  if (strEqualsCString(Name, "__dict__")) {
    Dict *D = moduleDict(M);
    return D ? dictValue(D) : Error;
  }
  if (M->file && strEqualsCString(Name, "__file__"))
    return strFromCString(M->file);
  return raise(&adder_type_AttributeError, "module %R has no attribute '%V'",
               M->name, Name);
}

int moduleSetAttr(Value Self, Str *Name, Value Item) {
  auto *M = reinterpret_cast<Module *>(asObject(Self));
  int I = findSlot(M, Name);
  // Once the module has a dict, its names move there (as compiled stores
  // do, adder_global_store), so that a namespace dict handed out sees them.
  if (I >= 0 && M->slots[I] != Error) {
    if (Item == Error || !M->extra) {
      M->slots[I] = Item;
      return 0;
    }
    M->slots[I] = Error;
  } else if (I >= 0 && Item == Error &&
             (!M->extra ||
              dictContains(M->extra, fromObject(&Name->header)) <= 0)) {
    raise(&adder_type_AttributeError, "%V", Name);
    return -1;
  } else if (I >= 0 && !M->extra) {
    M->slots[I] = Item;
    return 0;
  }
  if (!moduleExtra(M))
    return -1;
  if (M->native && strEqualsCString(Name, "stdout") &&
      strEqualsCString(asStr(M->name), "sys"))
    redirectPrint(Item);
  if (Item == Error)
    return dictDelItem(M->extra, fromObject(&Name->header));
  return dictSetItem(M->extra, fromObject(&Name->header), Item);
}

} // namespace

extern "C" const Type adder_type_module = {
    .header = {&adder_type_type},
    .name = "module",
    .base = &adder_type_object,
    .instanceSize = sizeof(Module),
    .trace = traceModule,
    .repr = moduleRepr,
    .getAttr = moduleGetAttr,
    .setAttr = moduleSetAttr};

/// NameError for an unbound global, as CPython words it. Names are str
/// objects.
extern "C" Value adder_raise_name_error(Value Name) {
  return raiseNameError(Name);
}

extern "C" Value adder_raise_unbound_local(Value Name) {
  return raise(&adder_type_UnboundLocalError,
               "cannot access local variable '%V' where it is not associated "
               "with a value",
               asStr(Name));
}

extern "C" Value adder_raise_unbound_free(Value Name) {
  return raise(&adder_type_NameError,
               "cannot access free variable '%V' where it is not associated "
               "with a value in enclosing scope",
               asStr(Name));
}

} // namespace adder::rt
