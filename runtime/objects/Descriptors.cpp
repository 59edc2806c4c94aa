//===- Descriptors.cpp - property, classmethod, staticmethod, members -----===//
//
// The descriptor types of the builtins module, and the two views classes
// hand out of themselves: mappingproxy (a read-only C.__dict__) and the
// member descriptors of __slots__. Binding them (what `obj.attr` does with
// each) is bindFound in Class.cpp; here are their objects, constructors
// and attributes, with CPython's error messages.
//
//===----------------------------------------------------------------------===//

#include "objects/Class.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Callables.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Tuple.h"

namespace adder::rt {

//===----------------------------------------------------------------------===//
// property
//===----------------------------------------------------------------------===//

namespace {

Property *asProperty(Value V) {
  return reinterpret_cast<Property *>(asObject(V));
}

void traceProperty(Object *O, Tracer &T) {
  auto *P = reinterpret_cast<Property *>(O);
  T(&P->get);
  T(&P->set);
  T(&P->del);
  T(&P->doc);
  T(&P->name);
}

Property *newProperty(Value Get, Value Set, Value Del, Value Doc) {
  auto *P = reinterpret_cast<Property *>(
      gcAlloc(&adder_type_property, sizeof(Property)));
  if (!P)
    return nullptr;
  P->get = Get;
  P->set = Set;
  P->del = Del;
  P->doc = Doc;
  P->name = Error;
  return P;
}

Value propertyConstruct(const Type *T, const Value *Args, size_t Argc,
                        Tuple *KwNames) {
  static const char *const Names[] = {"fget", "fset", "fdel", "doc"};
  Value Out[4];
  if (!parseKeywordArgs("property", Args, Argc, KwNames, Names, 4, 0, 0, Out))
    return Error;
  for (Value &V : Out)
    if (V == Error)
      V = none();
  Value Doc = Out[3];
  if (isNone(Doc) && !isNone(Out[0])) {
    // A getter's docstring becomes the property's.
    Doc = getAttrCString(Out[0], "__doc__");
    if (Doc == Error) {
      clearPendingException();
      Doc = none();
    }
  }
  Property *P = newProperty(Out[0], Out[1], Out[2], Doc);
  return P ? fromObject(&P->header) : Error;
}

/// prop.getter(f) / setter / deleter: a copy with one function replaced.
Value propertyCopyWith(const Value *Args, size_t Argc, Tuple *KwNames,
                       int Which, const char *Name) {
  if (!checkOneArg(Name, Argc - 1, KwNames))
    return Error;
  Property *Old = asProperty(Args[0]);
  Property *P = newProperty(Which == 0 ? Args[1] : Old->get,
                            Which == 1 ? Args[1] : Old->set,
                            Which == 2 ? Args[1] : Old->del, Old->doc);
  if (!P)
    return Error;
  P->name = Old->name;
  return fromObject(&P->header);
}

Value propertyGetter(const Value *Args, size_t Argc, Tuple *KwNames) {
  return propertyCopyWith(Args, Argc, KwNames, 0, "getter");
}
Value propertySetter(const Value *Args, size_t Argc, Tuple *KwNames) {
  return propertyCopyWith(Args, Argc, KwNames, 1, "setter");
}
Value propertyDeleter(const Value *Args, size_t Argc, Tuple *KwNames) {
  return propertyCopyWith(Args, Argc, KwNames, 2, "deleter");
}
Value propertyFget(const Value *Args, size_t, Tuple *) {
  return asProperty(Args[0])->get;
}
Value propertyFset(const Value *Args, size_t, Tuple *) {
  return asProperty(Args[0])->set;
}
Value propertyFdel(const Value *Args, size_t, Tuple *) {
  return asProperty(Args[0])->del;
}
Value propertyDoc(const Value *Args, size_t, Tuple *) {
  return asProperty(Args[0])->doc;
}

Value propertyDunderGet(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkDescriptorArgs("__get__", Argc - 1, 1, 2, KwNames))
    return Error;
  if (isNone(Args[1]))
    return Args[0];
  return propertyGet(Args[0], Args[1]);
}

Value propertyDunderSet(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkDescriptorArgs("__set__", Argc - 1, 2, 2, KwNames))
    return Error;
  return propertySet(Args[0], Args[1], Args[2]) < 0 ? Error : none();
}

Value propertyDunderDelete(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkDescriptorArgs("__delete__", Argc - 1, 1, 1, KwNames))
    return Error;
  return propertySet(Args[0], Args[1], Error) < 0 ? Error : none();
}

constexpr MethodDef PropertyMethods[] = {
    {"__delete__", propertyDunderDelete, MethodKind::Method},
    {"__doc__", propertyDoc, MethodKind::Property},
    {"__get__", propertyDunderGet, MethodKind::Method},
    {"__set__", propertyDunderSet, MethodKind::Method},
    {"deleter", propertyDeleter, MethodKind::Method},
    {"fdel", propertyFdel, MethodKind::Property},
    {"fget", propertyFget, MethodKind::Property},
    {"fset", propertyFset, MethodKind::Property},
    {"getter", propertyGetter, MethodKind::Method},
    {"setter", propertySetter, MethodKind::Method},
};

/// "property 'x' of 'C' object has no setter", as 3.11 words it.
Value propertyMissing(Property *P, Value Obj, const char *What) {
  if (P->name != Error)
    return raise(&adder_type_AttributeError,
                 "property %R of '%s' object has no %s", P->name,
                 typeName(Obj), What);
  if (What[0] == 'g')
    return raise(&adder_type_AttributeError, "unreadable attribute");
  return raise(&adder_type_AttributeError, "can't %s attribute",
               What[0] == 's' ? "set" : "delete");
}

} // namespace

Value propertyGet(Value Descr, Value Obj) {
  Property *P = asProperty(Descr);
  if (isNone(P->get))
    return propertyMissing(P, Obj, "getter");
  return call(P->get, &Obj, 1);
}

int propertySet(Value Descr, Value Obj, Value Item) {
  Property *P = asProperty(Descr);
  if (Item == Error) {
    if (isNone(P->del))
      return propertyMissing(P, Obj, "deleter") == Error ? -1 : 0;
    return call(P->del, &Obj, 1) == Error ? -1 : 0;
  }
  if (isNone(P->set))
    return propertyMissing(P, Obj, "setter") == Error ? -1 : 0;
  Value Args[2] = {Obj, Item};
  return call(P->set, Args, 2) == Error ? -1 : 0;
}

extern "C" const Type adder_type_property = {
    .header = {&adder_type_type},
    .name = "property",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(Property),
    .trace = traceProperty,
    .construct = propertyConstruct,
    .methods = PropertyMethods,
    .methodCount = sizeof(PropertyMethods) / sizeof(PropertyMethods[0])};

//===----------------------------------------------------------------------===//
// classmethod and staticmethod
//===----------------------------------------------------------------------===//

namespace {

WrappedCallable *asWrapped(Value V) {
  return reinterpret_cast<WrappedCallable *>(asObject(V));
}

void traceWrapped(Object *O, Tracer &T) {
  auto *W = reinterpret_cast<WrappedCallable *>(O);
  T(&W->callable);
  T(&W->attributes);
}

Value wrappedConstruct(const Type *T, const Value *Args, size_t Argc,
                       Tuple *KwNames) {
  if (!checkNoKeywords(T->name, KwNames))
    return Error;
  if (Argc != 1)
    return raise(&adder_type_TypeError, "%s expected 1 argument, got %zu",
                 T->name, Argc);
  auto *W = reinterpret_cast<WrappedCallable *>(
      gcAlloc(T, sizeof(WrappedCallable)));
  if (!W)
    return Error;
  W->callable = Args[0];
  return fromObject(&W->header);
}

/// __func__ and __wrapped__ are the function; the function's name and
/// docs show through (3.10's staticmethod and classmethod copy them).
Value wrappedGetAttr(Value Self, Str *Name) {
  WrappedCallable *W = asWrapped(Self);
  if (strEqualsCString(Name, "__func__") ||
      strEqualsCString(Name, "__wrapped__"))
    return W->callable;
  if (strEqualsCString(Name, "__isabstractmethod__"))
    return boolValue(false);
  if (strEqualsCString(Name, "__name__") ||
      strEqualsCString(Name, "__qualname__") ||
      strEqualsCString(Name, "__doc__") ||
      strEqualsCString(Name, "__module__"))
    return getAttr(W->callable, Name);
  if (strEqualsCString(Name, "__class__"))
    return typeValue(typeOf(Self));
  const Type *T = typeOf(Self);
  if (const MethodDef *M = findMethod(T, Name))
    return makeBuiltinMethod(M, Self, T);
  return raise(&adder_type_AttributeError, "'%s' object has no attribute '%V'",
               typeName(Self), Name);
}

/// classmethod.__get__(instance, owner=None): the function bound to the
/// owner (instance's class when owner is None).
Value classMethodGet(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkDescriptorArgs("__get__", Argc - 1, 1, 2, KwNames))
    return Error;
  Value Owner = Argc > 2 ? Args[2] : none();
  if (isNone(Owner)) {
    if (isNone(Args[1]))
      return raise(&adder_type_TypeError, "__get__(None, None) is invalid");
    Owner = typeValue(typeOf(Args[1]));
  }
  return adder_method_new(asWrapped(Args[0])->callable, Owner);
}

/// staticmethod.__get__(instance, owner=None): the function itself.
Value staticMethodGet(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkDescriptorArgs("__get__", Argc - 1, 1, 2, KwNames))
    return Error;
  return asWrapped(Args[0])->callable;
}

constexpr MethodDef ClassMethodMethods[] = {
    {"__get__", classMethodGet, MethodKind::Method},
};
constexpr MethodDef StaticMethodMethods[] = {
    {"__get__", staticMethodGet, MethodKind::Method},
};

Value staticMethodCall(Value Self, const Value *Args, size_t Argc,
                       Tuple *KwNames) {
  return call(asWrapped(Self)->callable, Args, Argc, KwNames);
}

} // namespace

extern "C" const Type adder_type_classmethod = {
    .header = {&adder_type_type},
    .name = "classmethod",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(WrappedCallable),
    .trace = traceWrapped,
    .construct = wrappedConstruct,
    .getAttr = wrappedGetAttr,
    .methods = ClassMethodMethods,
    .methodCount = 1};

extern "C" const Type adder_type_staticmethod = {
    .header = {&adder_type_type},
    .name = "staticmethod",
    .base = &adder_type_object,
    .flags = TypeBaseType,
    .instanceSize = sizeof(WrappedCallable),
    .trace = traceWrapped,
    .call = staticMethodCall,
    .construct = wrappedConstruct,
    .getAttr = wrappedGetAttr,
    .methods = StaticMethodMethods,
    .methodCount = 1};

//===----------------------------------------------------------------------===//
// mappingproxy (C.__dict__)
//===----------------------------------------------------------------------===//

namespace {

Value proxied(Value Self) {
  return reinterpret_cast<MappingProxy *>(asObject(Self))->mapping;
}

void traceProxy(Object *O, Tracer &T) {
  T(&reinterpret_cast<MappingProxy *>(O)->mapping);
}

Value proxyRepr(Value Self) {
  StrBuilder B;
  B.appendFormat("mappingproxy(%R)", proxied(Self));
  return B.finish();
}

SWord proxyLength(Value Self) { return length(proxied(Self)); }
Value proxyGetItem(Value Self, Value Key) {
  return getItem(proxied(Self), Key);
}
int proxyContains(Value Self, Value Key) {
  return contains(proxied(Self), Key);
}
Value proxyIter(Value Self) { return getIter(proxied(Self)); }
Value proxyCompare(Value Self, Value Other, CompareOp Op) {
  return compare(proxied(Self), Other, Op);
}

/// The read-only methods of the dict show through.
Value proxyGetAttr(Value Self, Str *Name) {
  static const char *const ReadOnly[] = {"keys", "values", "items", "get",
                                         "copy", "__class__"};
  for (const char *N : ReadOnly)
    if (strEqualsCString(Name, N))
      return strEqualsCString(Name, "__class__")
                 ? typeValue(typeOf(Self))
                 : getAttr(proxied(Self), Name);
  return raise(&adder_type_AttributeError,
               "'mappingproxy' object has no attribute '%V'", Name);
}

} // namespace

Value makeMappingProxy(Value Mapping);

namespace {

/// types.MappingProxyType(mapping): a read-only view of any mapping.
Value proxyConstruct(const Type *, const Value *Args, size_t Argc,
                     Tuple *KwNames) {
  if (Argc == 0 && !(KwNames && KwNames->size))
    return raise(&adder_type_TypeError,
                 "mappingproxy() missing required argument 'mapping' (pos 1)");
  if (Argc != 1 || (KwNames && KwNames->size))
    return raise(&adder_type_TypeError,
                 "mappingproxy() takes exactly one argument (%zu given)",
                 Argc + (KwNames ? KwNames->size : 0));
  if (isList(Args[0]) || isTuple(Args[0]) || !hasGetItem(Args[0]))
    return raise(&adder_type_TypeError,
                 "mappingproxy() argument must be a mapping, not %s",
                 typeName(Args[0]));
  return makeMappingProxy(Args[0]);
}

} // namespace

extern "C" const Type adder_type_mappingproxy = {
    .header = {&adder_type_type},
    .name = "mappingproxy",
    .base = &adder_type_object,
    .instanceSize = sizeof(MappingProxy),
    .trace = traceProxy,
    .repr = proxyRepr,
    .compare = proxyCompare,
    .length = proxyLength,
    .getItem = proxyGetItem,
    .contains = proxyContains,
    .iter = proxyIter,
    .getAttr = proxyGetAttr,
    .construct = proxyConstruct};

Value makeMappingProxy(Value Mapping) {
  auto *P = reinterpret_cast<MappingProxy *>(
      gcAlloc(&adder_type_mappingproxy, sizeof(MappingProxy)));
  if (!P)
    return Error;
  P->mapping = Mapping;
  return fromObject(&P->header);
}

//===----------------------------------------------------------------------===//
// Members of __slots__
//===----------------------------------------------------------------------===//

namespace {

MemberDescriptor *asMember(Value V) {
  return reinterpret_cast<MemberDescriptor *>(asObject(V));
}

void traceMember(Object *O, Tracer &T) {
  auto *M = reinterpret_cast<MemberDescriptor *>(O);
  T(reinterpret_cast<Value *>(&M->owner));
  T(&M->name);
}

Value memberRepr(Value Self) {
  MemberDescriptor *M = asMember(Self);
  StrBuilder B;
  B.appendFormat("<member %R of '%s' objects>", M->name, M->owner->name);
  return B.finish();
}

/// The slot of Obj the member designates, or null (TypeError pending).
Value *memberSlot(MemberDescriptor *M, Value Obj) {
  if (!isSubtype(typeOf(Obj), M->owner)) {
    raise(&adder_type_TypeError,
          "descriptor '%V' for '%s' objects doesn't apply to a '%s' object",
          asStr(M->name), M->owner->name, typeName(Obj));
    return nullptr;
  }
  return slotArray(Obj, asHeapType(M->owner)) + M->index;
}

} // namespace

Value memberGet(Value Descr, Value Obj) {
  MemberDescriptor *M = asMember(Descr);
  Value *Slot = memberSlot(M, Obj);
  if (!Slot)
    return Error;
  if (*Slot == Error)
    return raise(&adder_type_AttributeError,
                 "'%s' object has no attribute '%V'", typeName(Obj),
                 asStr(M->name));
  return *Slot;
}

int memberSet(Value Descr, Value Obj, Value Item) {
  MemberDescriptor *M = asMember(Descr);
  Value *Slot = memberSlot(M, Obj);
  if (!Slot)
    return -1;
  if (Item == Error && *Slot == Error) {
    raise(&adder_type_AttributeError, "'%s' object has no attribute '%V'",
          typeName(Obj), asStr(M->name));
    return -1;
  }
  *Slot = Item;
  return 0;
}

extern "C" const Type adder_type_member_descriptor = {
    .header = {&adder_type_type},
    .name = "member_descriptor",
    .base = &adder_type_object,
    .instanceSize = sizeof(MemberDescriptor),
    .trace = traceMember,
    .repr = memberRepr};

Value makeMemberDescriptor(const Type *Owner, Value Name, uint32_t Index) {
  auto *M = reinterpret_cast<MemberDescriptor *>(
      gcAlloc(&adder_type_member_descriptor, sizeof(MemberDescriptor)));
  if (!M)
    return Error;
  M->owner = Owner;
  M->name = Name;
  M->index = Index;
  return fromObject(&M->header);
}

} // namespace adder::rt
