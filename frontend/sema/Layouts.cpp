//===- Layouts.cpp - fixed slot layouts of class statements ---------------===//
//
// DESIGN.md decision 10: a class whose instance attributes sema can see
// gets a fixed slot layout, so compiled code reads `self.x` as a load at a
// known offset. The attributes are those its methods assign on their first
// parameter (`self.x = ...`, `self.a, self.b = ...`, `self.n += 1`, `for
// self.i in ...`), __init__'s first, in the order assigned; a subclass's
// layout starts with its base's. Names the class body binds itself
// (methods, properties, anything but a plain constant) get no slot: a
// descriptor there would decide the attribute.
//
// All of this is a guess the runtime checks: classNew accepts a layout
// only when its base layout is the one the actual base class has, and
// compiled code takes a slot only when the instance's class has that
// layout (or one extending it) and no hook or descriptor intervenes. A
// wrong guess costs speed, never correctness.
//
//===----------------------------------------------------------------------===//

#include "adder/frontend/ASTWalk.h"
#include "adder/sema/Program.h"

#include "llvm/ADT/StringExtras.h"

using namespace adder;
using namespace adder::ast;
using namespace adder::sema;

namespace {

llvm::StringRef str(Identifier I) { return keyOf(I); }

/// Attribute names stored on Self in a function body, in order.
struct SelfStores : ChildWalker<SelfStores> {
  llvm::StringRef self;
  std::vector<std::string> &out;
  SelfStores(llvm::StringRef Self, std::vector<std::string> &Out)
      : self(Self), out(Out) {}

  void walk(Node *N) {
    if (isa<ClassDef>(N))
      return; // a nested class's `self` is another object
    if (auto *A = dyn_cast<Attribute>(N))
      if (A->ctx == ExprContext::Store)
        if (auto *Nm = dyn_cast<Name>(A->value))
          if (str(Nm->id) == self)
            out.push_back(str(A->attr).str());
    visitFields(N, *this);
  }
};

/// The method's `self`: its first positional parameter, unless a
/// decorator makes it a static or class method.
llvm::StringRef selfParam(FunctionDef *F) {
  for (Expr *D : F->decorator_list)
    if (auto *N = dyn_cast<Name>(D))
      if (str(N->id) == "staticmethod" || str(N->id) == "classmethod")
        return {};
  Arguments *A = F->args;
  if (A->posonlyargs.size)
    return str(A->posonlyargs[0]->arg);
  if (A->args.size)
    return str(A->args[0]->arg);
  return {};
}

/// Names a class body binds other than to a constant.
void classBodyNames(ClassDef *C, llvm::StringSet<> &Out, bool &HasSlots) {
  for (Stmt *S : C->body) {
    if (auto *F = dyn_cast<FunctionDef>(S))
      Out.insert(str(F->name));
    else if (auto *F = dyn_cast<AsyncFunctionDef>(S))
      Out.insert(str(F->name));
    else if (auto *K = dyn_cast<ClassDef>(S))
      Out.insert(str(K->name));
    else if (auto *A = dyn_cast<Assign>(S)) {
      for (Expr *T : A->targets)
        if (auto *N = dyn_cast<Name>(T)) {
          if (str(N->id) == "__slots__")
            HasSlots = true;
          if (!isa<Constant>(A->value))
            Out.insert(str(N->id));
        }
    } else if (auto *A = dyn_cast<AnnAssign>(S)) {
      if (auto *N = dyn_cast<Name>(A->target)) {
        if (str(N->id) == "__slots__")
          HasSlots = true;
        if (A->value && !isa<Constant>(A->value))
          Out.insert(str(N->id));
      }
    }
  }
}

/// Every class statement of a module, in source order.
struct ClassCollector : ChildWalker<ClassCollector> {
  std::vector<ClassDef *> classes;
  void walk(Node *N) {
    if (auto *C = dyn_cast<ClassDef>(N))
      classes.push_back(C);
    visitFields(N, *this);
  }
};

} // namespace

int ClassLayoutInfo::indexOf(llvm::StringRef Name) const {
  for (size_t I = 0; I < names.size(); ++I)
    if (names[I] == Name)
      return int(I);
  return -1;
}

/// The class statement a base expression names, when sema can tell: a
/// class of the same module, or one imported by `from m import C`.
ClassDef *Program::resolveBaseClass(ModuleUnit &M, Expr *Base) {
  auto *N = dyn_cast<Name>(Base);
  if (!N)
    return nullptr;
  auto &Classes = classesByName[&M];
  auto It = Classes.find(str(N->id));
  if (It != Classes.end())
    return It->second;
  for (Stmt *S : M.ast->body) {
    auto *I = dyn_cast<ImportFrom>(S);
    if (!I)
      continue;
    for (Alias *A : I->names) {
      Identifier Bound = A->asname.present() ? A->asname : A->name;
      if (str(Bound) != str(N->id))
        continue;
      std::string Resolved, Error;
      if (!resolveImportName(M, I->level, I->module.present() ? str(I->module)
                                                               : "",
                             Resolved, Error))
        return nullptr;
      ModuleUnit *From = findModule(Resolved);
      if (!From)
        return nullptr;
      auto &Theirs = classesByName[From];
      auto Found = Theirs.find(str(A->name));
      return Found == Theirs.end() ? nullptr : Found->second;
    }
  }
  return nullptr;
}

const ClassLayoutInfo *Program::computeLayout(ModuleUnit &M, ClassDef *C,
                                              unsigned Depth) {
  auto It = layouts.find(C);
  if (It != layouts.end())
    return It->second;
  layouts[C] = nullptr; // while computing: a cycle of bases ends here
  const ClassLayoutInfo *Base = nullptr;
  if (C->bases.size && Depth < 32)
    if (ClassDef *B = resolveBaseClass(M, C->bases[0]))
      Base = computeLayout(*classModule[B], B, Depth + 1);

  llvm::StringSet<> Bound;
  bool HasSlots = false;
  classBodyNames(C, Bound, HasSlots);
  if (HasSlots)
    return nullptr;
  std::vector<std::string> Stored;
  // __init__ first: its order is the order instances usually get.
  std::vector<FunctionDef *> Methods;
  for (bool Init : {true, false})
    for (Stmt *S : C->body)
      if (auto *F = dyn_cast<FunctionDef>(S))
        if ((str(F->name) == "__init__") == Init)
          Methods.push_back(F);
  for (FunctionDef *F : Methods) {
    llvm::StringRef Self = selfParam(F);
    if (Self.empty())
      continue;
    SelfStores W(Self, Stored);
    for (Stmt *S : F->body)
      W.walk(S);
  }

  auto *L = new ClassLayoutInfo();
  layoutStorage.emplace_back(L);
  L->base = Base;
  if (Base)
    L->names = Base->names;
  std::vector<std::string> Own;
  for (const std::string &N : Stored)
    if (!isDunderName(N) && !Bound.count(N) && L->indexOf(N) < 0) {
      L->names.push_back(N);
      Own.push_back(N);
    }
  if (L->names.empty()) {
    layouts[C] = nullptr;
    return nullptr;
  }
  std::string OwnKey = llvm::join(Own, ",");
  L->key = Base ? Base->key + ";" + OwnKey : OwnKey;
  for (const std::string &N : Own)
    slotNames.insert(N);
  layouts[C] = L;
  // Each method's `self` has this layout.
  for (FunctionDef *F : Methods)
    if (!selfParam(F).empty())
      if (FunctionInfo *FI = functionOf(M.scopes.scopeOf(F)))
        selfLayouts[FI] = L;
  return L;
}

void Program::computeLayouts() {
  for (auto &M : units) {
    ClassCollector CC;
    CC.walk(M->ast);
    auto &ByName = classesByName[M.get()];
    for (ClassDef *C : CC.classes) {
      classModule[C] = M.get();
      // A name two class statements bind is not resolved to either.
      auto [It, New] = ByName.try_emplace(str(C->name), C);
      if (!New)
        It->second = nullptr;
    }
  }
  for (auto &M : units) {
    ClassCollector CC;
    CC.walk(M->ast);
    for (ClassDef *C : CC.classes)
      computeLayout(*M, C, 0);
  }
}
