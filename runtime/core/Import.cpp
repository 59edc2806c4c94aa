//===- Import.cpp - the import system of compiled modules -----------------===//
//
// Every module of a program is compiled in; importing one runs its body
// the first time, through a function the compiler emits per module
// (backend/Lower.cpp, defineImport). That function keeps the module's
// state in the module object and calls in here at each step, so that what
// CPython keeps in sys.modules — which modules started, which finished,
// which failed and must run again — has one owner. sys.modules itself is
// only built when a program reads it; until then the list of imported
// modules is all there is. The errors of `import` and `from ... import`
// are CPython's, with ImportError's name and path attributes.
//
//===----------------------------------------------------------------------===//

#include "core/Exceptions.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Dict.h"
#include "objects/Module.h"

#include <stdarg.h>

namespace adder::rt {

namespace {

/// Compiled modules in sys.modules' order: CPython adds a module when its
/// body starts and moves it to the end when the body finishes.
Module *FirstImported;
Module **LastImported = &FirstImported;

void appendImported(Module *M) {
  M->nextImported = nullptr;
  *LastImported = M;
  LastImported = &M->nextImported;
}

void moveToEnd(Module *M) {
  Module **At = &FirstImported;
  while (*At != M)
    At = &(*At)->nextImported;
  *At = M->nextImported;
  if (LastImported == &M->nextImported)
    LastImported = At;
  appendImported(M);
}
/// sys.modules, once a program has asked for it.
Dict *SysModules;

Value moduleValue(Module *M) { return fromObject(&M->header); }

/// Raises T(message) and sets the ImportError attributes name and path
/// (None when Path is null).
Value raiseImportError(const Type *T, Value Name, const char *Path,
                       const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  raiseV(T, Fmt, Args);
  va_end(Args);
  Object *E = adder_pending_exception;
  if (!E || !isSubtype(E->type, &adder_type_ImportError))
    return Error; // MemoryError while raising
  Value PathValue = Path ? strFromCString(Path) : none();
  Value NameKey = strFromCString("name"), PathKey = strFromCString("path");
  if (PathValue == Error || NameKey == Error || PathKey == Error)
    return Error;
  Object *Pending = takePendingException();
  Value Exc = fromObject(Pending);
  if (exceptionSetAttr(Exc, asStr(NameKey), Name) < 0 ||
      exceptionSetAttr(Exc, asStr(PathKey), PathValue) < 0)
    return Error;
  adder_pending_exception = Pending;
  return Error;
}

bool isPublicName(const Str *Name) {
  return Name->byteLength == 0 || Name->data[0] != '_';
}

/// `from M import *` without __all__: every global not starting with '_'.
int importPublicNames(Module *From, Value Into) {
  for (uint32_t I = 0; I < From->count; ++I) {
    if (From->slots[I] == Error || From->names[I][0] == '_')
      continue;
    Value Name = strFromCString(From->names[I]);
    if (Name == Error || setAttr(Into, asStr(Name), From->slots[I]) < 0)
      return -1;
  }
  if (From->native)
    for (size_t I = 0; I < From->native->functionCount; ++I) {
      Str *Name = asStr(strFromCString(From->native->functions[I].name));
      if (!Name)
        return -1;
      Value V = getAttr(moduleValue(From), Name);
      if (V == Error || setAttr(Into, Name, V) < 0)
        return -1;
    }
  if (!From->extra)
    return 0;
  uint32_t Position = 0;
  Value Key, Item;
  while (dictNext(From->extra, &Position, &Key, &Item))
    if (isStr(Key) && isPublicName(asStr(Key)) &&
        setAttr(Into, asStr(Key), Item) < 0)
      return -1;
  return 0;
}

/// Keeps the dict of sys.modules in step with a module's import state.
/// Reached only through importedModules(), so that a program that never
/// reads sys.modules carries no dict code for it (the pruning follows
/// references, and this is the only one).
int32_t syncSysModules(Module *M, ModuleState State) {
  if (State == ModuleFailed) {
    if (dictContains(SysModules, M->name) <= 0)
      return 0;
    Object *Pending = takePendingException();
    dictDelItem(SysModules, M->name);
    adder_pending_exception = Pending;
    return 0;
  }
  // A module moves to the end when its body finishes.
  if (State == ModuleInitialized && dictDelItem(SysModules, M->name) < 0)
    return -1;
  return dictSetItem(SysModules, M->name, moduleValue(M));
}

// Volatile: the optimizer would otherwise see that only syncSysModules is
// ever stored here and call it directly, which brings the reference back.
int32_t (*volatile SysModulesSync)(Module *, ModuleState);

} // namespace

/// sys.modules: every compiled module that started importing and did not
/// fail, and sys. Built on first use; kept up to date from then on.
Value importedModules() {
  if (SysModules)
    return dictValue(SysModules);
  Dict *D = dictNew();
  if (!D)
    return Error;
  if (dictSetItem(D, adder_module_sys.name, moduleValue(&adder_module_sys)) < 0)
    return Error;
  for (Module *M = FirstImported; M; M = M->nextImported)
    if ((M->state == ModuleInitializing || M->state == ModuleInitialized) &&
        dictSetItem(D, M->name, moduleValue(M)) < 0)
      return Error;
  SysModules = D;
  SysModulesSync = syncSysModules;
  gcAddRoot(reinterpret_cast<Value *>(&SysModules));
  return dictValue(D);
}

/// A compiled module starts running its body: its globals become roots
/// (once), and it is in sys.modules from now on, as CPython puts it there
/// before running the body.
extern "C" int32_t adder_module_init(Module *M) {
  if (M->state == ModuleNotImported) {
    gcAddRoots(M->slots, M->count);
    gcAddRoot(reinterpret_cast<Value *>(&M->extra));
    appendImported(M);
  }
  M->state = ModuleInitializing;
  auto *Sync = SysModulesSync;
  if (Sync && Sync(M, ModuleInitializing) < 0) {
    M->state = ModuleFailed;
    return -1;
  }
  return 0;
}

/// The body raised: the module leaves sys.modules with its globals, so
/// the next import runs it again on a fresh namespace.
extern "C" void adder_module_failed(Module *M) {
  M->state = ModuleFailed;
  for (uint32_t I = 0; I < M->count; ++I)
    M->slots[I] = Error;
  M->extra = nullptr;
  if (auto *Sync = SysModulesSync)
    Sync(M, ModuleFailed);
}

/// The body finished.
extern "C" int32_t adder_module_done(Module *M) {
  M->state = ModuleInitialized;
  moveToEnd(M);
  auto *Sync = SysModulesSync;
  return Sync ? Sync(M, ModuleInitialized) : 0;
}

/// The body of a submodule finished: it also becomes an attribute of its
/// package.
extern "C" int32_t adder_submodule_done(Module *M, Module *Parent) {
  if (adder_module_done(M) < 0)
    return -1;
  Str *Full = asStr(M->name);
  size_t Start = Full->byteLength;
  while (Start > 0 && Full->data[Start - 1] != '.')
    --Start;
  Str *Child = strNew(Full->data + Start, Full->byteLength - Start);
  if (!Child)
    return -1;
  return setAttr(moduleValue(Parent), Child, moduleValue(M));
}

/// `import x` of a module that is neither in the program nor built in.
extern "C" Value adder_import_missing(Value Name) {
  return raiseImportError(&adder_type_ModuleNotFoundError, Name, nullptr,
                          "No module named '%V'", asStr(Name));
}

/// A relative import that leaves the packages (Message says how).
extern "C" Value adder_import_relative_error(Value Message) {
  return raiseImportError(&adder_type_ImportError, none(), nullptr, "%V",
                          asStr(Message));
}

/// `from Module import Name`: the attribute, or CPython's ImportError.
extern "C" Value adder_import_from(Value From, Value Name) {
  Value V = getAttr(From, asStr(Name));
  if (V != Error || !pendingExceptionMatches(&adder_type_AttributeError))
    return V;
  clearPendingException();
  Module *M = isObject(From) && typeOf(From) == &adder_type_module
                  ? reinterpret_cast<Module *>(asObject(From))
                  : nullptr;
  Value ModName = M ? M->name : strFromCString("<unknown module name>");
  if (ModName == Error)
    return Error;
  if (!M || !M->file)
    return raiseImportError(&adder_type_ImportError, ModName, nullptr,
                            "cannot import name %R from %R (unknown location)",
                            Name, ModName);
  if (M->state == ModuleInitializing)
    return raiseImportError(
        &adder_type_ImportError, ModName, M->file,
        "cannot import name %R from partially initialized module %R (most "
        "likely due to a circular import) (%s)",
        Name, ModName, M->file);
  return raiseImportError(&adder_type_ImportError, ModName, M->file,
                          "cannot import name %R from %R (%s)", Name, ModName,
                          M->file);
}

/// `from From import *` at the top level of the module Into: the names in
/// From.__all__, else its public globals.
extern "C" int32_t adder_import_star(Value From, Value Into) {
  Value All = getAttrCString(From, "__all__");
  if (All == Error) {
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return -1;
    clearPendingException();
    if (!isObject(From) || typeOf(From) != &adder_type_module)
      return 0;
    return importPublicNames(reinterpret_cast<Module *>(asObject(From)), Into);
  }
  Value It = getIter(All);
  if (It == Error)
    return -1;
  for (;;) {
    Value Name = iterNext(It);
    if (Name == Error)
      return errorPending() ? -1 : 0;
    if (!isStr(Name)) {
      Value ModName = getAttrCString(From, "__name__");
      if (ModName == Error)
        return -1;
      raise(&adder_type_TypeError, "Item in %S.__all__ must be str, not %T",
            ModName, Name);
      return -1;
    }
    Value V = getAttr(From, asStr(Name));
    if (V == Error || setAttr(Into, asStr(Name), V) < 0)
      return -1;
  }
}

} // namespace adder::rt
