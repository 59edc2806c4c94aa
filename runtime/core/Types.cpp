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
#include "objects/Callables.h"
#include "objects/Class.h"
#include "objects/Tuple.h"

namespace adder::rt {

bool isSubtype(const Type *T, const Type *Base) {
  // Classes created by Python code record their full MRO (with several
  // bases the base chain misses some); builtin types have single bases.
  if (T->mro) {
    Tuple *Mro = T->mro;
    for (uint32_t I = 0; I < Mro->size; ++I)
      if (Mro->items[I] == fromObject(&Base->header))
        return true;
    return false;
  }
  for (; T; T = T->base)
    if (T == Base)
      return true;
  return false;
}

const char *typeName(Value V) { return typeOf(V)->name; }

bool isInstance(Value V, const Type *T) { return isSubtype(typeOf(V), T); }

namespace {

Value typeRepr(Value Self) {
  return typeReprOf(reinterpret_cast<const Type *>(asObject(Self)));
}

Value typeCall(Value Self, const Value *Args, size_t Argc, Tuple *KwNames) {
  auto *T = reinterpret_cast<const Type *>(asObject(Self));
  if (T == &adder_type_type) {
    size_t NKw = KwNames ? KwNames->size : 0;
    // type(x) is the type of x; type(name, bases, dict) makes a class.
    if (Argc == 1 && !NKw)
      return fromObject(&typeOf(Args[0])->header);
    if (Argc == 3 && !NKw)
      return classNew(Args[0], Args[1], Args[2], nullptr, nullptr,
                      &adder_type_type);
    return raise(&adder_type_TypeError,
                 "type() takes 1 or 3 arguments");
  }
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

/// Attributes of classes and builtin types alike (objects/Class.cpp):
/// unbound methods of builtin types are plain builtin functions, class
/// methods (dict.fromkeys) bind the type.
Value typeGetAttr(Value Self, Str *Name) { return typeGetAttrSlow(Self, Name); }

Value objectRepr(Value Self) {
  StrBuilder B;
  const Type *T = typeOf(Self);
  if (T->flags & TypeHeapType) {
    // A class made by Python code prints as module.qualname.
    Value M = getAttrCString(fromObject(&T->header), "__module__");
    if (M == Error)
      return Error;
    if (isStr(M) && !strEqualsCString(asStr(M), "builtins"))
      B.appendFormat("<%S.%S object at 0x%zx>", M,
                     reinterpret_cast<const HeapType *>(T)->qualname,
                     size_t(Self));
    else
      B.appendFormat("<%S object at 0x%zx>",
                     reinterpret_cast<const HeapType *>(T)->qualname,
                     size_t(Self));
    return B.finish();
  }
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
    // Only classes made at run time live on the heap and are traced.
    .trace = traceTypeObject,
    .repr = typeRepr,
    .hash = identityHash,
    .binary = unionBinarySlot, // int | None
    .call = typeCall,
    .getAttr = typeGetAttr,
    .setAttr = typeSetAttr,
    .methods = TypeMethods,
    .methodCount = TypeMethodCount};

extern "C" const Type adder_type_object = {
    .header = {&adder_type_type},
    .name = "object",
    .base = nullptr,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Object),
    .repr = objectRepr,
    .hash = identityHash,
    .construct = objectConstruct,
    .methods = ObjectMethods,
    .methodCount = ObjectMethodCount};

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
