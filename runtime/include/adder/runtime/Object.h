//===- Object.h - the object header and type objects ------------*- C++ -*-===//
//
// Every object starts with a pointer to its type; nothing else is in the
// header (GC mark bits live in the heap's side bitmaps, so static objects in
// flash need no writable header). A Type is itself an object; its slots are
// the protocol functions the runtime dispatches through, in the spirit of
// CPython's tp_* slots but fewer. Compiled code never reads these layouts:
// it calls runtime functions, whose fast paths are inlined after the
// runtime bitcode is linked in (DESIGN.md decision 11).
//
// Slot conventions: functions returning Value return Error (0) with an
// exception pending on failure; functions returning int return -1 on error
// (and 0/1 otherwise) unless documented.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECT_H
#define ADDER_RUNTIME_OBJECT_H

#include "adder/runtime/Value.h"

namespace adder::rt {

struct Object {
  const Type *type;
};

/// Called by the collector on every reference an object holds; the
/// tracer may be anything (marking, verifying) so it is a callback.
struct Tracer {
  void (*visit)(Tracer *Self, Value *Slot);
  ADDER_INLINE void operator()(Value *Slot) {
    if (isObject(*Slot))
      visit(this, Slot);
  }
  template <class T> ADDER_INLINE void operator()(T **Slot) {
    (*this)(reinterpret_cast<Value *>(Slot));
  }
};

/// Rich comparison operators, in CPython's order (Py_LT ... Py_GE).
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

/// Binary operators; the In-place forms are dispatched like the plain ones
/// unless a type provides its own.
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift,
  And, Or, Xor, NumOps
};

enum class UnaryOp : uint8_t { Neg, Pos, Invert };

enum TypeFlags : uint16_t {
  /// Instances may be subclassed by Python classes.
  TypeBaseType = 1 << 0,
  /// The type object was created at run time (it lives on the heap).
  TypeHeapType = 1 << 1,
  /// Subclass markers for fast isinstance checks of the core types.
  TypeIntSubclass = 1 << 2,
  TypeStrSubclass = 1 << 3,
  TypeTupleSubclass = 1 << 4,
  TypeListSubclass = 1 << 5,
  TypeDictSubclass = 1 << 6,
  TypeExceptionSubclass = 1 << 7,
  TypeTypeSubclass = 1 << 8,
};

struct Str;
struct Tuple;
struct Dict;

/// A method of a builtin type, found by name (the runtime's method tables
/// are static arrays; generated from runtime/Builtins.td where the
/// compiler needs to know them).
enum class MethodKind : uint8_t { Method, ClassMethod, StaticMethod, Property };
struct MethodDef {
  const char *name;
  /// For Method: Args[0] is self. For Property: called with Argc == 1.
  Value (*call)(const Value *Args, size_t Argc, Tuple *KwNames);
  MethodKind kind;
};

struct Type {
  Object header;
  const char *name;        // "int", "ZeroDivisionError", ...
  const Type *base;        // single base (tp_base); null only for object
  uint16_t flags;
  /// Size of a fixed-size instance in bytes (0 for variable-size types,
  /// whose constructors compute it).
  uint32_t instanceSize;

  //--- Memory -------------------------------------------------------------//
  /// Visits every reference of O; null when instances hold no references.
  void (*trace)(Object *O, Tracer &T);

  //--- Protocols (null: not supported, or inherited from base) -----------//
  Value (*repr)(Value Self);
  Value (*str)(Value Self);
  /// hash(self); -1 with an exception pending on error (a real hash of -1
  /// is reported as -2, as in CPython).
  SWord (*hash)(Value Self);
  /// Returns a Value (usually True/False), NotImplemented, or Error.
  Value (*compare)(Value Self, Value Other, CompareOp Op);
  /// Truth value: 1, 0 or -1 on error.
  int (*boolean)(Value Self);
  /// len(): >= 0, or -1 on error.
  SWord (*length)(Value Self);
  /// Binary operator with Self on the left (Reflected: Self on the right).
  /// Returns NotImplemented when the operand types are not supported.
  Value (*binary)(Value Left, Value Right, BinaryOp Op);
  /// `Self op= Right` for mutable types that update in place (list +=);
  /// NotImplemented falls back to binary.
  Value (*inplace)(Value Self, Value Right, BinaryOp Op);
  Value (*unary)(Value Self, UnaryOp Op);
  Value (*getItem)(Value Self, Value Key);
  /// Stores Item at Key, or deletes Key when Item is Error. 0 or -1.
  int (*setItem)(Value Self, Value Key, Value Item);
  /// 1 if Item is in Self, 0 if not, -1 on error.
  int (*contains)(Value Self, Value Item);
  Value (*iter)(Value Self);
  /// Next item; Error with StopIteration pending *not* set at exhaustion:
  /// returns Error and sets no exception. Other errors set one.
  Value (*next)(Value Self);
  /// Calls Self with Argc positional arguments followed by the values of
  /// the keyword arguments named in KwNames (a tuple of str, or null);
  /// Argc counts only the positional ones.
  Value (*call)(Value Self, const Value *Args, size_t Argc, Tuple *KwNames);
  /// What calling the type object does (tp_new and tp_init in one):
  /// int("3"), ValueError("x"), list(). Null: the type cannot be called.
  Value (*construct)(const Type *T, const Value *Args, size_t Argc,
                     Tuple *KwNames);
  /// Attribute lookup; returns Error with AttributeError pending if absent.
  Value (*getAttr)(Value Self, Str *Name);
  /// Stores Item, or deletes when Item is Error. 0 or -1.
  int (*setAttr)(Value Self, Str *Name, Value Item);

  /// Methods of a builtin type (static, sorted by name), or null.
  const MethodDef *methods;
  uint32_t methodCount;
  /// Attributes of a class created at run time (a dict of str), or null.
  Dict *dict;
  /// C3 linearization including this type (a tuple), or null for the
  /// single-inheritance core types (then the base chain is the MRO).
  Tuple *mro;
};

/// The type of any value (small ints and immediate floats included).
extern "C" const Type adder_type_int;
extern "C" const Type adder_type_float;
ADDER_INLINE const Type *typeOf(Value V) {
  if (isSmallInt(V))
    return &adder_type_int;
  if (isImmediateFloat(V))
    return &adder_type_float;
  return asObject(V)->type;
}

/// True if T is Base or derives from it.
bool isSubtype(const Type *T, const Type *Base);

} // namespace adder::rt

#endif
