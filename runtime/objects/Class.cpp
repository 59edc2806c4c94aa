//===- Class.cpp - class creation, MRO, and attributes of classes ---------===//
//
// What type.__new__ does in CPython: checks the bases, computes the C3
// linearization, lays the instances out (the builtin base's struct, a
// __dict__ pointer, then fixed and __slots__ slots), turns the namespace
// the class body filled into the class's dict, and runs __set_name__ and
// __init_subclass__. Also the attribute protocol of classes themselves
// (`C.x`, `C.x = v`) and the caches a class keeps about its MRO (which
// hooks and special methods Python code defines), recomputed whenever a
// class attribute changes.
//
//===----------------------------------------------------------------------===//

#include "objects/Class.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "objects/Callables.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/SpecialNames.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

const Type *typeFromValue(Value V) {
  if (isObject(V) && (typeOf(V)->flags & TypeTypeSubclass))
    return reinterpret_cast<const Type *>(asObject(V));
  return nullptr;
}

const Type *builtinBaseOf(const Type *T) {
  while (T && isHeapType(T))
    T = T->base;
  return T;
}

namespace {

/// Name pointer comparison first: names in the program and the runtime's
/// special names are shared static strs.
bool sameName(const Str *A, SN Id) {
  const Str *B = specialName(Id);
  return A == B || strEquals(A, B);
}

} // namespace

//===----------------------------------------------------------------------===//
// Lookup along the MRO
//===----------------------------------------------------------------------===//

namespace {

/// Looks Name up in one class of an MRO.
bool lookupIn(const Type *C, Str *Name, Found &Out) {
  if (isHeapType(C)) {
    Value V = C->dict ? dictGetItemStr(C->dict, Name) : Error;
    if (V == Error)
      return false;
    Out.value = V;
    Out.owner = C;
    return true;
  }
  const MethodDef *M = findMethod(C, Name);
  if (!M && C != &adder_type_object)
    M = findSlotWrapper(C, Name);
  if (!M)
    return false;
  Out.method = M;
  Out.owner = C;
  return true;
}

} // namespace

namespace {

// A direct-mapped cache of MRO lookups, as CPython's type attribute cache:
// an attribute access on an instance looks its name up in every class of
// the MRO (dict probes, then the builtin base's method table by name)
// before the instance dict. An entry is keyed by the type and a static
// name (heap names could be freed and their address reused) and is valid
// while the type's version is the one recorded: a class gets a fresh
// version, never reused, when it is created and whenever an attribute of
// it or of a class in its MRO is set or deleted (typeSetAttr is the only
// way to change a class's dict), so a class freed and another created at
// its address cannot match either. Builtin types never change (version 0).
// Plain fields (no Found, whose member initializers would make the array
// need a static constructor).
struct MroCacheEntry {
  const Type *type;
  const Str *name;
  uintptr_t version;
  Value value;
  const MethodDef *method;
  const Type *owner;
  int32_t fixedSlot;
};
// Small on 32-bit targets, whose RAM is scarce.
constexpr size_t MroCacheSize = sizeof(void *) == 8 ? 512 : 32;
MroCacheEntry MroCache[MroCacheSize];
uintptr_t LastTypeVersion = 0;

/// Fibonacci hashing of the pair: the product's top bits mix every bit of
/// both addresses (the low bits of heap and static addresses are zeros).
size_t mroCacheIndex(const Type *T, const Str *Name) {
  static_assert((MroCacheSize & (MroCacheSize - 1)) == 0, "a power of two");
  constexpr unsigned Bits = __builtin_ctz(MroCacheSize);
  uintptr_t Key = reinterpret_cast<uintptr_t>(T) ^
                  (reinterpret_cast<uintptr_t>(Name) << 7);
  if constexpr (sizeof(uintptr_t) == 8)
    return size_t((uint64_t(Key) * 0x9E3779B97F4A7C15ull) >> (64 - Bits));
  else
    return size_t((uint32_t(Key) * 0x9E3779B9u) >> (32 - Bits));
}

uintptr_t typeVersion(const Type *T) {
  return isHeapType(T) ? asHeapType(T)->version : 0;
}

/// Gives H and every class derived from it a new version.
void bumpVersions(HeapType *H, unsigned Depth) {
  H->version = ++LastTypeVersion;
  if (!H->subclasses || Depth > 64)
    return;
  for (uint32_t I = 0; I < H->subclasses->size; ++I)
    bumpVersions(asHeapType(reinterpret_cast<const Type *>(
                     asObject(H->subclasses->values()[I]))),
                 Depth + 1);
}

Found lookupInMroUncached(const Type *T, Str *Name, const Type *Start);

} // namespace

Found lookupInMro(const Type *T, Str *Name, const Type *Start) {
  if (Start || gcInHeap(Name))
    return lookupInMroUncached(T, Name, Start);
  MroCacheEntry &E = MroCache[mroCacheIndex(T, Name)];
  uintptr_t Version = typeVersion(T);
  if (E.type == T && E.name == Name && E.version == Version) {
    Found F;
    F.value = E.value;
    F.method = E.method;
    F.owner = E.owner;
    F.fixedSlot = E.fixedSlot;
    return F;
  }
  Found F = lookupInMroUncached(T, Name, nullptr);
  // The lookup runs no Python code, so nothing changed meanwhile.
  E = {T, Name, Version, F.value, F.method, F.owner, F.fixedSlot};
  return F;
}

namespace {

Found lookupInMroUncached(const Type *T, Str *Name, const Type *Start) {
  Found F;
  if (isHeapType(T))
    F.fixedSlot = fixedSlotOf(asHeapType(T), Name);
  bool Skipping = Start != nullptr;
  if (T->mro) {
    Tuple *Mro = T->mro;
    for (uint32_t I = 0; I < Mro->size; ++I) {
      const Type *C = reinterpret_cast<const Type *>(asObject(Mro->items[I]));
      if (Skipping) {
        Skipping = C != Start;
        continue;
      }
      if (lookupIn(C, Name, F))
        return F;
    }
    return F;
  }
  for (const Type *C = T; C; C = C->base) {
    if (Skipping) {
      Skipping = C != Start;
      continue;
    }
    if (lookupIn(C, Name, F))
      return F;
  }
  return F;
}

} // namespace

Found lookupInMroCString(const Type *T, const char *Name) {
  Value N = strFromCString(Name);
  if (N == Error) {
    clearPendingException();
    return Found();
  }
  return lookupInMro(T, asStr(N));
}

bool isDataDescriptor(Value V) {
  if (!isObject(V))
    return false;
  const Type *T = typeOf(V);
  if (T == &adder_type_property || T == &adder_type_member_descriptor)
    return true;
  return isHeapType(T) && (asHeapType(T)->hooks & HookSet);
}

Value bindFound(const Found &F, Value Obj, const Type *ObjType) {
  if (F.method) {
    const MethodDef *M = F.method;
    switch (M->kind) {
    case MethodKind::Method:
      return makeBuiltinMethod(M, Obj, ObjType);
    case MethodKind::ClassMethod:
      return makeBuiltinMethod(M, typeValue(ObjType), ObjType);
    case MethodKind::StaticMethod:
      return makeBuiltinMethod(M, Error, ObjType);
    case MethodKind::Property:
      if (Obj == Error)
        return makeBuiltinMethod(M, Error, ObjType);
      return M->call(&Obj, 1, nullptr);
    }
  }
  Value V = F.value;
  if (!isObject(V))
    return V;
  const Type *T = typeOf(V);
  if (T == &adder_type_function)
    return Obj == Error ? V : adder_method_new(V, Obj);
  if (T == &adder_type_classmethod)
    return adder_method_new(
        reinterpret_cast<WrappedCallable *>(asObject(V))->callable,
        typeValue(ObjType));
  if (T == &adder_type_staticmethod)
    return reinterpret_cast<WrappedCallable *>(asObject(V))->callable;
  if (T == &adder_type_property)
    return Obj == Error ? V : propertyGet(V, Obj);
  if (T == &adder_type_member_descriptor)
    return Obj == Error ? V : memberGet(V, Obj);
  if (isHeapType(T) && (asHeapType(T)->hooks & HookGet)) {
    Value Args[2] = {Obj == Error ? none() : Obj, typeValue(ObjType)};
    return callSpecial(V, unsigned(SN::get), Args, 2);
  }
  return bindUnboundBuiltin(V, Obj, ObjType);
}

Value callSpecial(Value Self, unsigned Name, const Value *Args, size_t Argc,
                  bool *Missing) {
  const Type *T = typeOf(Self);
  Found F = lookupInMro(T, specialName(SN(Name)));
  if (!F) {
    if (Missing)
      *Missing = true;
    return raise(&adder_type_AttributeError, "%V", specialName(SN(Name)));
  }
  Value Inline[8];
  if (F.value != Error && isObject(F.value) &&
      typeOf(F.value) == &adder_type_function && Argc < 8) {
    // A plain function: call it with Self first, no bound method.
    Inline[0] = Self;
    memcpy(Inline + 1, Args, Argc * sizeof(Value));
    return call(F.value, Inline, Argc + 1);
  }
  Value Bound = bindFound(F, Self, T);
  if (Bound == Error)
    return Error;
  return call(Bound, Args, Argc);
}

//===----------------------------------------------------------------------===//
// C3 linearization
//===----------------------------------------------------------------------===//

Value typeMro(const Type *T) {
  if (T->mro)
    return tupleValue(T->mro);
  size_t N = 0;
  for (const Type *C = T; C; C = C->base)
    ++N;
  Tuple *R = tupleNew(nullptr, N);
  if (!R)
    return Error;
  size_t I = 0;
  for (const Type *C = T; C; C = C->base)
    R->items[I++] = typeValue(C);
  return tupleValue(R);
}

namespace {

/// The C3 merge of the bases' MROs and the bases list, CPython's
/// mro_implementation. Returns the MRO of a class with these bases, with
/// the class itself left out (the caller puts it first), or Error with
/// TypeError set as CPython words it.
Value c3Merge(Tuple *Bases) {
  size_t NLists = Bases->size + 1;
  // The lists to merge: each base's MRO, then the bases; and how far each
  // has been consumed.
  Value ListsInline[9];
  uint32_t HeadsInline[9];
  Value *Lists = ListsInline;
  uint32_t *Heads = HeadsInline;
  if (NLists > 9) {
    Object *A = gcAlloc(&adder_type_value_array,
                        sizeof(Object) + NLists * sizeof(Value));
    Object *B = gcAlloc(&adder_type_byte_array,
                        sizeof(Object) + NLists * sizeof(uint32_t));
    if (!A || !B)
      return Error;
    Lists = reinterpret_cast<Value *>(A + 1);
    Heads = reinterpret_cast<uint32_t *>(B + 1);
  }
  size_t Total = 0;
  for (uint32_t I = 0; I < Bases->size; ++I) {
    Value M = typeMro(reinterpret_cast<const Type *>(asObject(Bases->items[I])));
    if (M == Error)
      return Error;
    Lists[I] = M;
    Total += asTuple(M)->size;
  }
  Lists[Bases->size] = tupleValue(Bases);
  for (size_t I = 0; I < NLists; ++I)
    Heads[I] = 0;
  List *Out = listNew(Total);
  if (!Out)
    return Error;
  auto InTail = [&](Value C) {
    for (size_t J = 0; J < NLists; ++J) {
      Tuple *L = asTuple(Lists[J]);
      for (uint32_t K = Heads[J] + 1; K < L->size; ++K)
        if (L->items[K] == C)
          return true;
    }
    return false;
  };
  for (;;) {
    bool Empty = true;
    Value Next = Error;
    for (size_t I = 0; I < NLists && Next == Error; ++I) {
      Tuple *L = asTuple(Lists[I]);
      if (Heads[I] >= L->size)
        continue;
      Empty = false;
      Value Candidate = L->items[Heads[I]];
      if (!InTail(Candidate))
        Next = Candidate;
    }
    if (Empty)
      break;
    if (Next == Error) {
      // No good head: list the remaining heads, each once, in order.
      StrBuilder B;
      B.append("Cannot create a consistent method resolution\norder (MRO) "
               "for bases");
      Value Seen[16];
      size_t NSeen = 0;
      for (size_t I = 0; I < NLists; ++I) {
        Tuple *L = asTuple(Lists[I]);
        if (Heads[I] >= L->size)
          continue;
        Value C = L->items[Heads[I]];
        bool Dup = false;
        for (size_t K = 0; K < NSeen; ++K)
          Dup |= Seen[K] == C;
        if (Dup || NSeen == 16)
          continue;
        Seen[NSeen++] = C;
      }
      for (size_t K = 0; K < NSeen; ++K)
        B.appendFormat("%s %s", K ? "," : "",
                       reinterpret_cast<const Type *>(asObject(Seen[K]))->name);
      Value M = B.finish();
      if (M == Error)
        return Error;
      return raise(&adder_type_TypeError, "%V", asStr(M));
    }
    if (!listAppend(Out, Next))
      return Error;
    for (size_t I = 0; I < NLists; ++I) {
      Tuple *L = asTuple(Lists[I]);
      if (Heads[I] < L->size && L->items[Heads[I]] == Next)
        ++Heads[I];
    }
  }
  return fromObject(&Out->header);
}

//===----------------------------------------------------------------------===//
// Layouts
//===----------------------------------------------------------------------===//

/// The builtin types a class may derive from, with the size of their
/// instances' struct (where the __dict__ pointer and slots follow).
bool isSubclassableBuiltin(const Type *T) {
  return T == &adder_type_object || isSubtype(T, &adder_type_BaseException) ||
         T == &adder_type_list || T == &adder_type_dict ||
         T == &adder_type_set || T == &adder_type_frozenset ||
         T == &adder_type_type || isValueBuiltin(T);
}

/// The type that fixes the instance layout of T (CPython's solid_base):
/// the nearest class adding __slots__ members, else the builtin base,
/// where builtin types adding no fields to their base (most exceptions)
/// count as that base.
const Type *solidBase(const Type *T) {
  for (; T; T = T->base) {
    if (isHeapType(T)) {
      if (asHeapType(T)->ownMembers)
        return T;
      continue;
    }
    if (T->base && T->instanceSize == T->base->instanceSize)
      continue;
    return T;
  }
  return &adder_type_object;
}

} // namespace

//===----------------------------------------------------------------------===//
// Class caches
//===----------------------------------------------------------------------===//

namespace {

/// Recomputes T's hooks, fast layout and special slots from its MRO.
void updateCaches(HeapType *H) {
  const Type *T = &H->type;
  struct HookName {
    SN name;
    uint32_t bit;
  };
  static const HookName Hooks[] = {
      {SN::getattribute, HookGetAttribute}, {SN::getattr, HookGetAttr},
      {SN::setattr, HookSetAttr},           {SN::delattr, HookDelAttr},
      {SN::get, HookGet},                   {SN::set, HookSet},
      {SN::delete_, HookSet},               {SN::new_, HookNew},
      {SN::init, HookInit}};
  uint32_t Bits = 0;
  for (const HookName &K : Hooks)
    if (lookupInMro(T, specialName(K.name)).value != Error)
      Bits |= K.bit;
  H->hooks = Bits;
  H->fastLayout = H->layout;
  if (Bits & (HookGetAttribute | HookSetAttr | HookDelAttr))
    H->fastLayout = nullptr;
  for (uint32_t I = 0; H->fastLayout && I < H->fixedSlots; ++I) {
    Found F = lookupInMro(T, asStr(H->slotNames->items[I]));
    if ((F.value != Error && isDataDescriptor(F.value)) ||
        (F.method && F.method->kind == MethodKind::Property))
      H->fastLayout = nullptr;
  }
  installSpecialSlots(H);
}

void updateWithSubclasses(HeapType *H, unsigned Depth) {
  updateCaches(H);
  if (!H->subclasses || Depth > 64)
    return;
  for (uint32_t I = 0; I < H->subclasses->size; ++I)
    updateWithSubclasses(
        asHeapType(reinterpret_cast<const Type *>(
            asObject(H->subclasses->values()[I]))),
        Depth + 1);
}

} // namespace

void classAttributeChanged(HeapType *T, Str *Name) {
  (void)Name;
  updateWithSubclasses(T, 0);
}

//===----------------------------------------------------------------------===//
// type(name, bases, dict)
//===----------------------------------------------------------------------===//

void traceTypeObject(Object *O, Tracer &Tr) {
  auto *T = reinterpret_cast<Type *>(O);
  if (!isHeapType(T))
    return;
  HeapType *H = asHeapType(T);
  Tr(&H->name);
  Tr(&H->qualname);
  Tr(&H->bases);
  Tr(&H->subclasses);
  Tr(&H->slotNames);
  Tr(&H->binaryMethods);
  Tr(&T->dict);
  Tr(&T->mro);
  Tr(reinterpret_cast<Value *>(&T->base));
}

namespace {

/// Checks and collects the __slots__ names of a namespace. Returns false
/// with an exception pending on error.
bool collectSlots(Value Slots, Dict *Ns, List *Out, bool &WantsDict) {
  Value Items = Slots;
  if (isStr(Slots)) {
    Value One = Slots;
    Items = tupleValue(tupleNew(&One, 1));
    if (Items == Error)
      return false;
  }
  Value It = getIter(Items);
  if (It == Error)
    return false;
  for (;;) {
    Value N = iterNext(It);
    if (N == Error) {
      if (errorPending())
        return false;
      break;
    }
    if (!isStr(N)) {
      raise(&adder_type_TypeError,
            "__slots__ items must be strings, not '%s'", typeName(N));
      return false;
    }
    Str *S = asStr(N);
    if (sameName(S, SN::dict)) {
      WantsDict = true;
      continue;
    }
    if (sameName(S, SN::weakref))
      continue;
    bool Ident = S->byteLength > 0 && !(S->data[0] >= '0' && S->data[0] <= '9');
    for (uint32_t I = 0; I < S->byteLength; ++I) {
      unsigned char C = uint8_t(S->data[I]);
      Ident &= C == '_' || C >= 0x80 || (C >= '0' && C <= '9') ||
               ((C | 0x20) >= 'a' && (C | 0x20) <= 'z');
    }
    if (!Ident) {
      raise(&adder_type_TypeError, "__slots__ must be identifiers");
      return false;
    }
    if (dictGetItemStr(Ns, S) != Error) {
      raise(&adder_type_ValueError,
            "'%V' in __slots__ conflicts with class variable", S);
      return false;
    }
    if (!listAppend(Out, N))
      return false;
  }
  return true;
}

/// Runs __set_name__ on the values of the new class's dict that have it.
bool setNames(HeapType *H) {
  Dict *D = H->type.dict;
  // The dict may change while __set_name__ runs: iterate a snapshot.
  Dict *Snapshot = dictCopy(D);
  if (!Snapshot)
    return false;
  uint32_t Pos = 0;
  Value K, V;
  while (dictNext(Snapshot, &Pos, &K, &V)) {
    if (!isObject(V))
      continue;
    const Type *VT = typeOf(V);
    if (VT == &adder_type_property) {
      reinterpret_cast<Property *>(asObject(V))->name = K;
      continue;
    }
    if (!isHeapType(VT) ||
        lookupInMro(VT, specialName(SN::set_name)).value == Error)
      continue;
    Value Args[2] = {typeValue(&H->type), K};
    if (callSpecial(V, unsigned(SN::set_name), Args, 2) == Error) {
      Object *Cause = takePendingException();
      raise(&adder_type_RuntimeError,
            "Error calling __set_name__ on '%s' instance %R in '%s'",
            VT->name, K, H->type.name);
      if (Cause && adder_pending_exception) {
        auto *E = reinterpret_cast<BaseException *>(adder_pending_exception);
        E->cause = fromObject(Cause);
        E->suppressContext = 1;
      }
      return false;
    }
  }
  return true;
}

/// super(T, T).__init_subclass__(**Kw).
bool initSubclass(HeapType *H, Dict *Kw) {
  const Type *T = &H->type;
  Found F = lookupInMro(T, specialName(SN::init_subclass), T);
  if (F.value == Error) {
    // object.__init_subclass__ takes no keywords.
    if (Kw && Kw->used) {
      raise(&adder_type_TypeError,
            "%s.__init_subclass__() takes no keyword arguments", T->name);
      return false;
    }
    return true;
  }
  Value Bound = bindFound(F, Error, T);
  if (Bound == Error)
    return false;
  return callWithKeywordDict(Bound, nullptr, 0, Kw) != Error;
}

/// Wraps the functions Python implicitly makes static or class methods.
bool implicitWrap(Dict *D, SN Name, const Type *Wrapper) {
  Value V = dictGetItemStr(D, specialName(Name));
  if (V == Error || !isObject(V) || typeOf(V) != &adder_type_function)
    return true;
  auto *W = reinterpret_cast<WrappedCallable *>(
      gcAlloc(Wrapper, sizeof(WrappedCallable)));
  if (!W)
    return false;
  W->callable = V;
  return dictSetItem(D, specialNameValue(Name), fromObject(&W->header)) == 0;
}

} // namespace

const Type *calculateMetaclass(const Type *Meta, Tuple *Bases) {
  const Type *Winner = Meta;
  for (uint32_t I = 0; I < Bases->size; ++I) {
    const Type *B = typeOf(Bases->items[I]);
    if (isSubtype(Winner, B))
      continue;
    if (isSubtype(B, Winner)) {
      Winner = B;
      continue;
    }
    raise(&adder_type_TypeError,
          "metaclass conflict: the metaclass of a derived class must be a "
          "(non-strict) subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return Winner;
}

namespace {

/// The metaclass of a class statement: its `metaclass` keyword (taken out
/// of Kw when Take), else the type of the first base; when that is a
/// class, the most derived of it and the bases' metaclasses.
Value classStatementMeta(Tuple *Bases, Dict *Kw, bool Take) {
  Value Meta = Error;
  if (Kw && Kw->used) {
    Meta = dictGetItemStr(Kw, specialName(SN::metaclass));
    if (Meta != Error && Take &&
        dictDelItem(Kw, specialNameValue(SN::metaclass)) < 0)
      return Error;
  }
  if (Meta == Error)
    Meta = typeValue(Bases->size ? typeOf(Bases->items[0]) : &adder_type_type);
  const Type *MT = typeFromValue(Meta);
  if (!MT)
    return Meta; // any callable may make the class
  const Type *Winner = calculateMetaclass(MT, Bases);
  return Winner ? typeValue(Winner) : Error;
}

} // namespace

Value classNew(Value NameV, Value BasesV, Value NsV, Dict *Kw,
               const ClassLayout *Layout, const Type *Meta) {
  if (!isStr(NameV))
    return raise(&adder_type_TypeError,
                 "type.__new__() argument 1 must be str, not %s",
                 typeName(NameV));
  if (!isTuple(BasesV))
    return raise(&adder_type_TypeError,
                 "type.__new__() argument 2 must be tuple, not %s",
                 typeName(BasesV));
  if (!isDict(NsV))
    return raise(&adder_type_TypeError,
                 "type.__new__() argument 3 must be dict, not %s",
                 typeName(NsV));
  Tuple *Bases = asTuple(BasesV);
  if (Bases->size == 0) {
    Value Object = typeValue(&adder_type_object);
    Bases = tupleNew(&Object, 1);
    if (!Bases)
      return Error;
  }
  // Every base is a class that may be subclassed, named once.
  for (uint32_t I = 0; I < Bases->size; ++I) {
    const Type *B = typeFromValue(Bases->items[I]);
    if (!B)
      return raise(&adder_type_TypeError, "bases must be types");
    if (!(B->flags & TypeBaseType))
      return raise(&adder_type_TypeError,
                   "type '%s' is not an acceptable base type", B->name);
    if (!isSubclassableBuiltin(builtinBaseOf(B)))
      return raise(&adder_type_TypeError,
                   "subclassing '%s' is not supported by adder yet",
                   builtinBaseOf(B)->name);
    for (uint32_t J = 0; J < I; ++J)
      if (Bases->items[J] == Bases->items[I])
        return raise(&adder_type_TypeError, "duplicate base class %s",
                     B->name);
  }
  // The most derived metaclass allocates the class; one with its own
  // __new__ or __init__ makes it instead (CPython's type_new defers to
  // the winner's tp_new).
  const Type *Winner = calculateMetaclass(Meta, Bases);
  if (!Winner)
    return Error;
  if (Winner != Meta) {
    if (isHeapType(Winner) &&
        (asHeapType(Winner)->hooks & (HookNew | HookInit))) {
      Value Args[3] = {NameV, tupleValue(Bases), NsV};
      return callWithKeywordDict(typeValue(Winner), Args, 3, Kw);
    }
    Meta = Winner;
  }
  // The base whose layout the instances extend: its solid base must be a
  // subclass of every other base's.
  const Type *Best = nullptr, *BestSolid = nullptr;
  for (uint32_t I = 0; I < Bases->size; ++I) {
    const Type *B = typeFromValue(Bases->items[I]);
    const Type *S = solidBase(B);
    if (!Best || isSubtype(S, BestSolid)) {
      if (!Best || S != BestSolid) {
        Best = B;
        BestSolid = S;
      }
    } else if (!isSubtype(BestSolid, S)) {
      return raise(&adder_type_TypeError,
                   "multiple bases have instance lay-out conflict");
    }
  }
  Value Merged = c3Merge(Bases);
  if (Merged == Error)
    return Error;
  Dict *Ns = asDict(NsV);

  auto *H = reinterpret_cast<HeapType *>(gcAlloc(
      Meta, isHeapType(Meta) ? Meta->instanceSize : sizeof(HeapType)));
  if (!H)
    return Error;
  Type *T = &H->type;
  H->version = ++LastTypeVersion; // lookups cached for a type that lived
                                  // here are stale
  const Type *Builtin = builtinBaseOf(Best);
  H->name = NameV;
  T->name = asStr(NameV)->data;
  T->base = Best;
  T->flags = TypeHeapType | TypeBaseType |
             (Builtin->flags &
              (TypeIntSubclass | TypeStrSubclass | TypeTupleSubclass |
               TypeListSubclass | TypeDictSubclass | TypeExceptionSubclass |
               TypeTypeSubclass));
  H->bases = Bases;
  H->builtinBase = Builtin;
  H->qualname = NameV;

  // The class dict: a copy of the namespace, without what type.__new__
  // consumes (__qualname__, __classcell__).
  Dict *D = dictCopy(Ns);
  if (!D)
    return Error;
  T->dict = D;
  Value Qual = dictGetItemStr(D, specialName(SN::qualname));
  if (Qual != Error) {
    if (!isStr(Qual))
      return raise(&adder_type_TypeError,
                   "type __qualname__ must be a str, not %s", typeName(Qual));
    H->qualname = Qual;
    if (dictDelItem(D, specialNameValue(SN::qualname)) < 0)
      return Error;
  }
  Value ClassCell = dictGetItemStr(D, specialName(SN::classcell));
  if (ClassCell != Error &&
      dictDelItem(D, specialNameValue(SN::classcell)) < 0)
    return Error;
  if (dictGetItemStr(D, specialName(SN::module)) == Error) {
    Value Main = strFromCString("__main__");
    if (Main == Error || dictSetItem(D, specialNameValue(SN::module), Main) < 0)
      return Error;
  }
  if (dictGetItemStr(D, specialName(SN::doc)) == Error &&
      dictSetItem(D, specialNameValue(SN::doc), none()) < 0)
    return Error;
  if (!implicitWrap(D, SN::new_, &adder_type_staticmethod) ||
      !implicitWrap(D, SN::init_subclass, &adder_type_classmethod) ||
      !implicitWrap(D, SN::class_getitem, &adder_type_classmethod))
    return Error;
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dictGetItemStr(D, specialName(SN::eq)) != Error &&
      dictGetItemStr(D, specialName(SN::hash)) == Error &&
      dictSetItem(D, specialNameValue(SN::hash), none()) < 0)
    return Error;

  // The MRO: the class, then the merge.
  Tuple *MergedT = nullptr;
  {
    List *L = reinterpret_cast<List *>(asObject(Merged));
    MergedT = tupleNew(nullptr, L->size + 1);
    if (!MergedT)
      return Error;
    MergedT->items[0] = typeValue(T);
    for (uint32_t I = 0; I < L->size; ++I)
      MergedT->items[I + 1] = L->values()[I]; // classes: a Values list
  }
  T->mro = MergedT;

  // Instance layout: the builtin base's struct, a __dict__ pointer (always
  // reserved for classes based on object and the containers, so a subclass
  // can add a dict to a __slots__ class), then the slots. A metaclass's
  // instances are classes: a HeapType, whose dict is the class dict.
  bool IsException = (Builtin->flags & TypeExceptionSubclass) != 0;
  bool IsMeta = (Builtin->flags & TypeTypeSubclass) != 0;
  // A variable-size builtin part (int, str, tuple): offsets count from
  // one word before its end (instanceExtra).
  uint32_t BuiltinSize =
      IsMeta ? uint32_t(sizeof(HeapType))
             : Builtin->instanceSize ? uint32_t(Builtin->instanceSize)
                                     : uint32_t(sizeof(Value));
  uint32_t SlotsOffset = IsException || IsMeta
                             ? BuiltinSize
                             : uint32_t(BuiltinSize + sizeof(Value));
  uint32_t DictOffset =
      IsException ? uint32_t(offsetof(BaseException, attributes))
                  : BuiltinSize;
  HeapType *BestHeap = isHeapType(Best) ? asHeapType(Best) : nullptr;
  bool BaseHasDict = BestHeap ? BestHeap->dictOffset != 0 : IsException;
  Value SlotsDecl = dictGetItemStr(D, specialName(SN::slots));
  bool HasDict = !IsMeta && (BaseHasDict || SlotsDecl == Error);
  List *NewMembers = listNew(0);
  if (!NewMembers)
    return Error;
  if (SlotsDecl != Error) {
    bool WantsDict = false;
    if (!collectSlots(SlotsDecl, D, NewMembers, WantsDict))
      return Error;
    if (WantsDict && BaseHasDict)
      return raise(&adder_type_TypeError,
                   "__dict__ slot disallowed: we already got one");
    HasDict |= WantsDict && !IsMeta;
    if (NewMembers->size && !Builtin->instanceSize)
      return raise(&adder_type_TypeError,
                   "nonempty __slots__ not supported for subtype of '%s'",
                   Builtin->name);
  }
  H->dictOffset = HasDict ? DictOffset : 0;
  H->slotsOffset = SlotsOffset;
  // Fixed slots from the compiler's layout when it extends exactly what
  // the base's instances have; otherwise the base's slots as they are.
  uint32_t InheritedSlots =
      BestHeap && BestHeap->slotNames ? BestHeap->slotNames->size : 0;
  uint32_t InheritedFixed = BestHeap ? BestHeap->fixedSlots : 0;
  const ClassLayout *BaseLayout = BestHeap ? BestHeap->layout : nullptr;
  bool UseLayout = Layout && SlotsDecl == Error &&
                   Builtin == &adder_type_object &&
                   Layout->base == BaseLayout &&
                   InheritedSlots == InheritedFixed &&
                   (!BaseLayout || BaseLayout->count == InheritedFixed);
  uint32_t Fixed = UseLayout ? Layout->count : InheritedFixed;
  uint32_t Count = (UseLayout ? Layout->count : InheritedSlots) +
                   NewMembers->size;
  Tuple *Names = tupleNew(nullptr, Count);
  if (!Names)
    return Error;
  uint32_t N = 0;
  if (UseLayout) {
    for (uint32_t I = 0; I < Layout->count; ++I) {
      Value S = I < InheritedSlots ? BestHeap->slotNames->items[I]
                                   : strFromCString(Layout->names[I]);
      if (S == Error)
        return Error;
      strHash(asStr(S)); // cached: name comparisons reject on the hash
      Names->items[N++] = S;
    }
  } else {
    for (uint32_t I = 0; I < InheritedSlots; ++I)
      Names->items[N++] = BestHeap->slotNames->items[I];
  }
  H->slotNames = Names;
  H->fixedSlots = Fixed;
  H->layout = UseLayout ? Layout : nullptr;
  for (uint32_t I = 0; I < NewMembers->size; ++I) {
    Value M = makeMemberDescriptor(T, NewMembers->values()[I], N);
    if (M == Error || dictSetItem(D, NewMembers->values()[I], M) < 0)
      return Error;
    Names->items[N++] = M;
  }
  H->ownMembers = NewMembers->size;
  T->instanceSize = SlotsOffset + Count * sizeof(Value);
  T->trace = traceInstance;

  if (ClassCell != Error && isObject(ClassCell) &&
      typeOf(ClassCell) == &adder_type_cell)
    reinterpret_cast<Cell *>(asObject(ClassCell))->contents = typeValue(T);
  H->version = ++LastTypeVersion; // the dict is complete
  updateCaches(H);
  // Register with the bases, so later changes to them reach this class.
  for (uint32_t I = 0; I < Bases->size; ++I) {
    const Type *B = typeFromValue(Bases->items[I]);
    if (!isHeapType(B))
      continue;
    HeapType *BH = asHeapType(B);
    if (!BH->subclasses && !(BH->subclasses = listNew(1)))
      return Error;
    if (!listAppend(BH->subclasses, typeValue(T)))
      return Error;
  }
  if (!setNames(H) || !initSubclass(H, Kw))
    return Error;
  return typeValue(T);
}

//===----------------------------------------------------------------------===//
// The attributes of classes
//===----------------------------------------------------------------------===//

namespace {

/// A builtin type of a runtime module is named "module.name", as CPython's
/// C types are (struct.error, array.array): __name__ is the last part.
const char *staticTypeName(const Type *T) {
  const char *Last = T->name;
  for (const char *P = T->name; *P; ++P)
    if (*P == '.')
      Last = P + 1;
  return Last;
}

Value moduleOf(const Type *T) {
  if (!isHeapType(T)) {
    const char *Name = staticTypeName(T);
    if (Name == T->name)
      return strFromCString("builtins");
    Str *M = strNew(T->name, size_t(Name - 1 - T->name));
    return M ? fromObject(&M->header) : Error;
  }
  Value M = dictGetItemStr(T->dict, specialName(SN::module));
  if (M == Error)
    return raise(&adder_type_AttributeError, "__module__");
  return M;
}

Value typeMroMethod(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (Argc != 1 || (KwNames && KwNames->size))
    return raise(&adder_type_TypeError, "mro() takes no arguments");
  const Type *T = typeFromValue(Args[0]);
  if (!T)
    return raise(&adder_type_TypeError,
                 "descriptor 'mro' requires a 'type' object");
  Value M = typeMro(T);
  if (M == Error)
    return Error;
  return listFromArray(asTuple(M)->items, asTuple(M)->size);
}

Value typeSubclassesMethod(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (Argc != 1 || (KwNames && KwNames->size))
    return raise(&adder_type_TypeError, "__subclasses__() takes no arguments");
  const Type *T = typeFromValue(Args[0]);
  if (!T || !isHeapType(T) || !asHeapType(T)->subclasses)
    return listFromArray(nullptr, 0);
  List *L = asHeapType(T)->subclasses;
  return listFromArray(L->values(), L->size);
}

/// type.__prepare__(name, bases, **kw): the empty namespace.
Value typePrepareMethod(const Value *, size_t, Tuple *) {
  Dict *D = dictNew();
  return D ? dictValue(D) : Error;
}

/// type.__getattribute__ and type.__setattr__, for a metaclass's
/// super() calls.
Value typeGetAttributeMethod(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (Argc != 2 || (KwNames && KwNames->size) || !typeFromValue(Args[0]) ||
      !isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "type.__getattribute__() takes a class and a str");
  return typeGetAttrSlow(Args[0], asStr(Args[1]));
}

Value typeSetAttrMethod(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (Argc != 3 || (KwNames && KwNames->size) || !typeFromValue(Args[0]) ||
      !isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "type.__setattr__() takes a class, a str and a value");
  return typeSetAttr(Args[0], asStr(Args[1]), Args[2]) < 0 ? Error : none();
}

} // namespace

const MethodDef TypeMethods[] = {
    {"__getattribute__", typeGetAttributeMethod, MethodKind::Method},
    {"__prepare__", typePrepareMethod, MethodKind::ClassMethod},
    {"__setattr__", typeSetAttrMethod, MethodKind::Method},
    {"__subclasses__", typeSubclassesMethod, MethodKind::Method},
    {"mro", typeMroMethod, MethodKind::Method},
};
static_assert(sizeof(TypeMethods) / sizeof(TypeMethods[0]) == TypeMethodCount,
              "TypeMethodCount is out of date");

Value typeReprOf(const Type *T) {
  StrBuilder B;
  if (!isHeapType(T)) {
    B.appendFormat("<class '%s'>", T->name);
    return B.finish();
  }
  Value M = dictGetItemStr(T->dict, specialName(SN::module));
  if (M != Error && isStr(M) && !strEqualsCString(asStr(M), "builtins"))
    B.appendFormat("<class '%S.%S'>", M, asHeapType(T)->qualname);
  else
    B.appendFormat("<class '%S'>", asHeapType(T)->qualname);
  return B.finish();
}

Value typeGetAttrSlow(Value Self, Str *Name) {
  const Type *T = reinterpret_cast<const Type *>(asObject(Self));
  HeapType *H = isHeapType(T) ? asHeapType(T) : nullptr;
  // A metaclass's data descriptors win over the class's attributes, its
  // other attributes come after them.
  const Type *Meta = typeOf(Self);
  Found MF;
  if (isHeapType(Meta)) {
    MF = lookupInMro(Meta, Name);
    if (MF.value != Error && isDataDescriptor(MF.value))
      return bindFound(MF, Self, Meta);
  }
  // Attributes `type` defines as data descriptors win over the class's.
  if (Name->byteLength > 4 && Name->data[0] == '_' && Name->data[1] == '_') {
    if (sameName(Name, SN::name))
      return H ? H->name : strFromCString(staticTypeName(T));
    if (sameName(Name, SN::qualname))
      return H ? H->qualname : strFromCString(staticTypeName(T));
    if (sameName(Name, SN::module))
      return moduleOf(T);
    if (sameName(Name, SN::dict)) {
      if (H)
        return makeMappingProxy(dictValue(T->dict));
      Dict *D = dictNew();
      if (!D)
        return Error;
      for (uint32_t I = 0; I < T->methodCount; ++I) {
        Value K = strFromCString(T->methods[I].name);
        Value V = K == Error ? Error
                             : makeBuiltinMethod(&T->methods[I], Error, T);
        if (V == Error || dictSetItem(D, K, V) < 0)
          return Error;
      }
      return makeMappingProxy(dictValue(D));
    }
    if (strEqualsCString(Name, "__mro__"))
      return typeMro(T);
    if (strEqualsCString(Name, "__bases__")) {
      if (H)
        return tupleValue(H->bases);
      Value B = T->base ? typeValue(T->base) : Error;
      Tuple *R = tupleNew(&B, T->base ? 1 : 0);
      return R ? tupleValue(R) : Error;
    }
    if (strEqualsCString(Name, "__base__"))
      return T->base ? typeValue(T->base) : none();
    if (sameName(Name, SN::class_))
      return typeValue(typeOf(Self));
    if (sameName(Name, SN::doc) && !H)
      return none();
    // A class's own annotations, never a base's; created empty on first
    // use (type.__annotations__ in CPython 3.10+).
    if (H && strEqualsCString(Name, "__annotations__")) {
      Value A = dictGetItemStr(T->dict, Name);
      if (A != Error)
        return A;
      Dict *D = dictNew();
      if (!D || typeSetAttr(Self, Name, dictValue(D)) < 0)
        return Error;
      return dictValue(D);
    }
  }
  Found F = lookupInMro(T, Name);
  if (F)
    return bindFound(F, Error, T);
  if (MF)
    return bindFound(MF, Self, Meta);
  // Methods of the metaclass (type.mro), bound to the class.
  if (const MethodDef *M = findMethod(&adder_type_type, Name))
    return makeBuiltinMethod(M, Self);
  return raise(&adder_type_AttributeError,
               "type object '%s' has no attribute '%V'", T->name, Name);
}

int typeSetAttr(Value Self, Str *Name, Value Item) {
  const Type *T = reinterpret_cast<const Type *>(asObject(Self));
  if (!isHeapType(T)) {
    raise(&adder_type_TypeError,
          "cannot set '%V' attribute of immutable type '%s'", Name, T->name);
    return -1;
  }
  HeapType *H = asHeapType(T);
  if (sameName(Name, SN::name) || sameName(Name, SN::qualname)) {
    if (Item == Error) {
      raise(&adder_type_TypeError, "cannot delete '%V' attribute of type '%s'",
            Name, T->name);
      return -1;
    }
    if (!isStr(Item)) {
      raise(&adder_type_TypeError,
            "can only assign string to %s.%V, not '%s'", T->name, Name,
            typeName(Item));
      return -1;
    }
    if (sameName(Name, SN::name)) {
      H->name = Item;
      H->type.name = asStr(Item)->data;
    } else {
      H->qualname = Item;
    }
    return 0;
  }
  // A data descriptor of the metaclass would win; `type` has none beyond
  // the names above. Then the class dict.
  Value Key = fromObject(&Name->header);
  int R;
  if (Item == Error) {
    R = dictDelItem(T->dict, Key);
    if (R < 0 && pendingExceptionMatches(&adder_type_KeyError)) {
      clearPendingException();
      raise(&adder_type_AttributeError,
            "type object '%s' has no attribute '%V'", T->name, Name);
    }
  } else {
    R = dictSetItem(T->dict, Key, Item);
  }
  if (R < 0)
    return -1;
  bumpVersions(H, 0);
  // Special methods and descriptors change what the class caches.
  bool Dunder = Name->byteLength > 4 && Name->data[0] == '_' &&
                Name->data[1] == '_';
  bool Descriptor =
      Item != Error && isObject(Item) &&
      (typeOf(Item) == &adder_type_property ||
       (isHeapType(typeOf(Item)) && asHeapType(typeOf(Item))->hooks));
  if (Dunder || Descriptor || (Item == Error && H->fastLayout != H->layout))
    classAttributeChanged(H, Name);
  return 0;
}

extern "C" const Object adder_no_default;

extern "C" {

/// The namespace a class body fills.
Value adder_class_namespace(void) {
  Dict *D = dictNew();
  return D ? dictValue(D) : Error;
}

/// A class body's read of a name it binds: the namespace's value, or the
/// marker adder_no_default when absent (then the compiled code goes on to
/// the global, free variable or builtin). A metaclass's __prepare__ may
/// have made the namespace any mapping.
Value adder_class_ns_get(Value Ns, Value Name) {
  Value V;
  if (isObject(Ns) && typeOf(Ns) == &adder_type_dict) {
    V = dictGetItemStr(asDict(Ns), asStr(Name));
  } else {
    V = getItem(Ns, Name);
    if (V == Error && pendingExceptionMatches(&adder_type_KeyError))
      clearPendingException();
    else if (V == Error)
      return Error;
  }
  return V == Error ? fromObject(&adder_no_default) : V;
}

/// `del name` in a class body.
int32_t adder_class_ns_del(Value Ns, Value Name) {
  int R = isObject(Ns) && typeOf(Ns) == &adder_type_dict
              ? dictDelItem(asDict(Ns), Name)
              : setItem(Ns, Name, Error);
  if (R == 0)
    return 0;
  if (pendingExceptionMatches(&adder_type_KeyError)) {
    clearPendingException();
    raise(&adder_type_NameError, "name '%V' is not defined", asStr(Name));
  }
  return -1;
}

/// The namespace of a class statement with bases or keywords (Kw a dict
/// or None): what its metaclass's __prepare__ returns, else a dict.
Value adder_class_prepare(Value Name, Value Bases, Value Kw) {
  Dict *K = isNone(Kw) ? nullptr : asDict(Kw);
  Value Meta = classStatementMeta(asTuple(Bases), K, false);
  if (Meta == Error)
    return Error;
  const Type *MT = typeFromValue(Meta);
  Found F = MT ? lookupInMro(MT, specialName(SN::prepare)) : Found();
  if (F.value == Error) {
    Dict *D = dictNew();
    return D ? dictValue(D) : Error;
  }
  Value Prepare = bindFound(F, Error, MT);
  Dict *Rest = K ? dictCopy(K) : nullptr;
  if (Prepare == Error || (K && !Rest) ||
      (Rest && dictDelItem(Rest, specialNameValue(SN::metaclass)) < 0 &&
       !pendingExceptionMatches(&adder_type_KeyError)))
    return Error;
  clearPendingException();
  Value Args[2] = {Name, Bases};
  Value Ns = callWithKeywordDict(Prepare, Args, 2, Rest);
  if (Ns == Error)
    return Error;
  if (!hasGetItem(Ns))
    return raise(&adder_type_TypeError,
                 "%s.__prepare__() must return a mapping, not %s", MT->name,
                 typeName(Ns));
  return Ns;
}

/// The end of a class statement: Bases a tuple, Ns the namespace, Kw a
/// dict of the class keywords or None, Layout the compiler's layout of
/// the class (or null). A metaclass other than type makes the class by
/// being called, as builtins.__build_class__ does.
Value adder_class_new(Value Name, Value Bases, Value Ns, Value Kw,
                      const ClassLayout *Layout) {
  Dict *K = isNone(Kw) ? nullptr : asDict(Kw);
  Value Meta = classStatementMeta(asTuple(Bases), K, true);
  if (Meta == Error)
    return Error;
  if (Meta == typeValue(&adder_type_type))
    return classNew(Name, Bases, Ns, K, Layout, &adder_type_type);
  Value Args[3] = {Name, Bases, Ns};
  return callWithKeywordDict(Meta, Args, 3, K);
}
}

} // namespace adder::rt
