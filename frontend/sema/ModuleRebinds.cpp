//===- ModuleRebinds.cpp - runtime module attributes a program replaces ---===//
//
// Sema binds `math.sqrt(x)` to the runtime's typed sqrt and folds
// `math.pi` to a constant. A program may replace such an attribute
// (`math.sqrt = my_sqrt`, `setattr(math, "pi", 3)`, `del math.tau`); every
// later `math.sqrt` must then see the new value, so those names stay
// dynamic attribute reads. The search is syntactic and errs on the side
// of dynamic: any store to an attribute of a name some `import` bound to a
// runtime module counts, whatever the name holds at that point.
//
//===----------------------------------------------------------------------===//

#include "adder/frontend/ASTWalk.h"
#include "adder/sema/Program.h"

#include "llvm/ADT/StringMap.h"

using namespace adder;
using namespace adder::ast;
using namespace adder::sema;

namespace {

/// The names `import m` / `import m as n` bind to runtime modules.
struct ImportAliases : ChildWalker<ImportAliases> {
  llvm::StringMap<std::string> aliases;
  void walk(Node *N) {
    if (auto *I = dyn_cast<Import>(N))
      for (Alias *A : I->names) {
        llvm::StringRef Name = keyOf(A->name);
        if (!Name.contains('.') && isRuntimeModule(Name))
          aliases[A->asname.present() ? keyOf(A->asname) : Name] = Name.str();
      }
    visitFields(N, *this);
  }
};

struct StoreFinder : ChildWalker<StoreFinder> {
  const llvm::StringMap<std::string> &aliases;
  llvm::StringSet<> &rebound;
  StoreFinder(const llvm::StringMap<std::string> &A, llvm::StringSet<> &R)
      : aliases(A), rebound(R) {}

  void note(Expr *Module, llvm::StringRef Attr) {
    auto *N = dyn_cast<Name>(Module);
    if (!N)
      return;
    auto It = aliases.find(keyOf(N->id));
    if (It != aliases.end())
      rebound.insert(It->second + "." + Attr.str());
  }

  void walk(Node *N) {
    if (auto *A = dyn_cast<Attribute>(N); A && A->ctx != ExprContext::Load)
      note(A->value, keyOf(A->attr));
    if (auto *C = dyn_cast<Call>(N))
      if (auto *F = dyn_cast<Name>(C->func);
          F && (keyOf(F->id) == "setattr" || keyOf(F->id) == "delattr") &&
          C->args.size >= 2)
        if (auto *K = dyn_cast<Constant>(C->args[1]);
            K && K->value.kind == ConstantValue::Kind::Str)
          note(C->args[0], llvm::StringRef(K->value.text.data,
                                           K->value.text.size));
    visitFields(N, *this);
  }
};

} // namespace

void Program::findReboundModuleAttributes() {
  for (auto &M : units) {
    ImportAliases Aliases;
    Aliases.walk(M->ast);
    if (Aliases.aliases.empty())
      continue;
    StoreFinder Finder(Aliases.aliases, reboundModuleAttrs);
    Finder.walk(M->ast);
  }
}

bool Program::isRebound(llvm::StringRef Module, llvm::StringRef Attr) const {
  return !reboundModuleAttrs.empty() &&
         reboundModuleAttrs.contains((Module.str() + "." + Attr.str()));
}
