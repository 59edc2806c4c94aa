//===- Protocols.cpp - dynamic dispatch of Python operations --------------===//
//
// The generic path of every operation, following CPython's abstract.c and
// object.c: slots are looked up along the base chain, binary operators try
// the right operand's reflected slot first when its type is a subclass of
// the left's, a NotImplemented result hands over to the other operand, and
// when nobody implements an operation the TypeError says exactly what
// CPython says.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Protocols.h"

#include "adder/runtime/Numbers.h"
#include "adder/runtime/Str.h"
#include "core/Exceptions.h"
#include "objects/Callables.h"
#include "objects/Class.h"
#include "objects/SpecialNames.h"
#include "objects/Iterators.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

SWord objectHash(Value Self);

namespace {

/// The slot of T or of its nearest base that has one. Always inlined: the
/// compiler's pruning sees which slots the runtime reads by their constant
/// offsets (backend/Prune.cpp).
template <class F> ADDER_INLINE F slot(const Type *T, F Type::*Member) {
  for (; T; T = T->base)
    if (T->*Member)
      return T->*Member;
  return nullptr;
}

const char *binaryOpSymbol(BinaryOp Op) {
  static const char *const Symbols[] = {"+",  "-",  "*",         "@",  "/",
                                        "//", "%",  "** or pow()", "<<", ">>",
                                        "&",  "|",  "^"};
  return Symbols[unsigned(Op)];
}

const char *inplaceOpSymbol(BinaryOp Op) {
  static const char *const Symbols[] = {"+=",  "-=", "*=",  "@=",  "/=",
                                        "//=", "%=", "**=", "<<=", ">>=",
                                        "&=",  "|=", "^="};
  return Symbols[unsigned(Op)];
}

const char *compareOpSymbol(CompareOp Op) {
  static const char *const Symbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return Symbols[unsigned(Op)];
}

CompareOp swapped(CompareOp Op) {
  switch (Op) {
  case CompareOp::Lt: return CompareOp::Gt;
  case CompareOp::Le: return CompareOp::Ge;
  case CompareOp::Gt: return CompareOp::Lt;
  case CompareOp::Ge: return CompareOp::Le;
  default: return Op;
  }
}

/// binaryOp1 when A's class defines operator methods and B is of the same
/// class or of a builtin type (neither can go first): A's method, then
/// B's slot, without the slot search. False when this does not apply.
bool classBinaryOp(Value A, Value B, BinaryOp Op, Value &R) {
  if (!isObject(A))
    return false;
  const Type *TA = asObject(A)->type, *TB = typeOf(B);
  if ((TA != TB && (TB->flags & TypeHeapType)) || !dispatchesBinary(TA))
    return false;
  R = dispatchBinaryLeft(A, B, Op);
  if (R == notImplemented() && TA != TB)
    if (auto SB = slot(TB, &Type::binary))
      R = SB(A, B, Op);
  return true;
}

/// Tries both operands' binary slots (binary_op1 in CPython). Returns
/// NotImplemented if neither handles the operands.
Value binaryOp1(Value A, Value B, BinaryOp Op) {
  Value R;
  if (classBinaryOp(A, B, Op, R))
    return R;
  const Type *TA = typeOf(A), *TB = typeOf(B);
  auto SA = slot(TA, &Type::binary);
  auto SB = TA == TB ? nullptr : slot(TB, &Type::binary);
  if (SB == SA)
    SB = nullptr;
  // A builtin type is never a subtype of a class.
  bool BMayOverride = (TB->flags & TypeHeapType) || !(TA->flags & TypeHeapType);
  if (SA) {
    if (SB && BMayOverride && isSubtype(TB, TA)) {
      Value R = SB(A, B, Op);
      if (R != notImplemented())
        return R;
      SB = nullptr;
    }
    Value R = SA(A, B, Op);
    if (R != notImplemented())
      return R;
  }
  if (SB)
    return SB(A, B, Op);
  return notImplemented();
}

} // namespace

Value repr(Value V) {
  auto F = slot(typeOf(V), &Type::repr);
  Value R = F(V);
  if (R != Error && !isStr(R))
    return raise(&adder_type_TypeError, "__repr__ returned non-string (type %s)",
                 typeName(R));
  return R;
}

Value str(Value V) {
  if (isObject(V) && asObject(V)->type == &adder_type_str)
    return V;
  auto F = slot(typeOf(V), &Type::str);
  if (!F)
    return repr(V);
  Value R = F(V);
  if (R != Error && !isStr(R))
    return raise(&adder_type_TypeError, "__str__ returned non-string (type %s)",
                 typeName(R));
  return R;
}

SWord hash(Value V) {
  auto F = slot(typeOf(V), &Type::hash);
  if (!F)
    return objectHash(V);
  return F(V);
}

int truthy(Value V) {
  if (isTrue(V))
    return 1;
  if (isFalse(V) || isNone(V))
    return 0;
  if (isSmallInt(V))
    return V != makeSmallInt(0);
  const Type *T = typeOf(V);
  if (auto F = slot(T, &Type::boolean))
    return F(V);
  if (auto F = slot(T, &Type::length)) {
    SWord N = F(V);
    return N < 0 ? -1 : N != 0;
  }
  return 1;
}

Value compare(Value A, Value B, CompareOp Op) {
  const Type *TA = typeOf(A), *TB = typeOf(B);
  auto SA = slot(TA, &Type::compare);
  auto SB = slot(TB, &Type::compare);
  bool Checked = false;
  if (TA != TB && SB && isSubtype(TB, TA)) {
    Checked = true;
    Value R = SB(B, A, swapped(Op));
    if (R != notImplemented())
      return R;
  }
  if (SA) {
    Value R = SA(A, B, Op);
    if (R != notImplemented())
      return R;
  }
  if (!Checked && SB) {
    Value R = SB(B, A, swapped(Op));
    if (R != notImplemented())
      return R;
  }
  if (Op == CompareOp::Eq)
    return boolValue(A == B);
  if (Op == CompareOp::Ne)
    return boolValue(A != B);
  return raise(&adder_type_TypeError,
               "'%s' not supported between instances of '%s' and '%s'",
               compareOpSymbol(Op), TA->name, TB->name);
}

int compareBool(Value A, Value B, CompareOp Op) {
  Value R = compare(A, B, Op);
  if (R == Error)
    return -1;
  return truthy(R);
}

int equals(Value A, Value B) {
  if (A == B)
    return 1;
  return compareBool(A, B, CompareOp::Eq);
}

/// The name of the builtin sequence V is an instance of (str, list,
/// tuple, bytes, bytearray: the types with sq_concat and sq_repeat), or
/// null.
static const char *sequenceName(Value V) {
  const Type *T = typeOf(V);
  static const Type *const Sequences[] = {
      &adder_type_str, &adder_type_list, &adder_type_tuple, &adder_type_bytes,
      &adder_type_bytearray};
  for (const Type *S : Sequences)
    if (isSubtype(T, S))
      return S->name;
  return nullptr;
}

/// The TypeError of `*` between a sequence and a non-index that neither
/// operand's methods took (CPython's sequence_repeat); false if neither
/// operand is a sequence.
static bool raiseRepeatError(Value A, Value B) {
  Value Count = sequenceName(A) ? B : sequenceName(B) ? A : Error;
  if (Count == Error)
    return false;
  raise(&adder_type_TypeError, "can't multiply sequence by non-int of type '%s'",
        typeName(Count));
  return true;
}

/// The TypeError of `+` between a sequence and an instance of a class
/// that did not take it either (CPython's sq_concat); false if A is no
/// sequence.
static bool raiseConcatError(Value A, Value B) {
  const char *Kind = sequenceName(A);
  if (!Kind)
    return false;
  if (isSubtype(typeOf(A), &adder_type_bytes) ||
      isSubtype(typeOf(A), &adder_type_bytearray))
    raise(&adder_type_TypeError, "can't concat %s to %s", typeName(B), Kind);
  else
    raise(&adder_type_TypeError, "can only concatenate %s (not \"%s\") to %s",
          Kind, typeName(B), Kind);
  return true;
}

Value binaryOp(Value A, Value B, BinaryOp Op) {
  Value R = binaryOp1(A, B, Op);
  if (R != notImplemented())
    return R;
  if (Op == BinaryOp::Mul && raiseRepeatError(A, B))
    return Error;
  if (Op == BinaryOp::Add && raiseConcatError(A, B))
    return Error;
  return raise(&adder_type_TypeError,
               "unsupported operand type(s) for %s: '%s' and '%s'",
               binaryOpSymbol(Op), typeName(A), typeName(B));
}

Value inplaceOp(Value A, Value B, BinaryOp Op) {
  // Mutable containers extend in place (list += iterable); their types
  // provide that through the inplace slot of Callables.h.
  if (auto F = slot(typeOf(A), &Type::inplace)) {
    Value R = F(A, B, Op);
    if (R != notImplemented())
      return R;
  }
  Value R = binaryOp1(A, B, Op);
  if (R != notImplemented())
    return R;
  if (Op == BinaryOp::Mul && raiseRepeatError(A, B))
    return Error;
  if (Op == BinaryOp::Add && raiseConcatError(A, B))
    return Error;
  return raise(&adder_type_TypeError,
               "unsupported operand type(s) for %s: '%s' and '%s'",
               inplaceOpSymbol(Op), typeName(A), typeName(B));
}

Value unaryOp(Value A, UnaryOp Op) {
  if (auto F = slot(typeOf(A), &Type::unary)) {
    Value R = F(A, Op);
    if (R != notImplemented())
      return R;
  }
  static const char *const Names[] = {"unary -", "unary +", "unary ~"};
  return raise(&adder_type_TypeError, "bad operand type for %s: '%s'",
               Names[unsigned(Op)], typeName(A));
}

Value getItem(Value Container, Value Key) {
  if (auto F = slot(typeOf(Container), &Type::getItem))
    return F(Container, Key);
  // A class: C[key] is __class_getitem__ (list[int]...).
  if (typeOf(Container)->flags & TypeTypeSubclass)
    return typeGetItem(Container, Key);
  return raise(&adder_type_TypeError, "'%s' object is not subscriptable",
               typeName(Container));
}

int setItem(Value Container, Value Key, Value Item) {
  if (auto F = slot(typeOf(Container), &Type::setItem))
    return F(Container, Key, Item);
  raise(&adder_type_TypeError, "'%s' object does not support item assignment",
        typeName(Container));
  return -1;
}

int delItem(Value Container, Value Key) {
  if (auto F = slot(typeOf(Container), &Type::setItem))
    return F(Container, Key, Error);
  raise(&adder_type_TypeError, "'%s' object doesn't support item deletion",
        typeName(Container));
  return -1;
}

int contains(Value Container, Value Item) {
  if (auto F = slot(typeOf(Container), &Type::contains))
    return F(Container, Item);
  if (!isIterable(Container)) {
    raise(&adder_type_TypeError, "argument of type '%s' is not iterable",
          typeName(Container));
    return -1;
  }
  Value It = getIter(Container);
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

SWord length(Value V) {
  if (auto F = slot(typeOf(V), &Type::length))
    return F(V);
  raise(&adder_type_TypeError, "object of type '%s' has no len()",
        typeName(V));
  return -1;
}

Value getIter(Value V) {
  if (auto F = slot(typeOf(V), &Type::iter))
    return F(V);
  if (slot(typeOf(V), &Type::getItem))
    return sequenceIterNew(V);
  return raise(&adder_type_TypeError, "'%s' object is not iterable",
               typeName(V));
}

bool isIterable(Value V) {
  return slot(typeOf(V), &Type::iter) || slot(typeOf(V), &Type::getItem);
}

Value iterNext(Value Iterator) {
  if (auto F = slot(typeOf(Iterator), &Type::next))
    return F(Iterator);
  return raise(&adder_type_TypeError, "'%s' object is not an iterator",
               typeName(Iterator));
}

Value call(Value Callable, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (auto F = slot(typeOf(Callable), &Type::call))
    return F(Callable, Args, Argc, KwNames);
  return raise(&adder_type_TypeError, "'%s' object is not callable",
               typeName(Callable));
}

const MethodDef *findMethod(const Type *T, const Str *Name) {
  for (uint32_t I = 0; I < T->methodCount; ++I)
    if (strEqualsCString(Name, T->methods[I].name))
      return &T->methods[I];
  return nullptr;
}

namespace {

Value getAttrNoContext(Value Obj, Str *Name) {
  const Type *T = typeOf(Obj);
  if (auto F = slot(T, &Type::getAttr))
    return F(Obj, Name);
  for (const Type *C = T; C; C = C->base) {
    const MethodDef *M = findMethod(C, Name);
    // Special methods of builtin slots (`(1).__add__`), found by name.
    if (!M && C != &adder_type_object)
      M = findSlotWrapper(C, Name);
    if (M) {
      if (M->kind == MethodKind::Property)
        return M->call(&Obj, 1, nullptr);
      return makeBuiltinMethod(M, M->kind == MethodKind::StaticMethod
                                      ? Error
                                      : M->kind == MethodKind::ClassMethod
                                            ? fromObject(&T->header)
                                            : Obj,
                               C);
    }
  }
  if (strEqualsCString(Name, "__class__"))
    return fromObject(&T->header);
  return raise(&adder_type_AttributeError, "'%s' object has no attribute '%V'",
               T->name, Name);
}

} // namespace

Value getAttr(Value Obj, Str *Name) {
  Value R = getAttrNoContext(Obj, Name);
  if (R == Error)
    addAttributeErrorContext(Obj, Name);
  return R;
}

Value getAttrCString(Value Obj, const char *Name) {
  Value N = strFromCString(Name);
  if (N == Error)
    return Error;
  return getAttr(Obj, asStr(N));
}

Value optionalAttrCString(Value Obj, const char *Name) {
  Value R = getAttrCString(Obj, Name);
  if (R == Error && pendingExceptionMatches(&adder_type_AttributeError))
    clearPendingException();
  return R;
}

bool hasGetItem(Value V) { return slot(typeOf(V), &Type::getItem) != nullptr; }

bool isCallable(Value V) { return slot(typeOf(V), &Type::call) != nullptr; }

int setAttr(Value Obj, Str *Name, Value Item) {
  const Type *T = typeOf(Obj);
  if (auto F = slot(T, &Type::setAttr))
    return F(Obj, Name, Item);
  for (const Type *C = T; C; C = C->base)
    if (const MethodDef *M = findMethod(C, Name)) {
      // A getset descriptor without a setter, or a method.
      if (M->kind == MethodKind::Property)
        raise(&adder_type_AttributeError,
              "attribute '%V' of '%s' objects is not writable", Name,
              C->name);
      else
        raise(&adder_type_AttributeError,
              "'%s' object attribute '%V' is read-only", T->name, Name);
      return -1;
    }
  raise(&adder_type_AttributeError, "'%s' object has no attribute '%V'",
        T->name, Name);
  return -1;
}

Value index(Value V) {
  if (isSmallInt(V))
    return V;
  const Type *T = typeOf(V);
  if (T == &adder_type_bool)
    return makeSmallInt(reinterpret_cast<const BoolObject *>(asObject(V))->value);
  if (T->flags & TypeIntSubclass)
    return V;
  if (isHeapType(T)) {
    bool Missing = false;
    Value R = callSpecial(V, unsigned(SN::index), nullptr, 0, &Missing);
    if (!Missing) {
      if (R == Error)
        return Error;
      if (!isSmallInt(R) && !(typeOf(R)->flags & TypeIntSubclass))
        return raise(&adder_type_TypeError,
                     "__index__ returned non-int (type %s)", typeName(R));
      return index(R); // a bool's value, or the int itself
    }
    clearPendingException(); // the AttributeError of the missing method
  }
  return raise(&adder_type_TypeError,
               "'%s' object cannot be interpreted as an integer", T->name);
}

bool isIndexable(Value V) {
  if (isSmallInt(V) || (typeOf(V)->flags & TypeIntSubclass))
    return true;
  const Type *T = typeOf(V);
  return isHeapType(T) && bool(lookupInMro(T, specialName(SN::index)));
}

bool indexAsSize(Value V, SWord *Out, SizeOverflow How) {
  Value I = index(V);
  if (I == Error)
    return false;
  if (isSmallInt(I)) {
    *Out = smallIntValue(I);
    return true;
  }
  int64_t Wide;
  if (!adder_int_to_i64(I, &Wide) || Wide < int64_t(SmallIntMin) * 2 ||
      Wide > int64_t(SmallIntMax) * 2 + 1) {
    if (How == SizeOverflow::Argument)
      raise(&adder_type_OverflowError,
            "Python int too large to convert to C ssize_t");
    else
      raise(How == SizeOverflow::Index ? &adder_type_IndexError
                                       : &adder_type_OverflowError,
            "cannot fit 'int' into an index-sized integer");
    return false;
  }
  *Out = SWord(Wide);
  return true;
}

//===----------------------------------------------------------------------===//
// The ABI of the dynamic path, for compiled code
//===----------------------------------------------------------------------===//

namespace {

// The dynamic path's fast cases, inlined into compiled code with the ABI
// functions below: small ints with + - * // % & | ^ >>, exact floats with
// + - * /, and the comparisons of either. Everything else (overflow, mixed types,
// subclasses, dunder methods) takes the full protocol.

ADDER_FAST bool exactFloats(Value A, Value B) {
  return isExactFloat(A) && isExactFloat(B);
}

/// True when the fast path handled A Op B, with the result in R (Error if
/// boxing the float ran out of memory).
ADDER_FAST bool binaryFast(Value A, Value B, uint32_t Op, Value &R) {
  if (A & B & 1) {
    SWord X = smallIntValue(A), Y = smallIntValue(B), Z;
    bool Overflow = false;
    switch (BinaryOp(Op)) {
    case BinaryOp::Add:
      Overflow = __builtin_add_overflow(X, Y, &Z);
      break;
    case BinaryOp::Sub:
      Overflow = __builtin_sub_overflow(X, Y, &Z);
      break;
    case BinaryOp::Mul:
      Overflow = __builtin_mul_overflow(X, Y, &Z);
      break;
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
      // Python's division rounds toward negative infinity. (A small int
      // divided by -1 only overflows the small range: checked below.)
      if (Y == 0)
        return false; // ZeroDivisionError
      SWord Q = X / Y, M = X % Y;
      if (M != 0 && ((M ^ Y) < 0)) {
        M += Y;
        --Q;
      }
      Z = BinaryOp(Op) == BinaryOp::Mod ? M : Q;
      break;
    }
    case BinaryOp::And: // the tags combine to the tag
      R = A & B;
      return true;
    case BinaryOp::Or:
      R = A | B;
      return true;
    case BinaryOp::Xor:
      R = (A ^ B) | 1;
      return true;
    case BinaryOp::RShift:
      if (Y < 0)
        return false; // ValueError
      Z = X >> (Y < SWord(sizeof(SWord) * 8) ? Y : SWord(sizeof(SWord) * 8 - 1));
      break;
    default:
      return false;
    }
    if (Overflow || !fitsSmallInt(Z))
      return false;
    R = makeSmallInt(Z);
    return true;
  }
  if (!exactFloats(A, B))
    return false;
  double X = floatValue(A), Y = floatValue(B);
  switch (BinaryOp(Op)) {
  case BinaryOp::Add:
    R = floatNew(X + Y);
    return true;
  case BinaryOp::Sub:
    R = floatNew(X - Y);
    return true;
  case BinaryOp::Mul:
    R = floatNew(X * Y);
    return true;
  case BinaryOp::TrueDiv:
    if (Y == 0.0)
      return false; // ZeroDivisionError
    R = floatNew(X / Y);
    return true;
  default:
    return false;
  }
}

template <class T> ADDER_FAST bool compareValues(T X, T Y, uint32_t Op) {
  switch (CompareOp(Op)) {
  case CompareOp::Lt:
    return X < Y;
  case CompareOp::Le:
    return X <= Y;
  case CompareOp::Eq:
    return X == Y;
  case CompareOp::Ne:
    return X != Y;
  case CompareOp::Gt:
    return X > Y;
  default:
    return X >= Y;
  }
}

/// True when the fast path decided A Op B, with the outcome in R.
ADDER_FAST bool compareFast(Value A, Value B, uint32_t Op, bool &R) {
  if (A & B & 1) {
    R = compareValues(SWord(A), SWord(B), Op); // tagging keeps the order
    return true;
  }
  if (!exactFloats(A, B))
    return false;
  R = compareValues(floatValue(A), floatValue(B), Op);
  return true;
}

} // namespace

extern "C" {
Value adder_repr(Value V) { return repr(V); }
Value adder_str(Value V) { return str(V); }
ADDER_FAST Value adder_binary(Value A, Value B, uint32_t Op) {
  Value R;
  if (binaryFast(A, B, Op, R))
    return R;
  return binaryOp(A, B, BinaryOp(Op));
}
ADDER_FAST Value adder_inplace(Value A, Value B, uint32_t Op) {
  // Neither int nor float has in-place forms of its own.
  Value R;
  if (binaryFast(A, B, Op, R))
    return R;
  return inplaceOp(A, B, BinaryOp(Op));
}
Value adder_unary(Value A, uint32_t Op) { return unaryOp(A, UnaryOp(Op)); }
ADDER_FAST Value adder_compare(Value A, Value B, uint32_t Op) {
  bool R;
  if (compareFast(A, B, Op, R))
    return boolValue(R);
  return compare(A, B, CompareOp(Op));
}
/// 1, 0, or -1 with an exception pending.
ADDER_FAST int32_t adder_compare_bool(Value A, Value B, uint32_t Op) {
  bool R;
  if (compareFast(A, B, Op, R))
    return R;
  return compareBool(A, B, CompareOp(Op));
}
int32_t adder_truthy(Value V) { return truthy(V); }
int32_t adder_contains(Value Container, Value Item) {
  return contains(Container, Item);
}
Value adder_getitem(Value C, Value K) { return getItem(C, K); }
int32_t adder_setitem(Value C, Value K, Value V) { return setItem(C, K, V); }
int32_t adder_delitem(Value C, Value K) { return delItem(C, K); }
Value adder_getattr(Value O, Value Name) { return getAttr(O, asStr(Name)); }
int32_t adder_setattr(Value O, Value Name, Value V) {
  return setAttr(O, asStr(Name), V);
}
int32_t adder_delattr(Value O, Value Name) {
  return setAttr(O, asStr(Name), Error);
}
Value adder_iter(Value V) { return getIter(V); }
/// The next item, or Error: exhausted if no exception is pending. The
/// iterators of lists, tuples and ASCII strs step inline.
ADDER_FAST Value adder_next(Value It) {
  if (isObject(It))
    if (Value V = stepIterator(asObject(It), asObject(It)->type))
      return V;
  return iterNext(It);
}
/// adder_call's other cases, out of line: the fast path is inlined at
/// every call site of compiled code, this is not.
ADDER_NOINLINE Value adder_call_slow(Value F, const Value *Args, size_t Argc,
                                     Value KwNames) {
  return call(F, Args, Argc,
              KwNames ? reinterpret_cast<Tuple *>(asObject(KwNames)) : nullptr);
}
/// Callable(*Args). A Python function given exactly its positional
/// parameters is entered directly (its generic entry only reads Args).
ADDER_FAST Value adder_call(Value F, const Value *Args, size_t Argc,
                            Value KwNames) {
  if (!KwNames)
    if (const Function *Fn = exactFunction(F, Argc))
      return Fn->entry(F, const_cast<Value *>(Args));
  return adder_call_slow(F, Args, Argc, KwNames);
}
/// len() as an int Value.
Value adder_len(Value V) {
  SWord N = length(V);
  return N < 0 ? Error : makeSmallInt(N);
}
/// SWord hash, -1 with an exception pending.
SWord adder_hash(Value V) { return hash(V); }
}

} // namespace adder::rt
