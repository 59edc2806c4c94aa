//===- SlotDispatch.cpp - special methods written in Python as type slots -===//
//
// A class defining __add__ or __len__ gets, in the matching slot of its
// type, a dispatcher that looks the special method up along the MRO
// (never in the instance dict, as CPython's special lookups) and calls it,
// checking what it returns as CPython does (__bool__ must return a bool,
// __len__ a non-negative int...). What no Python class of the MRO defines
// falls back to the builtin base's slot, so a list subclass that only
// defines __repr__ still indexes like a list. The binary operator
// dispatcher follows CPython's SLOT1BINFULL: the right operand's reflected
// method goes first when its class is a subclass overriding it, and
// NotImplemented hands over to the other operand.
//
//===----------------------------------------------------------------------===//

#include "objects/Class.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "objects/Callables.h"
#include "objects/SpecialNames.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

SWord objectHash(Value Self);

namespace {

/// The slot of T's builtin base (or of its nearest base that has one).
/// Inlined so pruning sees which slot is read (see Protocols.cpp).
template <class F> ADDER_INLINE F builtinSlot(const Type *T, F Type::*Member) {
  for (T = builtinBaseOf(T); T; T = T->base)
    if (T->*Member)
      return T->*Member;
  return nullptr;
}

/// Calls the special method Id of Self's class if a Python class of its
/// MRO defines it (Defined); Args are the arguments after self, then the
/// values of the keywords in KwNames.
Value callUser(Value Self, SN Id, const Value *Args, size_t Argc,
               Tuple *KwNames, bool &Defined) {
  const Type *T = typeOf(Self);
  Found F = lookupInMro(T, specialName(Id));
  Defined = F.value != Error;
  if (!Defined)
    return Error;
  Value V = F.value;
  // The common case (a plain `def __add__(self, other)`) enters the
  // function directly, as adder_call does.
  if (!KwNames && Argc <= 3)
    if (const Function *Fn = exactFunction(V, Argc + 1)) {
      Value All[4] = {Self};
      for (size_t I = 0; I < Argc; ++I)
        All[I + 1] = Args[I];
      return Fn->entry(V, All);
    }
  if (isObject(V) && typeOf(V) == &adder_type_function) {
    size_t Total = Argc + 1 + (KwNames ? KwNames->size : 0);
    Value Inline[8];
    Value *All = Inline;
    if (Total > 8) {
      Object *Block = gcAlloc(&adder_type_value_array,
                              sizeof(Object) + Total * sizeof(Value));
      if (!Block)
        return Error;
      All = reinterpret_cast<Value *>(Block + 1);
    }
    All[0] = Self;
    memcpy(All + 1, Args, (Total - 1) * sizeof(Value));
    return call(V, All, Argc + 1, KwNames);
  }
  Value Bound = bindFound(F, Self, T);
  if (Bound == Error)
    return Error;
  return call(Bound, Args, Argc, KwNames);
}

Value callUser(Value Self, SN Id, bool &Defined) {
  return callUser(Self, Id, nullptr, 0, nullptr, Defined);
}
Value callUser(Value Self, SN Id, Value Arg, bool &Defined) {
  return callUser(Self, Id, &Arg, 1, nullptr, Defined);
}

bool userDefines(const Type *T, SN Id) {
  return lookupInMro(T, specialName(Id)).value != Error;
}

//===--- Conversions -------------------------------------------------------===//

Value dispatchRepr(Value Self) {
  bool Def;
  Value R = callUser(Self, SN::repr, Def);
  if (Def)
    return R;
  return builtinSlot(typeOf(Self), &Type::repr)(Self);
}

Value dispatchStr(Value Self) {
  bool Def;
  Value R = callUser(Self, SN::str, Def);
  if (Def)
    return R;
  if (auto S = builtinSlot(typeOf(Self), &Type::str))
    return S(Self);
  return repr(Self);
}

SWord dispatchHash(Value Self) {
  const Type *T = typeOf(Self);
  Found F = lookupInMro(T, specialName(SN::hash));
  if (F.value != Error && isNone(F.value)) {
    raise(&adder_type_TypeError, "unhashable type: '%s'", T->name);
    return -1;
  }
  bool Def;
  Value R = callUser(Self, SN::hash, Def);
  if (!Def) {
    if (auto S = builtinSlot(T, &Type::hash))
      return S(Self);
    return objectHash(Self);
  }
  if (R == Error)
    return -1;
  if (isSmallInt(R)) {
    SWord H = smallIntValue(R);
    return H == -1 ? -2 : H;
  }
  if (!isObject(R) || !(typeOf(R)->flags & TypeIntSubclass)) {
    raise(&adder_type_TypeError, "__hash__ method should return an integer");
    return -1;
  }
  if (typeOf(R) == &adder_type_bool)
    return isTrue(R) ? 1 : 0;
  // A result that fits a word is the hash as it is; only a larger int is
  // reduced as int's hash reduces it (slot_tp_hash).
  int64_t Wide;
  if (adder_int_to_i64(R, &Wide) && Wide == int64_t(SWord(Wide)))
    return Wide == -1 ? -2 : SWord(Wide);
  return adder_int_hash(R);
}

int dispatchBool(Value Self) {
  bool Def;
  Value R = callUser(Self, SN::bool_, Def);
  if (!Def) {
    if (auto S = builtinSlot(typeOf(Self), &Type::boolean))
      return S(Self);
    if (auto L = builtinSlot(typeOf(Self), &Type::length)) {
      SWord N = L(Self);
      return N < 0 ? -1 : N != 0;
    }
    return 1;
  }
  if (R == Error)
    return -1;
  if (!isBool(R)) {
    raise(&adder_type_TypeError, "__bool__ should return bool, returned %s",
          typeName(R));
    return -1;
  }
  return isTrue(R);
}

SWord dispatchLength(Value Self) {
  bool Def;
  Value R = callUser(Self, SN::len, Def);
  if (!Def) {
    if (auto S = builtinSlot(typeOf(Self), &Type::length))
      return S(Self);
    raise(&adder_type_TypeError, "object of type '%s' has no len()",
          typeName(Self));
    return -1;
  }
  if (R == Error)
    return -1;
  Value I = index(R);
  if (I == Error)
    return -1;
  if (!isSmallInt(I)) {
    raise(&adder_type_OverflowError,
          "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  SWord N = smallIntValue(I);
  if (N < 0) {
    raise(&adder_type_ValueError, "__len__() should return >= 0");
    return -1;
  }
  return N;
}

//===--- Operators ---------------------------------------------------------===//

Value dispatchBinary(Value Left, Value Right, BinaryOp Op);

/// Whether Right's class overrides the reflected method Left's class has
/// (CPython's method_is_overloaded).
bool overridesReflected(const Type *TL, const Type *TR, SN Id) {
  Found R = lookupInMro(TR, specialName(Id));
  if (!R)
    return false;
  Found L = lookupInMro(TL, specialName(Id));
  if (!L)
    return true;
  return R.value != L.value || R.method != L.method;
}

/// One side of a binary operation: the special method if Python code
/// defines it, else the builtin base's slot (with the operands in their
/// places), else NotImplemented.
Value binarySide(Value Self, Value Other, bool SelfIsLeft, BinaryOp Op) {
  bool Def;
  SN Id = SelfIsLeft ? binarySpecial(Op) : reflectedSpecial(Op);
  Value R = callUser(Self, Id, Other, Def);
  if (Def)
    return R;
  auto S = builtinSlot(typeOf(Self), &Type::binary);
  if (!S)
    return notImplemented();
  return SelfIsLeft ? S(Self, Other, Op) : S(Other, Self, Op);
}

Value dispatchBinary(Value Left, Value Right, BinaryOp Op) {
  const Type *TL = typeOf(Left), *TR = typeOf(Right);
  // Operands of one class, or a right operand of a builtin type (whose
  // slot is never this one): only the left operand's method applies.
  if (TL == TR || !isHeapType(TR))
    return binarySide(Left, Right, true, Op);
  auto Dispatches = [](const Type *T) {
    for (; T; T = T->base)
      if (T->binary)
        return T->binary == dispatchBinary;
    return false;
  };
  bool DoOther = TL != TR && Dispatches(TR);
  if (Dispatches(TL)) {
    if (DoOther && isSubtype(TR, TL) &&
        overridesReflected(TL, TR, reflectedSpecial(Op))) {
      Value R = binarySide(Right, Left, false, Op);
      if (R != notImplemented())
        return R;
      DoOther = false;
    }
    Value R = binarySide(Left, Right, true, Op);
    if (R != notImplemented() || TL == TR)
      return R;
  }
  if (DoOther)
    return binarySide(Right, Left, false, Op);
  return notImplemented();
}

} // namespace

Value fillBinaryMethod(HeapType *H, BinaryOp Op) {
  constexpr size_t N = size_t(BinaryOp::NumOps);
  if (!H->binaryMethods || H->binaryVersion != H->version) {
    if (!H->binaryMethods) {
      Object *Block =
          gcAlloc(&adder_type_value_array, sizeof(Object) + N * sizeof(Value));
      if (!Block) {
        clearPendingException();
        return Error;
      }
      H->binaryMethods = fromObject(Block);
    }
    memset(asObject(H->binaryMethods) + 1, 0, N * sizeof(Value));
    H->binaryVersion = H->version;
  }
  Value &Entry = reinterpret_cast<Value *>(asObject(H->binaryMethods) +
                                           1)[unsigned(Op)];
  if (!Entry) {
    Value V = lookupInMro(&H->type, specialName(binarySpecial(Op))).value;
    Entry = exactFunction(V, 2) ? V : none();
  }
  return Entry;
}

bool dispatchesBinary(const Type *T) { return T->binary == dispatchBinary; }

Value dispatchLeftMethod(Value Left, Value Right, BinaryOp Op) {
  return binarySide(Left, Right, true, Op);
}

namespace {

Value dispatchInplace(Value Self, Value Right, BinaryOp Op) {
  bool Def;
  Value R = callUser(Self, inplaceSpecial(Op), Right, Def);
  if (Def)
    return R;
  if (auto S = builtinSlot(typeOf(Self), &Type::inplace))
    return S(Self, Right, Op);
  return notImplemented();
}

Value dispatchUnary(Value Self, UnaryOp Op) {
  static const SN Names[] = {SN::neg, SN::pos, SN::invert};
  bool Def;
  Value R = callUser(Self, Names[unsigned(Op)], Def);
  if (Def)
    return R;
  if (auto S = builtinSlot(typeOf(Self), &Type::unary))
    return S(Self, Op);
  return notImplemented();
}

Value dispatchCompare(Value Self, Value Other, CompareOp Op) {
  bool Def;
  Value R = callUser(Self, compareSpecial(Op), Other, Def);
  if (Def)
    return R;
  const Type *T = typeOf(Self);
  if (Op == CompareOp::Ne && builtinBaseOf(T) == &adder_type_object) {
    // object.__ne__: the inverse of __eq__, unless that is NotImplemented.
    R = callUser(Self, SN::eq, Other, Def);
    if (Def) {
      if (R == Error || R == notImplemented())
        return R;
      int B = truthy(R);
      return B < 0 ? Error : boolValue(!B);
    }
  }
  if (auto S = builtinSlot(T, &Type::compare))
    return S(Self, Other, Op);
  return notImplemented();
}

//===--- Containers and iteration -------------------------------------------===//

Value dispatchGetItem(Value Self, Value Key) {
  bool Def;
  Value R = callUser(Self, SN::getitem, Key, Def);
  if (Def)
    return R;
  if (auto S = builtinSlot(typeOf(Self), &Type::getItem))
    return S(Self, Key);
  return raise(&adder_type_TypeError, "'%s' object is not subscriptable",
               typeName(Self));
}

int dispatchSetItem(Value Self, Value Key, Value Item) {
  bool Def;
  Value R;
  if (Item == Error) {
    R = callUser(Self, SN::delitem, Key, Def);
  } else {
    Value Args[2] = {Key, Item};
    R = callUser(Self, SN::setitem, Args, 2, nullptr, Def);
  }
  if (Def)
    return R == Error ? -1 : 0;
  if (auto S = builtinSlot(typeOf(Self), &Type::setItem))
    return S(Self, Key, Item);
  // The class defines the other one of the pair (CPython looks the
  // missing method up and fails with its name).
  raise(&adder_type_AttributeError, "%V",
        specialName(Item == Error ? SN::delitem : SN::setitem));
  return -1;
}

int dispatchContains(Value Self, Value Item) {
  const Type *T = typeOf(Self);
  Found F = lookupInMro(T, specialName(SN::contains));
  if (F.value != Error && isNone(F.value)) {
    raise(&adder_type_TypeError, "'%s' object is not a container", T->name);
    return -1;
  }
  bool Def;
  Value R = callUser(Self, SN::contains, Item, Def);
  if (Def)
    return R == Error ? -1 : truthy(R);
  if (auto S = builtinSlot(T, &Type::contains))
    return S(Self, Item);
  Value It = getIter(Self);
  if (It == Error)
    return -1;
  for (;;) {
    Value X = iterNext(It);
    if (X == Error)
      return errorPending() ? -1 : 0;
    int E = equals(X, Item);
    if (E != 0)
      return E;
  }
}

Value dispatchIter(Value Self) {
  const Type *T = typeOf(Self);
  Found F = lookupInMro(T, specialName(SN::iter));
  if (F.value != Error && isNone(F.value))
    return raise(&adder_type_TypeError, "'%s' object is not iterable",
                 T->name);
  bool Def;
  Value R = callUser(Self, SN::iter, Def);
  if (!Def) {
    if (auto S = builtinSlot(T, &Type::iter))
      return S(Self);
    if (T->getItem || builtinSlot(T, &Type::getItem))
      return sequenceIterNew(Self);
    return raise(&adder_type_TypeError, "'%s' object is not iterable",
                 T->name);
  }
  if (R == Error)
    return Error;
  bool IsIterator = false;
  for (const Type *C = typeOf(R); C && !IsIterator; C = C->base)
    IsIterator = C->next != nullptr;
  if (!IsIterator)
    return raise(&adder_type_TypeError,
                 "iter() returned non-iterator of type '%s'", typeName(R));
  return R;
}

Value dispatchNext(Value Self) {
  bool Def;
  Value R = callUser(Self, SN::next, Def);
  if (!Def) {
    if (auto S = builtinSlot(typeOf(Self), &Type::next))
      return S(Self);
    return raise(&adder_type_TypeError, "'%s' object is not an iterator",
                 typeName(Self));
  }
  // StopIteration from __next__ is the end (the next slot reports it with
  // no exception pending).
  if (R == Error && pendingExceptionMatches(&adder_type_StopIteration))
    clearPendingException();
  return R;
}

Value dispatchCall(Value Self, const Value *Args, size_t Argc,
                   Tuple *KwNames) {
  bool Def;
  Value R = callUser(Self, SN::call, Args, Argc, KwNames, Def);
  if (Def)
    return R;
  if (auto S = builtinSlot(typeOf(Self), &Type::call))
    return S(Self, Args, Argc, KwNames);
  return raise(&adder_type_TypeError, "'%s' object is not callable",
               typeName(Self));
}

bool definesAny(const Type *T, SN First, unsigned Count) {
  for (unsigned I = 0; I < Count; ++I)
    if (userDefines(T, SN(unsigned(First) + I)))
      return true;
  return false;
}

} // namespace

void installSpecialSlots(HeapType *H) {
  installBaseSlots(H);
  Type *T = &H->type;
  const unsigned NOps = unsigned(BinaryOp::NumOps);
  T->repr = userDefines(T, SN::repr) ? dispatchRepr : nullptr;
  // int and float print their repr: a Python __repr__ replaces both, as
  // CPython's object.__str__ calls repr().
  bool StrIsRepr = builtinSlot(T, &Type::str) == builtinSlot(T, &Type::repr);
  T->str = userDefines(T, SN::str) ? dispatchStr
           : StrIsRepr && userDefines(T, SN::repr) ? dispatchRepr
                                                   : nullptr;
  T->hash = userDefines(T, SN::hash) ? dispatchHash : nullptr;
  T->compare = definesAny(T, SN::lt, 6) ? dispatchCompare : nullptr;
  T->boolean = userDefines(T, SN::bool_) ? dispatchBool : nullptr;
  T->length = userDefines(T, SN::len) ? dispatchLength : nullptr;
  T->binary = definesAny(T, SN::add, 2 * NOps) ? dispatchBinary : nullptr;
  T->inplace = definesAny(T, SN::iadd, NOps) ? dispatchInplace : nullptr;
  T->unary = definesAny(T, SN::neg, 3) ? dispatchUnary : nullptr;
  T->getItem = userDefines(T, SN::getitem) ? dispatchGetItem : nullptr;
  T->setItem = userDefines(T, SN::setitem) || userDefines(T, SN::delitem)
                   ? dispatchSetItem
                   : nullptr;
  T->contains = userDefines(T, SN::contains) ? dispatchContains : nullptr;
  T->iter = userDefines(T, SN::iter) ? dispatchIter : nullptr;
  T->next = userDefines(T, SN::next) ? dispatchNext : nullptr;
  T->call = userDefines(T, SN::call) ? dispatchCall : nullptr;
}

} // namespace adder::rt
