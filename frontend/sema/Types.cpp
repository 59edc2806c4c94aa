//===- Types.cpp - sema types: interning, join, escape --------------------===//

#include "adder/sema/Types.h"
#include "adder/sema/Program.h"

using namespace adder::sema;

const Ty *Ty::elementType() const {
  return elem ? elem->root()->type : nullptr;
}

std::string Ty::str() const {
  switch (kind) {
  case TyKind::Unknown: return "unknown";
  case TyKind::None: return "None";
  case TyKind::Bool: return "bool";
  case TyKind::Int: return "int";
  case TyKind::Float: return "float";
  case TyKind::Str: return "str";
  case TyKind::List: return "list[" + elementType()->str() + "]";
  case TyKind::Tuple: {
    if (!elemsKnown)
      return "tuple";
    std::string S = "tuple[";
    for (size_t I = 0; I < elems.size(); ++I)
      S += (I ? ", " : "") + elems[I]->str();
    return S + "]";
  }
  case TyKind::Range: return "range";
  case TyKind::Function: return "function " + function->qualname;
  case TyKind::Builtin: return std::string("builtin ") + builtin->name;
  case TyKind::Module: return "module " + module->name;
  case TyKind::Object: return "object";
  }
  return "?";
}

TypeContext::TypeContext() {
  Unknown = make(TyKind::Unknown);
  None = make(TyKind::None);
  Bool = make(TyKind::Bool);
  Int = make(TyKind::Int);
  Float = make(TyKind::Float);
  Str = make(TyKind::Str);
  Range = make(TyKind::Range);
  Object = make(TyKind::Object);
  auto T = std::make_unique<Ty>(TyKind::Tuple);
  TupleAny = T.get();
  owned.push_back(std::move(T));
}

const Ty *TypeContext::make(TyKind K) {
  owned.push_back(std::make_unique<Ty>(K));
  return owned.back().get();
}

const Ty *TypeContext::list(ElemVar *V) {
  ElemVar *R = V->root();
  auto It = listByRoot.find(R);
  if (It != listByRoot.end())
    return It->second;
  auto T = std::make_unique<Ty>(TyKind::List);
  T->elem = R;
  const Ty *Result = T.get();
  owned.push_back(std::move(T));
  listByRoot[R] = Result;
  return Result;
}

const Ty *TypeContext::newList(const Ty *Element) {
  vars.push_back(std::make_unique<ElemVar>());
  ElemVar *V = vars.back().get();
  V->type = Element ? Element : Unknown;
  return list(V);
}

const Ty *TypeContext::listFor(const void *Site, const Ty *Element) {
  ElemVar *&V = listSites[Site];
  if (!V) {
    vars.push_back(std::make_unique<ElemVar>());
    V = vars.back().get();
    V->type = Unknown;
  }
  addElement(V, Element ? Element : Unknown);
  return list(V);
}

const Ty *TypeContext::tuple(llvm::ArrayRef<const Ty *> Items) {
  std::vector<const Ty *> Key(Items.begin(), Items.end());
  auto It = tuples.find(Key);
  if (It != tuples.end())
    return It->second;
  auto T = std::make_unique<Ty>(TyKind::Tuple);
  T->elems.append(Items.begin(), Items.end());
  T->elemsKnown = true;
  owned.push_back(std::move(T));
  tuples[Key] = owned.back().get();
  return owned.back().get();
}

const Ty *TypeContext::function(FunctionInfo *F) {
  const Ty *&Slot = functions[F];
  if (!Slot) {
    auto T = std::make_unique<Ty>(TyKind::Function);
    T->function = F;
    Slot = T.get();
    owned.push_back(std::move(T));
  }
  return Slot;
}

const Ty *TypeContext::builtin(const BuiltinInfo *B) {
  const Ty *&Slot = builtins[B];
  if (!Slot) {
    auto T = std::make_unique<Ty>(TyKind::Builtin);
    T->builtin = B;
    Slot = T.get();
    owned.push_back(std::move(T));
  }
  return Slot;
}

const Ty *TypeContext::module(ModuleUnit *M) {
  const Ty *&Slot = modules[M];
  if (!Slot) {
    auto T = std::make_unique<Ty>(TyKind::Module);
    T->module = M;
    Slot = T.get();
    owned.push_back(std::move(T));
  }
  return Slot;
}

void TypeContext::escape(const Ty *T) {
  if (!T)
    return;
  switch (T->kind) {
  case TyKind::List: {
    ElemVar *R = T->elem->root();
    if (R->type != Object) {
      const Ty *Old = R->type;
      R->type = Object;
      changed = true;
      escape(Old);
    }
    return;
  }
  case TyKind::Tuple:
    for (const Ty *E : T->elems)
      escape(E);
    return;
  case TyKind::Function:
    if (!T->function->escaped) {
      T->function->escaped = true;
      changed = true;
    }
    return;
  default:
    return;
  }
}

void TypeContext::addElement(ElemVar *V, const Ty *T) {
  ElemVar *R = V->root();
  const Ty *J = join(R->type, T);
  R = V->root(); // join may have unified
  if (J != R->type) {
    R->type = J;
    changed = true;
  }
}

const Ty *TypeContext::join(const Ty *A, const Ty *B) {
  if (!A || A == Unknown)
    return B ? B : Unknown;
  if (!B || B == Unknown || A == B)
    return A;
  if (A->kind == TyKind::Object) {
    escape(B);
    return Object;
  }
  if (B->kind == TyKind::Object) {
    escape(A);
    return Object;
  }
  if (A->kind == TyKind::List && B->kind == TyKind::List) {
    ElemVar *RA = A->elem->root(), *RB = B->elem->root();
    if (RA == RB)
      return list(RA);
    const Ty *TA = RA->type, *TB = RB->type;
    RB->parent = RA;
    RA->type = Unknown;
    RA->type = join(TA, TB);
    changed = true;
    return list(RA);
  }
  if (A->kind == TyKind::Tuple && B->kind == TyKind::Tuple) {
    if (A->elemsKnown && B->elemsKnown && A->elems.size() == B->elems.size()) {
      llvm::SmallVector<const Ty *, 4> Items;
      bool Same = true;
      for (size_t I = 0; I < A->elems.size(); ++I) {
        Items.push_back(join(A->elems[I], B->elems[I]));
        Same &= Items.back() == A->elems[I];
      }
      return Same ? A : tuple(Items);
    }
    // Tuples of different shapes: their items are no longer tracked.
    escape(A);
    escape(B);
    return TupleAny;
  }
  if (A->kind == B->kind && A->kind != TyKind::Function &&
      A->kind != TyKind::Builtin && A->kind != TyKind::Module)
    return A;
  escape(A);
  escape(B);
  return Object;
}
