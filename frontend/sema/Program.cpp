//===- Program.cpp - loading modules and resolving variables --------------===//
//
// Loading follows Python's import resolution for a script: absolute
// imports are searched in the main script's directory (sys.path[0]), then
// in the library directories (adder's standard library written in Python,
// lib/python), a module is `name.py` or a package `name/__init__.py`, and
// relative imports
// resolve against the importing module's package. Modules the runtime
// provides (math, sys...) are not loaded from disk. An import that finds
// nothing is not an error here: it raises ModuleNotFoundError at run time,
// as the program may catch it.
//
//===----------------------------------------------------------------------===//

#include "adder/sema/Program.h"
#include "adder/frontend/ASTWalk.h"
#include "adder/frontend/HostParse.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace adder;
using namespace adder::ast;
using namespace adder::sema;

namespace {
#define GET_BUILTINS
#include "adder/Builtins.inc"
} // namespace

const BuiltinInfo *adder::sema::findBuiltin(llvm::StringRef Module,
                                            llvm::StringRef Name) {
  for (const BuiltinInfo &B : BuiltinTable)
    if (Module == B.module && Name == B.name)
      return &B;
  return nullptr;
}

llvm::ArrayRef<BuiltinInfo> adder::sema::allBuiltins() { return BuiltinTable; }

bool adder::sema::isRuntimeModule(llvm::StringRef Name) {
  const BuiltinInfo *B = findBuiltin("", Name);
  return B && llvm::StringRef(B->kind) == "module";
}

namespace {
const RuntimeFunctionInfo RuntimeFunctions[] = {
#define GET_RUNTIME_FUNCTIONS
#include "adder/Builtins.inc"
};
} // namespace

llvm::ArrayRef<RuntimeFunctionInfo> adder::sema::allRuntimeFunctions() {
  return RuntimeFunctions;
}

const RuntimeFunctionInfo *
adder::sema::findRuntimeFunction(llvm::StringRef Name) {
  for (const RuntimeFunctionInfo &F : RuntimeFunctions)
    if (Name == F.name)
      return &F;
  return nullptr;
}

bool adder::sema::resolveImportName(const ModuleUnit &M, int Level,
                                    llvm::StringRef Name, std::string &Out,
                                    std::string &Error) {
  if (Level == 0) {
    Out = Name.str();
    return true;
  }
  // __package__: the package itself for __init__, else its parent; the
  // main script has none.
  llvm::StringRef Package = M.name;
  if (M.name == "__main__")
    Package = "";
  else if (!M.isPackage)
    Package = Package.contains('.') ? Package.rsplit('.').first : "";
  if (Package.empty()) {
    Error = "attempted relative import with no known parent package";
    return false;
  }
  for (int I = 1; I < Level; ++I) {
    size_t Dot = Package.rfind('.');
    if (Dot == llvm::StringRef::npos) {
      Error = "attempted relative import beyond top-level package";
      return false;
    }
    Package = Package.substr(0, Dot);
  }
  Out = Name.empty() ? Package.str() : (Package + "." + Name).str();
  return true;
}

Program::Program() : astArena(hostChunkSource(), 1 << 20) {}
Program::~Program() = default;

ModuleUnit *Program::findModule(llvm::StringRef Name) const {
  for (auto &M : units)
    if (M->name == Name)
      return M.get();
  return nullptr;
}

namespace {

struct ImportWalker : ChildWalker<ImportWalker> {
  const ModuleUnit &M;
  std::vector<std::string> &Out;
  bool StarImport = false;
  void walk(Node *N) {
    if (auto *I = dyn_cast<Import>(N)) {
      for (Alias *A : I->names) {
        llvm::StringRef Name(A->name.data, A->name.size);
        // `import a.b.c` imports a, a.b and a.b.c.
        for (size_t Dot = Name.find('.'); Dot != llvm::StringRef::npos;
             Dot = Name.find('.', Dot + 1))
          Out.push_back(Name.substr(0, Dot).str());
        Out.push_back(Name.str());
      }
      return;
    }
    if (auto *I = dyn_cast<ImportFrom>(N)) {
      if (isFutureImport(I))
        return; // a compiler directive (Future.cpp)
      std::string Full, Error;
      if (!resolveImportName(M, I->level, keyOf(I->module), Full, Error))
        return; // ImportError at run time
      llvm::StringRef F(Full);
      for (size_t Dot = F.find('.'); Dot != llvm::StringRef::npos;
           Dot = F.find('.', Dot + 1))
        Out.push_back(F.substr(0, Dot).str());
      Out.push_back(Full);
      // `from pkg import sub` may name a submodule.
      for (Alias *A : I->names)
        if (!A->name.is("*"))
          Out.push_back(Full + "." + keyOf(A->name).str());
        else
          StarImport = true;
      return;
    }
    visitFields(N, *this);
  }
};

/// Collects the module names a module imports (anywhere in it), resolved
/// to absolute names; true if it has a star import.
bool collectImports(const ModuleUnit &M, Node *N,
                    std::vector<std::string> &Out) {
  ImportWalker W{{}, M, Out};
  W.walk(N);
  return W.StarImport;
}

std::string irNameFor(const std::string &Module, const std::string &Qual) {
  std::string Out = Module + "." + Qual;
  for (char &C : Out)
    if (!isalnum(static_cast<unsigned char>(C)) && C != '.' && C != '_')
      C = '_';
  return Out;
}

/// The source of the builtins module, made from the builtins table: each
/// builtin name bound to itself (`abs = abs`), so that `import builtins`,
/// `builtins.len` and getattr(builtins, name) work. A program's bare
/// builtin names are bound at compile time, so assigning builtins.len does
/// not change what `len` means elsewhere (docs/Compatibility.md).
std::string builtinsModuleSource() {
  std::string S = "# The builtins module, made by adder from its builtins "
                  "table (runtime/Builtins.td).\n";
  for (const BuiltinInfo &B : allBuiltins()) {
    llvm::StringRef Kind(B.kind), Name(B.name);
    if (*B.module || Kind == "module" || Name == "None")
      continue;
    S += (Name + " = " + Name + "\n").str();
  }
  for (const char *Keyword : {"None", "True", "False"})
    S += std::string("globals()[\"") + Keyword + "\"] = " + Keyword + "\n";
  return S;
}

} // namespace

bool Program::loadModule(const std::string &Name, const std::string &Path,
                         CompileError &Err, bool InLibrary) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false);
  if (!Buf) {
    Err = {Path, 0, 0, Buf.getError().message()};
    return false;
  }
  return loadModuleSource(Name, Path, (*Buf)->getBuffer().str(), Err,
                          InLibrary);
}

bool Program::loadModuleSource(const std::string &Name,
                               const std::string &Path, std::string Bytes,
                               CompileError &Err, bool InLibrary) {
  units.push_back(std::make_unique<ModuleUnit>());
  ModuleUnit &M = *units.back();
  M.name = Name;
  M.path = Path;
  M.isLibrary = InLibrary;
  M.bytes = std::move(Bytes);
  Diagnostic D;
  if (!decodeSource(M.bytes.data(), M.bytes.size(), astArena, M.source, D)) {
    Err = {Path, D.line, D.col, D.message};
    return false;
  }
  ParseResult R = parse(M.source, astArena, hostParseOptions());
  if (!R.module) {
    Err = {Path, R.error.line,
           characterColumn(M.source, R.error.line, R.error.col),
           R.error.message};
    return false;
  }
  M.ast = cast<Module>(R.module);
  manglePrivateNames(M.ast, astArena, M.scopes.unmangledNames);
  ScopeError SE;
  if (!M.scopes.build(M.ast, SE) || !checkFutureImports(M, SE)) {
    Err = {Path, SE.line, characterColumn(M.source, SE.line, SE.col),
           SE.message};
    return false;
  }
  createFunctionInfos(M, M.scopes.module());
  // Load the user modules it imports, found next to the main script.
  M.isPackage = llvm::sys::path::filename(Path) == "__init__.py";
  std::vector<std::string> Imports;
  M.hasStarImport = collectImports(M, M.ast, Imports);
  for (const std::string &Imp : Imports) {
    if (findModule(Imp) || isRuntimeModule(Imp))
      continue;
    // Built in, as in CPython: a builtins.py of the program's does not
    // replace it.
    if (Imp == "builtins") {
      if (!loadModuleSource(Imp, "<builtins>", builtinsModuleSource(), Err,
                            /*InLibrary=*/true))
        return false;
      continue;
    }
    bool InLibrary = false;
    std::string Found = findModuleFile(Imp, InLibrary);
    if (Found.empty())
      continue; // ModuleNotFoundError at run time
    if (!loadModule(Imp, Found, Err, InLibrary))
      return false;
  }
  return true;
}

std::string Program::findModuleFile(llvm::StringRef Name,
                                    bool &InLibrary) const {
  std::string Root = llvm::sys::path::parent_path(units[0]->path).str();
  std::vector<std::string> Dirs{Root.empty() ? "." : Root};
  Dirs.insert(Dirs.end(), libraryDirs.begin(), libraryDirs.end());
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, '.');
  for (const std::string &Dir : Dirs) {
    InLibrary = &Dir != &Dirs.front();
    llvm::SmallString<256> Base(Dir);
    for (llvm::StringRef P : Parts)
      llvm::sys::path::append(Base, P);
    llvm::SmallString<256> File(Base);
    File += ".py";
    if (llvm::sys::fs::is_regular_file(File))
      return File.str().str();
    llvm::SmallString<256> Init(Base);
    llvm::sys::path::append(Init, "__init__.py");
    if (llvm::sys::fs::is_regular_file(Init))
      return Init.str().str();
  }
  return "";
}

void Program::createFunctionInfos(ModuleUnit &M, Scope *S) {
  if (S->kind != ScopeKind::Class) {
    functionInfos.push_back(std::make_unique<FunctionInfo>());
    FunctionInfo *F = functionInfos.back().get();
    F->scope = S;
    F->module = &M;
    F->node = S->node;
    F->qualname = S->qualname;
    F->returnType = typeContext.unknown();
    static unsigned Unique = 0;
    F->irName = irNameFor(M.name, S->kind == ScopeKind::Module
                                      ? "<module>"
                                      : S->qualname + "#" +
                                            std::to_string(Unique++));
    if (auto *D = dyn_cast<FunctionDef>(S->node))
      F->args = D->args;
    else if (auto *D = dyn_cast<AsyncFunctionDef>(S->node))
      F->args = D->args;
    else if (auto *L = dyn_cast<Lambda>(S->node))
      F->args = L->args;
    // A generator expression is a function of one parameter, the iterator
    // of its first iterable (CPython names it ".0").
    if (isa<GeneratorExp>(S->node)) {
      static const char Iterator[] = ".0";
      F->paramNames.push_back(Identifier{Iterator, 2});
    }
    if (F->args) {
      Arguments *A = F->args;
      for (Arg *P : A->posonlyargs)
        F->paramNames.push_back(P->arg);
      for (Arg *P : A->args)
        F->paramNames.push_back(P->arg);
      if (A->vararg)
        F->paramNames.push_back(A->vararg->arg);
      for (Arg *P : A->kwonlyargs)
        F->paramNames.push_back(P->arg);
      if (A->kwarg)
        F->paramNames.push_back(A->kwarg->arg);
    }
    functionsByScope[S] = F;
    if (S->kind == ScopeKind::Module)
      M.body = F;
  }
  for (Scope *C : S->children)
    createFunctionInfos(M, C);
}

bool Program::load(const std::string &MainPath, CompileError &Err) {
  return loadModule("__main__", MainPath, Err);
}

Scope *Program::ownerOf(Scope *S, Identifier Name) {
  Symbol *Sym = S->find(Name);
  Scope *Module = S;
  while (Module->parent)
    Module = Module->parent;
  if (!Sym)
    return Module;
  switch (Sym->binding) {
  case Binding::Local:
  case Binding::Cell:
    return S;
  case Binding::Free:
    for (Scope *P = S->parent; P; P = P->parent) {
      // The implicit __class__ cell of a class body (super()).
      if (P->kind == ScopeKind::Class && keyOf(Name) == "__class__")
        if (Symbol *D = P->find(Name))
          if (D->binding == Binding::Cell)
            return P;
      if (P->kind == ScopeKind::Class || P->kind == ScopeKind::Module)
        continue;
      if (Symbol *D = P->find(Name))
        if (D->binding == Binding::Local || D->binding == Binding::Cell)
          return P;
    }
    return Module;
  default:
    return Module;
  }
}

VarInfo &Program::var(Scope *S, Identifier Name) {
  Scope *Owner = ownerOf(S, Name);
  return vars[{Owner, keyOf(Name)}];
}
