//===- Scopes.h - scope analysis (CPython's symtable rules) -----*- C++ -*-===//
//
// Decides, for every name in every scope, where it lives: a function
// local, a module global, a cell shared with nested functions, a free
// variable of a closure, or a builtin. The rules are CPython's symtable:
// binding makes a name local unless declared global/nonlocal; a name used
// but not bound resolves to the nearest enclosing function scope that binds
// it (class scopes are skipped), else to a global or builtin. Comprehensions
// and lambdas are function scopes; a walrus in a comprehension binds in the
// enclosing function. Errors CPython's compiler reports here ('return'
// outside function, nonlocal without a binding...) are reported too.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SEMA_SCOPES_H
#define ADDER_SEMA_SCOPES_H

#include "adder/frontend/AST.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>
#include <vector>

namespace adder::sema {

enum class ScopeKind : uint8_t { Module, Function, Class, Lambda, Comprehension };

enum class Binding : uint8_t {
  Unresolved,
  Local,   // a local of this function (or a class-body local)
  Cell,    // a local captured by a nested function
  Free,    // a variable of an enclosing function (through the closure)
  Global,  // a module global (module-level names, `global` declarations)
  Builtin, // not bound anywhere: a builtin, or NameError at run time
};

enum SymbolFlags : uint16_t {
  SymAssigned = 1 << 0,   // bound in this scope (assignment, def, import...)
  SymParam = 1 << 1,
  SymGlobalDecl = 1 << 2, // `global x`
  SymNonlocalDecl = 1 << 3,
  SymUsed = 1 << 4,
  SymImported = 1 << 5,
  SymDeleted = 1 << 6,
  SymAnnotated = 1 << 7,
};

/// Symbols are keyed by name contents (identifiers from different modules,
/// or the `a` of `import a.b`, are not the same interned pointer).
using NameKey = llvm::StringRef;
inline NameKey keyOf(ast::Identifier Name) {
  return llvm::StringRef(Name.data, Name.size);
}

/// A special name: `__init__`, `__add__`, `__all__`...
inline bool isDunderName(llvm::StringRef N) {
  return N.size() > 4 && N.starts_with("__") && N.ends_with("__");
}

/// `__annotations__`, the dict a module or class body stores the
/// annotations of its simple names in.
inline ast::Identifier annotationsName() {
  static const char Name[] = "__annotations__";
  return ast::Identifier{Name, sizeof(Name) - 1};
}

struct Symbol {
  ast::Identifier name;
  uint16_t flags = 0;
  Binding binding = Binding::Unresolved;
};

struct Scope {
  ScopeKind kind;
  const ast::Node *node;  // Module, FunctionDef, ClassDef, Lambda, *Comp
  Scope *parent = nullptr;
  std::string name;       // "f", "<lambda>", "<listcomp>", "<module>"
  std::string qualname;   // "A.f.<locals>.g"
  llvm::MapVector<NameKey, Symbol> symbols;
  std::vector<Scope *> children;
  /// Free variables (from enclosing scopes) and cell variables (captured
  /// by nested scopes), each in a fixed order: closures are tuples of
  /// cells in freeVars order.
  std::vector<ast::Identifier> freeVars, cellVars;
  bool isGenerator = false;    // contains yield
  bool isAsync = false;
  bool usesDynamicNames = false; // calls locals()/globals()/vars()/eval...
  bool needsClassCell = false;   // uses super() or __class__
  bool hasAnnotations = false;   // module or class body with `name: ann`

  Symbol *find(ast::Identifier Name) {
    auto It = symbols.find(keyOf(Name));
    return It == symbols.end() ? nullptr : &It->second;
  }
  /// Function-like scopes (have locals, can be closures).
  bool isFunctionLike() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
           kind == ScopeKind::Comprehension;
  }
};

/// A compile error found by scope analysis.
struct ScopeError {
  uint32_t line = 0, col = 0;
  std::string message;
};

/// The scopes of one module, with lookup from AST nodes.
class ScopeTree {
public:
  Scope *module() const { return root; }
  Scope *scopeOf(const ast::Node *N) const {
    auto It = byNode.find(N);
    return It == byNode.end() ? nullptr : It->second;
  }
  const std::vector<std::unique_ptr<Scope>> &all() const { return scopes; }
  /// The own names (__name__) of functions and classes whose binding
  /// name manglePrivateNames rewrote.
  llvm::DenseMap<const ast::Node *, ast::Identifier> unmangledNames;

  /// Builds the tree for a parsed module. Returns false with Err set on a
  /// compile-time error.
  bool build(ast::Module *M, ScopeError &Err);

private:
  friend class ScopeBuilder;
  Scope *root = nullptr;
  std::vector<std::unique_ptr<Scope>> scopes;
  llvm::DenseMap<const ast::Node *, Scope *> byNode;
};

/// CPython's private name mangling (Mangle.cpp): rewrites __spam to
/// _Class__spam in class bodies and the functions nested in them, in
/// place, before scope analysis; new names are allocated in A.
void manglePrivateNames(
    ast::Module *M, Arena &A,
    llvm::DenseMap<const ast::Node *, ast::Identifier> &Unmangled);

} // namespace adder::sema

#endif
