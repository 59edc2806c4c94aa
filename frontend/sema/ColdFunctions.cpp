//===- ColdFunctions.cpp - library functions the program cannot name ------===//
//
// adder's standard library (lib/python) is compiled with every program
// that imports it, and optimizing all of it costs seconds per module. Most
// programs use a few of a module's functions, so the library functions
// the program cannot reach by name are compiled cold: without optimization
// (backend/Lower.cpp), which is fast to compile and still correct, only
// slower to run.
//
// Reachability is by name, a fixpoint over the names code mentions
// (variables, attributes, string constants, imported names). The program's
// own modules mention names; so does the import-time code of each library
// module (its top level, decorators and defaults), except for its defs,
// classes and assignments to plain names (`seed = _inst.seed`). Those are
// units, needed when one of their names is mentioned. A special method
// (__init__, __add__...) is needed with its class, as the runtime calls
// those implicitly. A needed unit mentions more names: a def its body, a
// class its bases and the import-time code of its body (whose defs and
// assignments are units in turn). The defs needed are hot. The analysis
// only chooses optimization levels: a wrong guess costs speed, never
// behaviour. Library module bodies run once and are always cold.
//
//===----------------------------------------------------------------------===//

#include "adder/frontend/ASTWalk.h"
#include "adder/sema/Program.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

using namespace adder;
using namespace adder::ast;
using namespace adder::sema;

namespace {

/// A def, a class or an assignment to names directly in a library module
/// or class body: needed only when one of its names is.
struct Unit {
  Node *node;
  std::vector<llvm::StringRef> names;
  llvm::StringRef className;
  bool hot = false;
};

/// The names an assignment statement binds, if all its targets are plain
/// names (`seed = _inst.seed`, `__radd__ = __add__`).
bool assignedNames(Node *N, std::vector<llvm::StringRef> &Out) {
  auto *A = dyn_cast<Assign>(N);
  if (!A)
    return false;
  for (Expr *T : A->targets) {
    auto *X = dyn_cast<Name>(T);
    if (!X)
      return false;
    Out.push_back(keyOf(X->id));
  }
  return true;
}

/// Collects the names a subtree mentions. With Units set, it records the
/// defs, classes and plain assignments of module and class bodies as units
/// instead of entering them (a def's decorators, defaults and annotations
/// run at import time, so they are entered).
struct NameCollector : ChildWalker<NameCollector> {
  llvm::StringSet<> &names;
  std::vector<Unit> *units = nullptr;
  llvm::StringRef className;

  explicit NameCollector(llvm::StringSet<> &N) : names(N) {}

  void walk(Node *N) {
    if (auto *X = dyn_cast<Name>(N))
      names.insert(keyOf(X->id));
    else if (auto *A = dyn_cast<Attribute>(N))
      names.insert(keyOf(A->attr));
    else if (auto *K = dyn_cast<Constant>(N);
             K && K->value.kind == ConstantValue::Kind::Str)
      names.insert(llvm::StringRef(K->value.text.data, K->value.text.size));
    else if (auto *I = dyn_cast<ImportFrom>(N))
      for (Alias *A : I->names)
        names.insert(keyOf(A->name));
    if (units) {
      if (auto *F = dyn_cast<FunctionDef>(N)) {
        units->push_back({F, {keyOf(F->name)}, className});
        for (Expr *D : F->decorator_list)
          walk(D);
        walk(F->args);
        if (F->returns)
          walk(F->returns);
        return;
      }
      std::vector<llvm::StringRef> Targets;
      if (assignedNames(N, Targets)) {
        units->push_back({cast<Assign>(N)->value, Targets, className});
        return;
      }
      if (auto *C = dyn_cast<ClassDef>(N)) {
        units->push_back({C, {keyOf(C->name)}, className});
        return;
      }
    }
    visitFields(N, *this);
  }
};

bool isNeeded(const Unit &U, const llvm::StringSet<> &Names) {
  for (llvm::StringRef N : U.names) {
    // A class's special methods go with the class: many are named only in
    // strings (getattr(x, "__eq__")), for whichever class x is.
    if (isDunderName(N) && !U.className.empty()) {
      if (Names.contains(U.className))
        return true;
    } else if (Names.contains(N)) {
      return true;
    }
  }
  return false;
}

/// The def of the outermost function scope around S, or null when S is
/// (in) a module or class body's own code.
const Node *outermostFunction(const Scope *S) {
  const Node *Outer = nullptr;
  for (; S; S = S->parent)
    if (S->isFunctionLike())
      Outer = S->node;
  return Outer;
}

} // namespace

void Program::findColdFunctions() {
  llvm::StringSet<> Names;
  std::vector<Unit> Units;
  bool AnyLibrary = false;
  for (auto &M : units) {
    NameCollector C(Names);
    if (M->isLibrary) {
      C.units = &Units;
      AnyLibrary = true;
    }
    C.walk(M->ast);
  }
  if (!AnyLibrary)
    return;
  for (bool Changed = true; Changed;) {
    Changed = false;
    // A needed class adds the units of its body: iterate by index.
    for (size_t I = 0; I < Units.size(); ++I) {
      if (Units[I].hot || !isNeeded(Units[I], Names))
        continue;
      Units[I].hot = Changed = true;
      Node *N = Units[I].node;
      NameCollector C(Names);
      if (auto *F = dyn_cast<FunctionDef>(N)) {
        for (Stmt *S : F->body)
          C.walk(S);
      } else if (auto *K = dyn_cast<ClassDef>(N)) {
        for (Expr *E : K->decorator_list)
          C.walk(E);
        for (Expr *E : K->bases)
          C.walk(E);
        for (Keyword *E : K->keywords)
          C.walk(E);
        C.units = &Units;
        C.className = keyOf(K->name);
        for (Stmt *S : K->body)
          C.walk(S);
      } else {
        C.walk(N);
      }
    }
  }
  llvm::DenseSet<const Node *> Hot;
  for (const Unit &U : Units)
    if (U.hot && isa<FunctionDef>(U.node))
      Hot.insert(U.node);
  for (auto &F : functionInfos) {
    if (!F->module->isLibrary)
      continue;
    const Node *Outer = outermostFunction(F->scope);
    // Lambdas and generator expressions of import-time code stay hot:
    // they are small and usually called by the module's functions.
    F->cold = !Outer || (isa<FunctionDef>(Outer) && !Hot.count(Outer));
  }
}
