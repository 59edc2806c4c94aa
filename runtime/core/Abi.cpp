//===- Abi.cpp - entry points compiled code calls -------------------------===//
//
// The runtime functions of Builtins.td that are glue rather than part of a
// type: slow paths of the inline int/float code the backend emits, sequence
// unpacking, global lookup falling back to the builtins module, and the
// statements that raise (raise, assert, bare raise, except matching). Each
// keeps CPython's wording and the error convention its record declares.
//
//===----------------------------------------------------------------------===//

#include "core/Exceptions.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/Compiler.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

const Type *asTypeObject(Value V) {
  if (isObject(V) && (typeOf(V)->flags & TypeTypeSubclass))
    return reinterpret_cast<const Type *>(asObject(V));
  return nullptr;
}

bool isExceptionInstance(Value V) {
  return isObject(V) && isSubtype(typeOf(V), &adder_type_BaseException);
}

/// `raise X` and `raise ... from X` accept a class (instantiated with no
/// arguments) or an instance; Error if neither, with Message raised.
Value exceptionFrom(Value V, const char *Message) {
  if (isExceptionInstance(V))
    return V;
  const Type *T = asTypeObject(V);
  if (!T || !isSubtype(T, &adder_type_BaseException))
    return raise(&adder_type_TypeError, "%s", Message);
  Value E = call(V, nullptr, 0, nullptr);
  if (E == Error)
    return Error;
  if (!isExceptionInstance(E))
    return raise(&adder_type_TypeError,
                 "calling %R should have returned an instance of "
                 "BaseException, not %s",
                 V, typeName(E));
  return E;
}

CompareOp reflected(CompareOp Op) {
  switch (Op) {
  case CompareOp::Lt:
    return CompareOp::Gt;
  case CompareOp::Le:
    return CompareOp::Ge;
  case CompareOp::Gt:
    return CompareOp::Lt;
  case CompareOp::Ge:
    return CompareOp::Le;
  default:
    return Op;
  }
}

/// Pulls the next item for unpacking: 1 with an item, 0 when exhausted,
/// -1 on error.
int nextItem(Value It, Value *Out) {
  Value V = iterNext(It);
  if (V != Error) {
    *Out = V;
    return 1;
  }
  return errorPending() ? -1 : 0;
}

} // namespace

extern "C" {

//===--- Typed int and float slow paths -----------------------------------===//

/// Op is the BinaryOp index (backend/Lower.cpp binaryOpIndex agrees).
Value adder_int_binary_slow(Value A, Value B, int32_t Op) {
  return binaryOp(A, B, BinaryOp(Op));
}

/// Op: 0 neg, 2 invert (UnaryOp's values), 3 abs.
Value adder_int_unary_slow(Value A, int32_t Op) {
  if (Op == 3)
    return adder_int_abs(A);
  return unaryOp(A, UnaryOp(Op));
}

/// Either operand is a big int; cannot fail.
bool adder_int_compare_op(Value A, Value B, int32_t Op) {
  int C = adder_int_compare_slow(A, B);
  switch (CompareOp(Op)) {
  case CompareOp::Lt:
    return C < 0;
  case CompareOp::Le:
    return C <= 0;
  case CompareOp::Eq:
    return C == 0;
  case CompareOp::Ne:
    return C != 0;
  case CompareOp::Gt:
    return C > 0;
  case CompareOp::Ge:
    return C >= 0;
  }
  return false;
}

bool adder_int_float_compare(Value A, double B, int32_t Op) {
  return adder_float_int_compare(B, A, reflected(CompareOp(Op)));
}

Value adder_int_from_double(double X) { return adder_float_to_int(X); }

/// The float operations that can raise; the backend inlines + - *.
double adder_float_binary_slow(double A, double B, int32_t Op) {
  switch (BinaryOp(Op)) {
  case BinaryOp::Add:
    return A + B;
  case BinaryOp::Sub:
    return A - B;
  case BinaryOp::Mul:
    return A * B;
  case BinaryOp::TrueDiv:
    return adder_float_truediv(A, B);
  case BinaryOp::FloorDiv:
    return adder_float_floordiv(A, B);
  case BinaryOp::Mod:
    return adder_float_mod(A, B);
  case BinaryOp::Pow: {
    // Sema types float ** only when the result is a float.
    Value R = adder_float_pow(A, B);
    return R == Error ? -1.0 : adder_float_value(R);
  }
  default:
    ADDER_UNREACHABLE("float operator without a float result");
  }
}

Value adder_round_float_int(double X) { return adder_round_float(X, Error); }

double adder_round_float_digits(double X, Value Ndigits) {
  Value R = adder_round_float(X, Ndigits);
  return R == Error ? -1.0 : adder_float_value(R);
}

Value adder_float_to_str(double X) { return adder_float_repr(X); }

//===--- Strings and unpacking --------------------------------------------===//

/// The pieces of an f-string (all str) concatenated.
Value adder_str_join_array(const Value *Pieces, size_t Count) {
  StrBuilder B;
  for (size_t I = 0; I < Count; ++I)
    if (!B.append(asStr(Pieces[I])))
      return Error;
  return B.finish();
}

Value adder_str_len(Value S) { return makeSmallInt(SWord(asStr(S)->length)); }

/// a, b, c = X: exactly Count items into Out.
int32_t adder_unpack(Value Seq, size_t Count, Value *Out) {
  if (isTuple(Seq) || isList(Seq)) {
    // Sequences are checked by length first, as CPython does.
    size_t N = isTuple(Seq) ? asTuple(Seq)->size : asList(Seq)->size;
    if (N == Count) {
      for (size_t I = 0; I < N; ++I) {
        Out[I] = isTuple(Seq) ? asTuple(Seq)->items[I] : listGet(asList(Seq), I);
        if (Out[I] == Error) // boxing a float of a Floats list failed
          return -1;
      }
      return 0;
    }
    if (N < Count)
      raise(&adder_type_ValueError,
            "not enough values to unpack (expected %zu, got %zu)", Count, N);
    else
      raise(&adder_type_ValueError, "too many values to unpack (expected %zu)",
            Count);
    return -1;
  }
  if (!isIterable(Seq)) {
    raise(&adder_type_TypeError, "cannot unpack non-iterable %s object",
          typeName(Seq));
    return -1;
  }
  Value It = getIter(Seq);
  if (It == Error)
    return -1;
  for (size_t I = 0; I < Count; ++I) {
    int R = nextItem(It, &Out[I]);
    if (R < 0)
      return -1;
    if (R == 0) {
      raise(&adder_type_ValueError,
            "not enough values to unpack (expected %zu, got %zu)", Count, I);
      return -1;
    }
  }
  Value Extra;
  int R = nextItem(It, &Extra);
  if (R < 0)
    return -1;
  if (R > 0) {
    raise(&adder_type_ValueError, "too many values to unpack (expected %zu)",
          Count);
    return -1;
  }
  return 0;
}

/// a, *b, c = X: Before items, a list of the middle, After items.
int32_t adder_unpack_star(Value Seq, size_t Before, size_t After, Value *Out) {
  if (!isIterable(Seq)) {
    raise(&adder_type_TypeError, "cannot unpack non-iterable %s object",
          typeName(Seq));
    return -1;
  }
  Value L = listFromIterable(Seq);
  if (L == Error)
    return -1;
  size_t N = asList(L)->size;
  const Value *Items = listValues(asList(L));
  if (!Items)
    return -1;
  if (N < Before + After) {
    raise(&adder_type_ValueError,
          "not enough values to unpack (expected at least %zu, got %zu)",
          Before + After, N);
    return -1;
  }
  for (size_t I = 0; I < Before; ++I)
    Out[I] = Items[I];
  for (size_t I = 0; I < After; ++I)
    Out[Before + 1 + I] = Items[N - After + I];
  Value Middle = listFromArray(Items + Before, N - Before - After);
  if (Middle == Error)
    return -1;
  Out[Before] = Middle;
  return 0;
}

void adder_raise_range_step_zero(void) {
  raise(&adder_type_ValueError, "range() arg 3 must not be zero");
}

//===--- Names ------------------------------------------------------------===//

/// A global whose slot is unbound at run time: set dynamically (through
/// the module object), the builtin of that name (Builtin, or 0), or a
/// NameError.
Value adder_global_fallback(Value ModuleObject, Value Name, Value Builtin) {
  auto *M = reinterpret_cast<Module *>(asObject(ModuleObject));
  if (M->extra) {
    Value V = dictGetItemStr(M->extra, asStr(Name));
    if (V != Error)
      return V;
  }
  if (Builtin)
    return Builtin;
  return raiseNameError(Name);
}

Value adder_raise_unbound_local(Value Name); // objects/Module.cpp
Value adder_raise_unbound_free(Value Name);

/// `del x` of a variable shared with nested functions: it must be bound.
int32_t adder_cell_delete(Value CellValue, Value Name, int32_t Free) {
  auto *C = reinterpret_cast<Cell *>(asObject(CellValue));
  if (C->contents == Error) {
    if (Free)
      adder_raise_unbound_free(Name);
    else
      adder_raise_unbound_local(Name);
    return -1;
  }
  C->contents = Error;
  return 0;
}

//===--- Functions --------------------------------------------------------===//

Value adder_function_default(Value F, int32_t Index) {
  return reinterpret_cast<Function *>(asObject(F))->defaults->items[Index];
}

Value adder_function_kwdefault(Value F, int32_t Index) {
  return reinterpret_cast<Function *>(asObject(F))->kwDefaults->items[Index];
}

/// A value reached a typed entry or a narrowing with another type than
/// the compiler proved (only through calls it could not see).
void adder_raise_argument_type(const char *Function, const char *Parameter,
                               const char *Expected, Value Got) {
  raise(&adder_type_TypeError,
        "%s() argument '%s' must be %s, not %s (adder compiled it for %s "
        "arguments only)",
        Function, Parameter, Expected, typeName(Got), Expected);
}

//===--- Raising and handling ---------------------------------------------===//

void adder_raise(Value Exc, Value Cause) {
  Value E = exceptionFrom(Exc, "exceptions must derive from BaseException");
  if (E == Error)
    return;
  if (Cause) {
    Value C = isNone(Cause) ? Cause
                            : exceptionFrom(Cause, "exception causes must "
                                                   "derive from BaseException");
    if (C == Error)
      return;
    auto *B = reinterpret_cast<BaseException *>(asObject(E));
    B->cause = isNone(C) ? Error : C;
    B->suppressContext = 1;
  }
  raiseObject(E);
}

/// Bare `raise` (and the end of a finally block that re-raises): Exc is
/// the exception being handled, or 0 outside any handler.
void adder_reraise(Value Exc) {
  if (!Exc) {
    raise(&adder_type_RuntimeError, "No active exception to reraise");
    return;
  }
  adder_pending_exception = asObject(Exc);
}

/// `except T:` — T a class or a tuple of classes, all of which must be
/// exception classes (checked before matching, as CPython does).
int32_t adder_exc_matches(Value Exc, Value Class) {
  auto IsExceptionClass = [](Value C) {
    const Type *T = asTypeObject(C);
    return T && isSubtype(T, &adder_type_BaseException);
  };
  const Value *Classes = &Class;
  size_t Count = 1;
  if (isTuple(Class)) {
    Classes = asTuple(Class)->items;
    Count = asTuple(Class)->size;
  }
  for (size_t I = 0; I < Count; ++I)
    if (!IsExceptionClass(Classes[I])) {
      raise(&adder_type_TypeError, "catching classes that do not inherit "
                                   "from BaseException is not allowed");
      return -1;
    }
  for (size_t I = 0; I < Count; ++I)
    if (isSubtype(typeOf(Exc), asTypeObject(Classes[I])))
      return 1;
  return 0;
}

void adder_assert_fail(Value Message, int32_t HasMessage) {
  Value E = newException(&adder_type_AssertionError, &Message,
                         HasMessage ? 1 : 0);
  if (E != Error)
    raiseObject(E);
}

} // extern "C"

} // namespace adder::rt
