//===- Instance.cpp - instances of classes: attributes and creation -------===//
//
// The generic attribute protocol (object.__getattribute__ and
// object.__setattr__: data descriptors of the class, then the instance's
// own attributes, then the rest of the class), the __getattr__ and
// __setattr__ hooks around it, the storage of instance attributes in
// fixed slots and the __dict__ (see Class.h for the invariant), and
// calling a class: __new__, then __init__, with the builtin base's
// defaults and CPython's argument checks.
//
//===----------------------------------------------------------------------===//

#include "objects/Class.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "core/Exceptions.h"
#include "objects/Callables.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/Set.h"
#include "objects/SpecialNames.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

namespace {

bool sameName(const Str *A, SN Id) {
  const Str *B = specialName(Id);
  return A == B || strEquals(A, B);
}

//===--- Storage -----------------------------------------------------------===//
//
// The word at dictOffset records what the instance's own attributes are:
//   - a small int (or 0): the non-empty fixed slots were set in increasing
//     slot order; the int is one more than the highest slot set so far;
//   - a SlotOrder (a raw byte array): the fixed slots in the order they
//     were first set, once one was set out of slot order (a subclass's
//     __init__ setting its own attributes before calling the base's);
//   - any other object: the __dict__ (the fixed slots are then empty).
// So the insertion order the dict would have is always known, and the
// common case (in order) costs compiled code one compare on a store.

struct SlotOrder {
  Object header;
  uint32_t count;
  uint16_t slots[]; // room for every fixed slot of the class
};

bool isSlotOrder(Value W) {
  return isObject(W) && asObject(W)->type == &adder_type_byte_array;
}
SlotOrder *asSlotOrder(Value W) {
  return reinterpret_cast<SlotOrder *>(asObject(W));
}
/// Is the word at dictOffset the instance's __dict__?
bool holdsDict(Value W) { return isObject(W) && !isSlotOrder(W); }

/// The fixed slots set so far, in the order they were set.
uint32_t setSlotsInOrder(Value Obj, const HeapType *H, uint16_t *Out) {
  Value W = *dictField(Obj, H);
  if (isSlotOrder(W)) {
    SlotOrder *O = asSlotOrder(W);
    memcpy(Out, O->slots, O->count * sizeof(uint16_t));
    return O->count;
  }
  uint32_t N = 0;
  Value *Slots = slotArray(Obj, H);
  for (uint32_t I = 0; I < H->fixedSlots; ++I)
    if (Slots[I] != Error)
      Out[N++] = uint16_t(I);
  return N;
}

/// Records that fixed slot K (empty) is being set. Returns false on error.
bool noteSlotSet(Value Obj, const HeapType *H, uint32_t K) {
  Value *Field = dictField(Obj, H);
  if (!isObject(*Field)) {
    SWord Next = isSmallInt(*Field) ? smallIntValue(*Field) : 0;
    if (SWord(K) >= Next) {
      *Field = makeSmallInt(SWord(K) + 1);
      return true;
    }
    // Out of slot order: from now on the order is spelled out.
    Object *Block = gcAlloc(&adder_type_byte_array,
                            sizeof(SlotOrder) +
                                H->fixedSlots * sizeof(uint16_t));
    if (!Block)
      return false;
    SlotOrder *O = reinterpret_cast<SlotOrder *>(Block);
    O->count = setSlotsInOrder(Obj, H, O->slots);
    *Field = fromObject(Block);
  }
  SlotOrder *O = asSlotOrder(*Field);
  O->slots[O->count++] = uint16_t(K);
  return true;
}

} // namespace

int fixedSlotOf(const HeapType *H, const Str *Name) {
  // Slot names have their hash cached (classNew), as have the compiler's
  // static names: most candidates are rejected without a call.
  for (uint32_t I = 0; I < H->fixedSlots; ++I) {
    const Str *S = asStr(H->slotNames->items[I]);
    if (S == Name)
      return int(I);
    if (Name->hash != -1 && S->hash != -1 && S->hash != Name->hash)
      continue;
    if (strEquals(S, Name))
      return int(I);
  }
  return -1;
}

namespace {

/// Moves the fixed slots into a new __dict__ (in the order they were set).
/// Returns the dict, or null on error.
Dict *materialize(Value Obj, const HeapType *H) {
  Value *Field = dictField(Obj, H);
  if (holdsDict(*Field))
    return asDict(*Field);
  Dict *D = dictNew();
  if (!D)
    return nullptr;
  Value *Slots = slotArray(Obj, H);
  uint16_t Inline[32];
  uint16_t *Order = Inline;
  if (H->fixedSlots > 32) {
    Object *Block = gcAlloc(&adder_type_byte_array,
                            sizeof(Object) + H->fixedSlots * sizeof(uint16_t));
    if (!Block)
      return nullptr;
    Order = reinterpret_cast<uint16_t *>(Block + 1);
  }
  uint32_t N = setSlotsInOrder(Obj, H, Order);
  for (uint32_t I = 0; I < N; ++I)
    if (dictSetItem(D, H->slotNames->items[Order[I]], Slots[Order[I]]) < 0)
      return nullptr;
  for (uint32_t I = 0; I < H->fixedSlots; ++I)
    Slots[I] = Error;
  *Field = dictValue(D);
  return D;
}

} // namespace

Dict *instanceDict(Value Obj, bool Create) {
  const Type *T = typeOf(Obj);
  if (!isHeapType(T))
    return nullptr;
  HeapType *H = asHeapType(T);
  if (!H->dictOffset)
    return nullptr;
  Value *Field = dictField(Obj, H);
  if (holdsDict(*Field))
    return asDict(*Field);
  if (!Create)
    return nullptr;
  return materialize(Obj, H);
}

void traceInstance(Object *O, Tracer &Tr) {
  const HeapType *H = asHeapType(O->type);
  if (H->builtinBase->trace)
    H->builtinBase->trace(O, Tr);
  Value Obj = fromObject(O);
  if (H->dictOffset && !(H->builtinBase->flags & TypeExceptionSubclass))
    Tr(dictField(Obj, H));
  uint32_t N = H->slotNames ? H->slotNames->size : 0;
  Value *Slots = slotArray(Obj, H);
  for (uint32_t I = 0; I < N; ++I)
    Tr(&Slots[I]);
}

namespace {

Value noAttribute(const Type *T, Str *Name) {
  return raise(&adder_type_AttributeError, "'%s' object has no attribute '%V'",
               T->name, Name);
}

/// The instance's own value of Name (Error, nothing pending, if none); K
/// is the fixed slot of that name (fixedSlotOf) or -1.
Value ownAttribute(Value Obj, const HeapType *H, Str *Name, int K) {
  if (K >= 0 && slotArray(Obj, H)[K] != Error)
    return slotArray(Obj, H)[K];
  if (!H->dictOffset)
    return Error;
  Value Field = *dictField(Obj, H);
  if (!holdsDict(Field))
    return Error;
  return dictGetItemStr(asDict(Field), Name);
}

/// Stores (or deletes, Item == Error) the instance's own attribute.
int setOwnAttribute(Value Obj, const HeapType *H, Str *Name, Value Item) {
  const Type *T = &H->type;
  Value *Field = H->dictOffset ? dictField(Obj, H) : nullptr;
  int K = H->fixedSlots ? fixedSlotOf(H, Name) : -1;
  if (K >= 0 && Field && !holdsDict(*Field)) {
    Value *Slots = slotArray(Obj, H);
    if (Item != Error) {
      if (Slots[K] == Error && !noteSlotSet(Obj, H, uint32_t(K)))
        return -1;
      Slots[K] = Item;
      return 0;
    }
    if (Slots[K] == Error) {
      noAttribute(T, Name);
      return -1;
    }
  }
  if (!Field) {
    noAttribute(T, Name);
    return -1;
  }
  Dict *D = materialize(Obj, H);
  if (!D)
    return -1;
  Value Key = fromObject(&Name->header);
  if (Item != Error)
    return dictSetItem(D, Key, Item);
  if (dictDelItem(D, Key) == 0)
    return 0;
  if (pendingExceptionMatches(&adder_type_KeyError)) {
    clearPendingException();
    noAttribute(T, Name);
  }
  return -1;
}

} // namespace

Value genericGetAttr(Value Obj, Str *Name) {
  const Type *T = typeOf(Obj);
  HeapType *H = isHeapType(T) ? asHeapType(T) : nullptr;
  if (Name->byteLength > 4 && Name->data[0] == '_' && Name->data[1] == '_') {
    // object.__class__, unless a class of the MRO defines its own (a
    // property, say): that one is found below.
    if (sameName(Name, SN::class_) &&
        (!H || lookupInMro(T, Name).value == Error))
      return typeValue(T);
    if (H && sameName(Name, SN::dict) && H->dictOffset) {
      Dict *D = instanceDict(Obj, true);
      return D ? dictValue(D) : Error;
    }
  }
  Found F = lookupInMro(T, Name);
  if (F.value != Error && isDataDescriptor(F.value))
    return bindFound(F, Obj, T);
  if (F.method && F.method->kind == MethodKind::Property)
    return F.method->call(&Obj, 1, nullptr);
  if (H) {
    Value V = ownAttribute(Obj, H, Name, F.fixedSlot);
    if (V != Error)
      return V;
  }
  if (F)
    return bindFound(F, Obj, T);
  // What the builtin base provides outside its method table (exception
  // args, function __name__...). A builtin type's own getAttr is the
  // caller, when it falls back here.
  const Type *B = H ? builtinBaseOf(T) : T->base;
  for (const Type *C = B; C; C = C->base)
    if (C->getAttr)
      return C->getAttr(Obj, Name);
  return noAttribute(T, Name);
}

int genericSetAttr(Value Obj, Str *Name, Value Item) {
  const Type *T = typeOf(Obj);
  HeapType *H = isHeapType(T) ? asHeapType(T) : nullptr;
  if (H && sameName(Name, SN::dict) && H->dictOffset) {
    if (Item == Error || !isDict(Item)) {
      if (Item == Error)
        raise(&adder_type_TypeError, "cannot delete __dict__");
      else
        raise(&adder_type_TypeError,
              "__dict__ must be set to a dictionary, not a '%s'",
              typeName(Item));
      return -1;
    }
    if (!instanceDict(Obj, true))
      return -1;
    *dictField(Obj, H) = Item;
    return 0;
  }
  if (sameName(Name, SN::class_)) {
    const Type *New = typeFromValue(Item);
    if (!New) {
      raise(&adder_type_TypeError,
            "__class__ must be set to a class, not '%s' object",
            typeName(Item));
      return -1;
    }
    HeapType *NH = isHeapType(New) ? asHeapType(New) : nullptr;
    bool Compatible = H && NH && H->builtinBase == NH->builtinBase &&
                      H->dictOffset == NH->dictOffset &&
                      T->instanceSize == New->instanceSize &&
                      H->fixedSlots == NH->fixedSlots;
    if (!Compatible) {
      raise(&adder_type_TypeError,
            "__class__ assignment: '%s' object layout differs from '%s'",
            New->name, T->name);
      return -1;
    }
    // Same sizes, but the fixed slots may name other attributes: keep the
    // instance's attributes in its __dict__ (its slots left empty), where
    // the new class finds them by name.
    for (uint32_t I = 0; I < H->fixedSlots; ++I) {
      Value A = H->slotNames->items[I], B = NH->slotNames->items[I];
      if (A == B || (isStr(A) && isStr(B) && strEquals(asStr(A), asStr(B))))
        continue;
      if (!H->dictOffset) { // __slots__ of other names
        raise(&adder_type_TypeError,
              "__class__ assignment: '%s' object layout differs from '%s'",
              New->name, T->name);
        return -1;
      }
      if (!materialize(Obj, H))
        return -1;
      break;
    }
    asObject(Obj)->type = New;
    return 0;
  }
  Found F = lookupInMro(T, Name);
  if (F.value != Error && isDataDescriptor(F.value)) {
    const Type *DT = typeOf(F.value);
    if (DT == &adder_type_property)
      return propertySet(F.value, Obj, Item);
    if (DT == &adder_type_member_descriptor)
      return memberSet(F.value, Obj, Item);
    bool Missing = false;
    Value R;
    if (Item == Error)
      R = callSpecial(F.value, unsigned(SN::delete_), &Obj, 1, &Missing);
    else {
      Value Args[2] = {Obj, Item};
      R = callSpecial(F.value, unsigned(SN::set), Args, 2, &Missing);
    }
    return R == Error ? -1 : 0;
  }
  if (F.method && F.method->kind == MethodKind::Property) {
    raise(&adder_type_AttributeError,
          "attribute '%V' of '%s' objects is not writable", Name,
          F.owner->name);
    return -1;
  }
  if (H) {
    // Exceptions keep args and the chaining fields in their struct.
    if (auto S = H->builtinBase->setAttr)
      return S(Obj, Name, Item);
    return setOwnAttribute(Obj, H, Name, Item);
  }
  // A builtin object with its own attribute storage (functions, modules).
  for (const Type *C = T; C; C = C->base)
    if (C->setAttr)
      return C->setAttr(Obj, Name, Item);
  noAttribute(T, Name);
  return -1;
}

//===----------------------------------------------------------------------===//
// The hooks: the getAttr and setAttr slots of every class
//===----------------------------------------------------------------------===//

namespace {

Value instanceGetAttr(Value Obj, Str *Name) {
  HeapType *H = asHeapType(typeOf(Obj));
  Value NameV = fromObject(&Name->header);
  Value R;
  if (H->hooks & HookGetAttribute)
    R = callSpecial(Obj, unsigned(SN::getattribute), &NameV, 1);
  else if (H->builtinBase->flags & TypeTypeSubclass)
    R = typeGetAttrSlow(Obj, Name); // Obj is a class, H its metaclass
  else
    R = genericGetAttr(Obj, Name);
  if (R != Error || !(H->hooks & HookGetAttr) ||
      !pendingExceptionMatches(&adder_type_AttributeError))
    return R;
  clearPendingException();
  return callSpecial(Obj, unsigned(SN::getattr), &NameV, 1);
}

int instanceSetAttr(Value Obj, Str *Name, Value Item) {
  HeapType *H = asHeapType(typeOf(Obj));
  Value NameV = fromObject(&Name->header);
  if (Item != Error && (H->hooks & HookSetAttr)) {
    Value Args[2] = {NameV, Item};
    return callSpecial(Obj, unsigned(SN::setattr), Args, 2) == Error ? -1 : 0;
  }
  if (Item == Error && (H->hooks & HookDelAttr))
    return callSpecial(Obj, unsigned(SN::delattr), &NameV, 1) == Error ? -1
                                                                        : 0;
  if (H->builtinBase->flags & TypeTypeSubclass)
    return typeSetAttr(Obj, Name, Item);
  return genericSetAttr(Obj, Name, Item);
}

} // namespace

//===----------------------------------------------------------------------===//
// Calling a class
//===----------------------------------------------------------------------===//

namespace {

bool excessArgs(size_t Argc, Tuple *KwNames) {
  return Argc || (KwNames && KwNames->size);
}

uint32_t hooksOf(const Type *T) {
  return isHeapType(T) ? asHeapType(T)->hooks : 0;
}

/// Args with Self prepended (keyword values included), in a stack buffer
/// or on the heap. Null on error.
const Value *prepend(Value Self, const Value *Args, size_t Argc,
                     Tuple *KwNames, Value *Inline, size_t InlineSize) {
  size_t Total = Argc + 1 + (KwNames ? KwNames->size : 0);
  Value *All = Inline;
  if (Total > InlineSize) {
    Object *Block = gcAlloc(&adder_type_value_array,
                            sizeof(Object) + Total * sizeof(Value));
    if (!Block)
      return nullptr;
    All = reinterpret_cast<Value *>(Block + 1);
  }
  All[0] = Self;
  memcpy(All + 1, Args, (Total - 1) * sizeof(Value));
  return All;
}

} // namespace

/// A zeroed plain instance of T (object.__new__'s work), or Error.
ADDER_INLINE Value allocateInstance(const Type *T) {
  Object *O = gcAlloc(T, T->instanceSize ? T->instanceSize : sizeof(Object));
  return O ? fromObject(O) : Error;
}

Value newInstance(const Type *T, const Value *Args, size_t Argc,
                  Tuple *KwNames, bool CheckArgs) {
  const Type *B = builtinBaseOf(T);
  if (B == &adder_type_object) {
    if (CheckArgs && excessArgs(Argc, KwNames)) {
      uint32_t Hooks = hooksOf(T);
      if (Hooks & HookNew)
        return raise(&adder_type_TypeError,
                     "object.__new__() takes exactly one argument (the type "
                     "to instantiate)");
      if (!(Hooks & HookInit))
        return raise(&adder_type_TypeError, "%s() takes no arguments",
                     T->name);
    }
    return allocateInstance(T);
  }
  if (B->flags & TypeExceptionSubclass)
    return newException(T, Args, Argc);
  if (B == &adder_type_list || B == &adder_type_dict) {
    Object *O = gcAlloc(T, T->instanceSize);
    return O ? fromObject(O) : Error;
  }
  // set.__new__ makes an empty set (__init__ fills it); frozenset.__new__
  // takes the elements, which are fixed from then on.
  if (B == &adder_type_set) {
    Set *S = setNewFromIterable(T, Error);
    return S ? fromObject(&S->header) : Error;
  }
  if (B == &adder_type_frozenset)
    return B->construct(T, Args, Argc, KwNames);
  if (isValueBuiltin(B)) {
    // int.__new__(cls, x): the value int(x), in an instance of cls.
    Value V = B->construct(B, Args, Argc, KwNames);
    return V == Error ? Error : valueInstance(T, V);
  }
  if (B == &adder_type_type) {
    // type.__new__(metaclass, name, bases, namespace, **kw)
    if (Argc != 3)
      return raise(&adder_type_TypeError,
                   "type.__new__() takes exactly 3 arguments (%zu given)",
                   Argc);
    size_t NKw = KwNames ? KwNames->size : 0;
    Dict *Kw = NKw ? dictNew() : nullptr;
    if (NKw && !Kw)
      return Error;
    for (size_t I = 0; I < NKw; ++I)
      if (dictSetItem(Kw, KwNames->items[I], Args[Argc + I]) < 0)
        return Error;
    return classNew(Args[0], Args[1], Args[2], Kw, nullptr, T);
  }
  return raise(&adder_type_TypeError, "%s.__new__(%s) is not supported",
               B->name, T->name);
}

Value builtinInit(Value Obj, const Value *Args, size_t Argc,
                  Tuple *KwNames) {
  const Type *T = typeOf(Obj);
  const Type *B = builtinBaseOf(T);
  size_t NKw = KwNames ? KwNames->size : 0;
  if (B->flags & TypeExceptionSubclass) {
    if (NKw)
      return raise(&adder_type_TypeError, "%s() takes no keyword arguments",
                   T->name);
    Tuple *A = tupleNew(Args, Argc);
    if (!A)
      return Error;
    reinterpret_cast<BaseException *>(asObject(Obj))->args = A;
    return none();
  }
  if (B == &adder_type_type) {
    // type.__init__ only checks the count; type.__new__ did the work.
    if (Argc != 1 && Argc != 3)
      return raise(&adder_type_TypeError,
                   "type.__init__() takes 1 or 3 arguments");
    return none();
  }
  if (B == &adder_type_list) {
    if (NKw)
      return raise(&adder_type_TypeError, "list() takes no keyword arguments");
    if (Argc > 1)
      return raise(&adder_type_TypeError,
                   "list expected at most 1 argument, got %zu", Argc);
    List *L = asList(Obj);
    L->size = 0;
    if (Argc == 1) {
      Value Items = listFromIterable(Args[0]);
      if (Items == Error)
        return Error;
      for (uint32_t I = 0; I < asList(Items)->size; ++I) {
        Value X = listGet(asList(Items), I);
        if (X == Error || !listAppend(L, X))
          return Error;
      }
    }
    return none();
  }
  if (B == &adder_type_set)
    return setInit(asSet(Obj), Args, Argc, KwNames) < 0 ? Error : none();
  if (B == &adder_type_dict) {
    if (Argc > 1)
      return raise(&adder_type_TypeError,
                   "dict expected at most 1 argument, got %zu", Argc);
    Dict *D = asDict(Obj);
    if (Argc == 1 && dictUpdateArg(D, Args[0]) < 0)
      return Error;
    for (size_t I = 0; I < NKw; ++I)
      if (dictSetItem(D, KwNames->items[I], Args[Argc + I]) < 0)
        return Error;
    return none();
  }
  // object.__init__
  if (excessArgs(Argc, KwNames)) {
    uint32_t Hooks = hooksOf(T);
    if (Hooks & HookInit)
      return raise(&adder_type_TypeError,
                   "object.__init__() takes exactly one argument (the "
                   "instance to initialize)");
    // The arguments were the builtin's (int.__new__ took them).
    if (!(Hooks & HookNew) && !isValueBuiltin(B) &&
        B != &adder_type_frozenset)
      return raise(&adder_type_TypeError, "%s() takes no arguments", T->name);
  }
  return none();
}

namespace {

/// Arguments (after self) of the constructions heapConstruct serves from
/// the class's cached __init__.
constexpr size_t MaxCachedInitArgs = 8;

/// The result of __init__: None, else the TypeError CPython raises.
Value checkInitResult(Value R) {
  if (R == Error || isNone(R))
    return R;
  return raise(&adder_type_TypeError,
               "__init__() should return None, not '%s'", typeName(R));
}

/// heapConstruct for a class whose instances are plain objects made by
/// object.__new__ and set up by a Python __init__ (H->initFunction) that
/// takes exactly the positional arguments given: the usual case, with no
/// lookups.
Value constructWithCachedInit(const HeapType *H, const Value *Args,
                              size_t Argc) {
  Value Init = H->initFunction;
  const Function *Fn = reinterpret_cast<const Function *>(asObject(Init));
  Value Obj = allocateInstance(&H->type);
  if (Obj == Error)
    return Error;
  Value All[MaxCachedInitArgs + 1] = {Obj};
  for (size_t I = 0; I < Argc; ++I)
    All[I + 1] = Args[I];
  if (checkInitResult(Fn->entry(Init, All)) == Error)
    return Error;
  return Obj;
}

/// Whether constructing T can take constructWithCachedInit while its
/// version holds, given that its __init__ is F.
bool initCacheable(const HeapType *H, const Found &F) {
  return !(H->hooks & HookNew) && H->builtinBase == &adder_type_object &&
         isObject(F.value) && typeOf(F.value) == &adder_type_function;
}

/// type.__call__ for a class: __new__, then __init__ when __new__ returned
/// an instance of the class.
Value heapConstruct(const Type *T, const Value *Args, size_t Argc,
                    Tuple *KwNames) {
  HeapType *H = asHeapType(T);
  if (H->initVersion == H->version && H->initVersion && !KwNames &&
      Argc <= MaxCachedInitArgs &&
      fillsExactly(reinterpret_cast<const Function *>(
                       asObject(H->initFunction))->signature,
                   Argc + 1))
    return constructWithCachedInit(H, Args, Argc);
  Value Inline[9];
  Value Obj;
  if (H->hooks & HookNew) {
    Found F = lookupInMro(T, specialName(SN::new_));
    Value New = bindFound(F, Error, T);
    if (New == Error)
      return Error;
    const Value *All = prepend(typeValue(T), Args, Argc, KwNames, Inline, 9);
    if (!All)
      return Error;
    Obj = call(New, All, Argc + 1, KwNames);
  } else {
    Obj = newInstance(T, Args, Argc, KwNames, true);
  }
  if (Obj == Error || !isSubtype(typeOf(Obj), T))
    return Obj;
  const Type *OT = typeOf(Obj);
  if (!(hooksOf(OT) & HookInit)) {
    if (builtinInit(Obj, Args, Argc, KwNames) == Error)
      return Error;
    return Obj;
  }
  Found F = lookupInMro(OT, specialName(SN::init));
  if (OT == T && initCacheable(H, F)) {
    H->initFunction = F.value;
    H->initVersion = H->version;
  }
  Value R;
  if (isObject(F.value) && typeOf(F.value) == &adder_type_function) {
    const Value *All = prepend(Obj, Args, Argc, KwNames, Inline, 9);
    if (!All)
      return Error;
    R = call(F.value, All, Argc + 1, KwNames);
  } else {
    Value Init = bindFound(F, Obj, OT);
    if (Init == Error)
      return Error;
    R = call(Init, Args, Argc, KwNames);
  }
  if (checkInitResult(R) == Error)
    return Error;
  return Obj;
}

} // namespace

/// The slots every class gets, whatever it defines (SlotDispatch.cpp adds
/// those of special methods).
void installBaseSlots(HeapType *H) {
  H->type.getAttr = instanceGetAttr;
  H->type.setAttr = instanceSetAttr;
  H->type.construct = heapConstruct;
}

namespace {

/// layoutExtends past the two layouts it compares inline.
ADDER_NOINLINE bool layoutExtendsDeep(const ClassLayout *L,
                                      const ClassLayout *Want) {
  for (; L; L = L->base)
    if (L == Want)
      return true;
  return false;
}

/// Is L the layout Want or one extending it (a subclass's layout, whose
/// first slots are Want's)? Want is not null. The class itself and its
/// base are compared inline, without a loop: compiled code inlines this
/// at every attribute access, and a loop each would cost the optimizer
/// and the code generator far more than the rare deeper walk costs.
ADDER_FAST bool layoutExtends(const ClassLayout *L, const ClassLayout *Want) {
  if (L == Want)
    return true;
  if (!L)
    return false;
  const ClassLayout *Base = L->base;
  if (Base == Want)
    return true;
  return Base && layoutExtendsDeep(Base->base, Want);
}

/// The slots of Obj if its class's fast layout extends Layout, else null.
ADDER_FAST Value *fastSlots(Value Obj, const ClassLayout *Layout) {
  if (!isObject(Obj))
    return nullptr;
  const Type *T = asObject(Obj)->type;
  if (!(T->flags & TypeHeapType) ||
      !layoutExtends(asHeapType(T)->fastLayout, Layout))
    return nullptr;
  // Classes with a compiler layout are based on object: fixed offsets.
  return reinterpret_cast<Value *>(reinterpret_cast<char *>(asObject(Obj)) +
                                   asHeapType(T)->slotsOffset);
}

/// The store into an empty fixed slot Index of Obj (whose slots are
/// Slots) when no bookkeeping beyond the count of slots set is needed: the
/// slot is past every slot set so far and there is no __dict__. False when
/// the caller must take the slow path.
ADDER_INLINE bool storeFirstSlotInline(Value Obj, Value *Slots,
                                       uint32_t Index, Value Item) {
  const HeapType *H = asHeapType(asObject(Obj)->type);
  Value *Field = dictField(Obj, H);
  Value W = *Field;
  if (isObject(W) || SWord(Index) < (W ? smallIntValue(W) : 0))
    return false;
  Slots[Index] = Item;
  *Field = makeSmallInt(SWord(Index) + 1);
  return true;
}

ADDER_NOINLINE bool storeFirstSlot(Value Obj, Value *Slots, uint32_t Index,
                                   Value Item) {
  return storeFirstSlotInline(Obj, Slots, Index, Item);
}

/// A store into fixed slot Index of Obj, whose slots are Slots: in place
/// when the slot is set already, else as storeFirstSlotInline. The first
/// store is inlined only where it is the usual case (FirstInline: stores
/// to self in __init__, adder_instance_init_set); elsewhere it is a call,
/// as it happens once per attribute and instance while this is inlined at
/// every assignment to an attribute.
template <bool FirstInline>
ADDER_INLINE bool storeSlotFast(Value Obj, Value *Slots, uint32_t Index,
                                Value Item) {
  if (Slots[Index]) {
    Slots[Index] = Item;
    return true;
  }
  return FirstInline ? storeFirstSlotInline(Obj, Slots, Index, Item)
                     : storeFirstSlot(Obj, Slots, Index, Item);
}

/// The layout that first gave H's fixed slot K (the class of the MRO
/// that introduced the attribute), so one cached entry serves the
/// subclasses too.
const ClassLayout *introducingLayout(const HeapType *H, uint32_t K) {
  const ClassLayout *L = H->fastLayout;
  while (L->base && L->base->count > K)
    L = L->base;
  return L;
}

} // namespace

/// A per-site attribute cache of compiled code (one static, zeroed, per
/// attribute expression): the layout and the slot the name was last found
/// in.
struct AttrSiteCache {
  const ClassLayout *layout;
  uint32_t index;
};

extern "C" {

/// Compiled code's read of a fixed slot that was empty or whose class did
/// not match: the generic getattr.
Value adder_instance_getattr_slow(Value Obj, Value Name) {
  return getAttr(Obj, asStr(Name));
}

/// Reads fixed slot Index of Obj if Obj's class's layout extends Layout
/// and the slot is set; else the full attribute lookup. Inlined into
/// compiled code after linking, so the fast path is a compare and a load.
ADDER_FAST Value adder_instance_get(Value Obj, const ClassLayout *Layout,
                                    uint32_t Index, Value Name) {
  if (Value *Slots = fastSlots(Obj, Layout))
    if (Value V = Slots[Index])
      return V;
  return adder_instance_getattr_slow(Obj, Name);
}

int32_t adder_instance_setattr_slow(Value Obj, Value Name, Value Item) {
  return setAttr(Obj, asStr(Name), Item);
}

/// Stores Item into fixed slot Index when the fast path applies (the
/// layout matches, no __dict__, the slot set or past the others), else
/// through setattr. 0, or -1 on error.
ADDER_FAST int32_t adder_instance_set(Value Obj, const ClassLayout *Layout,
                                      uint32_t Index, Value Name, Value Item) {
  if (Value *Slots = fastSlots(Obj, Layout))
    if (storeSlotFast<false>(Obj, Slots, Index, Item))
      return 0;
  return adder_instance_setattr_slow(Obj, Name, Item);
}

/// adder_instance_set for `self.name = item` in __init__, where the store
/// is usually the slot's first: that path is inlined too.
ADDER_FAST int32_t adder_instance_init_set(Value Obj, const ClassLayout *Layout,
                                           uint32_t Index, Value Name,
                                           Value Item) {
  if (Value *Slots = fastSlots(Obj, Layout))
    if (storeSlotFast<true>(Obj, Slots, Index, Item))
      return 0;
  return adder_instance_setattr_slow(Obj, Name, Item);
}

/// A per-site cache of `Class(args)` constructions of compiled code: the
/// class and its version when its __init__ was the one the site calls.
struct ConstructSiteCache {
  const Type *type;
  uintptr_t version;
};

/// A fresh instance of T for adder_construct_alloc, or None when there is
/// no memory: the generic call then raises the MemoryError.
Value instanceOrNone(const Type *T) {
  Value Obj = allocateInstance(T);
  if (Obj != Error)
    return Obj;
  clearPendingException();
  return none();
}

/// adder_construct_alloc's check, when the site's cache does not apply.
Value adder_construct_alloc_miss(Value Callee, ConstructSiteCache *Site,
                                 Value Entry) {
  if (!isObject(Callee) || asObject(Callee)->type != &adder_type_type)
    return none();
  const Type *T = reinterpret_cast<const Type *>(asObject(Callee));
  if (!isHeapType(T) || T->construct != heapConstruct)
    return none();
  HeapType *H = asHeapType(T);
  Found F = lookupInMro(T, specialName(SN::init));
  if (!initCacheable(H, F) ||
      reinterpret_cast<Value>(
          reinterpret_cast<const Function *>(asObject(F.value))->entry) !=
          Entry)
    return none();
  Site->type = T;
  Site->version = H->version;
  return instanceOrNone(T);
}

/// A fresh instance of Callee for compiled code that calls its __init__
/// directly, or None when that would not be what calling Callee does.
ADDER_FAST Value adder_construct_alloc(Value Callee, ConstructSiteCache *Site,
                                       Value Entry) {
  if (isObject(Callee)) {
    const Type *T = reinterpret_cast<const Type *>(asObject(Callee));
    if (T == Site->type && asHeapType(T)->version == Site->version)
      return instanceOrNone(T);
  }
  return adder_construct_alloc_miss(Callee, Site, Entry);
}

Value adder_check_init_result(Value R) { return checkInitResult(R); }

/// A per-site cache of method lookups (one static per call site, zeroed;
/// the backend sizes it, see site.cache), the most recent entry first:
/// the class and its version when the name was found to be a plain
/// function of it, the function, and the fixed slot of that name (an
/// instance attribute there would shadow the method). The function stays
/// alive while the class has that version: the class's dict holds it.
/// Several entries serve call sites whose receivers are of a few classes
/// (a method of a base class called on instances of its subclasses).
struct MethodCacheEntry {
  const Type *type;
  uintptr_t version;
  Value function;
  intptr_t fixedSlot;
};
constexpr unsigned MethodCacheWays = sizeof(void *) == 8 ? 4 : 2;
struct MethodSiteCache {
  MethodCacheEntry entries[MethodCacheWays];
};

namespace {

/// The cached function if E applies to Obj (of class T), else Error.
ADDER_FAST Value cachedMethod(const MethodCacheEntry &E, Value Obj,
                              const Type *T) {
  if (T != E.type)
    return Error;
  if (!(T->flags & TypeHeapType))
    return E.function; // a builtin type's methods never change
  const HeapType *H = asHeapType(T);
  if (H->version != E.version)
    return Error;
  intptr_t K = E.fixedSlot;
  if ((K >= 0 && slotArray(Obj, H)[K]) ||
      (H->dictOffset && holdsDict(*dictField(Obj, H))))
    return Error;
  return E.function;
}

} // namespace

/// The unbound method object (`str.upper`) of a builtin type's method
/// table entry, made once and kept for the whole run (a GC root), or
/// Error when the table of them is full.
Value unboundBuiltinMethod(const MethodDef *Def, const Type *Owner) {
  constexpr size_t Size = sizeof(void *) == 8 ? 256 : 32;
  static const MethodDef *Defs[Size];
  static Value Methods[Size];
  static bool Registered;
  if (!Registered) {
    gcAddRoots(Methods, Size);
    Registered = true;
  }
  size_t Start = (reinterpret_cast<uintptr_t>(Def) >> 4) % Size;
  for (size_t I = 0; I < Size; ++I) {
    size_t K = (Start + I) % Size;
    if (Defs[K] == Def)
      return Methods[K];
    if (!Defs[K]) {
      Value M = makeBuiltinMethod(Def, Error, Owner);
      if (M == Error) {
        clearPendingException();
        return Error;
      }
      Defs[K] = Def;
      Methods[K] = M;
      return M;
    }
  }
  return Error;
}

void pushMethodEntry(MethodSiteCache *Cache, const MethodCacheEntry &E) {
  for (unsigned I = MethodCacheWays - 1; I > 0; --I)
    Cache->entries[I] = Cache->entries[I - 1];
  Cache->entries[0] = E;
}

Value adder_load_method_miss(Value Obj, Value Name, Value *Self,
                             MethodSiteCache *Cache) {
  *Self = Error;
  const Type *T = typeOf(Obj);
  for (unsigned I = 1; I < MethodCacheWays; ++I)
    if (Value F = cachedMethod(Cache->entries[I], Obj, T)) {
      *Self = Obj;
      return F;
    }
  if (!isHeapType(T)) {
    // A method of a builtin type's table: its unbound method object,
    // called with the receiver first (no bound method per call). Types
    // with their own attribute lookup (modules, functions...) keep it.
    for (const Type *C = T; C; C = C->base)
      if (C->getAttr)
        return getAttr(Obj, asStr(Name));
    Found F = lookupInMro(T, asStr(Name));
    if (F.method && F.method->kind == MethodKind::Method) {
      Value M = unboundBuiltinMethod(F.method, F.owner);
      if (M != Error) {
        pushMethodEntry(Cache, {T, 0, M, -1});
        *Self = Obj;
        return M;
      }
    }
    return getAttr(Obj, asStr(Name));
  }
  HeapType *H = asHeapType(T);
  if (!(H->hooks & HookGetAttribute)) {
    Found F = lookupInMro(T, asStr(Name));
    if (isObject(F.value) && typeOf(F.value) == &adder_type_function) {
      pushMethodEntry(Cache, {T, H->version, F.value, F.fixedSlot});
      if (ownAttribute(Obj, H, asStr(Name), F.fixedSlot) == Error) {
        *Self = Obj;
        return F.value;
      }
    }
  }
  return getAttr(Obj, asStr(Name));
}

/// obj.name about to be called (CPython's LOAD_METHOD): when the class's
/// attribute is a plain function and nothing can come before it (no
/// __getattribute__, no instance attribute of that name), returns the
/// function and stores Obj in *Self, sparing the bound method; otherwise
/// the attribute as getattr finds it, with 0 in *Self. The fast path is
/// the site's cache: same class, same version, no instance attribute.
ADDER_FAST Value adder_load_method(Value Obj, Value Name, Value *Self,
                                   MethodSiteCache *Cache) {
  if (isObject(Obj))
    if (Value F = cachedMethod(Cache->entries[0], Obj, asObject(Obj)->type)) {
      *Self = Obj;
      return F;
    }
  return adder_load_method_miss(Obj, Name, Self, Cache);
}

/// Fills Cache from Obj's class if Name is one of its fixed slots.
void adder_attr_cache_fill(Value Obj, AttrSiteCache *Cache, Value Name) {
  if (!isObject(Obj) || !isHeapType(typeOf(Obj)))
    return;
  const HeapType *H = asHeapType(typeOf(Obj));
  if (!H->fastLayout)
    return;
  int K = fixedSlotOf(H, asStr(Name));
  if (K < 0)
    return;
  Cache->layout = introducingLayout(H, uint32_t(K));
  Cache->index = uint32_t(K);
}

Value adder_instance_get_miss(Value Obj, AttrSiteCache *Cache, Value Name) {
  adder_attr_cache_fill(Obj, Cache, Name);
  return getAttr(Obj, asStr(Name));
}

/// `obj.name` where the compiler does not know obj's class but some class
/// of the program has a fixed slot called name: the slot the site's cache
/// remembers, else the full lookup (which refills the cache).
ADDER_FAST Value adder_instance_get_cached(Value Obj, AttrSiteCache *Cache,
                                           Value Name) {
  if (const ClassLayout *L = Cache->layout)
    if (Value *Slots = fastSlots(Obj, L))
      if (Value V = Slots[Cache->index])
        return V;
  return adder_instance_get_miss(Obj, Cache, Name);
}

int32_t adder_instance_set_miss(Value Obj, AttrSiteCache *Cache, Value Name,
                                Value Item) {
  adder_attr_cache_fill(Obj, Cache, Name);
  return setAttr(Obj, asStr(Name), Item);
}

/// `obj.name = item` with a site cache, as adder_instance_get_cached.
ADDER_FAST int32_t adder_instance_set_cached(Value Obj, AttrSiteCache *Cache,
                                             Value Name, Value Item) {
  if (const ClassLayout *L = Cache->layout)
    if (Value *Slots = fastSlots(Obj, L))
      if (storeSlotFast<false>(Obj, Slots, Cache->index, Item))
        return 0;
  return adder_instance_set_miss(Obj, Cache, Name, Item);
}
}

} // namespace adder::rt
