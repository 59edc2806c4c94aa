//===- Callables.cpp - functions, builtin functions, methods, cells -------===//
//
// Compiled functions are called two ways. Compiled callers that know the
// callee call its typed entry directly; everyone else (dynamic calls,
// callbacks, interpreted code) goes through the function object, whose
// generic entry receives the arguments already bound to parameters by
// bindArguments here, with CPython's rules and error messages.
//
//===----------------------------------------------------------------------===//

#include "objects/Callables.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Class.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

namespace {

/// Appends "'a'", "'a' and 'b'" or "'a', 'b', and 'c'" as CPython lists
/// missing parameter names.
void appendNameList(StrBuilder &B, const char *const *Names, size_t N) {
  for (size_t I = 0; I < N; ++I) {
    if (I)
      B.append(N == 2 ? " and " : I + 1 == N ? ", and " : ", ");
    B.appendFormat("'%s'", Names[I]);
  }
}

Value raiseMissing(const char *Fn, const char *Kind, const char *const *Names,
                   size_t N) {
  StrBuilder B;
  B.appendFormat("%s() missing %zu required %s argument%s: ", Fn, N, Kind,
                 N == 1 ? "" : "s");
  appendNameList(B, Names, N);
  Value M = B.finish();
  if (M == Error)
    return Error;
  return raise(&adder_type_TypeError, "%V", asStr(M));
}

} // namespace

/// The keyword-only defaults tuple holds this for parameters without a
/// default (compiled code refers to it as adder_no_default).
extern "C" const Type adder_type_no_default = {
    .header = {&adder_type_type},
    .name = "NoDefault",
    .base = &adder_type_object};
extern "C" const Object adder_no_default = {&adder_type_no_default};

namespace {
Value noDefault() { return fromObject(&adder_no_default); }
} // namespace

bool bindArguments(Function *F, const Value *Args, size_t Argc,
                   Tuple *KwNames, Value *Out) {
  const Signature *S = F->signature;
  const char *Fn = S->qualname;
  size_t NPos = S->positional;
  size_t NSlots = NPos + S->hasVarArgs + S->kwOnly + S->hasVarKeywords;
  for (size_t I = 0; I < NSlots; ++I)
    Out[I] = Error;
  size_t KwOnlyBase = NPos + S->hasVarArgs;
  // Positional arguments.
  size_t Take = Argc < NPos ? Argc : NPos;
  for (size_t I = 0; I < Take; ++I)
    Out[I] = Args[I];
  if (Argc > NPos) {
    if (!S->hasVarArgs) {
      size_t Defaults = F->defaults ? F->defaults->size : 0;
      if (Defaults)
        raise(&adder_type_TypeError,
              "%s() takes from %zu to %zu positional arguments but %zu %s "
              "given",
              Fn, NPos - Defaults, NPos, Argc, Argc == 1 ? "was" : "were");
      else
        raise(&adder_type_TypeError,
              "%s() takes %zu positional argument%s but %zu %s given", Fn,
              NPos, NPos == 1 ? "" : "s", Argc, Argc == 1 ? "was" : "were");
      return false;
    }
    Tuple *Extra = tupleNew(Args + NPos, Argc - NPos);
    if (!Extra)
      return false;
    Out[NPos] = tupleValue(Extra);
  } else if (S->hasVarArgs) {
    Out[NPos] = tupleValue(tupleNew(nullptr, 0));
  }
  // Keyword arguments.
  Dict *VarKw = nullptr;
  size_t NKw = KwNames ? KwNames->size : 0;
  for (size_t K = 0; K < NKw; ++K) {
    Str *Name = asStr(KwNames->items[K]);
    Value V = Args[Argc + K];
    size_t Slot = NSlots;
    for (size_t I = S->posOnly; I < NPos; ++I)
      if (strEqualsCString(Name, S->names[I]))
        Slot = I;
    for (size_t I = 0; I < S->kwOnly; ++I)
      if (strEqualsCString(Name, S->names[KwOnlyBase + I]))
        Slot = KwOnlyBase + I;
    if (Slot == NSlots) {
      if (S->hasVarKeywords) {
        if (!VarKw && !(VarKw = dictNew()))
          return false;
        if (dictSetItem(VarKw, KwNames->items[K], V) < 0)
          return false;
        continue;
      }
      // As CPython: every positional-only parameter passed by keyword,
      // in parameter order, else this keyword is unexpected.
      StrBuilder B;
      bool PosOnly = false;
      for (size_t I = 0; I < S->posOnly; ++I)
        for (size_t J = 0; J < NKw; ++J)
          if (strEqualsCString(asStr(KwNames->items[J]), S->names[I])) {
            B.appendFormat(PosOnly ? ", %s" : "%s", S->names[I]);
            PosOnly = true;
            break;
          }
      Value List = B.finish();
      if (List == Error)
        return false;
      if (PosOnly)
        raise(&adder_type_TypeError,
              "%s() got some positional-only arguments passed as keyword "
              "arguments: '%V'",
              Fn, asStr(List));
      else
        raise(&adder_type_TypeError,
              "%s() got an unexpected keyword argument '%V'", Fn, Name);
      return false;
    }
    if (Out[Slot] != Error) {
      raise(&adder_type_TypeError,
            "%s() got multiple values for argument '%V'", Fn, Name);
      return false;
    }
    Out[Slot] = V;
  }
  if (S->hasVarKeywords) {
    if (!VarKw && !(VarKw = dictNew()))
      return false;
    Out[NSlots - 1] = fromObject(&VarKw->header);
  }
  // Defaults, then report what is still missing.
  size_t Defaults = F->defaults ? F->defaults->size : 0;
  const char *Missing[64];
  size_t NMissing = 0;
  for (size_t I = 0; I < NPos; ++I) {
    if (Out[I] != Error)
      continue;
    if (I >= NPos - Defaults) {
      Out[I] = F->defaults->items[I - (NPos - Defaults)];
      continue;
    }
    if (NMissing < 64)
      Missing[NMissing++] = S->names[I];
  }
  if (NMissing) {
    raiseMissing(Fn, "positional", Missing, NMissing);
    return false;
  }
  for (size_t I = 0; I < S->kwOnly; ++I) {
    Value &Slot = Out[KwOnlyBase + I];
    if (Slot != Error)
      continue;
    if (F->kwDefaults && F->kwDefaults->items[I] != noDefault()) {
      Slot = F->kwDefaults->items[I];
      continue;
    }
    if (NMissing < 64)
      Missing[NMissing++] = S->names[KwOnlyBase + I];
  }
  if (NMissing) {
    raiseMissing(Fn, "keyword-only", Missing, NMissing);
    return false;
  }
  return true;
}

bool parseArguments(const char *FunctionName, const Value *Args, size_t Argc,
                    Tuple *KwNames, const char *const *Names, size_t NumNames,
                    size_t MinPositional, size_t MaxPositional, Value *Out) {
  for (size_t I = 0; I < NumNames; ++I)
    Out[I] = Error;
  if (Argc > MaxPositional) {
    if (MaxPositional == 0)
      raise(&adder_type_TypeError,
            "%s() takes no positional arguments", FunctionName);
    else
      raise(&adder_type_TypeError,
            "%s() takes at most %zu argument%s (%zu given)", FunctionName,
            MaxPositional, MaxPositional == 1 ? "" : "s", Argc);
    return false;
  }
  for (size_t I = 0; I < Argc; ++I)
    Out[I] = Args[I];
  size_t NKw = KwNames ? KwNames->size : 0;
  for (size_t K = 0; K < NKw; ++K) {
    Str *Name = asStr(KwNames->items[K]);
    size_t Slot = NumNames;
    for (size_t I = 0; I < NumNames; ++I)
      if (strEqualsCString(Name, Names[I]))
        Slot = I;
    if (Slot == NumNames) {
      raise(&adder_type_TypeError,
            "%s() got an unexpected keyword argument '%V'", FunctionName,
            Name);
      return false;
    }
    if (Out[Slot] != Error) {
      raise(&adder_type_TypeError,
            "argument for %s() given by name ('%s') and position (%zu)",
            FunctionName, Names[Slot], Slot + 1);
      return false;
    }
    Out[Slot] = Args[Argc + K];
  }
  for (size_t I = 0; I < MinPositional; ++I)
    if (Out[I] == Error) {
      raise(&adder_type_TypeError,
            "%s() missing required argument '%s' (pos %zu)", FunctionName,
            Names[I], I + 1);
      return false;
    }
  return true;
}

//===----------------------------------------------------------------------===//
// Compiled functions
//===----------------------------------------------------------------------===//

namespace {

void traceFunction(Object *O, Tracer &T) {
  auto *F = reinterpret_cast<Function *>(O);
  T(&F->defaults);
  T(&F->kwDefaults);
  T(&F->closure);
  T(&F->module);
  T(&F->name);
  T(&F->qualname);
  T(&F->attributes);
}

/// __kwdefaults__: the keyword-only parameters that have defaults, by
/// name, or None.
Value kwDefaultsDict(Function *F) {
  const Signature *S = F->signature;
  if (!F->kwDefaults)
    return none();
  Dict *D = dictNew();
  if (!D)
    return Error;
  size_t Base = S->positional + S->hasVarArgs;
  for (size_t I = 0; I < S->kwOnly; ++I) {
    if (F->kwDefaults->items[I] == noDefault())
      continue;
    Value K = strFromCString(S->names[Base + I]);
    if (K == Error || dictSetItem(D, K, F->kwDefaults->items[I]) < 0)
      return Error;
  }
  return D->used ? dictValue(D) : none();
}

Value functionRepr(Value Self) {
  auto *F = reinterpret_cast<Function *>(asObject(Self));
  StrBuilder B;
  B.appendFormat("<function %S at 0x%zx>", F->qualname, size_t(Self));
  return B.finish();
}

Value functionCall(Value Self, const Value *Args, size_t Argc,
                   Tuple *KwNames) {
  auto *F = reinterpret_cast<Function *>(asObject(Self));
  const Signature *S = F->signature;
  size_t NSlots = S->positional + S->hasVarArgs + S->kwOnly + S->hasVarKeywords;
  if (!KwNames && fillsExactly(S, Argc))
    return F->entry(Self, const_cast<Value *>(Args));
  Value Inline[16];
  Value *Slots = Inline;
  if (NSlots > 16) {
    Object *Block =
        gcAlloc(&adder_type_value_array, sizeof(Object) + NSlots * sizeof(Value));
    if (!Block)
      return Error;
    Slots = reinterpret_cast<Value *>(Block + 1);
  }
  if (!bindArguments(F, Args, Argc, KwNames, Slots))
    return Error;
  return F->entry(Self, Slots);
}

int functionSetAttr(Value Self, Str *Name, Value Item);

Value functionGetAttr(Value Self, Str *Name) {
  auto *F = reinterpret_cast<Function *>(asObject(Self));
  if (strEqualsCString(Name, "__name__"))
    return F->name;
  if (strEqualsCString(Name, "__qualname__"))
    return F->qualname;
  if (strEqualsCString(Name, "__module__"))
    return isObject(F->module)
               ? reinterpret_cast<Module *>(asObject(F->module))->name
               : none();
  if (strEqualsCString(Name, "__defaults__"))
    return F->defaults ? tupleValue(F->defaults) : none();
  if (strEqualsCString(Name, "__kwdefaults__"))
    return kwDefaultsDict(F);
  if (strEqualsCString(Name, "__closure__"))
    return F->closure ? tupleValue(F->closure) : none();
  if (strEqualsCString(Name, "__code__"))
    return makeCode(F->signature);
  if (strEqualsCString(Name, "__dict__")) {
    if (!F->attributes && !(F->attributes = dictNew()))
      return Error;
    return dictValue(F->attributes);
  }
  if (strEqualsCString(Name, "__class__"))
    return fromObject(&adder_type_function.header);
  if (F->attributes) {
    Value V = dictGetItemStr(F->attributes, Name);
    if (V != Error)
      return V;
  }
  // A __doc__ assigned at run time is in the attributes (above).
  if (strEqualsCString(Name, "__doc__"))
    return F->signature->doc ? strFromCString(F->signature->doc) : none();
  // A function defined without annotations gets an empty dict on demand.
  if (strEqualsCString(Name, "__annotations__")) {
    Dict *D = dictNew();
    if (!D || functionSetAttr(Self, Name, dictValue(D)) < 0)
      return Error;
    return dictValue(D);
  }
  if (const MethodDef *M = findMethod(&adder_type_function, Name))
    return makeBuiltinMethod(M, Self, &adder_type_function);
  return raise(&adder_type_AttributeError,
               "'function' object has no attribute '%V'", Name);
}

int functionSetAttr(Value Self, Str *Name, Value Item) {
  auto *F = reinterpret_cast<Function *>(asObject(Self));
  if (strEqualsCString(Name, "__name__") ||
      strEqualsCString(Name, "__qualname__")) {
    if (!isStr(Item)) {
      raise(&adder_type_TypeError, "%V must be set to a string object", Name);
      return -1;
    }
    (strEqualsCString(Name, "__name__") ? F->name : F->qualname) = Item;
    return 0;
  }
  // Compiled callers that know the function fill in its defaults
  // themselves, so they cannot change after the def.
  if (strEqualsCString(Name, "__defaults__") ||
      strEqualsCString(Name, "__kwdefaults__")) {
    raise(&adder_type_TypeError,
          "assigning %V is not supported by adder", Name);
    return -1;
  }
  if (!F->attributes && !(F->attributes = dictNew()))
    return -1;
  if (Item == Error)
    return dictDelItem(F->attributes, fromObject(&Name->header));
  return dictSetItem(F->attributes, fromObject(&Name->header), Item);
}

} // namespace

/// function.__get__(instance, owner=None): what a class attribute lookup
/// does with a function, a bound method unless the instance is None.
Value functionGet(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkDescriptorArgs("__get__", Argc - 1, 1, 2, KwNames))
    return Error;
  if (isNone(Args[1])) {
    if (Argc == 2 || isNone(Args[2]))
      return raise(&adder_type_TypeError,
                   "__get__(None, None) is invalid");
    return Args[0];
  }
  return adder_method_new(Args[0], Args[1]);
}

const MethodDef FunctionMethods[] = {
    {"__get__", functionGet, MethodKind::Method},
};

extern "C" const Type adder_type_function = {
    .header = {&adder_type_type},
    .name = "function",
    .base = &adder_type_object,
    .instanceSize = sizeof(Function),
    .trace = traceFunction,
    .repr = functionRepr,
    .call = functionCall,
    .getAttr = functionGetAttr,
    .setAttr = functionSetAttr,
    .methods = FunctionMethods,
    .methodCount = 1};

/// Creates a function object (the `def` statement at run time).
extern "C" Value adder_function_new(const Signature *Sig, GenericEntry Entry,
                                    Value Defaults, Value KwDefaults,
                                    Value Closure, Value Module) {
  auto *F = reinterpret_cast<Function *>(
      gcAlloc(&adder_type_function, sizeof(Function)));
  if (!F)
    return Error;
  F->signature = Sig;
  F->entry = Entry;
  // None (or 0) stands for "no defaults" / "no closure".
  auto TupleOrNull = [](Value V) {
    return V && !isNone(V) ? asTuple(V) : nullptr;
  };
  F->defaults = TupleOrNull(Defaults);
  F->kwDefaults = TupleOrNull(KwDefaults);
  F->closure = TupleOrNull(Closure);
  F->module = Module;
  Value Name = strFromCString(Sig->name);
  if (Name == Error)
    return Error;
  F->name = Name;
  Value Qual = strcmp(Sig->qualname, Sig->name) == 0
                   ? Name
                   : strFromCString(Sig->qualname);
  if (Qual == Error)
    return Error;
  F->qualname = Qual;
  return fromObject(&F->header);
}

extern "C" Value adder_function_closure(Value F, uint32_t Index) {
  return reinterpret_cast<Function *>(asObject(F))->closure->items[Index];
}

//===----------------------------------------------------------------------===//
// Builtin functions and bound methods
//===----------------------------------------------------------------------===//

namespace {

void traceBuiltin(Object *O, Tracer &T) {
  T(&reinterpret_cast<BuiltinFunction *>(O)->self);
}

Value builtinRepr(Value Self) {
  auto *F = reinterpret_cast<BuiltinFunction *>(asObject(Self));
  StrBuilder B;
  if (F->self == Error)
    B.appendFormat("<built-in function %s>", F->name);
  else
    B.appendFormat("<built-in method %s of %s object at 0x%zx>", F->name,
                   typeName(F->self), size_t(F->self));
  return B.finish();
}

Value builtinCall(Value Self, const Value *Args, size_t Argc,
                  Tuple *KwNames) {
  auto *F = reinterpret_cast<BuiltinFunction *>(asObject(Self));
  return F->call(Self, Args, Argc, KwNames);
}

} // namespace

extern "C" const Type adder_type_builtin_method;

namespace {

/// A builtin method object: a BuiltinFunction whose call trampoline passes
/// the method table entry the receiver first. Owner is the type whose
/// method table holds the entry (null for module functions).
struct MethodObject {
  BuiltinFunction base;
  const MethodDef *def;
  const Type *owner;
};

Value builtinGetAttr(Value Self, Str *Name) {
  auto *F = reinterpret_cast<BuiltinFunction *>(asObject(Self));
  if (strEqualsCString(Name, "__name__"))
    return strFromCString(F->name);
  if (strEqualsCString(Name, "__qualname__")) {
    const Type *Owner = typeOf(Self) == &adder_type_builtin_method
                            ? reinterpret_cast<MethodObject *>(F)->owner
                            : nullptr;
    if (!Owner)
      return strFromCString(F->name);
    StrBuilder B;
    B.appendFormat("%s.%s", Owner->name, F->name);
    return B.finish();
  }
  if (strEqualsCString(Name, "__self__") && F->self != Error)
    return F->self;
  if (strEqualsCString(Name, "__class__"))
    return fromObject(&typeOf(Self)->header);
  return raise(&adder_type_AttributeError,
               "'builtin_function_or_method' object has no attribute '%V'",
               Name);
}

} // namespace

extern "C" const Type adder_type_builtin_function = {
    .header = {&adder_type_type},
    .name = "builtin_function_or_method",
    .base = &adder_type_object,
    .instanceSize = sizeof(BuiltinFunction),
    .trace = traceBuiltin,
    .repr = builtinRepr,
    .call = builtinCall,
    .getAttr = builtinGetAttr};

namespace {

Value methodTrampoline(Value Self, const Value *Args, size_t Argc,
                       Tuple *KwNames) {
  auto *M = reinterpret_cast<MethodObject *>(asObject(Self));
  if (M->base.self == Error) {
    // Unbound (str.upper): the receiver is the first argument.
    if (M->def->kind == MethodKind::StaticMethod)
      return M->def->call(Args, Argc, KwNames);
    if (Argc == 0)
      return raise(&adder_type_TypeError,
                   "unbound method %s() needs an argument", M->def->name);
    return M->def->call(Args, Argc, KwNames);
  }
  size_t Total = Argc + 1 + (KwNames ? KwNames->size : 0);
  Value Inline[9];
  Value *All = Inline;
  if (Total > 9) {
    Object *Block =
        gcAlloc(&adder_type_value_array, sizeof(Object) + Total * sizeof(Value));
    if (!Block)
      return Error;
    All = reinterpret_cast<Value *>(Block + 1);
  }
  All[0] = M->base.self;
  memcpy(All + 1, Args, (Total - 1) * sizeof(Value));
  return M->def->call(All, Argc + 1, KwNames);
}

void traceMethodObject(Object *O, Tracer &T) {
  T(&reinterpret_cast<MethodObject *>(O)->base.self);
}

} // namespace

extern "C" const Type adder_type_builtin_method = {
    .header = {&adder_type_type},
    .name = "builtin_function_or_method",
    .base = &adder_type_builtin_function,
    .instanceSize = sizeof(MethodObject),
    .trace = traceMethodObject,
    .repr = builtinRepr};

Value bindUnboundBuiltin(Value V, Value Obj, const Type *ObjType) {
  if (!isObject(V) || typeOf(V) != &adder_type_builtin_method)
    return V;
  auto *M = reinterpret_cast<MethodObject *>(asObject(V));
  if (Obj == Error || M->base.self != Error ||
      M->def->kind != MethodKind::Method)
    return V;
  return makeBuiltinMethod(M->def, Obj, ObjType);
}

Value makeBuiltinMethod(const MethodDef *Def, Value Self, const Type *Owner) {
  auto *M = reinterpret_cast<MethodObject *>(
      gcAlloc(&adder_type_builtin_method, sizeof(MethodObject)));
  if (!M)
    return Error;
  M->base.name = Def->name;
  M->base.call = methodTrampoline;
  M->base.self = Self;
  M->def = Def;
  // What __qualname__ names, as CPython: a bound method its receiver's
  // type (the class itself when bound to one), an unbound one the type
  // whose table defines it.
  if (Self != Error)
    Owner = isInstance(Self, &adder_type_type)
                ? reinterpret_cast<const Type *>(asObject(Self))
                : typeOf(Self);
  else if (Owner)
    // A builtin type's table holds Def (a class is not kept alive by an
    // unbound method, so Owner must not be one).
    for (const Type *T = builtinBaseOf(Owner); T; T = T->base)
      if (Def >= T->methods && Def < T->methods + T->methodCount) {
        Owner = T;
        break;
      }
  if (Owner && Self == Error && isHeapType(Owner))
    Owner = builtinBaseOf(Owner);
  M->owner = Owner;
  return fromObject(&M->base.header);
}

//===----------------------------------------------------------------------===//
// Bound methods of Python functions, and cells
//===----------------------------------------------------------------------===//

namespace {

void traceMethod(Object *O, Tracer &T) {
  auto *M = reinterpret_cast<Method *>(O);
  T(&M->function);
  T(&M->self);
}

Value methodCall(Value Self, const Value *Args, size_t Argc, Tuple *KwNames) {
  auto *M = reinterpret_cast<Method *>(asObject(Self));
  size_t Total = Argc + 1 + (KwNames ? KwNames->size : 0);
  Value Inline[9];
  Value *All = Inline;
  if (Total > 9) {
    Object *Block =
        gcAlloc(&adder_type_value_array, sizeof(Object) + Total * sizeof(Value));
    if (!Block)
      return Error;
    All = reinterpret_cast<Value *>(Block + 1);
  }
  All[0] = M->self;
  memcpy(All + 1, Args, (Total - 1) * sizeof(Value));
  return call(M->function, All, Argc + 1, KwNames);
}

Value methodRepr(Value Self) {
  auto *M = reinterpret_cast<Method *>(asObject(Self));
  StrBuilder B;
  Value Name = getAttrCString(M->function, "__qualname__");
  if (Name == Error)
    return Error;
  B.appendFormat("<bound method %S of %R>", Name, M->self);
  return B.finish();
}

Value methodGetAttr(Value Self, Str *Name) {
  auto *M = reinterpret_cast<Method *>(asObject(Self));
  if (strEqualsCString(Name, "__self__"))
    return M->self;
  if (strEqualsCString(Name, "__func__"))
    return M->function;
  return getAttr(M->function, Name);
}

void traceCell(Object *O, Tracer &T) {
  T(&reinterpret_cast<Cell *>(O)->contents);
}

Value cellRepr(Value Self) {
  Value Contents = reinterpret_cast<Cell *>(asObject(Self))->contents;
  StrBuilder B;
  if (Contents == Error)
    B.appendFormat("<cell at 0x%zx: empty>", size_t(Self));
  else
    B.appendFormat("<cell at 0x%zx: %s object at 0x%zx>", size_t(Self),
                   typeName(Contents), size_t(Contents));
  return B.finish();
}

Value cellGetAttr(Value Self, Str *Name) {
  if (strEqualsCString(Name, "cell_contents")) {
    Value Contents = reinterpret_cast<Cell *>(asObject(Self))->contents;
    if (Contents == Error)
      return raise(&adder_type_ValueError, "Cell is empty");
    return Contents;
  }
  if (strEqualsCString(Name, "__class__"))
    return fromObject(&adder_type_cell.header);
  return raise(&adder_type_AttributeError,
               "'cell' object has no attribute '%V'", Name);
}

} // namespace

namespace {

/// Bound methods are equal when bound to the same object (identity, as
/// since CPython 3.8) and their functions are equal.
Value methodCompare(Value Self, Value Other, CompareOp Op) {
  if ((Op != CompareOp::Eq && Op != CompareOp::Ne) ||
      !isObject(Other) || typeOf(Other) != &adder_type_method)
    return notImplemented();
  auto *A = reinterpret_cast<Method *>(asObject(Self));
  auto *B = reinterpret_cast<Method *>(asObject(Other));
  int E = 0;
  if (A->self == B->self) {
    E = compareBool(A->function, B->function, CompareOp::Eq);
    if (E < 0)
      return Error;
  }
  return boolValue(Op == CompareOp::Eq ? E != 0 : E == 0);
}

SWord methodHash(Value Self) {
  auto *M = reinterpret_cast<Method *>(asObject(Self));
  SWord H = hash(M->function);
  if (H == -1)
    return -1;
  H ^= SWord(M->self >> 4);
  return H == -1 ? -2 : H;
}

} // namespace

/// types.MethodType(function, instance).
Value methodConstruct(const Type *, const Value *Args, size_t Argc,
                      Tuple *KwNames) {
  if (!checkNoKeywords("method", KwNames))
    return Error;
  if (Argc != 2)
    return raise(&adder_type_TypeError, "method expected 2 arguments, got %zu",
                 Argc);
  if (!isCallable(Args[0]))
    return raise(&adder_type_TypeError, "first argument must be callable");
  if (isNone(Args[1]))
    return raise(&adder_type_TypeError, "instance must not be None");
  return adder_method_new(Args[0], Args[1]);
}

extern "C" const Type adder_type_method = {
    .header = {&adder_type_type},
    .name = "method",
    .base = &adder_type_object,
    .instanceSize = sizeof(Method),
    .trace = traceMethod,
    .repr = methodRepr,
    .hash = methodHash,
    .compare = methodCompare,
    .call = methodCall,
    .construct = methodConstruct,
    .getAttr = methodGetAttr};

extern "C" Value adder_method_new(Value Function, Value Self) {
  auto *M = reinterpret_cast<Method *>(gcAlloc(&adder_type_method, sizeof(Method)));
  if (!M)
    return Error;
  M->function = Function;
  M->self = Self;
  return fromObject(&M->header);
}

extern "C" const Type adder_type_cell = {
    .header = {&adder_type_type},
    .name = "cell",
    .base = &adder_type_object,
    .instanceSize = sizeof(Cell),
    .trace = traceCell,
    .repr = cellRepr,
    .getAttr = cellGetAttr};

extern "C" Value adder_cell_new(Value Contents) {
  auto *C = reinterpret_cast<Cell *>(gcAlloc(&adder_type_cell, sizeof(Cell)));
  if (!C)
    return Error;
  C->contents = Contents;
  return fromObject(&C->header);
}

//===----------------------------------------------------------------------===//
// Calls with unpacked arguments: f(*xs, **kw)
//===----------------------------------------------------------------------===//
//
// Compiled code gathers the positional arguments in a list and the keyword
// arguments in a dict, in evaluation order, checking each *x and **m as
// CPython's LIST_EXTEND and DICT_MERGE do, then makes the call.

namespace {

/// How CPython names a callable in these errors (_PyObject_FunctionStr):
/// "print()", "list.append()", "__main__.f()".
void appendFunctionStr(StrBuilder &B, Value F) {
  const Type *T = typeOf(F);
  if (T == &adder_type_method)
    F = reinterpret_cast<Method *>(asObject(F))->function;
  if (typeOf(F) == &adder_type_function) {
    auto *Fn = reinterpret_cast<Function *>(asObject(F));
    Value ModuleName =
        isObject(Fn->module)
            ? reinterpret_cast<struct Module *>(asObject(Fn->module))->name
            : none();
    if (isStr(ModuleName) &&
        !strEqualsCString(asStr(ModuleName), "builtins"))
      B.appendFormat("%S.", ModuleName);
    B.appendFormat("%S()", Fn->qualname);
    return;
  }
  if (T == &adder_type_builtin_function || T == &adder_type_builtin_method) {
    auto *Fn = reinterpret_cast<BuiltinFunction *>(asObject(F));
    if (Fn->self != Error)
      B.appendFormat("%s.", typeName(Fn->self));
    B.appendFormat("%s()", Fn->name);
    return;
  }
  if (isInstance(F, &adder_type_type)) {
    B.appendFormat("%s()", reinterpret_cast<const Type *>(asObject(F))->name);
    return;
  }
  B.appendStr(F);
}

Value raiseCallError(Value Callee, const char *Fmt, Value Arg) {
  StrBuilder B;
  appendFunctionStr(B, Callee);
  B.appendFormat(Fmt, Arg);
  Value Message = B.finish();
  if (Message == Error)
    return Error;
  return raise(&adder_type_TypeError, "%S", Message);
}

/// Adds Name=Item to the keyword arguments Kwargs of a call of Callee.
int addKeyword(Value Callee, Dict *Kwargs, Value Name, Value Item) {
  int Present = dictContains(Kwargs, Name);
  if (Present < 0)
    return -1;
  if (Present) {
    raiseCallError(Callee,
                   " got multiple values for keyword argument '%S'", Name);
    return -1;
  }
  return dictSetItem(Kwargs, Name, Item);
}

} // namespace

/// *Iterable in the arguments of a call of Callee: appends its items to
/// the positional arguments Args (a list).
extern "C" int adder_call_extend_args(Value Callee, Value Args,
                                      Value Iterable) {
  if (!isIterable(Iterable)) {
    raiseCallError(Callee, " argument after * must be an iterable, not %T",
                   Iterable);
    return -1;
  }
  Value It = getIter(Iterable);
  if (It == Error)
    return -1;
  for (;;) {
    Value Item = iterNext(It);
    if (Item == Error)
      return adder_pending_exception ? -1 : 0;
    if (!listAppend(asList(Args), Item))
      return -1;
  }
}

/// **Mapping in the arguments of a call of Callee: adds its items to the
/// keyword arguments Kwargs (a dict), refusing names given twice.
extern "C" int adder_call_merge_kwargs(Value Callee, Value Kwargs,
                                       Value Mapping) {
  Dict *Out = asDict(Kwargs);
  if (isDict(Mapping)) {
    uint32_t Position = 0;
    Value Key, Item;
    while (dictNext(asDict(Mapping), &Position, &Key, &Item))
      if (addKeyword(Callee, Out, Key, Item) < 0)
        return -1;
    return 0;
  }
  Value Keys = getAttrCString(Mapping, "keys");
  if (Keys == Error) {
    if (!isSubtype(adder_pending_exception->type, &adder_type_AttributeError))
      return -1;
    takePendingException();
    raiseCallError(Callee, " argument after ** must be a mapping, not %T",
                   Mapping);
    return -1;
  }
  Value KeyList = call(Keys, nullptr, 0);
  Value It = KeyList == Error ? Error : getIter(KeyList);
  if (It == Error)
    return -1;
  for (;;) {
    Value Key = iterNext(It);
    if (Key == Error)
      return adder_pending_exception ? -1 : 0;
    Value Item = getItem(Mapping, Key);
    if (Item == Error || addKeyword(Callee, Out, Key, Item) < 0)
      return -1;
  }
}

/// Name=Item in the arguments of a call of Callee after a **mapping.
extern "C" int adder_call_add_kwarg(Value Callee, Value Kwargs, Value Name,
                                    Value Item) {
  return addKeyword(Callee, asDict(Kwargs), Name, Item);
}

Value callWithKeywordDict(Value Callee, const Value *Args, size_t N,
                          Dict *Kw) {
  if (!Kw || Kw->used == 0)
    return call(Callee, Args, N);
  size_t K = Kw->used;
  Tuple *All = tupleNew(nullptr, N + K);
  Tuple *Names = All ? tupleNew(nullptr, K) : nullptr;
  if (!Names)
    return Error;
  if (N)
    memcpy(All->items, Args, N * sizeof(Value));
  uint32_t Position = 0;
  Value Key, Item;
  for (size_t I = 0; dictNext(Kw, &Position, &Key, &Item); ++I) {
    if (!isStr(Key))
      return raise(&adder_type_TypeError, "keywords must be strings");
    Names->items[I] = Key;
    All->items[N + I] = Item;
  }
  return call(Callee, All->items, N, Names);
}

/// Calls Callee with the positional arguments in Args (a list) and the
/// keyword arguments in Kwargs (a dict, or None).
extern "C" Value adder_call_unpacked(Value Callee, Value Args, Value Kwargs) {
  List *Pos = asList(Args);
  const Value *PosItems = listValuesForRead(Pos);
  if (!PosItems)
    return Error;
  return callWithKeywordDict(Callee, PosItems, Pos->size,
                             isNone(Kwargs) ? nullptr : asDict(Kwargs));
}

} // namespace adder::rt
