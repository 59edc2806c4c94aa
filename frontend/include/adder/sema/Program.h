//===- Program.h - the whole program as sema sees it ------------*- C++ -*-===//
//
// adder compiles a program, not a file: the main script and every user
// module it imports are parsed, scoped and typed together, which is what
// lets inference follow values across calls and modules (DESIGN.md
// decision 9). Program owns the modules' sources and ASTs, the scope
// trees, one FunctionInfo per function-like scope and one VarInfo per
// variable, and runs the inference fixpoint.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SEMA_PROGRAM_H
#define ADDER_SEMA_PROGRAM_H

#include "adder/frontend/Parser.h"
#include "adder/sema/Scopes.h"
#include "adder/sema/Types.h"
#include "adder/support/Arena.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <memory>
#include <string>
#include <vector>

namespace adder::sema {

/// A builtin function, type, constant or runtime module member, described
/// in runtime/Builtins.td.
struct BuiltinSig {
  const char *args;   // comma-separated argument kinds ("int,int", "*", "...")
  const char *result; // a type name, "arg0", "elem0"
  const char *fast;   // runtime ABI function for these argument types, or ""
};
struct BuiltinInfo {
  const char *module; // "" for builtins, else "math", "sys", ...
  const char *name;
  const char *symbol; // the runtime object (function, type), or ""
  const char *kind;   // "function", "type", "constant", "module"
  const char *constType;  // for constants: their type
  const char *constValue; // for constants: their value (literal text)
  const BuiltinSig *sigs;
  unsigned numSigs;
};
/// Looks up a builtin (Module "" for the builtins module).
const BuiltinInfo *findBuiltin(llvm::StringRef Module, llvm::StringRef Name);
/// Every builtin, runtime module member and runtime module.
llvm::ArrayRef<BuiltinInfo> allBuiltins();
/// Is Name a runtime-provided module (math, sys, time...)?
bool isRuntimeModule(llvm::StringRef Name);

/// A runtime ABI function (runtime/Builtins.td): how the backend declares
/// it and how it reports errors.
enum class AbiError : uint8_t {
  None,
  ZeroResult,
  NegativeResult,
  NaNResult,
  Pending
};
struct RuntimeFunctionInfo {
  const char *name;
  const char *result;     // "word", "double", "i1", "i32", "i64", "size", "void"
  const char *params;     // comma-separated, same vocabulary plus "ptr"
  AbiError error;
};
const RuntimeFunctionInfo *findRuntimeFunction(llvm::StringRef Name);
llvm::ArrayRef<RuntimeFunctionInfo> allRuntimeFunctions();

struct VarInfo {
  const Ty *type = nullptr;
};

struct FunctionInfo {
  Scope *scope = nullptr;
  ModuleUnit *module = nullptr;
  const ast::Node *node = nullptr; // FunctionDef, Lambda, comprehension
  ast::Arguments *args = nullptr;  // null for comprehensions
  std::string qualname;
  std::string irName;
  /// Parameters in slot order (positional, *args, keyword-only, **kwargs).
  std::vector<ast::Identifier> paramNames;
  const Ty *returnType = nullptr;
  /// Called through a function object somewhere (its parameters are then
  /// object: any caller may pass anything).
  bool escaped = false;
  /// Has a generic entry and a function object.
  bool needsObject = true;
  /// A library function the program cannot reach by name, compiled
  /// without optimization (ColdFunctions.cpp).
  bool cold = false;
};

struct ModuleUnit {
  std::string name; // "__main__", "pkg.mod"
  std::string path;
  std::string bytes; // the file as read
  SourceText source;
  ast::Module *ast = nullptr;
  ScopeTree scopes;
  FunctionInfo *body = nullptr; // the module's top-level code
  /// Names of the module's global slots.
  std::vector<std::string> slots;
  /// A package's __init__.py (relative imports start at the package).
  bool isPackage = false;
  /// Has `from m import *`: any global may be rebound by name at run time.
  bool hasStarImport = false;
  /// `from __future__ import annotations`: annotations stay strings.
  bool futureAnnotations = false;
  /// Found in a library directory (adder's standard library), not next to
  /// the program.
  bool isLibrary = false;
};

/// Whether I is a future statement (`from __future__ import ...`).
bool isFutureImport(const ast::ImportFrom *I);
/// Checks M's future statements as CPython's compiler does (placement,
/// known features) and records the features M uses; false with E set.
bool checkFutureImports(ModuleUnit &M, ScopeError &E);

/// The fixed slot layout sema gives a class statement (Layouts.cpp,
/// DESIGN.md decision 10): the instance attributes its methods assign on
/// `self`, after those of its base class's layout.
struct ClassLayoutInfo {
  const ClassLayoutInfo *base = nullptr;
  std::vector<std::string> names; // every slot, the base's first
  /// The IR's layout.ref key: each level's names comma-separated, the
  /// levels (base first) separated by `;`.
  std::string key;
  int indexOf(llvm::StringRef Name) const;
};

/// The absolute module name of `from <Level dots><Name> import ...` in M,
/// as CPython's importlib._bootstrap._resolve_name computes it. False with
/// CPython's ImportError message when the import leaves the packages.
bool resolveImportName(const ModuleUnit &M, int Level, llvm::StringRef Name,
                       std::string &Out, std::string &Error);

/// A compile error with its place.
struct CompileError {
  std::string file;
  uint32_t line = 0, col = 0;
  std::string message;
};

class Program {
public:
  Program();
  ~Program();

  /// Parses and scopes the main file and, recursively, the user modules it
  /// imports (found next to the main file, then in the library
  /// directories). Returns false with Err set.
  bool load(const std::string &MainPath, CompileError &Err);
  /// Directories searched for modules after the main file's: adder's
  /// standard library written in Python.
  void setLibraryDirs(std::vector<std::string> Dirs) {
    libraryDirs = std::move(Dirs);
  }
  /// Runs type inference to its fixpoint.
  bool infer(CompileError &Err);

  TypeContext &types() { return typeContext; }
  const std::vector<std::unique_ptr<ModuleUnit>> &modules() const {
    return units;
  }
  ModuleUnit *mainModule() const { return units.empty() ? nullptr : units[0].get(); }
  ModuleUnit *findModule(llvm::StringRef Name) const;

  FunctionInfo *functionOf(const Scope *S) const {
    auto It = functionsByScope.find(S);
    return It == functionsByScope.end() ? nullptr : It->second;
  }
  const std::vector<std::unique_ptr<FunctionInfo>> &functions() const {
    return functionInfos;
  }
  /// The variable a name refers to from scope S (following cells, free
  /// variables and globals to the scope that owns it).
  VarInfo &var(Scope *S, ast::Identifier Name);
  /// The scope that owns the variable Name as seen from S.
  Scope *ownerOf(Scope *S, ast::Identifier Name);
  /// The type inferred for an expression (valid after infer()).
  const Ty *typeOf(const ast::Expr *E) const {
    auto It = exprTypes.find(E);
    return It == exprTypes.end() ? typeContext.object() : It->second;
  }
  void setType(const ast::Expr *E, const Ty *T) { exprTypes[E] = T; }

  /// Computes every class statement's fixed slot layout (after load()).
  void computeLayouts();
  /// Finds the runtime module attributes the program replaces
  /// (ModuleRebinds.cpp); those are read dynamically, never folded.
  void findReboundModuleAttributes();
  /// Marks the library functions the program cannot reach by name as cold
  /// (ColdFunctions.cpp).
  void findColdFunctions();
  bool isRebound(llvm::StringRef Module, llvm::StringRef Attr) const;
  /// The layout of a class statement, or null.
  const ClassLayoutInfo *layoutOf(const ast::ClassDef *C) const {
    auto It = layouts.find(C);
    return It == layouts.end() ? nullptr : It->second;
  }
  /// The layout of a method's `self` (its first parameter), or null.
  const ClassLayoutInfo *selfLayoutOf(const FunctionInfo *F) const {
    auto It = selfLayouts.find(F);
    return It == selfLayouts.end() ? nullptr : It->second;
  }
  /// Is Name a fixed slot of some class's layout?
  bool isSlotName(llvm::StringRef Name) const {
    return slotNames.count(Name) != 0;
  }

  Arena &arena() { return astArena; }

private:
  bool loadModule(const std::string &Name, const std::string &Path,
                  CompileError &Err, bool InLibrary = false);
  /// loadModule of Bytes, the module's source text, read from Path.
  bool loadModuleSource(const std::string &Name, const std::string &Path,
                        std::string Bytes, CompileError &Err, bool InLibrary);
  void createFunctionInfos(ModuleUnit &M, Scope *S);
  ast::ClassDef *resolveBaseClass(ModuleUnit &M, ast::Expr *Base);
  const ClassLayoutInfo *computeLayout(ModuleUnit &M, ast::ClassDef *C,
                                       unsigned Depth);

  Arena astArena;
  TypeContext typeContext;
  std::vector<std::unique_ptr<ModuleUnit>> units;
  std::vector<std::string> libraryDirs;
  /// The file of module Name: Name.py or Name/__init__.py in the main
  /// file's directory or a library directory (then InLibrary is set);
  /// empty if none.
  std::string findModuleFile(llvm::StringRef Name, bool &InLibrary) const;
  std::vector<std::unique_ptr<FunctionInfo>> functionInfos;
  llvm::DenseMap<const Scope *, FunctionInfo *> functionsByScope;
  llvm::DenseMap<std::pair<const Scope *, llvm::StringRef>, VarInfo> vars;
  llvm::DenseMap<const ast::Expr *, const Ty *> exprTypes;
  std::vector<std::unique_ptr<ClassLayoutInfo>> layoutStorage;
  llvm::StringSet<> reboundModuleAttrs; // "math.sqrt"
  llvm::DenseMap<const ast::ClassDef *, const ClassLayoutInfo *> layouts;
  llvm::DenseMap<const FunctionInfo *, const ClassLayoutInfo *> selfLayouts;
  llvm::DenseMap<const ast::ClassDef *, ModuleUnit *> classModule;
  llvm::DenseMap<const ModuleUnit *, llvm::StringMap<ast::ClassDef *>>
      classesByName;
  llvm::StringSet<> slotNames;
  friend class Inference;
};

} // namespace adder::sema

#endif
