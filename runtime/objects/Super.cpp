//===- Super.cpp - super() ------------------------------------------------===//
//
// super(C, obj) looks attributes up along the MRO of obj's class (or of
// obj itself when it is a class, in class methods) starting after C, and
// binds what it finds to obj. The zero-argument form is compiled: the
// compiler passes the method's __class__ cell and its first argument to
// adder_super_new, as CPython's super() reads them from the frame.
//
//===----------------------------------------------------------------------===//

#include "objects/Class.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"

namespace adder::rt {

namespace {

Super *asSuper(Value V) { return reinterpret_cast<Super *>(asObject(V)); }

void traceSuper(Object *O, Tracer &T) {
  auto *S = reinterpret_cast<Super *>(O);
  T(reinterpret_cast<Value *>(&S->type));
  T(&S->obj);
  T(reinterpret_cast<Value *>(&S->objType));
}

Value superNew(Value TypeV, Value Obj) {
  const Type *T = typeFromValue(TypeV);
  if (!T)
    return raise(&adder_type_TypeError,
                 "super() argument 1 must be a type, not %s", typeName(TypeV));
  const Type *ObjType;
  const Type *AsType = typeFromValue(Obj);
  if (AsType && isSubtype(AsType, T))
    ObjType = AsType;
  else if (isSubtype(typeOf(Obj), T))
    ObjType = typeOf(Obj);
  else
    return raise(&adder_type_TypeError,
                 "super(type, obj): obj must be an instance or subtype of "
                 "type");
  auto *S = reinterpret_cast<Super *>(gcAlloc(&adder_type_super, sizeof(Super)));
  if (!S)
    return Error;
  S->type = T;
  S->obj = Obj;
  S->objType = ObjType;
  return fromObject(&S->header);
}

Value superConstruct(const Type *, const Value *Args, size_t Argc,
                     Tuple *KwNames) {
  if (KwNames && KwNames->size)
    return raise(&adder_type_TypeError, "super() takes no keyword arguments");
  if (Argc == 0)
    // Only compiled code knows the frame: a dynamic super() call has none.
    return raise(&adder_type_RuntimeError, "super(): no arguments");
  if (Argc == 1)
    return raise(&adder_type_TypeError,
                 "unbound super() is not supported by adder yet");
  if (Argc > 2)
    return raise(&adder_type_TypeError,
                 "super() takes at most 2 arguments (%zu given)", Argc);
  return superNew(Args[0], Args[1]);
}

Value superGetAttr(Value Self, Str *Name) {
  Super *S = asSuper(Self);
  if (!strEqualsCString(Name, "__class__")) {
    Found F = lookupInMro(S->objType, Name, S->type);
    if (F) {
      bool ObjIsType = S->obj == typeValue(S->objType);
      return bindFound(F, ObjIsType ? Error : S->obj, S->objType);
    }
  }
  if (strEqualsCString(Name, "__thisclass__"))
    return typeValue(S->type);
  if (strEqualsCString(Name, "__self__"))
    return S->obj;
  if (strEqualsCString(Name, "__self_class__"))
    return typeValue(S->objType);
  if (strEqualsCString(Name, "__class__"))
    return typeValue(&adder_type_super);
  return raise(&adder_type_AttributeError,
               "'super' object has no attribute '%V'", Name);
}

Value superRepr(Value Self) {
  Super *S = asSuper(Self);
  StrBuilder B;
  B.appendFormat("<super: <class '%s'>, <%s object>>", S->type->name,
                 S->objType->name);
  return B.finish();
}

} // namespace

extern "C" const Type adder_type_super = {
    .header = {&adder_type_type},
    .name = "super",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Super),
    .trace = traceSuper,
    .repr = superRepr,
    .construct = superConstruct,
    .getAttr = superGetAttr};

/// Zero-argument super() in a method: ClassCell is the method's __class__
/// cell and Self its first argument. The compiler passes None for a cell
/// the function does not have, and None for both when it has no argument.
extern "C" Value adder_super_new(Value ClassCell, Value Self) {
  if (isNone(ClassCell))
    return raise(&adder_type_RuntimeError, isNone(Self)
                                               ? "super(): no arguments"
                                               : "super(): __class__ cell "
                                                 "not found");
  Value Class = reinterpret_cast<Cell *>(asObject(ClassCell))->contents;
  if (!Class)
    return raise(&adder_type_RuntimeError, "super(): empty __class__ cell");
  return superNew(Class, Self);
}

} // namespace adder::rt
