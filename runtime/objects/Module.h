//===- Module.h - runtime modules (runtime-internal) ------------*- C++ -*-===//
//
// The modules the runtime implements in C++ (math, sys, time, gc,
// micropython) are static Module objects with a NativeModuleDef; the
// compiler refers to them as adder_module_<name>.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_MODULE_H
#define ADDER_RUNTIME_OBJECTS_MODULE_H

#include "objects/Str.h"

namespace adder::rt {

extern "C" const Type adder_type_module;

/// Defines the module object adder_module_<Ident>, named NameLiteral, with
/// the NativeModuleDef Def.
#define ADDER_NATIVE_MODULE(Ident, NameLiteral, Def)                           \
  const StaticStr<sizeof(NameLiteral)> Ident##ModuleName = {                   \
      {&adder_type_str}, sizeof(NameLiteral) - 1, sizeof(NameLiteral) - 1, -1, \
      1, 1, NameLiteral};                                                      \
  extern "C" Module adder_module_##Ident = {                                   \
      {&adder_type_module}, fromObject(&Ident##ModuleName.header), 0,          \
      nullptr, nullptr, nullptr, &Def, nullptr, nullptr, ModuleNotImported};

extern "C" Module adder_module_sys;

/// sys.stdout = Target (builtins/Builtins.cpp): print() without file=
/// writes through Target from now on, or to the console again when Target
/// is the console's stdout or Error (the attribute deleted).
void redirectPrint(Value Target);

/// sys.modules (core/Import.cpp): created on first use, then kept current
/// by imports.
Value importedModules();

/// The module's namespace dict (objects/Namespace.cpp): its globals move
/// there from the slots. Null with an exception pending on failure.
Dict *moduleDict(Module *M);
/// Called when a module gets its dict: from then on compiled global stores
/// go through it (Namespace.cpp, adder_global_store).
void enableModuleDictStores();

/// A module function that takes no arguments: the TypeError CPython gives.
bool noArguments(const char *Name, size_t Argc, Tuple *KwNames);

} // namespace adder::rt

#endif
