//===- Scopes.cpp - scope analysis ----------------------------------------===//
//
// Two passes, as CPython's symtable.c: the builder walks the AST recording
// what each scope binds, uses and declares; then resolve() decides each
// name's Binding top-down, turning captured locals into cells and adding
// pass-through free variables to the scopes in between.
//
//===----------------------------------------------------------------------===//

#include "adder/sema/Scopes.h"
#include "adder/frontend/ASTWalk.h"

#include "llvm/ADT/StringRef.h"

using namespace adder;
using namespace adder::ast;
using namespace adder::sema;

namespace adder::sema {

class ScopeBuilder;

/// Visits the expression children of a node (through the generated field
/// visitor), for the expressions scope analysis has no special rule for.
struct ChildVisitor : IgnoreLeafFields {
  ScopeBuilder &B;
  void child(const char *, Node *N, bool);
  template <class T> void children(const char *, const Seq<T *> &L, bool) {
    for (T *N : L)
      if (N)
        child("", N, false);
  }
};

class ScopeBuilder {
public:
  ScopeBuilder(ScopeTree &T, ScopeError &E) : tree(T), err(E) {}

  bool run(ast::Module *M);

private:
  ScopeTree &tree;
  ScopeError &err;
  Scope *cur = nullptr;
  bool failed = false;
  /// Loop nesting in the current function, for break/continue checks.
  unsigned loops = 0;

  bool error(const Node *N, std::string Message) {
    if (!failed) {
      failed = true;
      err.line = N ? N->line : 0;
      err.col = N ? N->col : 0;
      err.message = std::move(Message);
    }
    return false;
  }
  Scope *open(ScopeKind K, const Node *N, std::string Name);
  void close(Scope *Parent) { cur = Parent; }

  Symbol &symbol(Scope *S, Identifier Name) {
    auto &Sym = S->symbols[keyOf(Name)];
    Sym.name = Name;
    return Sym;
  }
  void bind(Identifier Name, const Node *At, uint16_t Extra = 0);
  void use(Identifier Name) { symbol(cur, Name).flags |= SymUsed; }

  void visitStmts(const NodeList<Stmt> &L) {
    for (Stmt *S : L)
      visitStmt(S);
  }
  void visitStmt(Stmt *S);
  void visitExpr(Expr *E);
  void visitExprs(const NodeList<Expr> &L) {
    for (Expr *E : L)
      if (E)
        visitExpr(E);
  }
  void visitTarget(Expr *E) { visitExpr(E); }
  void visitArguments(Arguments *A); // defaults and annotations, outside
  void bindParameters(Arguments *A);
  void visitFunction(const Node *N, Identifier Name, Arguments *Args,
                     const NodeList<Stmt> &Body, const NodeList<Expr> &Decos,
                     Expr *Returns, bool IsAsync);
  void visitComprehension(Expr *E, const char *Name,
                          const NodeList<Comprehension> &Gens, Expr *Elt,
                          Expr *Value);
  void visitPattern(Pattern *P);
  void declare(Stmt *S, const Seq<Identifier> &Names, bool Global);
  friend struct ChildVisitor;
};

void ChildVisitor::child(const char *, Node *N, bool) {
  if (!N)
    return;
  if (isa<Expr>(N))
    B.visitExpr(static_cast<Expr *>(N));
  else if (auto *K = dyn_cast<Keyword>(N))
    B.visitExpr(K->value);
  else if (auto *C = dyn_cast<Comprehension>(N)) {
    B.visitExpr(C->iter);
    B.visitExpr(C->target);
    for (Expr *I : C->ifs)
      B.visitExpr(I);
  }
}

Scope *ScopeBuilder::open(ScopeKind K, const Node *N, std::string Name) {
  tree.scopes.push_back(std::make_unique<Scope>());
  Scope *S = tree.scopes.back().get();
  S->kind = K;
  S->node = N;
  S->parent = cur;
  auto Own = tree.unmangledNames.find(N);
  if (Own != tree.unmangledNames.end())
    Name = std::string(Own->second.data, Own->second.size);
  S->name = Name;
  if (cur && cur->kind != ScopeKind::Module) {
    S->qualname = cur->qualname;
    if (cur->isFunctionLike())
      S->qualname += ".<locals>";
    S->qualname += "." + Name;
  } else {
    S->qualname = Name;
  }
  if (cur)
    cur->children.push_back(S);
  tree.byNode[N] = S;
  cur = S;
  return S;
}

void ScopeBuilder::bind(Identifier Name, const Node *At, uint16_t Extra) {
  Symbol &Sym = symbol(cur, Name);
  Sym.flags |= SymAssigned | Extra;
}

void ScopeBuilder::declare(Stmt *S, const Seq<Identifier> &Names,
                           bool Global) {
  const char *What = Global ? "global" : "nonlocal";
  if (!Global && cur->kind == ScopeKind::Module) {
    error(S, "nonlocal declaration not allowed at module level");
    return;
  }
  for (Identifier Name : Names) {
    Symbol &Sym = symbol(cur, Name);
    std::string N(Name.data, Name.size);
    if (Sym.flags & SymParam) {
      error(S, "name '" + N + "' is parameter and " + What);
      return;
    }
    if ((Global && (Sym.flags & SymNonlocalDecl)) ||
        (!Global && (Sym.flags & SymGlobalDecl))) {
      error(S, "name '" + N + "' is nonlocal and global");
      return;
    }
    if (Sym.flags & SymAssigned) {
      error(S, "name '" + N + "' is assigned to before " + What +
                   " declaration");
      return;
    }
    if (Sym.flags & SymUsed) {
      error(S, "name '" + N + "' is used prior to " + What + " declaration");
      return;
    }
    if (Sym.flags & SymAnnotated) {
      error(S, "annotated name '" + N + "' can't be " + What);
      return;
    }
    Sym.flags |= Global ? SymGlobalDecl : SymNonlocalDecl;
  }
}

void ScopeBuilder::visitArguments(Arguments *A) {
  visitExprs(A->defaults);
  visitExprs(A->kw_defaults);
  auto Ann = [&](Arg *P) {
    if (P && P->annotation)
      visitExpr(P->annotation);
  };
  for (Arg *P : A->posonlyargs)
    Ann(P);
  for (Arg *P : A->args)
    Ann(P);
  Ann(A->vararg);
  for (Arg *P : A->kwonlyargs)
    Ann(P);
  Ann(A->kwarg);
}

void ScopeBuilder::bindParameters(Arguments *A) {
  auto Bind = [&](Arg *P) {
    if (!P)
      return;
    Symbol &Sym = symbol(cur, P->arg);
    if (Sym.flags & SymParam)
      error(P, "duplicate argument '" +
                   std::string(P->arg.data, P->arg.size) +
                   "' in function definition");
    Sym.flags |= SymParam | SymAssigned;
  };
  for (Arg *P : A->posonlyargs)
    Bind(P);
  for (Arg *P : A->args)
    Bind(P);
  Bind(A->vararg);
  for (Arg *P : A->kwonlyargs)
    Bind(P);
  Bind(A->kwarg);
}

void ScopeBuilder::visitFunction(const Node *N, Identifier Name,
                                 Arguments *Args, const NodeList<Stmt> &Body,
                                 const NodeList<Expr> &Decos, Expr *Returns,
                                 bool IsAsync) {
  visitExprs(Decos);
  visitArguments(Args);
  if (Returns)
    visitExpr(Returns);
  bind(Name, N);
  Scope *Parent = cur;
  unsigned SavedLoops = loops;
  loops = 0;
  Scope *S = open(ScopeKind::Function, N, std::string(Name.data, Name.size));
  S->isAsync = IsAsync;
  bindParameters(Args);
  visitStmts(Body);
  loops = SavedLoops;
  close(Parent);
}

void ScopeBuilder::visitComprehension(Expr *E, const char *Name,
                                      const NodeList<Comprehension> &Gens,
                                      Expr *Elt, Expr *Value) {
  // The first iterable is evaluated in the enclosing scope.
  visitExpr(Gens[0]->iter);
  Scope *Parent = cur;
  Scope *S = open(ScopeKind::Comprehension, E, Name);
  if (isa<GeneratorExp>(E))
    S->isGenerator = true;
  for (uint32_t I = 0; I < Gens.size; ++I) {
    Comprehension *C = Gens[I];
    if (I)
      visitExpr(C->iter);
    visitTarget(C->target);
    visitExprs(C->ifs);
    if (C->is_async)
      S->isAsync = true;
  }
  visitExpr(Elt);
  if (Value)
    visitExpr(Value);
  close(Parent);
}

void ScopeBuilder::visitPattern(Pattern *P) {
  switch (P->nodeKind) {
  case NodeKind::MatchValue:
    visitExpr(cast<MatchValue>(P)->value);
    return;
  case NodeKind::MatchSingleton:
    return;
  case NodeKind::MatchSequence:
    for (Pattern *Q : cast<MatchSequence>(P)->patterns)
      visitPattern(Q);
    return;
  case NodeKind::MatchMapping: {
    auto *M = cast<MatchMapping>(P);
    visitExprs(M->keys);
    for (Pattern *Q : M->patterns)
      visitPattern(Q);
    if (M->rest.present())
      bind(M->rest, P);
    return;
  }
  case NodeKind::MatchClass: {
    auto *M = cast<MatchClass>(P);
    visitExpr(M->cls);
    for (Pattern *Q : M->patterns)
      visitPattern(Q);
    for (Pattern *Q : M->kwd_patterns)
      visitPattern(Q);
    return;
  }
  case NodeKind::MatchStar:
    if (cast<MatchStar>(P)->name.present())
      bind(cast<MatchStar>(P)->name, P);
    return;
  case NodeKind::MatchAs: {
    auto *M = cast<MatchAs>(P);
    if (M->pattern)
      visitPattern(M->pattern);
    if (M->name.present())
      bind(M->name, P);
    return;
  }
  case NodeKind::MatchOr:
    for (Pattern *Q : cast<MatchOr>(P)->patterns)
      visitPattern(Q);
    return;
  default:
    return;
  }
}

void ScopeBuilder::visitStmt(Stmt *S) {
  if (failed)
    return;
  switch (S->nodeKind) {
  case NodeKind::FunctionDef: {
    auto *F = cast<FunctionDef>(S);
    visitFunction(S, F->name, F->args, F->body, F->decorator_list, F->returns,
                  false);
    return;
  }
  case NodeKind::AsyncFunctionDef: {
    auto *F = cast<AsyncFunctionDef>(S);
    visitFunction(S, F->name, F->args, F->body, F->decorator_list, F->returns,
                  true);
    return;
  }
  case NodeKind::ClassDef: {
    auto *C = cast<ClassDef>(S);
    visitExprs(C->decorator_list);
    visitExprs(C->bases);
    for (Keyword *K : C->keywords)
      visitExpr(K->value);
    bind(C->name, S);
    Scope *Parent = cur;
    unsigned SavedLoops = loops;
    loops = 0;
    open(ScopeKind::Class, S, std::string(C->name.data, C->name.size));
    visitStmts(C->body);
    loops = SavedLoops;
    close(Parent);
    return;
  }
  case NodeKind::Return: {
    if (!cur->isFunctionLike()) {
      error(S, "'return' outside function");
      return;
    }
    auto *R = cast<Return>(S);
    if (R->value)
      visitExpr(R->value);
    return;
  }
  case NodeKind::Delete:
    for (Expr *T : cast<Delete>(S)->targets)
      visitExpr(T);
    return;
  case NodeKind::Assign: {
    auto *A = cast<Assign>(S);
    visitExpr(A->value);
    for (Expr *T : A->targets)
      visitTarget(T);
    return;
  }
  case NodeKind::AugAssign: {
    auto *A = cast<AugAssign>(S);
    visitExpr(A->value);
    if (auto *N = dyn_cast<Name>(A->target)) {
      use(N->id);
      bind(N->id, N);
      return;
    }
    visitExpr(A->target);
    return;
  }
  case NodeKind::AnnAssign: {
    auto *A = cast<AnnAssign>(S);
    if (auto *N = dyn_cast<Name>(A->target)) {
      Symbol &Sym = symbol(cur, N->id);
      if (Sym.flags & (SymGlobalDecl | SymNonlocalDecl)) {
        if (A->simple) {
          error(S, "annotated name '" + std::string(N->id.data, N->id.size) +
                       "' can't be " +
                       ((Sym.flags & SymGlobalDecl) ? "global" : "nonlocal"));
          return;
        }
      }
      Sym.flags |= SymAnnotated;
      if (A->simple || A->value)
        Sym.flags |= SymAssigned;
    } else {
      visitExpr(A->target);
    }
    // A module or class body stores the annotations of simple names in
    // its __annotations__ (CPython's SETUP_ANNOTATIONS creates it first);
    // a function evaluates no annotation at all.
    if (!cur->isFunctionLike()) {
      if (A->simple && isa<Name>(A->target)) {
        cur->hasAnnotations = true;
        bind(annotationsName(), S);
      }
      visitExpr(A->annotation);
    }
    if (A->value)
      visitExpr(A->value);
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
    visitExpr(Iter);
    visitTarget(Target);
    ++loops;
    visitStmts(*Body);
    --loops;
    visitStmts(*Else);
    return;
  }
  case NodeKind::While: {
    auto *W = cast<While>(S);
    visitExpr(W->test);
    ++loops;
    visitStmts(W->body);
    --loops;
    visitStmts(W->orelse);
    return;
  }
  case NodeKind::If: {
    auto *I = cast<If>(S);
    visitExpr(I->test);
    visitStmts(I->body);
    visitStmts(I->orelse);
    return;
  }
  case NodeKind::With:
  case NodeKind::AsyncWith: {
    const NodeList<WithItem> &Items = isa<With>(S) ? cast<With>(S)->items
                                                   : cast<AsyncWith>(S)->items;
    for (WithItem *W : Items) {
      visitExpr(W->context_expr);
      if (W->optional_vars)
        visitTarget(W->optional_vars);
    }
    visitStmts(isa<With>(S) ? cast<With>(S)->body : cast<AsyncWith>(S)->body);
    return;
  }
  case NodeKind::Match: {
    auto *M = cast<Match>(S);
    visitExpr(M->subject);
    for (MatchCase *C : M->cases) {
      visitPattern(C->pattern);
      if (C->guard)
        visitExpr(C->guard);
      visitStmts(C->body);
    }
    return;
  }
  case NodeKind::Raise: {
    auto *R = cast<Raise>(S);
    if (R->exc)
      visitExpr(R->exc);
    if (R->cause)
      visitExpr(R->cause);
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
    visitStmts(*Body);
    for (ExceptHandlerBase *HB : *Handlers) {
      auto *H = cast<ExceptHandler>(HB);
      if (H->type)
        visitExpr(H->type);
      if (H->name.present())
        bind(H->name, H, SymDeleted);
      visitStmts(H->body);
    }
    visitStmts(*Else);
    visitStmts(*Final);
    return;
  }
  case NodeKind::Assert: {
    auto *A = cast<Assert>(S);
    visitExpr(A->test);
    if (A->msg)
      visitExpr(A->msg);
    return;
  }
  case NodeKind::Import:
    for (Alias *A : cast<Import>(S)->names) {
      Identifier Bound = A->asname.present() ? A->asname : A->name;
      if (!A->asname.present()) {
        // `import a.b` binds `a`: the identifier's prefix.
        for (uint32_t I = 0; I < Bound.size; ++I)
          if (Bound.data[I] == '.') {
            Bound.size = I;
            break;
          }
      }
      bind(Bound, A, SymImported);
    }
    return;
  case NodeKind::ImportFrom:
    for (Alias *A : cast<ImportFrom>(S)->names) {
      if (A->name.is("*")) {
        if (cur->kind != ScopeKind::Module) {
          error(S, "import * only allowed at module level");
          return;
        }
        continue;
      }
      bind(A->asname.present() ? A->asname : A->name, A, SymImported);
    }
    return;
  case NodeKind::Global:
    declare(S, cast<Global>(S)->names, true);
    return;
  case NodeKind::Nonlocal:
    declare(S, cast<Nonlocal>(S)->names, false);
    return;
  case NodeKind::ExprStmt:
    visitExpr(cast<ExprStmt>(S)->value);
    return;
  case NodeKind::Break:
    if (!loops)
      error(S, "'break' outside loop");
    return;
  case NodeKind::Continue:
    if (!loops)
      error(S, "'continue' not properly in loop");
    return;
  default:
    return;
  }
}

void ScopeBuilder::visitExpr(Expr *E) {
  if (failed || !E)
    return;
  switch (E->nodeKind) {
  case NodeKind::Name: {
    auto *N = cast<Name>(E);
    if (N->ctx == ExprContext::Load) {
      use(N->id);
      if (N->id.is("locals") || N->id.is("globals") || N->id.is("vars") ||
          N->id.is("eval") || N->id.is("exec") || N->id.is("dir"))
        cur->usesDynamicNames = true;
      if (N->id.is("super") || N->id.is("__class__"))
        cur->needsClassCell = true;
    } else {
      bind(N->id, N, N->ctx == ExprContext::Del ? SymDeleted : 0);
    }
    return;
  }
  case NodeKind::NamedExpr: {
    auto *N = cast<NamedExpr>(E);
    visitExpr(N->value);
    Identifier Target = cast<Name>(N->target)->id;
    // In a comprehension the target binds in the enclosing function.
    Scope *S = cur;
    while (S->kind == ScopeKind::Comprehension) {
      if (Symbol *Iter = S->find(Target))
        if (Iter->flags & SymAssigned) {
          error(E, "assignment expression cannot rebind comprehension "
                   "iteration variable '" +
                       std::string(Target.data, Target.size) + "'");
          return;
        }
      S = S->parent;
    }
    if (S->kind == ScopeKind::Class && S != cur) {
      error(E, "assignment expression within a comprehension cannot be used "
               "in a class body");
      return;
    }
    Scope *Saved = cur;
    cur = S;
    bind(Target, N);
    cur = Saved;
    if (S != cur) {
      // Used (as a free variable) by the comprehension.
      symbol(cur, Target).flags |= SymUsed;
    }
    return;
  }
  case NodeKind::Lambda: {
    auto *L = cast<Lambda>(E);
    visitArguments(L->args);
    Scope *Parent = cur;
    unsigned SavedLoops = loops;
    loops = 0;
    open(ScopeKind::Lambda, E, "<lambda>");
    bindParameters(L->args);
    visitExpr(L->body);
    loops = SavedLoops;
    close(Parent);
    return;
  }
  case NodeKind::ListComp: {
    auto *C = cast<ListComp>(E);
    visitComprehension(E, "<listcomp>", C->generators, C->elt, nullptr);
    return;
  }
  case NodeKind::SetComp: {
    auto *C = cast<SetComp>(E);
    visitComprehension(E, "<setcomp>", C->generators, C->elt, nullptr);
    return;
  }
  case NodeKind::DictComp: {
    auto *C = cast<DictComp>(E);
    visitComprehension(E, "<dictcomp>", C->generators, C->key, C->value);
    return;
  }
  case NodeKind::GeneratorExp: {
    auto *C = cast<GeneratorExp>(E);
    visitComprehension(E, "<genexpr>", C->generators, C->elt, nullptr);
    return;
  }
  case NodeKind::Yield:
  case NodeKind::YieldFrom: {
    if (!cur->isFunctionLike()) {
      error(E, "'yield' outside function");
      return;
    }
    if (cur->kind == ScopeKind::Comprehension) {
      const char *Kind = isa<ListComp>(cur->node)  ? "list comprehension"
                         : isa<SetComp>(cur->node) ? "set comprehension"
                         : isa<DictComp>(cur->node) ? "dict comprehension"
                                                    : "generator expression";
      error(E, std::string("'yield' inside ") + Kind);
      return;
    }
    cur->isGenerator = true;
    Expr *V = isa<Yield>(E) ? cast<Yield>(E)->value : cast<YieldFrom>(E)->value;
    if (V)
      visitExpr(V);
    return;
  }
  case NodeKind::Await: {
    if (cur->kind == ScopeKind::Module || cur->kind == ScopeKind::Class) {
      error(E, "'await' outside function");
      return;
    }
    if (!cur->isAsync && cur->kind != ScopeKind::Comprehension) {
      error(E, "'await' outside async function");
      return;
    }
    visitExpr(cast<Await>(E)->value);
    return;
  }
  default:
    break;
  }
  // Every other expression: visit its children.
  ChildVisitor V{{}, *this};
  visitFields(E, V);
}

bool ScopeBuilder::run(ast::Module *M) {
  tree.root = open(ScopeKind::Module, M, "<module>");
  visitStmts(M->body);
  return !failed;
}

} // namespace adder::sema

//===----------------------------------------------------------------------===//
// Resolution
//===----------------------------------------------------------------------===//

namespace {

/// Is Name bound in S as a variable that nested functions can capture?
bool bindsCapturable(Scope *S, NameKey Name) {
  auto It = S->symbols.find(Name);
  if (It == S->symbols.end())
    return false;
  Binding B = It->second.binding;
  return B == Binding::Local || B == Binding::Cell || B == Binding::Free;
}

void addUnique(std::vector<Identifier> &List, Identifier Name) {
  for (Identifier N : List)
    if (keyOf(N) == keyOf(Name))
      return;
  List.push_back(Name);
}

/// Resolves a free name of S: finds the nearest enclosing function scope
/// that binds it, makes it a cell there, and threads it through the
/// function scopes in between. Returns false if no function binds it.
bool resolveFree(Scope *S, Identifier Name) {
  llvm::SmallVector<Scope *, 4> Between;
  for (Scope *P = S->parent; P; P = P->parent) {
    if (P->kind == ScopeKind::Module)
      return false;
    if (P->kind == ScopeKind::Class)
      continue; // class bodies are not visible to nested functions
    if (bindsCapturable(P, keyOf(Name))) {
      Symbol &Def = P->symbols.find(keyOf(Name))->second;
      if (Def.binding == Binding::Local) {
        Def.binding = Binding::Cell;
        addUnique(P->cellVars, Name);
      }
      for (Scope *B : Between) {
        Symbol &Sym = B->symbols[keyOf(Name)];
        if (Sym.binding == Binding::Unresolved) {
          Sym.name = Name;
          Sym.binding = Binding::Free;
        }
        addUnique(B->freeVars, Name);
      }
      return true;
    }
    Between.push_back(P);
  }
  return false;
}

/// super() and __class__ in a method read the implicit __class__ cell of
/// the class body that defines it, threaded through any function scopes in
/// between (CPython's compiler does the same).
void resolveClassCell(Scope *S) {
  static const char ClassName[] = "__class__";
  Identifier Name{ClassName, sizeof(ClassName) - 1};
  Scope *Class = S->parent;
  while (Class && Class->kind != ScopeKind::Class) {
    if (Class->kind == ScopeKind::Module)
      return;
    Class = Class->parent;
  }
  if (!Class)
    return;
  for (Scope *B = S; B != Class; B = B->parent) {
    Symbol &Sym = B->symbols[keyOf(Name)];
    if (Sym.binding == Binding::Free)
      break; // threaded already from another use
    Sym.name = Name;
    Sym.binding = Binding::Free;
    addUnique(B->freeVars, Name);
  }
  Symbol &Cell = Class->symbols[keyOf(Name)];
  Cell.name = Name;
  Cell.binding = Binding::Cell;
  addUnique(Class->cellVars, Name);
}

bool resolveScope(Scope *S, ScopeError &Err) {
  if (S->needsClassCell && S->isFunctionLike())
    resolveClassCell(S);
  // Bindings of this scope first, then uses (which may need the parents'
  // bindings, already resolved since we go top-down).
  for (auto &[Key, Sym] : S->symbols) {
    if (Sym.flags & SymGlobalDecl)
      Sym.binding = Binding::Global;
    else if (Sym.flags & SymNonlocalDecl)
      Sym.binding = Binding::Unresolved; // below
    else if (Sym.flags & (SymAssigned | SymParam))
      Sym.binding = S->kind == ScopeKind::Module ? Binding::Global
                                                 : Binding::Local;
  }
  for (auto &[Key, Sym] : S->symbols) {
    if (Sym.flags & SymNonlocalDecl) {
      if (!resolveFree(S, Sym.name)) {
        Err.line = S->node->line;
        Err.message = "no binding for nonlocal '" +
                      std::string(Sym.name.data, Sym.name.size) + "' found";
        return false;
      }
      Sym.binding = Binding::Free;
      addUnique(S->freeVars, Sym.name);
      continue;
    }
    if (Sym.binding != Binding::Unresolved)
      continue;
    if (S->kind != ScopeKind::Module && resolveFree(S, Sym.name)) {
      Sym.binding = Binding::Free;
      addUnique(S->freeVars, Sym.name);
      continue;
    }
    Sym.binding = Binding::Global; // global or builtin, decided per module
  }
  for (Scope *C : S->children)
    if (!resolveScope(C, Err))
      return false;
  return true;
}

} // namespace

bool ScopeTree::build(ast::Module *M, ScopeError &Err) {
  ScopeBuilder B(*this, Err);
  if (!B.run(M))
    return false;
  return resolveScope(root, Err);
}
