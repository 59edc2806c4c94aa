//===- Inference.cpp - whole-program type inference -----------------------===//
//
// An abstract interpretation over types, flow-insensitive per variable:
// each pass walks every function body and module body, joining into each
// variable the type of everything assigned to it, into each parameter the
// types of the arguments at every direct call, into each return type the
// returned values, and into each list's element type what is stored into
// it. Passes repeat until nothing grows. Whatever flows where sema cannot
// follow (an unknown callee, an object-typed variable) escapes: its lists
// get object elements and its functions object parameters. So the result
// is always sound, and precise where the program is.
//
//===----------------------------------------------------------------------===//

#include "adder/sema/Program.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"

#include <cstdlib>

using namespace adder;
using namespace adder::ast;
using namespace adder::sema;

namespace adder::sema {

class Inference {
public:
  explicit Inference(Program &P) : program(P), types(P.types()) {}
  bool run(CompileError &Err);

private:
  Program &program;
  TypeContext &types;
  Scope *scope = nullptr;
  FunctionInfo *fn = nullptr;
  ModuleUnit *mod = nullptr;

  // Context switching into comprehension scopes.
  struct Saved {
    Scope *scope;
    FunctionInfo *fn;
  };

  void visitFunction(FunctionInfo *F);
  void body(const NodeList<Stmt> &L) {
    for (Stmt *S : L)
      stmt(S);
  }
  void stmt(Stmt *S);
  const Ty *expr(Expr *E);
  const Ty *exprImpl(Expr *E);
  void exprs(const NodeList<Expr> &L) {
    for (Expr *E : L)
      if (E)
        expr(E);
  }

  void flow(VarInfo &V, const Ty *T) {
    const Ty *J = types.join(V.type, T);
    if (J != V.type) {
      V.type = J;
      types.changed = true;
    }
  }
  void assign(Expr *Target, const Ty *T);
  void assignName(Identifier Name, const Ty *T) {
    flow(program.var(scope, Name), T);
  }
  const Ty *nameType(Name *N);
  const Ty *iterElement(const Ty *T);
  const Ty *binary(OperatorKind Op, const Ty *L, const Ty *R, Expr *Right);
  const Ty *unary(UnaryOpKind Op, const Ty *T);
  const Ty *subscript(Subscript *S);
  const Ty *attribute(Attribute *A);
  const Ty *call(Call *C);
  const Ty *callFunction(FunctionInfo *F, Call *C,
                         llvm::ArrayRef<const Ty *> Args);
  const Ty *callBuiltin(const BuiltinInfo *B, Call *C,
                        llvm::ArrayRef<const Ty *> Args);
  const Ty *callMethod(const Ty *Receiver, Identifier Name, Call *C,
                       llvm::ArrayRef<const Ty *> Args);
  const Ty *comprehension(Expr *E, const NodeList<Comprehension> &Gens,
                          Expr *Elt, Expr *Value);
  void defineFunction(const Node *Def, Identifier Name, Arguments *Args,
                      const NodeList<Expr> &Decorators);
  void defaults(FunctionInfo *F, Arguments *A);
  const Ty *typeByName(llvm::StringRef Name);
};

} // namespace adder::sema

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

const Ty *Inference::typeByName(llvm::StringRef Name) {
  return llvm::StringSwitch<const Ty *>(Name)
      .Case("int", types.integer())
      .Case("float", types.floating())
      .Case("bool", types.boolean())
      .Case("str", types.str())
      .Case("None", types.none())
      .Case("range", types.range())
      .Case("tuple", types.tupleUnknown())
      .Default(types.object());
}

const Ty *Inference::iterElement(const Ty *T) {
  switch (T->kind) {
  case TyKind::Unknown:
    return types.unknown();
  case TyKind::List:
    return T->elementType();
  case TyKind::Range:
    return types.integer();
  case TyKind::Str:
    return types.str();
  case TyKind::Tuple:
    if (T->elemsKnown && !T->elems.empty()) {
      const Ty *J = types.unknown();
      for (const Ty *E : T->elems)
        J = types.join(J, E);
      return J;
    }
    return types.object();
  default:
    types.escape(T);
    return types.object();
  }
}

const Ty *Inference::nameType(Name *N) {
  Symbol *Sym = scope->find(N->id);
  // A class body reads its names from a namespace any code may change.
  // What it reads from outside the class escapes: the class may pass it
  // anywhere (`p = property(getter, setter)`).
  if (scope->kind == ScopeKind::Class) {
    if (Scope *Owner = program.ownerOf(scope, N->id); Owner && Owner != scope)
      types.escape(program.var(Owner, N->id).type);
    return types.object();
  }
  if (Sym && Sym->binding == Binding::Global) {
    // A module global, or a builtin if the module never binds the name.
    Scope *M = mod->scopes.module();
    Symbol *Def = M->find(N->id);
    bool Bound = Def && (Def->flags & (SymAssigned | SymImported));
    if (!Bound) {
      for (auto &S : mod->scopes.all())
        if (Symbol *G = S->find(N->id))
          if ((G->flags & SymGlobalDecl) && (G->flags & SymAssigned))
            Bound = true;
    }
    // After `from m import *` the name may be bound by m.
    if (!Bound && mod->hasStarImport)
      return types.object();
    // A global that shadows a builtin reads the builtin until the module
    // binds it (`_len = len` before `def len`): either may be read.
    if (Bound)
      if (const BuiltinInfo *B = findBuiltin("", keyOf(N->id));
          B && llvm::StringRef(B->kind) != "module")
        return types.object();
    if (!Bound) {
      if (const BuiltinInfo *B = findBuiltin("", keyOf(N->id))) {
        if (llvm::StringRef(B->kind) == "constant")
          return typeByName(B->constType);
        return types.builtin(B);
      }
      return types.object(); // NameError at run time
    }
  }
  VarInfo &V = program.var(scope, N->id);
  return V.type ? V.type : types.unknown();
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

void Inference::defaults(FunctionInfo *F, Arguments *A) {
  Scope *Inner = F->scope;
  // Positional defaults belong to the last positional parameters.
  std::vector<Arg *> Positional;
  for (Arg *P : A->posonlyargs)
    Positional.push_back(P);
  for (Arg *P : A->args)
    Positional.push_back(P);
  size_t First = Positional.size() - A->defaults.size;
  for (size_t I = 0; I < A->defaults.size; ++I) {
    const Ty *T = expr(A->defaults[I]);
    flow(program.var(Inner, Positional[First + I]->arg), T);
  }
  for (size_t I = 0; I < A->kw_defaults.size; ++I)
    if (A->kw_defaults[I]) {
      const Ty *T = expr(A->kw_defaults[I]);
      flow(program.var(Inner, A->kwonlyargs[I]->arg), T);
    }
  // Annotations are evaluated after the defaults, into __annotations__.
  auto Annotation = [&](Arg *P) {
    if (P && P->annotation && !mod->futureAnnotations)
      types.escape(expr(P->annotation));
  };
  for (Arg *P : A->args)
    Annotation(P);
  for (Arg *P : A->posonlyargs)
    Annotation(P);
  Annotation(A->vararg);
  for (Arg *P : A->kwonlyargs)
    Annotation(P);
  Annotation(A->kwarg);
  if (auto *D = dyn_cast<FunctionDef>(F->node))
    if (D->returns && !mod->futureAnnotations)
      types.escape(expr(D->returns));
}

void Inference::defineFunction(const Node *Def, Identifier Name,
                               Arguments *Args,
                               const NodeList<Expr> &Decorators) {
  FunctionInfo *F = program.functionOf(mod->scopes.scopeOf(Def));
  for (Expr *D : Decorators)
    types.escape(expr(D));
  if (F)
    defaults(F, Args);
  const Ty *T = F ? types.function(F) : types.object();
  if (!Decorators.empty()) {
    // The name holds whatever the decorators return.
    if (F && !F->escaped) {
      F->escaped = true;
      types.changed = true;
    }
    T = types.object();
  }
  if (scope->kind == ScopeKind::Class) {
    // Methods are called through the class: dynamically.
    if (F && !F->escaped) {
      F->escaped = true;
      types.changed = true;
    }
    T = types.object();
  }
  assignName(Name, T);
}

void Inference::stmt(Stmt *S) {
  switch (S->nodeKind) {
  case NodeKind::FunctionDef: {
    auto *F = cast<FunctionDef>(S);
    defineFunction(S, F->name, F->args, F->decorator_list);
    return;
  }
  case NodeKind::AsyncFunctionDef: {
    auto *F = cast<AsyncFunctionDef>(S);
    defineFunction(S, F->name, F->args, F->decorator_list);
    return;
  }
  case NodeKind::ClassDef: {
    auto *C = cast<ClassDef>(S);
    for (Expr *E : C->bases)
      types.escape(expr(E));
    for (Keyword *K : C->keywords)
      types.escape(expr(K->value));
    // Class decorators are called by the class statement, with the class.
    for (Expr *D : C->decorator_list)
      types.escape(expr(D));
    Saved Outer{scope, fn};
    scope = mod->scopes.scopeOf(S);
    body(C->body);
    // Everything a class body binds is reachable as an attribute.
    for (auto &[Key, Sym] : scope->symbols)
      if (Sym.binding == Binding::Local)
        types.escape(program.var(scope, Sym.name).type);
    scope = Outer.scope;
    fn = Outer.fn;
    assignName(C->name, types.object());
    return;
  }
  case NodeKind::Return: {
    auto *R = cast<Return>(S);
    const Ty *T = R->value ? expr(R->value) : types.none();
    if (fn) {
      const Ty *J = types.join(fn->returnType, T);
      if (J != fn->returnType) {
        fn->returnType = J;
        types.changed = true;
      }
    }
    return;
  }
  case NodeKind::Delete:
    for (Expr *T : cast<Delete>(S)->targets) {
      if (auto *Sub = dyn_cast<Subscript>(T)) {
        expr(Sub->value);
        expr(Sub->slice);
      } else if (auto *A = dyn_cast<Attribute>(T)) {
        expr(A->value);
      } else if (!isa<Name>(T)) {
        exprs(isa<Tuple>(T) ? cast<Tuple>(T)->elts : cast<List>(T)->elts);
      }
    }
    return;
  case NodeKind::Assign: {
    auto *A = cast<Assign>(S);
    const Ty *T = expr(A->value);
    for (Expr *Target : A->targets)
      assign(Target, T);
    return;
  }
  case NodeKind::AugAssign: {
    auto *A = cast<AugAssign>(S);
    const Ty *R = expr(A->value);
    const Ty *L;
    if (auto *N = dyn_cast<Name>(A->target))
      L = nameType(N);
    else
      L = expr(A->target);
    program.setType(A->target, L);
    const Ty *Result = binary(A->op, L, R, A->value);
    // Lists extend in place: `l += x` keeps l's type.
    if (L->is(TyKind::List) && A->op == OperatorKind::Add) {
      types.addElement(L->elem, iterElement(R));
      Result = L;
    }
    assign(A->target, Result);
    return;
  }
  case NodeKind::AnnAssign: {
    auto *A = cast<AnnAssign>(S);
    if (!A->value) {
      if (!isa<Name>(A->target))
        expr(A->target);
    } else {
      assign(A->target, expr(A->value));
    }
    // A module or class body evaluates its annotations (after the value),
    // those of simple names into __annotations__.
    if (!scope->isFunctionLike()) {
      if (!mod->futureAnnotations)
        types.escape(expr(A->annotation));
      if (A->simple && isa<Name>(A->target))
        assignName(annotationsName(), types.object());
    }
    return;
  }
  case NodeKind::For:
  case NodeKind::AsyncFor: {
    Expr *Target, *Iter;
    const NodeList<Stmt> *Body, *Else;
    if (auto *F = dyn_cast<For>(S)) {
      Target = F->target, Iter = F->iter, Body = &F->body, Else = &F->orelse;
    } else {
      auto *AF = cast<AsyncFor>(S);
      Target = AF->target, Iter = AF->iter, Body = &AF->body,
      Else = &AF->orelse;
    }
    assign(Target, iterElement(expr(Iter)));
    body(*Body);
    body(*Else);
    return;
  }
  case NodeKind::While: {
    auto *W = cast<While>(S);
    expr(W->test);
    body(W->body);
    body(W->orelse);
    return;
  }
  case NodeKind::If: {
    auto *I = cast<If>(S);
    expr(I->test);
    body(I->body);
    body(I->orelse);
    return;
  }
  case NodeKind::With:
  case NodeKind::AsyncWith: {
    const NodeList<WithItem> &Items = isa<With>(S) ? cast<With>(S)->items
                                                   : cast<AsyncWith>(S)->items;
    for (WithItem *W : Items) {
      types.escape(expr(W->context_expr));
      if (W->optional_vars)
        assign(W->optional_vars, types.object());
    }
    body(isa<With>(S) ? cast<With>(S)->body : cast<AsyncWith>(S)->body);
    return;
  }
  case NodeKind::Match: {
    auto *M = cast<Match>(S);
    types.escape(expr(M->subject));
    // Capture patterns bind parts of the subject: object.
    for (MatchCase *C : M->cases) {
      struct Binder {
        Inference &I;
        void pattern(Pattern *P) {
          switch (P->nodeKind) {
          case NodeKind::MatchValue:
            I.expr(cast<MatchValue>(P)->value);
            return;
          case NodeKind::MatchSequence:
            for (Pattern *Q : cast<MatchSequence>(P)->patterns)
              pattern(Q);
            return;
          case NodeKind::MatchMapping: {
            auto *M = cast<MatchMapping>(P);
            I.exprs(M->keys);
            for (Pattern *Q : M->patterns)
              pattern(Q);
            if (M->rest.present())
              I.assignName(M->rest, I.types.object());
            return;
          }
          case NodeKind::MatchClass: {
            auto *M = cast<MatchClass>(P);
            I.expr(M->cls);
            for (Pattern *Q : M->patterns)
              pattern(Q);
            for (Pattern *Q : M->kwd_patterns)
              pattern(Q);
            return;
          }
          case NodeKind::MatchStar:
            if (cast<MatchStar>(P)->name.present())
              I.assignName(cast<MatchStar>(P)->name, I.types.object());
            return;
          case NodeKind::MatchAs: {
            auto *M = cast<MatchAs>(P);
            if (M->pattern)
              pattern(M->pattern);
            if (M->name.present())
              I.assignName(M->name, I.types.object());
            return;
          }
          case NodeKind::MatchOr:
            for (Pattern *Q : cast<MatchOr>(P)->patterns)
              pattern(Q);
            return;
          default:
            return;
          }
        }
      } B{*this};
      B.pattern(C->pattern);
      if (C->guard)
        expr(C->guard);
      body(C->body);
    }
    return;
  }
  case NodeKind::Raise: {
    auto *R = cast<Raise>(S);
    if (R->exc)
      types.escape(expr(R->exc));
    if (R->cause)
      types.escape(expr(R->cause));
    return;
  }
  case NodeKind::Try:
  case NodeKind::TryStar: {
    const NodeList<Stmt> *Body, *Else, *Final;
    const NodeList<ExceptHandlerBase> *Handlers;
    if (auto *T = dyn_cast<Try>(S)) {
      Body = &T->body, Handlers = &T->handlers, Else = &T->orelse,
      Final = &T->finalbody;
    } else {
      auto *TS = cast<TryStar>(S);
      Body = &TS->body, Handlers = &TS->handlers, Else = &TS->orelse,
      Final = &TS->finalbody;
    }
    body(*Body);
    for (ExceptHandlerBase *HB : *Handlers) {
      auto *H = cast<ExceptHandler>(HB);
      if (H->type)
        expr(H->type);
      if (H->name.present())
        assignName(H->name, types.object());
      body(H->body);
    }
    body(*Else);
    body(*Final);
    return;
  }
  case NodeKind::Assert: {
    auto *A = cast<Assert>(S);
    expr(A->test);
    if (A->msg)
      types.escape(expr(A->msg));
    return;
  }
  case NodeKind::Import:
    for (Alias *A : cast<Import>(S)->names) {
      Identifier Bound = A->asname.present() ? A->asname : A->name;
      llvm::StringRef Full = keyOf(A->name);
      if (!A->asname.present()) {
        size_t Dot = Full.find('.');
        if (Dot != llvm::StringRef::npos) {
          Bound.size = uint32_t(Dot);
          Full = Full.substr(0, Dot);
        }
      }
      ModuleUnit *M = program.findModule(Full);
      if (M) {
        assignName(Bound, types.module(M));
        continue;
      }
      // A runtime module (`import math`): its constants and functions are
      // typed, and calls through it are direct.
      const BuiltinInfo *B = findBuiltin("", Full);
      if (B && llvm::StringRef(B->kind) == "module")
        assignName(Bound, types.builtin(B));
      else
        assignName(Bound, types.object());
    }
    return;
  case NodeKind::ImportFrom: {
    auto *I = cast<ImportFrom>(S);
    std::string Resolved, Error;
    bool Known = resolveImportName(*mod, I->level, keyOf(I->module), Resolved,
                                   Error);
    for (Alias *A : I->names) {
      if (A->name.is("*")) {
        // Any global of this module may now hold anything.
        for (auto &Sc : mod->scopes.all())
          for (auto &Entry : Sc->symbols)
            if (Sc.get() == scope || (Entry.second.flags & SymGlobalDecl))
              assignName(Entry.second.name, types.object());
        // And the imported module's globals are called and read through
        // names sema cannot follow.
        if (ModuleUnit *M = Known ? program.findModule(Resolved) : nullptr) {
          Scope *MS = M->scopes.module();
          for (auto &Entry : MS->symbols)
            if (Entry.second.binding == Binding::Local ||
                Entry.second.binding == Binding::Global)
              types.escape(program.var(MS, Entry.second.name).type);
        }
        continue;
      }
      Identifier Bound = A->asname.present() ? A->asname : A->name;
      const Ty *T = types.object();
      if (Known) {
        llvm::StringRef ModName = Resolved;
        if (ModuleUnit *M = program.findModule(ModName)) {
          // A global of a user module, or one of its submodules. A
          // package's `from pkg import sub` (or `from . import sub`) reads
          // the very global it binds: until something else is assigned
          // to it, that is the submodule.
          Scope *MS = M->scopes.module();
          const Ty *Own =
              MS->find(A->name) ? program.var(MS, A->name).type : nullptr;
          ModuleUnit *Sub = program.findModule(
              (ModName.str() + "." + keyOf(A->name).str()));
          if (Own && !(Sub && Own->is(TyKind::Unknown)))
            T = Own;
          else if (Sub)
            T = types.module(Sub);
          if (!T)
            T = types.unknown();
        } else if (const BuiltinInfo *B = findBuiltin(ModName, keyOf(A->name))) {
          T = llvm::StringRef(B->kind) == "constant" ? typeByName(B->constType)
                                                     : types.builtin(B);
        }
      }
      assignName(Bound, T);
    }
    return;
  }
  case NodeKind::ExprStmt:
    expr(cast<ExprStmt>(S)->value);
    return;
  default:
    return;
  }
}

void Inference::assign(Expr *Target, const Ty *T) {
  switch (Target->nodeKind) {
  case NodeKind::Name:
    assignName(cast<Name>(Target)->id, T);
    program.setType(Target, T);
    return;
  case NodeKind::Tuple:
  case NodeKind::List: {
    const NodeList<Expr> &Elts = isa<Tuple>(Target) ? cast<Tuple>(Target)->elts
                                                    : cast<List>(Target)->elts;
    bool HasStar = false;
    for (Expr *E : Elts)
      HasStar |= isa<Starred>(E);
    for (size_t I = 0; I < Elts.size; ++I) {
      Expr *E = Elts[I];
      const Ty *ET;
      if (T->is(TyKind::Tuple) && T->elemsKnown && !HasStar &&
          T->elems.size() == Elts.size)
        ET = T->elems[I];
      else
        ET = iterElement(T);
      if (auto *S = dyn_cast<Starred>(E)) {
        assign(S->value, types.listFor(S, ET));
        continue;
      }
      assign(E, ET);
    }
    return;
  }
  case NodeKind::Subscript: {
    auto *S = cast<Subscript>(Target);
    const Ty *C = expr(S->value);
    const Ty *K = expr(S->slice);
    if (C->is(TyKind::List)) {
      if (K->is(TyKind::Object) && isa<Slice>(S->slice))
        types.addElement(C->elem, iterElement(T));
      else if (isa<Slice>(S->slice))
        types.addElement(C->elem, iterElement(T));
      else
        types.addElement(C->elem, T);
      return;
    }
    types.escape(T);
    return;
  }
  case NodeKind::Attribute: {
    auto *A = cast<Attribute>(Target);
    const Ty *O = expr(A->value);
    if (O->is(TyKind::Module)) {
      Scope *MS = O->module->scopes.module();
      if (MS->find(A->attr)) {
        flow(program.var(MS, A->attr), T);
        return;
      }
    }
    types.escape(T);
    return;
  }
  case NodeKind::Starred:
    assign(cast<Starred>(Target)->value, types.listFor(Target, T));
    return;
  default:
    types.escape(T);
    return;
  }
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

const Ty *Inference::expr(Expr *E) {
  const Ty *T = exprImpl(E);
  if (!T)
    T = types.object();
  program.setType(E, T);
  return T;
}

static bool isIntLike(const Ty *T) {
  return T->is(TyKind::Int) || T->is(TyKind::Bool);
}

static bool isNonNegativeIntConstant(Expr *E) {
  if (auto *C = dyn_cast<Constant>(E))
    return C->value.kind == ConstantValue::Kind::Int;
  return false;
}

const Ty *Inference::binary(OperatorKind Op, const Ty *L, const Ty *R,
                            Expr *Right) {
  if (L->is(TyKind::Unknown) || R->is(TyKind::Unknown))
    return types.unknown();
  bool LI = isIntLike(L), RI = isIntLike(R);
  bool LF = L->is(TyKind::Float), RF = R->is(TyKind::Float);
  if (L->is(TyKind::Bool) && R->is(TyKind::Bool) &&
      (Op == OperatorKind::BitAnd || Op == OperatorKind::BitOr ||
       Op == OperatorKind::BitXor))
    return types.boolean();
  if (LI && RI) {
    switch (Op) {
    case OperatorKind::Div:
      return types.floating();
    case OperatorKind::Pow:
      // A negative exponent gives a float.
      return isNonNegativeIntConstant(Right) ? types.integer() : types.object();
    case OperatorKind::MatMult:
      return types.object();
    default:
      return types.integer();
    }
  }
  if ((LI || LF) && (RI || RF)) {
    switch (Op) {
    case OperatorKind::Add:
    case OperatorKind::Sub:
    case OperatorKind::Mult:
    case OperatorKind::Div:
    case OperatorKind::FloorDiv:
    case OperatorKind::Mod:
      return types.floating();
    case OperatorKind::Pow:
      // A negative base with a fractional exponent gives a complex.
      return RI && isNonNegativeIntConstant(Right) ? types.floating()
                                                   : types.object();
    default:
      return types.object(); // TypeError at run time
    }
  }
  if (L->is(TyKind::Str)) {
    if (Op == OperatorKind::Add && R->is(TyKind::Str))
      return types.str();
    if (Op == OperatorKind::Mult && RI)
      return types.str();
    if (Op == OperatorKind::Mod) {
      types.escape(R);
      return types.str();
    }
  }
  if (LI && R->is(TyKind::Str) && Op == OperatorKind::Mult)
    return types.str();
  if (L->is(TyKind::List)) {
    if (Op == OperatorKind::Add && R->is(TyKind::List))
      return types.join(L, R);
    if (Op == OperatorKind::Mult && RI)
      return L;
  }
  if (LI && R->is(TyKind::List) && Op == OperatorKind::Mult)
    return R;
  if (L->is(TyKind::Tuple) && R->is(TyKind::Tuple) && Op == OperatorKind::Add) {
    if (L->elemsKnown && R->elemsKnown) {
      llvm::SmallVector<const Ty *, 8> Items(L->elems.begin(), L->elems.end());
      Items.append(R->elems.begin(), R->elems.end());
      return types.tuple(Items);
    }
    return types.tupleUnknown();
  }
  types.escape(L);
  types.escape(R);
  return types.object();
}

const Ty *Inference::unary(UnaryOpKind Op, const Ty *T) {
  if (Op == UnaryOpKind::Not)
    return types.boolean();
  if (T->is(TyKind::Unknown))
    return T;
  if (isIntLike(T))
    return types.integer();
  if (T->is(TyKind::Float) && Op != UnaryOpKind::Invert)
    return types.floating();
  types.escape(T);
  return types.object();
}

const Ty *Inference::subscript(Subscript *S) {
  const Ty *C = expr(S->value);
  const Ty *K = expr(S->slice);
  bool IsSlice = isa<Slice>(S->slice);
  switch (C->kind) {
  case TyKind::Unknown:
    return C;
  case TyKind::List:
    if (IsSlice)
      return C;
    if (isIntLike(K) || K->is(TyKind::Unknown))
      return C->elementType();
    return types.object();
  case TyKind::Str:
    return types.str();
  case TyKind::Range:
    return IsSlice ? types.range() : types.integer();
  case TyKind::Tuple:
    if (IsSlice)
      return C->elemsKnown ? types.tupleUnknown() : C;
    if (C->elemsKnown) {
      if (auto *Const = dyn_cast<Constant>(S->slice))
        if (Const->value.kind == ConstantValue::Kind::Int) {
          long long I = strtoll(std::string(Const->value.text.data,
                                            Const->value.text.size)
                                    .c_str(),
                                nullptr, 10);
          if (I >= 0 && size_t(I) < C->elems.size())
            return C->elems[size_t(I)];
        }
      if (auto *U = dyn_cast<UnaryOp>(S->slice))
        if (U->op == UnaryOpKind::USub)
          if (auto *Const = dyn_cast<Constant>(U->operand))
            if (Const->value.kind == ConstantValue::Kind::Int) {
              long long I = strtoll(std::string(Const->value.text.data,
                                                Const->value.text.size)
                                        .c_str(),
                                    nullptr, 10);
              if (I >= 1 && size_t(I) <= C->elems.size())
                return C->elems[C->elems.size() - size_t(I)];
            }
      return iterElement(C);
    }
    return types.object();
  default:
    types.escape(K);
    return types.object();
  }
}

const Ty *Inference::attribute(Attribute *A) {
  const Ty *O = expr(A->value);
  if (O->is(TyKind::Module)) {
    Scope *MS = O->module->scopes.module();
    if (MS->find(A->attr)) {
      const Ty *T = program.var(MS, A->attr).type;
      return T ? T : types.unknown();
    }
    if (ModuleUnit *Sub = program.findModule(O->module->name + "." +
                                             keyOf(A->attr).str()))
      return types.module(Sub);
    return types.object();
  }
  if (O->is(TyKind::Builtin) &&
      llvm::StringRef(O->builtin->kind) == "module") {
    if (program.isRebound(O->builtin->name, keyOf(A->attr)))
      return types.object();
    if (const BuiltinInfo *B = findBuiltin(O->builtin->name, keyOf(A->attr))) {
      if (llvm::StringRef(B->kind) == "constant")
        return typeByName(B->constType);
      return types.builtin(B);
    }
    return types.object();
  }
  types.escape(O);
  return types.object();
}

const Ty *Inference::callFunction(FunctionInfo *F, Call *C,
                                  llvm::ArrayRef<const Ty *> Args) {
  bool Dynamic = false;
  for (Expr *A : C->args)
    Dynamic |= isa<Starred>(A);
  for (Keyword *K : C->keywords)
    Dynamic |= !K->arg.present();
  if (!F->args)
    Dynamic = true;
  if (Dynamic) {
    if (!F->escaped) {
      F->escaped = true;
      types.changed = true;
    }
    for (const Ty *T : Args)
      types.escape(T);
    for (Keyword *K : C->keywords)
      types.escape(program.typeOf(K->value));
    return F->returnType ? F->returnType : types.unknown();
  }
  Scope *Inner = F->scope;
  std::vector<Arg *> Positional;
  for (Arg *P : F->args->posonlyargs)
    Positional.push_back(P);
  for (Arg *P : F->args->args)
    Positional.push_back(P);
  std::vector<const Ty *> Extra;
  for (size_t I = 0; I < Args.size(); ++I) {
    if (I < Positional.size())
      flow(program.var(Inner, Positional[I]->arg), Args[I]);
    else
      Extra.push_back(Args[I]);
  }
  if (F->args->vararg)
    flow(program.var(Inner, F->args->vararg->arg), types.tuple(Extra));
  else
    for (const Ty *T : Extra)
      types.escape(T);
  for (Keyword *K : C->keywords) {
    const Ty *T = program.typeOf(K->value);
    Arg *Target = nullptr;
    for (size_t I = F->args->posonlyargs.size; I < Positional.size(); ++I)
      if (keyOf(Positional[I]->arg) == keyOf(K->arg))
        Target = Positional[I];
    for (Arg *P : F->args->kwonlyargs)
      if (keyOf(P->arg) == keyOf(K->arg))
        Target = P;
    if (Target)
      flow(program.var(Inner, Target->arg), T);
    else
      types.escape(T);
  }
  if (F->args->kwarg)
    flow(program.var(Inner, F->args->kwarg->arg), types.object());
  return F->returnType ? F->returnType : types.unknown();
}

const Ty *Inference::callBuiltin(const BuiltinInfo *B, Call *C,
                                 llvm::ArrayRef<const Ty *> Args) {
  llvm::StringRef Name = B->name;
  bool HasKeywords = C->keywords.size != 0;
  bool HasStar = false;
  for (Expr *A : C->args)
    HasStar |= isa<Starred>(A);
  // list(x), tuple(x) and sorted(x) keep element types of lists.
  if (llvm::StringRef(B->module).empty() && !HasStar) {
    if (Name == "list") {
      if (Args.empty())
        return types.listFor(C, types.unknown());
      if (Args.size() == 1 && !HasKeywords)
        return types.listFor(C, iterElement(Args[0]));
    }
    if (Name == "sorted" && Args.size() == 1) {
      for (Keyword *K : C->keywords)
        types.escape(program.typeOf(K->value));
      return types.listFor(C, iterElement(Args[0]));
    }
    if (Name == "tuple" && Args.size() == 1 && !HasKeywords) {
      iterElement(Args[0]);
      return types.tupleUnknown();
    }
    if ((Name == "min" || Name == "max") && Args.size() == 1 && !HasKeywords)
      return iterElement(Args[0]);
    if (Name == "sum" && Args.size() == 1 && !HasKeywords) {
      const Ty *E = iterElement(Args[0]);
      return isIntLike(E) ? types.integer()
             : E->is(TyKind::Float) ? types.floating()
             : E->is(TyKind::Unknown) ? E
                                      : types.object();
    }
    if ((Name == "any" || Name == "all") && Args.size() == 1) {
      iterElement(Args[0]);
      return types.boolean();
    }
    if (Name == "print") {
      for (Keyword *K : C->keywords)
        types.escape(program.typeOf(K->value));
      return types.none();
    }
    if (Name == "len" && Args.size() == 1) {
      iterElement(Args[0]); // len() does not capture its argument
      return types.integer();
    }
  }
  for (const Ty *T : Args)
    if (T->is(TyKind::Unknown))
      return types.unknown();
  if (!HasKeywords && !HasStar) {
    for (unsigned S = 0; S < B->numSigs; ++S) {
      const BuiltinSig &Sig = B->sigs[S];
      llvm::SmallVector<llvm::StringRef, 4> Kinds;
      llvm::StringRef(Sig.args).split(Kinds, ',', -1, false);
      bool Variadic = !Kinds.empty() && Kinds.back() == "...";
      if (Variadic)
        Kinds.pop_back();
      if (Args.size() < Kinds.size() ||
          (!Variadic && Args.size() != Kinds.size()))
        continue;
      bool Match = true;
      for (size_t I = 0; I < Kinds.size() && Match; ++I) {
        llvm::StringRef K = Kinds[I];
        const Ty *A = Args[I];
        Match = K == "*" || (K == "int" && A->is(TyKind::Int)) ||
                (K == "float" && A->is(TyKind::Float)) ||
                (K == "bool" && A->is(TyKind::Bool)) ||
                (K == "str" && A->is(TyKind::Str)) ||
                (K == "list" && A->is(TyKind::List)) ||
                (K == "tuple" && A->is(TyKind::Tuple)) ||
                (K == "num" && A->isNumeric());
      }
      if (!Match)
        continue;
      // Extra variadic arguments of min/max must have the same type.
      if (Variadic && (Name == "min" || Name == "max"))
        for (size_t I = Kinds.size(); I < Args.size(); ++I)
          if (Args[I] != Args[0])
            Match = false;
      if (!Match)
        continue;
      llvm::StringRef Result = Sig.result;
      if (Result == "arg0")
        return Args[0];
      if (Result == "elem0")
        return Args[0]->elementType();
      return typeByName(Result);
    }
  }
  for (const Ty *T : Args)
    types.escape(T);
  for (Keyword *K : C->keywords)
    types.escape(program.typeOf(K->value));
  if (llvm::StringRef(B->kind) == "type") {
    if (Name == "int" || Name == "float" || Name == "str" || Name == "bool")
      return typeByName(Name);
  }
  return types.object();
}

const Ty *Inference::callMethod(const Ty *Receiver, Identifier Name, Call *C,
                                llvm::ArrayRef<const Ty *> Args) {
  llvm::StringRef M = keyOf(Name);
  bool Simple = !C->keywords.size;
  for (Expr *A : C->args)
    Simple &= !isa<Starred>(A);
  if (Receiver->is(TyKind::List) && Simple) {
    ElemVar *V = Receiver->elem;
    if (M == "append" && Args.size() == 1) {
      types.addElement(V, Args[0]);
      return types.none();
    }
    if (M == "extend" && Args.size() == 1) {
      types.addElement(V, iterElement(Args[0]));
      return types.none();
    }
    if (M == "insert" && Args.size() == 2) {
      types.addElement(V, Args[1]);
      return types.none();
    }
    if (M == "pop" && Args.size() <= 1)
      return Receiver->elementType();
    if ((M == "index" || M == "count") && Args.size() >= 1)
      return types.integer();
    if (M == "remove" && Args.size() == 1)
      return types.none();
    if ((M == "reverse" || M == "clear") && Args.empty())
      return types.none();
    if (M == "copy" && Args.empty())
      return Receiver;
  }
  if (Receiver->is(TyKind::List) && M == "sort") {
    for (Keyword *K : C->keywords)
      types.escape(program.typeOf(K->value));
    return types.none();
  }
  if (Receiver->is(TyKind::Str) && Simple) {
    static const char *const ToStr[] = {
        "upper", "lower", "strip", "lstrip", "rstrip", "replace", "title",
        "capitalize", "center", "ljust", "rjust", "zfill", "casefold",
        "swapcase", "format", "join", "expandtabs", "removeprefix",
        "removesuffix"};
    for (const char *N : ToStr)
      if (M == N) {
        for (const Ty *T : Args)
          if (M == "format" || M == "join")
            types.escape(T);
        return types.str();
      }
    static const char *const ToInt[] = {"find", "rfind", "index", "rindex",
                                        "count"};
    for (const char *N : ToInt)
      if (M == N)
        return types.integer();
    static const char *const ToBool[] = {
        "startswith", "endswith", "isdigit", "isalpha", "isspace", "isalnum",
        "isupper", "islower", "isdecimal", "isnumeric", "istitle",
        "isidentifier", "isprintable", "isascii"};
    for (const char *N : ToBool)
      if (M == N)
        return types.boolean();
    if (M == "split" || M == "rsplit" || M == "splitlines")
      return types.listFor(C, types.str());
  }
  for (const Ty *T : Args)
    types.escape(T);
  for (Keyword *K : C->keywords)
    types.escape(program.typeOf(K->value));
  types.escape(Receiver);
  return types.object();
}

const Ty *Inference::call(Call *C) {
  // Evaluate the arguments first (their types feed the callee's rules).
  llvm::SmallVector<const Ty *, 8> Args;
  for (Expr *A : C->args) {
    if (auto *S = dyn_cast<Starred>(A)) {
      Args.push_back(expr(S->value));
      program.setType(A, Args.back());
      continue;
    }
    Args.push_back(expr(A));
  }
  for (Keyword *K : C->keywords)
    expr(K->value);
  if (auto *A = dyn_cast<Attribute>(C->func)) {
    const Ty *Recv = expr(A->value);
    if (Recv->is(TyKind::Module) ||
        (Recv->is(TyKind::Builtin) &&
         llvm::StringRef(Recv->builtin->kind) == "module")) {
      const Ty *Callee = attribute(A);
      program.setType(C->func, Callee);
      if (Callee->is(TyKind::Function))
        return callFunction(Callee->function, C, Args);
      if (Callee->is(TyKind::Builtin))
        return callBuiltin(Callee->builtin, C, Args);
      for (const Ty *T : Args)
        types.escape(T);
      return types.object();
    }
    program.setType(C->func, types.object());
    return callMethod(Recv, A->attr, C, Args);
  }
  const Ty *Callee = expr(C->func);
  if (Callee->is(TyKind::Function))
    return callFunction(Callee->function, C, Args);
  if (Callee->is(TyKind::Builtin))
    return callBuiltin(Callee->builtin, C, Args);
  if (Callee->is(TyKind::Unknown))
    return types.unknown();
  types.escape(Callee);
  for (const Ty *T : Args)
    types.escape(T);
  for (Keyword *K : C->keywords)
    types.escape(program.typeOf(K->value));
  return types.object();
}

const Ty *Inference::comprehension(Expr *E, const NodeList<Comprehension> &Gens,
                                   Expr *Elt, Expr *Value) {
  // The first iterable is evaluated outside, the rest inside the
  // comprehension's own scope.
  const Ty *First = expr(Gens[0]->iter);
  Saved Outer{scope, fn};
  scope = mod->scopes.scopeOf(E);
  fn = program.functionOf(scope);
  for (uint32_t I = 0; I < Gens.size; ++I) {
    Comprehension *C = Gens[I];
    const Ty *Iter = I ? expr(C->iter) : First;
    assign(C->target, iterElement(Iter));
    exprs(C->ifs);
  }
  const Ty *R;
  if (isa<ListComp>(E)) {
    R = types.listFor(E, expr(Elt));
  } else {
    types.escape(expr(Elt));
    if (Value)
      types.escape(expr(Value));
    R = types.object();
  }
  scope = Outer.scope;
  fn = Outer.fn;
  return R;
}

const Ty *Inference::exprImpl(Expr *E) {
  switch (E->nodeKind) {
  case NodeKind::Constant:
    switch (cast<Constant>(E)->value.kind) {
    case ConstantValue::Kind::Int: return types.integer();
    case ConstantValue::Kind::Float: return types.floating();
    case ConstantValue::Kind::True:
    case ConstantValue::Kind::False: return types.boolean();
    case ConstantValue::Kind::None: return types.none();
    case ConstantValue::Kind::Str: return types.str();
    default: return types.object();
    }
  case NodeKind::JoinedStr:
    for (Expr *V : cast<JoinedStr>(E)->values)
      types.escape(expr(V));
    return types.str();
  case NodeKind::FormattedValue: {
    auto *F = cast<FormattedValue>(E);
    types.escape(expr(F->value));
    if (F->format_spec)
      expr(F->format_spec);
    return types.str();
  }
  case NodeKind::Name:
    return nameType(cast<Name>(E));
  case NodeKind::NamedExpr: {
    auto *N = cast<NamedExpr>(E);
    const Ty *T = expr(N->value);
    // The target binds in the enclosing function of a comprehension.
    Scope *S = scope;
    while (S->kind == ScopeKind::Comprehension)
      S = S->parent;
    flow(program.var(S, cast<Name>(N->target)->id), T);
    program.setType(N->target, T);
    return T;
  }
  case NodeKind::BinOp: {
    auto *B = cast<BinOp>(E);
    const Ty *L = expr(B->left), *R = expr(B->right);
    return binary(B->op, L, R, B->right);
  }
  case NodeKind::UnaryOp: {
    auto *U = cast<UnaryOp>(E);
    return unary(U->op, expr(U->operand));
  }
  case NodeKind::BoolOp: {
    const Ty *J = types.unknown();
    for (Expr *V : cast<BoolOp>(E)->values)
      J = types.join(J, expr(V));
    return J;
  }
  case NodeKind::Compare: {
    auto *C = cast<Compare>(E);
    const Ty *L = expr(C->left);
    bool Known = !L->is(TyKind::Object);
    for (Expr *R : C->comparators)
      Known &= !expr(R)->is(TyKind::Object);
    for (CmpOpKind Op : C->ops)
      Known |= Op == CmpOpKind::Is || Op == CmpOpKind::IsNot ||
               Op == CmpOpKind::In || Op == CmpOpKind::NotIn;
    return Known || C->ops.size > 1 ? types.boolean() : types.object();
  }
  case NodeKind::IfExp: {
    auto *I = cast<IfExp>(E);
    expr(I->test);
    return types.join(expr(I->body), expr(I->orelse));
  }
  case NodeKind::Lambda: {
    auto *L = cast<Lambda>(E);
    FunctionInfo *F = program.functionOf(mod->scopes.scopeOf(E));
    defaults(F, L->args);
    return types.function(F);
  }
  case NodeKind::List: {
    auto *L = cast<List>(E);
    const Ty *Elem = types.unknown();
    for (Expr *X : L->elts) {
      if (auto *S = dyn_cast<Starred>(X)) {
        const Ty *Inner = expr(S->value);
        program.setType(X, Inner);
        Elem = types.join(Elem, iterElement(Inner));
        continue;
      }
      Elem = types.join(Elem, expr(X));
    }
    // The same list type across passes: keyed by the display's node.
    return types.listFor(E, Elem);
  }
  case NodeKind::Tuple: {
    auto *T = cast<Tuple>(E);
    llvm::SmallVector<const Ty *, 8> Items;
    bool Star = false;
    for (Expr *X : T->elts) {
      if (auto *S = dyn_cast<Starred>(X)) {
        types.escape(expr(S->value));
        program.setType(X, types.object());
        Star = true;
        continue;
      }
      Items.push_back(expr(X));
    }
    return Star ? types.tupleUnknown() : types.tuple(Items);
  }
  case NodeKind::Dict: {
    auto *D = cast<Dict>(E);
    for (Expr *K : D->keys)
      if (K)
        types.escape(expr(K));
    for (Expr *V : D->values)
      types.escape(expr(V));
    return types.object();
  }
  case NodeKind::Set:
    for (Expr *X : cast<Set>(E)->elts)
      types.escape(expr(X));
    return types.object();
  case NodeKind::ListComp: {
    auto *C = cast<ListComp>(E);
    return comprehension(E, C->generators, C->elt, nullptr);
  }
  case NodeKind::SetComp: {
    auto *C = cast<SetComp>(E);
    return comprehension(E, C->generators, C->elt, nullptr);
  }
  case NodeKind::DictComp: {
    auto *C = cast<DictComp>(E);
    return comprehension(E, C->generators, C->key, C->value);
  }
  case NodeKind::GeneratorExp: {
    auto *C = cast<GeneratorExp>(E);
    return comprehension(E, C->generators, C->elt, nullptr);
  }
  case NodeKind::Call:
    return call(cast<Call>(E));
  case NodeKind::Attribute:
    return attribute(cast<Attribute>(E));
  case NodeKind::Subscript:
    return subscript(cast<Subscript>(E));
  case NodeKind::Slice: {
    auto *S = cast<Slice>(E);
    if (S->lower)
      expr(S->lower);
    if (S->upper)
      expr(S->upper);
    if (S->step)
      expr(S->step);
    return types.object();
  }
  case NodeKind::Starred:
    types.escape(expr(cast<Starred>(E)->value));
    return types.object();
  case NodeKind::Yield:
    if (cast<Yield>(E)->value)
      types.escape(expr(cast<Yield>(E)->value));
    return types.object();
  case NodeKind::YieldFrom:
    types.escape(expr(cast<YieldFrom>(E)->value));
    return types.object();
  case NodeKind::Await:
    types.escape(expr(cast<Await>(E)->value));
    return types.object();
  default:
    return types.object();
  }
}

//===----------------------------------------------------------------------===//
// The fixpoint
//===----------------------------------------------------------------------===//

void Inference::visitFunction(FunctionInfo *F) {
  fn = F;
  scope = F->scope;
  mod = F->module;
  if (F->scope->kind == ScopeKind::Module) {
    body(cast<Module>(F->node)->body);
    return;
  }
  // Escaped functions may be called with anything.
  if (F->escaped)
    for (Identifier P : F->paramNames)
      flow(program.var(F->scope, P), types.object());
  // Generators return generator objects; their values escape.
  if (F->scope->isGenerator) {
    if (F->returnType != types.object()) {
      F->returnType = types.object();
      types.changed = true;
    }
  }
  if (auto *D = dyn_cast<FunctionDef>(F->node))
    body(D->body);
  else if (auto *D = dyn_cast<AsyncFunctionDef>(F->node))
    body(D->body);
  else if (auto *L = dyn_cast<Lambda>(F->node)) {
    const Ty *T = expr(L->body);
    const Ty *J = types.join(F->returnType, T);
    if (J != F->returnType) {
      F->returnType = J;
      types.changed = true;
    }
  }
  // A body that can fall off the end returns None (cheap approximation:
  // any def whose last statement is not a return).
  if (auto *D = dyn_cast<FunctionDef>(F->node)) {
    if (D->body.empty() || !isa<Return>(D->body.back())) {
      const Ty *J = types.join(F->returnType, types.none());
      if (J != F->returnType) {
        F->returnType = J;
        types.changed = true;
      }
    }
  }
}

bool Inference::run(CompileError &Err) {
  for (int Pass = 0; Pass < 1000; ++Pass) {
    types.changed = false;
    for (auto &F : program.functionInfos)
      if (F->scope->kind != ScopeKind::Comprehension)
        visitFunction(F.get());
    if (!types.changed)
      break;
  }
  // What is still unknown never receives a value; make it object so IR
  // generation has a type to use.
  for (auto &F : program.functionInfos)
    if (!F->returnType || F->returnType->is(TyKind::Unknown))
      F->returnType = types.object();
  return true;
}

bool Program::infer(CompileError &Err) {
  computeLayouts();
  findReboundModuleAttributes();
  findColdFunctions();
  Inference I(*this);
  return I.run(Err);
}
