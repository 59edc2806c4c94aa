//===- Types.h - the types sema infers --------------------------*- C++ -*-===//
//
// A type here is what the compiler can prove about every value an
// expression or variable may hold at run time. `object` (the top) is
// always correct; anything more precise lets IR generation pick a typed
// fast path. Types only grow during inference (Unknown < precise <
// object), which makes the whole-program fixpoint terminate.
//
// List element types are shared by every value the list can reach through
// (a union-find of ElemVars): `a = b` or passing a list to a parameter
// unifies their element types, so a float stored through one name is
// seen through all. A list that reaches code sema cannot see (an object
// variable, an unknown callee) "escapes": its element type becomes object.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SEMA_TYPES_H
#define ADDER_SEMA_TYPES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace adder::sema {

struct FunctionInfo;
struct ModuleUnit;
struct BuiltinInfo;
class Ty;

enum class TyKind : uint8_t {
  Unknown, // no value seen yet (the bottom)
  None,
  Bool,
  Int,
  Float,
  Str,
  List,
  Tuple,
  Range,
  Function, // exactly one user function (a direct call is possible)
  Builtin,  // exactly one builtin function or method of a builtin module
  Module,   // exactly one module
  Object,   // anything (the top)
};

/// A list's element type, shared by unification.
struct ElemVar {
  ElemVar *parent = nullptr;
  const Ty *type = nullptr; // valid on the root

  ElemVar *root() {
    ElemVar *R = this;
    while (R->parent)
      R = R->parent;
    for (ElemVar *V = this; V != R;) { // path compression
      ElemVar *Next = V->parent;
      V->parent = R;
      V = Next;
    }
    return R;
  }
};

class Ty {
public:
  TyKind kind;
  ElemVar *elem = nullptr;                  // List
  llvm::SmallVector<const Ty *, 4> elems;   // Tuple with known items
  bool elemsKnown = false;                  // Tuple
  FunctionInfo *function = nullptr;         // Function
  const BuiltinInfo *builtin = nullptr;     // Builtin
  ModuleUnit *module = nullptr;             // Module

  explicit Ty(TyKind K) : kind(K) {}
  bool is(TyKind K) const { return kind == K; }
  bool isNumeric() const {
    return kind == TyKind::Int || kind == TyKind::Float || kind == TyKind::Bool;
  }
  /// The element type of a List (Unknown until something is stored).
  const Ty *elementType() const;
  std::string str() const;
};

/// Owns and interns types.
class TypeContext {
public:
  TypeContext();
  const Ty *unknown() const { return Unknown; }
  const Ty *none() const { return None; }
  const Ty *boolean() const { return Bool; }
  const Ty *integer() const { return Int; }
  const Ty *floating() const { return Float; }
  const Ty *str() const { return Str; }
  const Ty *range() const { return Range; }
  const Ty *object() const { return Object; }
  const Ty *tupleUnknown() const { return TupleAny; }

  /// A list type with a fresh element variable.
  const Ty *newList(const Ty *Element);
  /// The list type created by one piece of code (a display, a call of
  /// list()...): the same element variable on every inference pass, so the
  /// fixpoint converges. Element joins into it.
  const Ty *listFor(const void *Site, const Ty *Element);
  /// The list type of an element variable (one object per root).
  const Ty *list(ElemVar *V);
  const Ty *tuple(llvm::ArrayRef<const Ty *> Items);
  const Ty *function(FunctionInfo *F);
  const Ty *builtin(const BuiltinInfo *B);
  const Ty *module(ModuleUnit *M);

  /// The least upper bound. Joining lists unifies their element types;
  /// joining anything with object makes what flows in escape.
  const Ty *join(const Ty *A, const Ty *B);
  /// A value of type T reaches code that sema cannot see.
  void escape(const Ty *T);
  /// Records that V's element type must include T.
  void addElement(ElemVar *V, const Ty *T);

  /// Set whenever inference state changes (a type grew, a function
  /// escaped): the fixpoint loop runs until a pass leaves it false.
  bool changed = false;

private:
  const Ty *make(TyKind K);
  std::vector<std::unique_ptr<Ty>> owned;
  std::vector<std::unique_ptr<ElemVar>> vars;
  llvm::DenseMap<ElemVar *, const Ty *> listByRoot;
  llvm::DenseMap<const void *, ElemVar *> listSites;
  llvm::DenseMap<FunctionInfo *, const Ty *> functions;
  llvm::DenseMap<const BuiltinInfo *, const Ty *> builtins;
  llvm::DenseMap<ModuleUnit *, const Ty *> modules;
  std::map<std::vector<const Ty *>, const Ty *> tuples;
  const Ty *Unknown, *None, *Bool, *Int, *Float, *Str, *Range, *Object,
      *TupleAny;
};

} // namespace adder::sema

#endif
