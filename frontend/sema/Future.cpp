//===- Future.cpp - `from __future__ import` statements -------------------===//
//
// A future statement is a directive to the compiler, not an import: it
// must come first in the module (after the docstring and other future
// statements) and name a feature CPython 3.11 knows. Every feature but
// `annotations` is already mandatory in 3.11 and changes nothing;
// `annotations` makes function annotations strings that are never
// evaluated (PEP 563). irgen emits no code for the statement.
//
//===----------------------------------------------------------------------===//

#include "adder/frontend/ASTWalk.h"
#include "adder/sema/Program.h"

using namespace adder;
using namespace adder::ast;
using namespace adder::sema;

bool adder::sema::isFutureImport(const ImportFrom *I) {
  return I->level == 0 && keyOf(I->module) == "__future__";
}

namespace {

bool fail(const Node *N, std::string Message, ScopeError &E) {
  E.line = N->line;
  E.col = N->col;
  E.message = std::move(Message);
  return false;
}

bool isDocstring(const Stmt *S) {
  auto *E = dyn_cast<ExprStmt>(const_cast<Stmt *>(S));
  auto *C = E ? dyn_cast<Constant>(E->value) : nullptr;
  return C && C->value.kind == ConstantValue::Kind::Str;
}

/// Finds future statements below the module's top level.
struct NestedFutureFinder : ChildWalker<NestedFutureFinder> {
  const ImportFrom *found = nullptr;
  void walk(Node *N) {
    if (found)
      return;
    if (auto *I = dyn_cast<ImportFrom>(N); I && isFutureImport(I)) {
      found = I;
      return;
    }
    visitFields(N, *this);
  }
};

} // namespace

bool adder::sema::checkFutureImports(ModuleUnit &M, ScopeError &E) {
  static const char *const Features[] = {
      "nested_scopes",  "generators",       "division",
      "absolute_import", "with_statement",  "print_function",
      "unicode_literals", "barry_as_FLUFL", "generator_stop",
      "annotations"};
  const char *Misplaced =
      "from __future__ imports must occur at the beginning of the file";
  bool Leading = true;
  for (size_t Index = 0; Index < M.ast->body.size; ++Index) {
    Stmt *S = M.ast->body[Index];
    auto *I = dyn_cast<ImportFrom>(S);
    if (!I || !isFutureImport(I)) {
      if (!(Index == 0 && isDocstring(S))) {
        Leading = false;
        NestedFutureFinder F;
        F.walk(S);
        if (F.found)
          return fail(F.found, Misplaced, E);
      }
      continue;
    }
    if (!Leading)
      return fail(I, Misplaced, E);
    for (Alias *A : I->names) {
      llvm::StringRef Name = keyOf(A->name);
      if (Name == "braces")
        return fail(I, "not a chance", E);
      if (llvm::find(Features, Name) == std::end(Features))
        return fail(I, "future feature " + Name.str() + " is not defined", E);
      // It turns `!=` into `<>`: a different grammar.
      if (Name == "barry_as_FLUFL")
        return fail(I,
                    "from __future__ import barry_as_FLUFL is not supported "
                    "by adder yet",
                    E);
      if (Name == "annotations")
        M.futureAnnotations = true;
    }
  }
  return true;
}
