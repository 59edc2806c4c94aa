//===- Class.h - classes created by Python code (internals) -----*- C++ -*-===//
//
// A `class` statement creates a HeapType at run time: a Type (so every
// protocol of Protocols.cpp dispatches through its slots as for builtin
// types) followed by what only user classes have: their name objects, the
// bases, the instance layout, and which special methods the class defines.
//
// Instances keep their attributes in a __dict__ and, for attribute names
// the compiler saw assigned on `self` (DESIGN.md decision 10), in fixed
// slots at known offsets. A fixed slot is the dict entry of its name kept
// out of line: while an instance has no dict, its attributes are exactly
// its non-empty slots, stored in increasing slot order (so their order is
// the insertion order the dict would have). Anything else (an attribute
// with no slot, a slot set out of order, a deletion, asking for __dict__)
// moves the slots into a real dict for good, and the slots stay empty.
// Compiled code reading a slot therefore needs no check beyond "not
// empty"; an empty slot sends it to the generic lookup.
//
// __slots__ names are member slots instead: no dict entry, a descriptor
// in the class.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_CLASS_H
#define ADDER_RUNTIME_OBJECTS_CLASS_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// What the compiler knows about the instances of one class statement: the
/// attribute names it gives fixed slots, after those of its base class's
/// layout (emitted as a static object by the compiler, one per ClassDef).
struct ClassLayout {
  const ClassLayout *base; // the layout of the base class sema resolved
  uint32_t count;          // slots, the base's included
  const char *const *names;
};

struct HeapType {
  Type type;
  Value name;     // str: __name__ (type.name points into it)
  Value qualname; // str: __qualname__
  Tuple *bases;   // __bases__
  /// Classes created with this one among their bases (to update their
  /// slots when a special method is assigned later).
  List *subclasses;
  /// The nearest builtin type in the base chain: its slots implement what
  /// no Python method overrides, its layout starts the instance.
  const Type *builtinBase;
  /// Instance layout: offset of the __dict__ pointer (0: no dict), of the
  /// slots, their names (fixed slots first, then __slots__ members) and
  /// how many are fixed (dict-backed).
  uint32_t dictOffset;
  uint32_t slotsOffset;
  Tuple *slotNames;
  uint32_t fixedSlots;
  /// The compiler's layout these slots follow (null: none).
  const ClassLayout *layout;
  /// `layout` while compiled code may use the slots directly: no
  /// __getattribute__/__setattr__/__delattr__ and no data descriptor
  /// shadowing a slot name anywhere in the MRO.
  const ClassLayout *fastLayout;
  /// Which attribute hooks and descriptor methods Python classes of the
  /// MRO define (ClassHooks bits), cached for the attribute protocol.
  uint32_t hooks;
  /// __slots__ members this class adds (it then fixes the layout of its
  /// subclasses: CPython's "solid base").
  uint32_t ownMembers;
  /// Changes whenever an attribute of this class or of a class in its MRO
  /// changes; never reused (keys the MRO lookup cache).
  uintptr_t version;
  /// The plain __init__ function instances are made with while the class
  /// keeps version initVersion (0: none): constructing then skips the
  /// __new__ and __init__ lookups (Instance.cpp, heapConstruct).
  Value initFunction;
  uintptr_t initVersion;
  /// Per binary operator, the class's own method for it while the class
  /// keeps version binaryVersion: a value array of BinaryOp::NumOps
  /// entries, each the plain function taking (self, other), None when the
  /// method is something else or absent, 0 when not looked up yet
  /// (SlotDispatch.cpp, dispatchBinaryLeft). Null until first needed.
  Value binaryMethods;
  uintptr_t binaryVersion;
};

enum ClassHooks : uint32_t {
  HookGetAttribute = 1 << 0, // __getattribute__
  HookGetAttr = 1 << 1,      // __getattr__
  HookSetAttr = 1 << 2,      // __setattr__
  HookDelAttr = 1 << 3,      // __delattr__
  HookGet = 1 << 4,          // __get__: instances are descriptors
  HookSet = 1 << 5,          // __set__ or __delete__: data descriptors
  HookNew = 1 << 6,          // __new__
  HookInit = 1 << 7,         // __init__
};

ADDER_INLINE bool isHeapType(const Type *T) {
  return (T->flags & TypeHeapType) != 0;
}
ADDER_INLINE HeapType *asHeapType(const Type *T) {
  return reinterpret_cast<HeapType *>(const_cast<Type *>(T));
}
ADDER_INLINE Value typeValue(const Type *T) { return fromObject(&T->header); }
/// The type object V designates, or null if V is not a type.
const Type *typeFromValue(Value V);

/// The nearest builtin (static) type of T's base chain (T itself if static).
const Type *builtinBaseOf(const Type *T);

//===--- Lookup ------------------------------------------------------------===//

/// What a lookup along an MRO found: a value of a class dict, or a method
/// of a builtin type's table.
struct Found {
  Value value = Error;          // from a Python class's dict
  const MethodDef *method = nullptr; // from a builtin type
  const Type *owner = nullptr;  // where it was found
  /// For instances of the type looked up (a class): the fixed slot named
  /// Name, or -1 (found or not along the MRO).
  int32_t fixedSlot = -1;
  explicit operator bool() const { return value != Error || method; }
};
/// Looks Name up along T's MRO (no exception when absent). Start skips
/// the MRO up to and including that class (super()).
Found lookupInMro(const Type *T, Str *Name, const Type *Start = nullptr);
Found lookupInMroCString(const Type *T, const char *Name);
/// Whether V, found along an MRO, is a data descriptor (a property, a
/// __slots__ member, or an instance of a class with __set__/__delete__).
bool isDataDescriptor(Value V);
/// Binds what a lookup found to an instance (Obj) or, when Obj is Error,
/// to the class ObjType (descriptor __get__ semantics).
Value bindFound(const Found &F, Value Obj, const Type *ObjType);

/// Calls the special method Name (a SpecialNames.h id) of Self's type
/// with Self and Args (Self's instance dict is not consulted, as for
/// CPython's special lookups). Returns Error with AttributeError pending
/// if the class lacks it; Missing is then set to true when non-null.
Value callSpecial(Value Self, unsigned Name, const Value *Args, size_t Argc,
                  bool *Missing = nullptr);

//===--- Instances ---------------------------------------------------------===//

/// The fixed slot of H's instances holding Name, or -1.
int fixedSlotOf(const HeapType *H, const Str *Name);

/// The __dict__ of an instance (created, and its fixed slots moved into
/// it, if needed), or null when instances of its type have no dict.
Dict *instanceDict(Value Obj, bool Create);
/// object.__getattribute__, object.__setattr__ (Item == Error deletes):
/// the generic attribute protocol with descriptors, without the class's
/// own hooks.
Value genericGetAttr(Value Obj, Str *Name);
int genericSetAttr(Value Obj, Str *Name, Value Item);
/// Where the __dict__ word and slots of Obj, an instance of H, are counted
/// from: Obj itself, or for a variable-size builtin base (int, str, tuple,
/// bytes), one word before the end of the builtin part (ValueSubclass.cpp).
char *varInstanceExtra(Value Obj, const HeapType *H);
ADDER_INLINE char *instanceExtra(Value Obj, const HeapType *H) {
  if (ADDER_LIKELY(H->builtinBase->instanceSize != 0))
    return reinterpret_cast<char *>(asObject(Obj));
  return varInstanceExtra(Obj, H);
}
/// The __dict__ word and the slots of Obj, an instance of H.
ADDER_INLINE Value *dictField(Value Obj, const HeapType *H) {
  return reinterpret_cast<Value *>(instanceExtra(Obj, H) + H->dictOffset);
}
ADDER_INLINE Value *slotArray(Value Obj, const HeapType *H) {
  return reinterpret_cast<Value *>(instanceExtra(Obj, H) + H->slotsOffset);
}
/// int, float, str, tuple and bytes: builtins whose Python subclasses'
/// instances hold an immutable builtin value.
bool isValueBuiltin(const Type *B);
/// A new instance of T (a class with such a builtin base) holding the
/// value V, an instance of that builtin.
Value valueInstance(const Type *T, Value V);
/// object.__new__ for T: a new instance of a class whose builtin base is
/// object (or of one of the builtin bases classes may have).
Value newInstance(const Type *T, const Value *Args, size_t Argc,
                  Tuple *KwNames, bool CheckArgs);

//===--- Classes -----------------------------------------------------------===//

/// type.__new__(Meta, name, bases, dict) and the `class` statement: Kw
/// holds the class keywords (for __init_subclass__), or is null; Meta is
/// the metaclass (type, or a Python subclass of it).
Value classNew(Value Name, Value Bases, Value Namespace, Dict *Kw,
               const ClassLayout *Layout, const Type *Meta);
/// The most derived of Meta and the metaclasses of Bases, or null with
/// TypeError pending when they conflict.
const Type *calculateMetaclass(const Type *Meta, Tuple *Bases);
/// Recomputes the caches (hooks, fast layout, special slots) of T and of
/// its subclasses after an attribute Name of T changed.
void classAttributeChanged(HeapType *T, Str *Name);
/// Type::trace of heap types (the slot of `type`) and of their instances.
void traceTypeObject(Object *O, Tracer &Tr);
void traceInstance(Object *O, Tracer &Tr);
/// Methods of `type` itself (mro, __subclasses__).
extern const MethodDef TypeMethods[];
constexpr uint32_t TypeMethodCount = 5;

/// Slots that dispatch to special methods written in Python
/// (SlotDispatch.cpp): sets each slot of T whose special methods a Python
/// class of T's MRO defines, clears the others (then T inherits the
/// builtin base's slot through the base chain).
void installSpecialSlots(HeapType *T);
/// The slots every class has (Instance.cpp): attribute access through
/// the hooks and descriptors, and calling the class.
void installBaseSlots(HeapType *T);

/// The type `type`'s attribute and call protocol for classes
/// (Class.cpp), used by Types.cpp for every type object.
Value typeGetAttrSlow(Value Self, Str *Name);
int typeSetAttr(Value Self, Str *Name, Value Item);
/// Whether T's binary slot is the special method dispatcher (T is a class
/// defining some binary operator method).
bool dispatchesBinary(const Type *T);
/// Looks up H's method for binary operator Op into its cache (see
/// HeapType::binaryMethods), making the cache current first: the entry,
/// or Error when there is no memory for the cache (SlotDispatch.cpp).
Value fillBinaryMethod(HeapType *H, BinaryOp Op);
/// Left <op> Right by the left operand's method alone, found by the
/// general special-method lookup (SlotDispatch.cpp).
Value dispatchLeftMethod(Value Left, Value Right, BinaryOp Op);
/// Left <op> Right by the left operand's method alone (its class's
/// __add__...), NotImplemented when it has none or declines: the binary
/// dispatch when the right operand's class cannot take precedence. A
/// plain function from the class's cache is entered directly.
ADDER_INLINE Value dispatchBinaryLeft(Value Left, Value Right, BinaryOp Op) {
  HeapType *H = asHeapType(typeOf(Left));
  Value F = 0;
  if (H->binaryMethods && H->binaryVersion == H->version)
    F = reinterpret_cast<const Value *>(asObject(H->binaryMethods) +
                                        1)[unsigned(Op)];
  if (!F)
    F = fillBinaryMethod(H, Op);
  if (F == Error || isNone(F))
    return dispatchLeftMethod(Left, Right, Op);
  Value Args[2] = {Left, Right};
  return reinterpret_cast<const Function *>(asObject(F))->entry(F, Args);
}

Value typeCallHeap(const Type *T, const Value *Args, size_t Argc,
                   Tuple *KwNames);
Value typeReprOf(const Type *T);
/// C[key] for a class C (ClassSupport.cpp).
Value typeGetItem(Value Self, Value Key);
/// Left | Right for classes, None and unions (ClassSupport.cpp): a
/// types.UnionType, the one member if both are the same, NotImplemented
/// for anything else.
Value unionOf(Value Left, Value Right);
/// The members of a types.UnionType (None as NoneType), or null if V is
/// not one.
const Tuple *unionMembers(Value V);
/// The binary slot of type, types.GenericAlias and types.UnionType: `|`
/// is unionOf, every other operator NotImplemented.
Value unionBinarySlot(Value Left, Value Right, BinaryOp Op);
extern "C" const Type adder_type_union;
/// The MRO as a tuple (built for builtin types on demand).
Value typeMro(const Type *T);

//===--- Descriptors (Descriptors.cpp) -------------------------------------===//

extern "C" const Type adder_type_property, adder_type_classmethod,
    adder_type_staticmethod, adder_type_super, adder_type_mappingproxy,
    adder_type_member_descriptor;

struct Property {
  Object header;
  Value get, set, del, doc; // None when absent
  Value name;               // set by __set_name__, or Error
};
struct WrappedCallable { // classmethod and staticmethod
  Object header;
  Value callable;
  Dict *attributes;
};
struct Super {
  Object header;
  const Type *type; // lookups start after it
  Value obj;        // the instance or class bound
  const Type *objType;
};
struct MappingProxy {
  Object header;
  Value mapping;
};
/// A __slots__ member: reads and writes slot Index of the instance.
struct MemberDescriptor {
  Object header;
  const Type *owner;
  Value name;
  uint32_t index;
};

Value propertyGet(Value Descr, Value Obj);
int propertySet(Value Descr, Value Obj, Value Item);
Value memberGet(Value Descr, Value Obj);
int memberSet(Value Descr, Value Obj, Value Item);
Value makeMappingProxy(Value Mapping);
Value makeMemberDescriptor(const Type *Owner, Value Name, uint32_t Index);

//===--- Wrappers of builtin slots (SlotWrappers.cpp) ----------------------===//

/// `int.__add__`, `list.__getitem__`...: the builtin slot behind a special
/// method name of a builtin type, as a method table entry (null if T's
/// base chain does not implement it).
const MethodDef *findSlotWrapper(const Type *T, const Str *Name);
/// Methods every object has (object.__init__, __setattr__...).
extern const MethodDef ObjectMethods[];
constexpr uint32_t ObjectMethodCount = 17;
/// The default __init__ of T's builtin base for Obj (object.__init__,
/// BaseException.__init__, list.__init__...), with CPython's checks.
Value builtinInit(Value Obj, const Value *Args, size_t Argc, Tuple *KwNames);

} // namespace adder::rt

#endif
