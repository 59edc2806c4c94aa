//===- ClassSupport.cpp - with statements, vars(), C[...] -----------------===//
//
// The runtime side of three features built on the class machinery: the
// `with` statement's lookups of __enter__ and __exit__ (special lookups
// on the class, with CPython 3.11's messages), the vars() builtin, and
// subscripting a class: __class_getitem__, or the generic aliases of the
// builtin containers (list[int]).
//
//===----------------------------------------------------------------------===//

#include "objects/Class.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Callables.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Set.h"
#include "objects/SpecialNames.h"
#include "objects/Tuple.h"

namespace adder::rt {

//===----------------------------------------------------------------------===//
// with
//===----------------------------------------------------------------------===//

namespace {

/// The special method Id of Manager's class bound to Manager, or Error
/// with nothing pending when the class lacks it.
Value boundSpecial(Value Manager, SN Id) {
  const Type *T = typeOf(Manager);
  Found F = lookupInMro(T, specialName(Id));
  if (!F)
    return Error;
  return bindFound(F, Manager, T);
}

} // namespace

extern "C" {

/// `with Manager:` — checks that it has __enter__, then returns its bound
/// __exit__ (the first step of 3.11's BEFORE_WITH).
Value adder_with_exit(Value Manager) {
  const Type *T = typeOf(Manager);
  if (!lookupInMro(T, specialName(SN::enter)))
    return raise(&adder_type_TypeError,
                 "'%s' object does not support the context manager protocol",
                 T->name);
  Value Exit = boundSpecial(Manager, SN::exit);
  if (Exit == Error && !errorPending())
    return raise(&adder_type_TypeError,
                 "'%s' object does not support the context manager protocol "
                 "(missed __exit__ method)",
                 T->name);
  return Exit;
}

/// Calls Manager.__enter__() (its result is the `as` value).
Value adder_with_enter(Value Manager) {
  Value Enter = boundSpecial(Manager, SN::enter);
  if (Enter == Error)
    return errorPending() ? Error
                          : raise(&adder_type_AttributeError, "__enter__");
  return call(Enter, nullptr, 0);
}

/// The body raised Exc: calls Exit(type, value, traceback). True when the
/// exception is suppressed (a true result); when __exit__ itself raised,
/// false with that exception pending.
bool adder_with_exit_exception(Value Exit, Value Exc) {
  auto *E = reinterpret_cast<BaseException *>(asObject(Exc));
  Value Args[3] = {typeValue(typeOf(Exc)), Exc,
                   gcInHeap(asObject(Exc)) && E->traceback
                       ? fromObject(&E->traceback->header)
                       : none()};
  Value R = call(Exit, Args, 3);
  return R != Error && truthy(R) > 0;
}

/// vars(obj): its __dict__.
Value adder_vars_of(Value Obj) {
  Value D = getAttr(Obj, specialName(SN::dict));
  if (D == Error && pendingExceptionMatches(&adder_type_AttributeError)) {
    clearPendingException();
    return raise(&adder_type_TypeError,
                 "vars() argument must have __dict__ attribute");
  }
  return D;
}
}

namespace {

Value builtinVars(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (KwNames && KwNames->size)
    return raise(&adder_type_TypeError, "vars() takes no keyword arguments");
  if (Argc == 0)
    return raise(&adder_type_TypeError,
                 "vars() without arguments is not supported by adder yet");
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "vars expected at most 1 argument, got %zu", Argc);
  return adder_vars_of(Args[0]);
}

} // namespace

extern "C" const BuiltinFunction adder_builtin_vars = {
    {&adder_type_builtin_function}, "vars", builtinVars, Error};

//===----------------------------------------------------------------------===//
// Subscripting classes
//===----------------------------------------------------------------------===//

extern "C" const Type adder_type_generic_alias;

namespace {

/// list[int] and friends: what typing would call types.GenericAlias.
struct GenericAlias {
  Object header;
  Value origin;
  Value args; // a tuple
};

/// __parameters__ of a generic alias or a union: the type variables
/// among its arguments and theirs, each once, in order
/// (_Py_make_parameters).
Value typeParameters(Value Args);

void traceAlias(Object *O, Tracer &T) {
  auto *A = reinterpret_cast<GenericAlias *>(O);
  T(&A->origin);
  T(&A->args);
}

/// How a generic alias prints one of its parts: a class by its qualified
/// name, ... as "...", anything else by repr.
bool appendAliasPart(StrBuilder &B, Value V) {
  if (V == fromObject(&adder_ellipsis))
    return B.append("...");
  if (const Type *T = typeFromValue(V)) {
    if (!isHeapType(T))
      return B.append(T->name);
    Value M = getAttrCString(V, "__module__");
    if (M == Error)
      return false;
    if (isStr(M) && !strEqualsCString(asStr(M), "builtins")) {
      B.appendStr(M);
      B.append(".");
    }
    return B.appendStr(asHeapType(T)->qualname);
  }
  return B.appendRepr(V);
}

Value aliasRepr(Value Self) {
  auto *A = reinterpret_cast<GenericAlias *>(asObject(Self));
  StrBuilder B;
  if (!appendAliasPart(B, A->origin))
    return Error;
  B.append("[");
  Tuple *Args = asTuple(A->args);
  if (Args->size == 0)
    B.append("()");
  for (uint32_t I = 0; I < Args->size; ++I) {
    if (I)
      B.append(", ");
    if (!appendAliasPart(B, Args->items[I]))
      return Error;
  }
  B.append("]");
  return B.finish();
}

Value aliasGetAttr(Value Self, Str *Name) {
  auto *A = reinterpret_cast<GenericAlias *>(asObject(Self));
  if (strEqualsCString(Name, "__origin__"))
    return A->origin;
  if (strEqualsCString(Name, "__args__"))
    return A->args;
  if (strEqualsCString(Name, "__parameters__"))
    return typeParameters(A->args);
  return getAttr(A->origin, Name);
}

Value aliasCall(Value Self, const Value *Args, size_t Argc, Tuple *KwNames) {
  return call(reinterpret_cast<GenericAlias *>(asObject(Self))->origin, Args,
              Argc, KwNames);
}

Value aliasCompare(Value Self, Value Other, CompareOp Op) {
  if ((Op != CompareOp::Eq && Op != CompareOp::Ne) || !isObject(Other) ||
      typeOf(Other) != typeOf(Self))
    return notImplemented();
  auto *A = reinterpret_cast<GenericAlias *>(asObject(Self));
  auto *B = reinterpret_cast<GenericAlias *>(asObject(Other));
  int Eq = A->origin == B->origin ? equals(A->args, B->args) : 0;
  if (Eq < 0)
    return Error;
  return boolValue(Op == CompareOp::Eq ? Eq : !Eq);
}

/// Origin[Args] as a GenericAlias; Args a tuple, or one argument.
Value genericAliasNew(Value Origin, Value Args) {
  if (!isTuple(Args)) {
    Tuple *One = tupleNew(&Args, 1);
    if (!One)
      return Error;
    Args = tupleValue(One);
  }
  auto *A = reinterpret_cast<GenericAlias *>(
      gcAlloc(&adder_type_generic_alias, sizeof(GenericAlias)));
  if (!A)
    return Error;
  A->origin = Origin;
  A->args = Args;
  return fromObject(&A->header);
}

/// types.GenericAlias(origin, args).
Value aliasConstruct(const Type *, const Value *Args, size_t Argc,
                     Tuple *KwNames) {
  if (!checkNoKeywords("GenericAlias", KwNames))
    return Error;
  if (Argc != 2)
    return raise(&adder_type_TypeError,
                 "GenericAlias expected 2 arguments, got %zu", Argc);
  return genericAliasNew(Args[0], Args[1]);
}

} // namespace

extern "C" const Type adder_type_generic_alias = {
    .header = {&adder_type_type},
    .name = "types.GenericAlias",
    .base = &adder_type_object,
    .instanceSize = sizeof(GenericAlias),
    .trace = traceAlias,
    .repr = aliasRepr,
    .compare = aliasCompare,
    .binary = unionBinarySlot,
    .call = aliasCall,
    .construct = aliasConstruct,
    .getAttr = aliasGetAttr};

/// The getItem slot of `type`: C[key].
Value typeGetItem(Value Self, Value Key) {
  const Type *T = typeFromValue(Self);
  if (isHeapType(T)) {
    Found F = lookupInMro(T, specialName(SN::class_getitem));
    if (F) {
      Value M = bindFound(F, Error, T);
      return M == Error ? Error : call(M, &Key, 1);
    }
  }
  if (T == &adder_type_list || T == &adder_type_dict ||
      T == &adder_type_tuple || T == &adder_type_set ||
      T == &adder_type_frozenset || T == &adder_type_type)
    return genericAliasNew(Self, Key);
  return raise(&adder_type_TypeError, "type '%s' is not subscriptable",
               T->name);
}

//===----------------------------------------------------------------------===//
// Unions of classes: int | None (types.UnionType, PEP 604)
//===----------------------------------------------------------------------===//

namespace {

struct UnionObject {
  Object header;
  Value args; // a tuple of at least two distinct members, None as NoneType
};

void traceUnion(Object *O, Tracer &T) {
  T(&reinterpret_cast<UnionObject *>(O)->args);
}

bool isUnion(Value V) {
  return isObject(V) && typeOf(V) == &adder_type_union;
}

/// A union's members, as the tuple value it holds.
Value &argsOf(Value Union) {
  return reinterpret_cast<UnionObject *>(asObject(Union))->args;
}

/// Appends what Args (a tuple) parameterizes over to Out (Count of Max
/// used), each once: an argument with __typing_subst__ (a TypeVar) is one,
/// other non-type arguments contribute their own __parameters__.
bool collectParameters(Value Args, Value *Out, size_t &Count, size_t Max) {
  Tuple *T = asTuple(Args);
  for (uint32_t I = 0; I < T->size; ++I) {
    Value A = T->items[I];
    if (typeFromValue(A) || isNone(A))
      continue;
    Value Own;
    Value Subst = optionalAttrCString(A, "__typing_subst__");
    if (Subst != Error) {
      Tuple *One = tupleNew(&A, 1);
      if (!One)
        return false;
      Own = tupleValue(One);
    } else if (errorPending()) {
      return false;
    } else {
      Own = optionalAttrCString(A, "__parameters__");
      if (Own == Error) {
        if (errorPending())
          return false;
        continue;
      }
      if (!isTuple(Own))
        continue;
    }
    Tuple *P = asTuple(Own);
    for (uint32_t J = 0; J < P->size; ++J) {
      bool Seen = false;
      for (size_t K = 0; K < Count; ++K)
        Seen |= Out[K] == P->items[J];
      if (!Seen && Count < Max)
        Out[Count++] = P->items[J];
    }
  }
  return true;
}

Value typeParameters(Value Args) {
  // Parameters beyond this many are not kept (real annotations have a
  // few).
  constexpr size_t Max = 16;
  Value Found[Max];
  size_t Count = 0;
  if (!collectParameters(Args, Found, Count, Max))
    return Error;
  Tuple *R = tupleNew(Found, Count);
  return R ? tupleValue(R) : Error;
}

/// What `|` accepts on either side (CPython's is_unionable).
bool isUnionable(Value V) {
  return isNone(V) || typeFromValue(V) || isUnion(V) ||
         (isObject(V) && typeOf(V) == &adder_type_generic_alias);
}

/// Adds V's members (V itself, or a union's) to Members, without repeats.
bool addMembers(Value V, List *Members) {
  if (isUnion(V)) {
    Tuple *A = asTuple(argsOf(V));
    for (uint32_t I = 0; I < A->size; ++I)
      if (!addMembers(A->items[I], Members))
        return false;
    return true;
  }
  if (isNone(V))
    V = fromObject(&adder_type_none.header);
  for (uint32_t I = 0; I < Members->size; ++I) {
    int Same = V == Members->values()[I] ? 1 : equals(V, Members->values()[I]);
    if (Same)
      return Same > 0;
  }
  return listAppend(Members, V);
}

Value unionRepr(Value Self) {
  Tuple *A = asTuple(argsOf(Self));
  StrBuilder B;
  for (uint32_t I = 0; I < A->size; ++I) {
    if (I)
      B.append(" | ");
    if (A->items[I] == fromObject(&adder_type_none.header))
      B.append("None");
    else if (!appendAliasPart(B, A->items[I]))
      return Error;
  }
  return B.finish();
}

/// The members as a frozenset: unions compare and hash as sets.
Value memberSet(Value Self) {
  Set *S = setNewFromIterable(&adder_type_frozenset, argsOf(Self));
  return S ? fromObject(&S->header) : Error;
}

SWord unionHash(Value Self) {
  Value S = memberSet(Self);
  return S == Error ? -1 : hash(S);
}

Value unionCompare(Value Self, Value Other, CompareOp Op) {
  if ((Op != CompareOp::Eq && Op != CompareOp::Ne) || !isUnion(Other))
    return notImplemented();
  Value A = memberSet(Self), B = A == Error ? Error : memberSet(Other);
  if (B == Error)
    return Error;
  int Eq = equals(A, B);
  if (Eq < 0)
    return Error;
  return boolValue(Op == CompareOp::Eq ? Eq : !Eq);
}

Value unionGetAttr(Value Self, Str *Name) {
  if (strEqualsCString(Name, "__args__"))
    return argsOf(Self);
  if (strEqualsCString(Name, "__parameters__"))
    return typeParameters(argsOf(Self));
  return genericGetAttr(Self, Name);
}

} // namespace

Value unionBinarySlot(Value Left, Value Right, BinaryOp Op) {
  return Op == BinaryOp::Or ? unionOf(Left, Right) : notImplemented();
}

Value unionOf(Value Left, Value Right) {
  if (!isUnionable(Left) || !isUnionable(Right))
    return notImplemented();
  List *Members = listNew(0);
  if (!Members || !addMembers(Left, Members) || !addMembers(Right, Members))
    return Error;
  if (Members->size == 1) // int | int is int
    return Members->values()[0];
  Tuple *Args = tupleNew(Members->values(), Members->size);
  auto *U = Args ? reinterpret_cast<UnionObject *>(
                       gcAlloc(&adder_type_union, sizeof(UnionObject)))
                 : nullptr;
  if (!U)
    return Error;
  U->args = tupleValue(Args);
  return fromObject(&U->header);
}

const Tuple *unionMembers(Value V) {
  return isUnion(V) ? asTuple(argsOf(V)) : nullptr;
}

extern "C" const Type adder_type_union = {
    .header = {&adder_type_type},
    .name = "types.UnionType",
    .base = &adder_type_object,
    .instanceSize = sizeof(UnionObject),
    .trace = traceUnion,
    .repr = unionRepr,
    .hash = unionHash,
    .compare = unionCompare,
    .binary = unionBinarySlot,
    .getAttr = unionGetAttr};

} // namespace adder::rt
