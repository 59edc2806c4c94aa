//===- Types.cpp - type, object, and the singletons -----------------------===//
//
// The roots of the object model: `type` (whose instances are the type
// objects themselves), `object`, and the singleton values None,
// NotImplemented and Ellipsis. Calling a type object constructs an
// instance through the type's construct slot.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Protocols.h"
#include "adder/runtime/Heap.h"
#include "adder/runtime/Str.h"
#include "objects/Tuple.h"
#include "objects/Callables.h"

namespace adder::rt {

bool isSubtype(const Type *T, const Type *Base) {
  for (; T; T = T->base)
    if (T == Base)
      return true;
  // Classes with several bases record their full MRO.
  return false;
}

const char *typeName(Value V) { return typeOf(V)->name; }

bool isInstance(Value V, const Type *T) { return isSubtype(typeOf(V), T); }

namespace {

Value typeRepr(Value Self) {
  auto *T = reinterpret_cast<const Type *>(asObject(Self));
  StrBuilder B;
  B.appendFormat("<class '%s'>", T->name);
  return B.finish();
}

Value typeCall(Value Self, const Value *Args, size_t Argc, Tuple *KwNames) {
  auto *T = reinterpret_cast<const Type *>(asObject(Self));
  // type(x) with one argument is the type of x.
  if (T == &adder_type_type && Argc == 1 && (!KwNames || !KwNames->size))
    return fromObject(&typeOf(Args[0])->header);
  for (const Type *C = T; C; C = C->base)
    if (C->construct)
      return C->construct(T, Args, Argc, KwNames);
  return raise(&adder_type_TypeError, "cannot create '%s' instances", T->name);
}

SWord identityHash(Value Self) {
  // Object addresses are 16-byte aligned; CPython rotates the same way.
  Value V = Self;
  V = (V >> 4) | (V << (WordBits - 4));
  SWord H = SWord(V);
  return H == -1 ? -2 : H;
}

Value typeGetAttr(Value Self, Str *Name) {
  auto *T = reinterpret_cast<const Type *>(asObject(Self));
  if (strEqualsCString(Name, "__name__") ||
      strEqualsCString(Name, "__qualname__"))
    return strFromCString(T->name);
  for (const Type *C = T; C; C = C->base)
    if (const MethodDef *M = findMethod(C, Name)) {
      // Unbound methods of builtin types are plain builtin functions;
      // class methods (dict.fromkeys) bind the type.
      return makeBuiltinMethod(M, M->kind == MethodKind::ClassMethod ? Self
                                                                     : Error);
    }
  return raise(&adder_type_AttributeError,
               "type object '%s' has no attribute '%V'", T->name, Name);
}

Value objectRepr(Value Self) {
  StrBuilder B;
  B.appendFormat("<%s object at 0x%zx>", typeName(Self), size_t(Self));
  return B.finish();
}

Value objectConstruct(const Type *T, const Value *Args, size_t Argc,
                      Tuple *KwNames) {
  if (Argc || (KwNames && KwNames->size))
    return raise(&adder_type_TypeError, "object() takes no arguments");
  Object *O = gcAlloc(T, T->instanceSize ? T->instanceSize : sizeof(Object));
  return O ? fromObject(O) : Error;
}

Value noneRepr(Value) { return strFromCString("None"); }
int noneBool(Value) { return 0; }
Value notImplementedRepr(Value) { return strFromCString("NotImplemented"); }
Value ellipsisRepr(Value) { return strFromCString("Ellipsis"); }

Value singletonCompare(Value Self, Value Other, CompareOp Op) {
  if (Op == CompareOp::Eq)
    return boolValue(Self == Other);
  if (Op == CompareOp::Ne)
    return boolValue(Self != Other);
  return notImplemented();
}

} // namespace

SWord objectHash(Value Self) { return identityHash(Self); }

extern "C" const Type adder_type_type = {
    .header = {&adder_type_type},
    .name = "type",
    .base = &adder_type_object,
    .flags = TypeBaseType | TypeTypeSubclass,
    .instanceSize = sizeof(Type),
    .repr = typeRepr,
    .hash = identityHash,
    .call = typeCall,
    .getAttr = typeGetAttr};

extern "C" const Type adder_type_object = {
    .header = {&adder_type_type},
    .name = "object",
    .base = nullptr,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Object),
    .repr = objectRepr,
    .hash = identityHash,
    .construct = objectConstruct};

extern "C" const Type adder_type_none = {
    .header = {&adder_type_type},
    .name = "NoneType",
    .base = &adder_type_object,
    .repr = noneRepr,
    .hash = identityHash,
    .compare = singletonCompare,
    .boolean = noneBool};

extern "C" const Type adder_type_not_implemented = {
    .header = {&adder_type_type},
    .name = "NotImplementedType",
    .base = &adder_type_object,
    .repr = notImplementedRepr,
    .hash = identityHash};

extern "C" const Type adder_type_ellipsis = {
    .header = {&adder_type_type},
    .name = "ellipsis",
    .base = &adder_type_object,
    .repr = ellipsisRepr,
    .hash = identityHash};

extern "C" const Object adder_none = {&adder_type_none};
extern "C" const Object adder_not_implemented = {&adder_type_not_implemented};
extern "C" const Object adder_ellipsis = {&adder_type_ellipsis};

} // namespace adder::rt
