//===- Protocols.h - Python operations on any value -------------*- C++ -*-===//
//
// The dynamic path: what `a + b`, `repr(x)`, `x[i]` or `f(*args)` do when
// the compiler could not prove the operand types. Each dispatches through
// the type slots of Object.h with CPython's rules (reflected operands,
// NotImplemented, subclass priority). These are also the runtime ABI that
// compiled code calls (extern "C", named adder_*), so their fast paths for
// small ints are inline.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_PROTOCOLS_H
#define ADDER_RUNTIME_PROTOCOLS_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

Value repr(Value V);
Value str(Value V);
/// hash(V): -1 with an exception pending on error.
SWord hash(Value V);
/// Truth value: 1, 0, or -1 on error.
int truthy(Value V);
/// Rich comparison returning a Value (may be non-bool for user types).
Value compare(Value A, Value B, CompareOp Op);
/// Comparison reduced to a truth value: 1, 0, -1 on error.
int compareBool(Value A, Value B, CompareOp Op);
/// a == b as a truth value (identity first, as containers do).
int equals(Value A, Value B);
Value binaryOp(Value A, Value B, BinaryOp Op);
/// a op= b: tries the in-place operation of mutable types first.
Value inplaceOp(Value A, Value B, BinaryOp Op);
Value unaryOp(Value A, UnaryOp Op);
Value getItem(Value Container, Value Key);
int setItem(Value Container, Value Key, Value Item);
int delItem(Value Container, Value Key);
/// `item in container`: 1, 0, -1.
int contains(Value Container, Value Item);
/// len(): >= 0, or -1 on error.
SWord length(Value V);
Value getIter(Value V);
/// Whether V's type implements subscription (CPython's PyMapping_Check).
bool hasGetItem(Value V);
/// Whether V can be called (callable()).
bool isCallable(Value V);
/// Whether iter(V) would find __iter__ or the sequence protocol.
bool isIterable(Value V);
/// The next item, or Error: with no exception pending when exhausted.
Value iterNext(Value Iterator);
Value call(Value Callable, const Value *Args, size_t Argc,
           Tuple *KwNames = nullptr);
Value getAttr(Value Obj, Str *Name);
Value getAttrCString(Value Obj, const char *Name);
/// getAttrCString, but Error with nothing pending when Obj lacks Name.
Value optionalAttrCString(Value Obj, const char *Name);
/// Calls V.Name(*Args) when V is an instance of a class that has Name (a
/// special method: builtin types have none here); Found is false, with
/// nothing pending, when it does not.
Value callDunder(Value V, const char *Name, const Value *Args, size_t Argc,
                 bool &Found);
int setAttr(Value Obj, Str *Name, Value Item);
/// Lookup of a method of a builtin type by name (null if absent).
const MethodDef *findMethod(const Type *T, const Str *Name);
/// isinstance(V, T) for a type object.
bool isInstance(Value V, const Type *T);
/// The index value of an int-like object (operator.index): small or big int.
Value index(Value V);
/// Whether index(V) can succeed: an int, or an instance of a class that
/// defines __index__ (what sequence indexing and repetition accept).
bool isIndexable(Value V);
/// How an int too large for a machine word is reported, as CPython's
/// callers of PyNumber_AsSsize_t differ: a subscript raises IndexError, a
/// repeat count (seq * n) OverflowError with the same message, and an
/// argument converted to Py_ssize_t (list.insert, str.center) OverflowError
/// "Python int too large to convert to C ssize_t".
enum class SizeOverflow : uint8_t { Index, Repeat, Argument };
/// The index as a machine integer, raising as How says when too large.
bool indexAsSize(Value V, SWord *Out, SizeOverflow How = SizeOverflow::Index);

/// The type name for messages ("int", "list", ...).
const char *typeName(Value V);

} // namespace adder::rt

#endif
