//===- Callables.h - functions, methods, cells, modules ---------*- C++ -*-===//
#ifndef ADDER_RUNTIME_OBJECTS_CALLABLES_H
#define ADDER_RUNTIME_OBJECTS_CALLABLES_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// A builtin function object for a method table entry; Self is the bound
/// receiver, or Error for an unbound function. Owner is the type an
/// unbound method was looked up on (its __qualname__ names the base that
/// defines it); null for module functions.
/// Callee(*Args, **Kw), Kw a dict of keyword arguments or null.
Value callWithKeywordDict(Value Callee, const Value *Args, size_t Argc,
                          Dict *Kw);
/// V found in a class dict: when it is an unbound builtin method object
/// (int.__repr__), bound to the instance Obj as a method descriptor binds;
/// otherwise, or when Obj is Error (access through the class), V itself.
Value bindUnboundBuiltin(Value V, Value Obj, const Type *ObjType);
/// A bound method: Function with Self as its first argument.
extern "C" Value adder_method_new(Value Function, Value Self);
Value makeBuiltinMethod(const MethodDef *M, Value Self,
                        const Type *Owner = nullptr);

/// The code object of a compiled function (function.__code__).
Value makeCode(const Signature *S);

/// Whether Argc positional arguments (and no keywords) are exactly the
/// parameters of S: then they are the slots of its generic entry, which
/// only reads them, and the call needs no binding.
ADDER_INLINE bool fillsExactly(const Signature *S, size_t Argc) {
  return Argc == S->positional && !S->hasVarArgs && !S->kwOnly &&
         !S->hasVarKeywords;
}

/// F as a Python function whose parameters Argc positional arguments fill
/// exactly (its generic entry can be entered with them), or null.
ADDER_INLINE const Function *exactFunction(Value F, size_t Argc) {
  if (!isObject(F) || asObject(F)->type != &adder_type_function)
    return nullptr;
  const auto *Fn = reinterpret_cast<const Function *>(asObject(F));
  return fillsExactly(Fn->signature, Argc) ? Fn : nullptr;
}

/// Binds call arguments to a compiled function's parameters (defaults,
/// keywords, *args, **kwargs) into Out (one slot per parameter), with
/// CPython's TypeError messages. Returns false on error.
bool bindArguments(Function *F, const Value *Args, size_t Argc,
                   Tuple *KwNames, Value *Out);

/// Parses the arguments of a builtin function or method: Args[0, Argc)
/// positional then the keyword values named in KwNames. Names lists every
/// parameter (keyword-only ones after MaxPositional); missing optional
/// parameters are left as Error in Out. Errors use CPython's wording with
/// FunctionName (e.g. "sort", "list.index").
bool parseArguments(const char *FunctionName, const Value *Args, size_t Argc,
                    Tuple *KwNames, const char *const *Names, size_t NumNames,
                    size_t MinPositional, size_t MaxPositional, Value *Out);

} // namespace adder::rt

#endif
