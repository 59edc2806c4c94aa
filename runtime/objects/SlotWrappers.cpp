//===- SlotWrappers.cpp - builtin slots as special methods ----------------===//
//
// CPython exposes every slot of a builtin type as a method: `int.__add__`,
// `list.__getitem__`, `super().__init__()` reaching BaseException. Here
// they are method table entries of a hidden holder type, found by name
// only for types whose base chain implements the slot, so pruning keeps
// a wrapper only when the program spells its name. A wrapper calls the
// slot of the nearest builtin type of its receiver's class: for a Python
// subclass that is the builtin implementation its own method overrides,
// which is what `super().__getitem__(k)` means.
//
// object's own methods (__init__, __new__, __setattr__, __eq__...) are a
// real method table on `object`.
//
//===----------------------------------------------------------------------===//

#include "objects/Class.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Callables.h"
#include "objects/SpecialNames.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

SWord objectHash(Value Self);

namespace {

template <class F> ADDER_INLINE F builtinSlot(const Type *T, F Type::*Member) {
  for (T = builtinBaseOf(T); T; T = T->base)
    if (T->*Member)
      return T->*Member;
  return nullptr;
}

bool expectArgs(const char *Name, size_t Argc, size_t Want, Tuple *KwNames) {
  if (KwNames && KwNames->size) {
    raise(&adder_type_TypeError, "%s() takes no keyword arguments", Name);
    return false;
  }
  if (Argc == Want)
    return true;
  if (Argc == 0)
    raise(&adder_type_TypeError, "descriptor '%s' needs an argument", Name);
  else
    raise(&adder_type_TypeError, "expected %zu argument%s, got %zu",
          Want - 1, Want == 2 ? "" : "s", Argc - 1);
  return false;
}

Value fromInt(SWord N) { return makeSmallInt(N); }

//===--- Wrappers of builtin slots ----------------------------------------===//

#define ADDER_UNARY_WRAPPER(Fn, Name, Member, Expr)                            \
  Value Fn(const Value *Args, size_t Argc, Tuple *Kw) {                        \
    if (!expectArgs(Name, Argc, 1, Kw))                                        \
      return Error;                                                            \
    auto S = builtinSlot(typeOf(Args[0]), &Type::Member);                      \
    if (!S)                                                                    \
      return raise(&adder_type_TypeError, "'%s' object has no %s",             \
                   typeName(Args[0]), Name);                                   \
    Expr;                                                                      \
  }

ADDER_UNARY_WRAPPER(wrapRepr, "__repr__", repr, return S(Args[0]))
ADDER_UNARY_WRAPPER(wrapStr, "__str__", str, return S(Args[0]))
ADDER_UNARY_WRAPPER(wrapHash, "__hash__", hash, {
  SWord H = S(Args[0]);
  return H == -1 ? Error : fromInt(H);
})
ADDER_UNARY_WRAPPER(wrapBool, "__bool__", boolean, {
  int B = S(Args[0]);
  return B < 0 ? Error : boolValue(B);
})
ADDER_UNARY_WRAPPER(wrapLen, "__len__", length, {
  SWord N = S(Args[0]);
  return N < 0 ? Error : fromInt(N);
})
ADDER_UNARY_WRAPPER(wrapIter, "__iter__", iter, return S(Args[0]))
ADDER_UNARY_WRAPPER(wrapNext, "__next__", next, {
  Value R = S(Args[0]);
  if (R == Error && !errorPending())
    return raiseEmpty(&adder_type_StopIteration);
  return R;
})
ADDER_UNARY_WRAPPER(wrapNeg, "__neg__", unary, return S(Args[0], UnaryOp::Neg))
ADDER_UNARY_WRAPPER(wrapPos, "__pos__", unary, return S(Args[0], UnaryOp::Pos))
ADDER_UNARY_WRAPPER(wrapInvert, "__invert__", unary,
                    return S(Args[0], UnaryOp::Invert))

Value wrapGetItem(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__getitem__", Argc, 2, Kw))
    return Error;
  auto S = builtinSlot(typeOf(Args[0]), &Type::getItem);
  return S ? S(Args[0], Args[1])
           : raise(&adder_type_TypeError, "'%s' object is not subscriptable",
                   typeName(Args[0]));
}

Value wrapSetItem(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__setitem__", Argc, 3, Kw))
    return Error;
  auto S = builtinSlot(typeOf(Args[0]), &Type::setItem);
  if (!S)
    return raise(&adder_type_TypeError,
                 "'%s' object does not support item assignment",
                 typeName(Args[0]));
  return S(Args[0], Args[1], Args[2]) < 0 ? Error : none();
}

Value wrapDelItem(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__delitem__", Argc, 2, Kw))
    return Error;
  auto S = builtinSlot(typeOf(Args[0]), &Type::setItem);
  if (!S)
    return raise(&adder_type_TypeError,
                 "'%s' object doesn't support item deletion",
                 typeName(Args[0]));
  return S(Args[0], Args[1], Error) < 0 ? Error : none();
}

Value wrapContains(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__contains__", Argc, 2, Kw))
    return Error;
  auto S = builtinSlot(typeOf(Args[0]), &Type::contains);
  if (!S)
    return raise(&adder_type_TypeError, "argument of type '%s' is not "
                                        "iterable",
                 typeName(Args[0]));
  int R = S(Args[0], Args[1]);
  return R < 0 ? Error : boolValue(R);
}

Value wrapCall(const Value *Args, size_t Argc, Tuple *Kw) {
  if (Argc == 0)
    return raise(&adder_type_TypeError, "descriptor '__call__' needs an "
                                        "argument");
  auto S = builtinSlot(typeOf(Args[0]), &Type::call);
  if (!S)
    return raise(&adder_type_TypeError, "'%s' object is not callable",
                 typeName(Args[0]));
  return S(Args[0], Args + 1, Argc - 1, Kw);
}

template <CompareOp Op> Value wrapCompare(const Value *Args, size_t Argc,
                                          Tuple *Kw) {
  if (!expectArgs("__eq__", Argc, 2, Kw))
    return Error;
  auto S = builtinSlot(typeOf(Args[0]), &Type::compare);
  return S ? S(Args[0], Args[1], Op) : notImplemented();
}

template <BinaryOp Op, int Kind> Value wrapBinary(const Value *Args,
                                                  size_t Argc, Tuple *Kw) {
  if (!expectArgs("__add__", Argc, 2, Kw))
    return Error;
  if (Kind == 2) {
    auto S = builtinSlot(typeOf(Args[0]), &Type::inplace);
    if (S)
      return S(Args[0], Args[1], Op);
  }
  auto S = builtinSlot(typeOf(Args[0]), &Type::binary);
  if (!S)
    return notImplemented();
  // Kind 1: the reflected method, self is the right operand.
  return Kind == 1 ? S(Args[1], Args[0], Op) : S(Args[0], Args[1], Op);
}

Value wrapInit(const Value *Args, size_t Argc, Tuple *Kw) {
  if (Argc == 0)
    return raise(&adder_type_TypeError,
                 "descriptor '__init__' needs an argument");
  return builtinInit(Args[0], Args + 1, Argc - 1, Kw);
}

Value wrapNew(const Value *Args, size_t Argc, Tuple *Kw) {
  if (Argc == 0)
    return raise(&adder_type_TypeError, "__new__(): not enough arguments");
  const Type *T = typeFromValue(Args[0]);
  if (!T)
    return raise(&adder_type_TypeError, "__new__(X): X is not a type object "
                                        "(%s)",
                 typeName(Args[0]));
  return newInstance(T, Args + 1, Argc - 1, Kw, false);
}

#define ADDER_BINARY_WRAPPERS(Op, L, R, I)                                     \
  {L, wrapBinary<BinaryOp::Op, 0>, MethodKind::Method},                        \
      {R, wrapBinary<BinaryOp::Op, 1>, MethodKind::Method},                    \
      {I, wrapBinary<BinaryOp::Op, 2>, MethodKind::Method},

constexpr MethodDef SlotWrapperMethods[] = {
    ADDER_BINARY_WRAPPERS(Add, "__add__", "__radd__", "__iadd__")
    ADDER_BINARY_WRAPPERS(Sub, "__sub__", "__rsub__", "__isub__")
    ADDER_BINARY_WRAPPERS(Mul, "__mul__", "__rmul__", "__imul__")
    ADDER_BINARY_WRAPPERS(MatMul, "__matmul__", "__rmatmul__", "__imatmul__")
    ADDER_BINARY_WRAPPERS(TrueDiv, "__truediv__", "__rtruediv__",
                          "__itruediv__")
    ADDER_BINARY_WRAPPERS(FloorDiv, "__floordiv__", "__rfloordiv__",
                          "__ifloordiv__")
    ADDER_BINARY_WRAPPERS(Mod, "__mod__", "__rmod__", "__imod__")
    ADDER_BINARY_WRAPPERS(Pow, "__pow__", "__rpow__", "__ipow__")
    ADDER_BINARY_WRAPPERS(LShift, "__lshift__", "__rlshift__", "__ilshift__")
    ADDER_BINARY_WRAPPERS(RShift, "__rshift__", "__rrshift__", "__irshift__")
    ADDER_BINARY_WRAPPERS(And, "__and__", "__rand__", "__iand__")
    ADDER_BINARY_WRAPPERS(Or, "__or__", "__ror__", "__ior__")
    ADDER_BINARY_WRAPPERS(Xor, "__xor__", "__rxor__", "__ixor__")
    {"__bool__", wrapBool, MethodKind::Method},
    {"__call__", wrapCall, MethodKind::Method},
    {"__contains__", wrapContains, MethodKind::Method},
    {"__delitem__", wrapDelItem, MethodKind::Method},
    {"__eq__", wrapCompare<CompareOp::Eq>, MethodKind::Method},
    {"__ge__", wrapCompare<CompareOp::Ge>, MethodKind::Method},
    {"__getitem__", wrapGetItem, MethodKind::Method},
    {"__gt__", wrapCompare<CompareOp::Gt>, MethodKind::Method},
    {"__hash__", wrapHash, MethodKind::Method},
    {"__init__", wrapInit, MethodKind::Method},
    {"__invert__", wrapInvert, MethodKind::Method},
    {"__iter__", wrapIter, MethodKind::Method},
    {"__le__", wrapCompare<CompareOp::Le>, MethodKind::Method},
    {"__len__", wrapLen, MethodKind::Method},
    {"__lt__", wrapCompare<CompareOp::Lt>, MethodKind::Method},
    {"__ne__", wrapCompare<CompareOp::Ne>, MethodKind::Method},
    {"__neg__", wrapNeg, MethodKind::Method},
    {"__new__", wrapNew, MethodKind::StaticMethod},
    {"__next__", wrapNext, MethodKind::Method},
    {"__pos__", wrapPos, MethodKind::Method},
    {"__repr__", wrapRepr, MethodKind::Method},
    {"__setitem__", wrapSetItem, MethodKind::Method},
    {"__str__", wrapStr, MethodKind::Method},
};

} // namespace

/// Never instantiated: holds the wrappers' table, which pruning trims to
/// the names the program uses.
extern "C" const Type adder_type_slot_wrappers = {
    .header = {&adder_type_type},
    .name = "wrapper_descriptor",
    .base = &adder_type_object,
    .methods = SlotWrapperMethods,
    .methodCount = sizeof(SlotWrapperMethods) / sizeof(SlotWrapperMethods[0])};

const MethodDef *findSlotWrapper(const Type *T, const Str *Name) {
  const MethodDef *M = findMethod(&adder_type_slot_wrappers, Name);
  if (!M)
    return nullptr;
  const char *N = M->name;
  auto Is = [&](const char *S) { return strcmp(N, S) == 0; };
  auto Has = [&](auto Member) {
    for (const Type *C = T; C; C = C->base)
      if (C->*Member)
        return true;
    return false;
  };
  if (Is("__init__") || Is("__new__"))
    return (T->flags & (TypeExceptionSubclass | TypeListSubclass |
                        TypeDictSubclass | TypeTypeSubclass)) ||
                   isValueBuiltin(T) || T == &adder_type_set ||
                   T == &adder_type_frozenset
               ? M
               : nullptr;
  if (Is("__repr__"))
    return Has(&Type::repr) ? M : nullptr;
  if (Is("__str__"))
    return Has(&Type::str) ? M : nullptr;
  if (Is("__hash__"))
    return Has(&Type::hash) ? M : nullptr;
  // Containers answer truth from their length (their boolean slot is a
  // shortcut); of those, only range has __bool__ in CPython.
  if (Is("__bool__"))
    return Has(&Type::boolean) &&
                   (!Has(&Type::length) || isSubtype(T, &adder_type_range))
               ? M
               : nullptr;
  if (Is("__len__"))
    return Has(&Type::length) ? M : nullptr;
  if (Is("__iter__"))
    return Has(&Type::iter) ? M : nullptr;
  if (Is("__next__"))
    return Has(&Type::next) ? M : nullptr;
  if (Is("__call__"))
    return Has(&Type::call) ? M : nullptr;
  if (Is("__getitem__"))
    return Has(&Type::getItem) ? M : nullptr;
  if (Is("__setitem__") || Is("__delitem__"))
    return Has(&Type::setItem) ? M : nullptr;
  if (Is("__contains__"))
    return Has(&Type::contains) ? M : nullptr;
  if (Is("__neg__") || Is("__pos__") || Is("__invert__"))
    return Has(&Type::unary) ? M : nullptr;
  if (Is("__eq__") || Is("__ne__") || Is("__lt__") || Is("__le__") ||
      Is("__gt__") || Is("__ge__"))
    return Has(&Type::compare) ? M : nullptr;
  if (N[2] == 'i' && Has(&Type::inplace))
    return M;
  return Has(&Type::binary) ? M : nullptr;
}

//===----------------------------------------------------------------------===//
// object's methods
//===----------------------------------------------------------------------===//

namespace {

Value objectInit(const Value *Args, size_t Argc, Tuple *Kw) {
  if (Argc == 0)
    return raise(&adder_type_TypeError,
                 "descriptor '__init__' of 'object' object needs an argument");
  // Only the object.__init__ checks: a subclass's own builtin base is
  // reached through its wrapper, not through object.
  const Type *T = typeOf(Args[0]);
  if (Argc > 1 || (Kw && Kw->size)) {
    uint32_t Hooks = isHeapType(T) ? asHeapType(T)->hooks : 0;
    if (Hooks & HookInit)
      return raise(&adder_type_TypeError,
                   "object.__init__() takes exactly one argument (the "
                   "instance to initialize)");
    if (!(Hooks & HookNew))
      return raise(&adder_type_TypeError, "%s() takes no arguments", T->name);
  }
  return none();
}

Value objectNew(const Value *Args, size_t Argc, Tuple *Kw) {
  if (Argc == 0)
    return raise(&adder_type_TypeError,
                 "object.__new__(): not enough arguments");
  const Type *T = typeFromValue(Args[0]);
  if (!T)
    return raise(&adder_type_TypeError,
                 "object.__new__(X): X is not a type object (%s)",
                 typeName(Args[0]));
  return newInstance(T, Args + 1, Argc - 1, Kw, true);
}

Value nameArg(const char *Method, Value V) {
  if (!isStr(V))
    return raise(&adder_type_TypeError,
                 "attribute name must be string, not '%s'", typeName(V));
  (void)Method;
  return V;
}

Value objectGetAttribute(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__getattribute__", Argc, 2, Kw) ||
      nameArg("__getattribute__", Args[1]) == Error)
    return Error;
  return genericGetAttr(Args[0], asStr(Args[1]));
}

Value objectSetAttr(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__setattr__", Argc, 3, Kw) ||
      nameArg("__setattr__", Args[1]) == Error)
    return Error;
  return genericSetAttr(Args[0], asStr(Args[1]), Args[2]) < 0 ? Error : none();
}

Value objectDelAttr(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__delattr__", Argc, 2, Kw) ||
      nameArg("__delattr__", Args[1]) == Error)
    return Error;
  return genericSetAttr(Args[0], asStr(Args[1]), Error) < 0 ? Error : none();
}

Value objectReprMethod(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__repr__", Argc, 1, Kw))
    return Error;
  return adder_type_object.repr(Args[0]);
}

Value objectStrMethod(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__str__", Argc, 1, Kw))
    return Error;
  return repr(Args[0]);
}

Value objectHashMethod(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__hash__", Argc, 1, Kw))
    return Error;
  return fromInt(objectHash(Args[0]));
}

Value objectEq(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__eq__", Argc, 2, Kw))
    return Error;
  return Args[0] == Args[1] ? boolValue(true) : notImplemented();
}

Value objectNe(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__ne__", Argc, 2, Kw))
    return Error;
  // The inverse of the class's __eq__.
  auto S = [](const Type *T) {
    for (; T; T = T->base)
      if (T->compare)
        return T->compare;
    return (Value(*)(Value, Value, CompareOp)) nullptr;
  }(typeOf(Args[0]));
  Value R = S ? S(Args[0], Args[1], CompareOp::Eq)
              : (Args[0] == Args[1] ? boolValue(true) : notImplemented());
  if (R == Error || R == notImplemented())
    return R;
  int B = truthy(R);
  return B < 0 ? Error : boolValue(!B);
}

Value objectNotImplemented(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__lt__", Argc, 2, Kw))
    return Error;
  return notImplemented();
}

Value objectInitSubclass(const Value *Args, size_t Argc, Tuple *Kw) {
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "__init_subclass__() takes no positional arguments");
  if (Kw && Kw->size) {
    const Type *T = Argc ? typeFromValue(Args[0]) : nullptr;
    return raise(&adder_type_TypeError,
                 "%s.__init_subclass__() takes no keyword arguments",
                 T ? T->name : "object");
  }
  return none();
}

Value objectFormat(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__format__", Argc, 2, Kw))
    return Error;
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "__format__() argument must be str, not %s",
                 typeName(Args[1]));
  if (asStr(Args[1])->byteLength)
    return raise(&adder_type_TypeError,
                 "unsupported format string passed to %s.__format__",
                 typeName(Args[0]));
  return str(Args[0]);
}

Value objectSizeOf(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!expectArgs("__sizeof__", Argc, 1, Kw))
    return Error;
  const Type *T = typeOf(Args[0]);
  return fromInt(SWord(T->instanceSize ? T->instanceSize : sizeof(Object)));
}

} // namespace

const MethodDef ObjectMethods[] = {
    {"__delattr__", objectDelAttr, MethodKind::Method},
    {"__eq__", objectEq, MethodKind::Method},
    {"__format__", objectFormat, MethodKind::Method},
    {"__ge__", objectNotImplemented, MethodKind::Method},
    {"__getattribute__", objectGetAttribute, MethodKind::Method},
    {"__gt__", objectNotImplemented, MethodKind::Method},
    {"__hash__", objectHashMethod, MethodKind::Method},
    {"__init__", objectInit, MethodKind::Method},
    {"__init_subclass__", objectInitSubclass, MethodKind::ClassMethod},
    {"__le__", objectNotImplemented, MethodKind::Method},
    {"__lt__", objectNotImplemented, MethodKind::Method},
    {"__ne__", objectNe, MethodKind::Method},
    {"__new__", objectNew, MethodKind::StaticMethod},
    {"__repr__", objectReprMethod, MethodKind::Method},
    {"__setattr__", objectSetAttr, MethodKind::Method},
    {"__sizeof__", objectSizeOf, MethodKind::Method},
    {"__str__", objectStrMethod, MethodKind::Method},
};
static_assert(sizeof(ObjectMethods) / sizeof(ObjectMethods[0]) ==
                  ObjectMethodCount,
              "ObjectMethodCount is out of date");

} // namespace adder::rt
