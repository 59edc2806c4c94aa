//===- IRGen.cpp - functions, variables, types and coercions --------------===//
//
// The frame of IR generation: one IR function per function-like scope
// (comprehensions are emitted inline in their enclosing function), their
// typed signatures from sema, the mapping of each Python variable to an IR
// local, a cell, a closure cell or a module slot, and the conversions
// between typed and boxed representations.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

#include "adder/frontend/HostParse.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"

using namespace adder;
using namespace adder::irgen;

//===----------------------------------------------------------------------===//
// Errors and emission
//===----------------------------------------------------------------------===//

void IRGen::errorAt(const Node *N, const std::string &Message) {
  if (failed)
    return;
  failed = true;
  error->file = fs && fs->module ? fs->module->path : "";
  error->line = N ? N->line : line;
  error->col = N && fs && fs->module
                   ? characterColumn(fs->module->source, N->line, N->col)
                   : 0;
  error->message = Message;
}

void IRGen::unsupported(const Node *N, const std::string &What) {
  errorAt(N, What + " is not supported by adder yet");
}

ir::Block *IRGen::newBlock(const char *Hint) {
  ir::Block *B = fs->fn->addBlock(std::string(Hint) + "." +
                                  std::to_string(fs->blocks++));
  B->handler = fs->handler;
  return B;
}

ir::Instr *IRGen::emit(Opcode Op, Type Result, llvm::ArrayRef<ir::Value *> Ops,
                       llvm::StringRef Attr) {
  auto I = std::make_unique<ir::Instr>(Op, Result);
  I->operands.append(Ops.begin(), Ops.end());
  I->attr = Attr.str();
  I->line = line;
  I->parent = fs->cur;
  ir::Instr *Raw = I.get();
  if (terminated()) {
    // Code after a return/raise/break: emit into a fresh unreachable block
    // so the IR stays well-formed.
    ir::Block *Dead = newBlock("dead");
    setBlock(Dead);
    I->parent = Dead;
  }
  fs->cur->instrs.push_back(std::move(I));
  return Raw;
}

void IRGen::br(ir::Block *To) {
  if (terminated())
    return;
  emit(Opcode::Br, Type::Void)->successors.push_back(To);
}

void IRGen::condBr(ir::Value *Cond, ir::Block *Then, ir::Block *Else) {
  ir::Instr *I = emit(Opcode::CondBr, Type::Void, {Cond});
  I->successors.push_back(Then);
  I->successors.push_back(Else);
}

ir::Value *IRGen::constInt(int64_t V) {
  return emit(Opcode::ConstInt, Type::Int, {}, std::to_string(V));
}

ir::Value *IRGen::rtCall(llvm::StringRef Fn, Type Result,
                         llvm::ArrayRef<ir::Value *> Args) {
  const sema::RuntimeFunctionInfo *Info = sema::findRuntimeFunction(Fn);
  ADDER_ASSERT(Info, "rt.call of a function missing from Builtins.td");
  llvm::SmallVector<llvm::StringRef, 6> Params;
  llvm::StringRef(Info->params).split(Params, ',', -1, false);
  llvm::SmallVector<ir::Value *, 6> Converted;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef P = I < Params.size() ? Params[I] : "word";
    ir::Value *A = Args[I];
    if (P == "word")
      A = toObject(A);
    else if (P == "double")
      A = coerce(A, Type::Float);
    else if (P == "i1")
      A = coerce(A, Type::Bool);
    Converted.push_back(A);
  }
  llvm::StringRef R = Info->result;
  Type T = R == "word"     ? Result
           : R == "double" ? Type::Float
           : R == "i1"     ? Type::Bool
           : R == "void"   ? Type::Void
                           : Type::I32;
  return emit(Opcode::RtCall, T, Converted, Fn);
}

ir::Value *IRGen::makeArray(llvm::ArrayRef<ir::Value *> Values) {
  llvm::SmallVector<ir::Value *, 8> Boxed;
  for (ir::Value *V : Values)
    Boxed.push_back(toObject(V));
  ir::Value *A =
      emit(Opcode::ArrayNew, Type::Ptr, {}, std::to_string(Values.size()));
  for (size_t I = 0; I < Boxed.size(); ++I)
    emit(Opcode::ArraySet, Type::Void, {A, Boxed[I]}, std::to_string(I));
  return A;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

Type IRGen::irType(const Ty *T) const {
  if (!T)
    return Type::Object;
  switch (T->kind) {
  case TyKind::None: return Type::None;
  case TyKind::Bool: return Type::Bool;
  case TyKind::Int: return Type::Int;
  case TyKind::Float: return Type::Float;
  case TyKind::Str: return Type::Str;
  case TyKind::List: return Type::List;
  case TyKind::Tuple: return Type::Tuple;
  default: return Type::Object;
  }
}

ir::Value *IRGen::coerce(ir::Value *V, Type To) {
  Type From = V->type;
  if (From == To)
    return V;
  // int is a word type, but a boxed bool is not an int word: convert.
  if (To == Type::Int && From == Type::Bool)
    return emit(Opcode::BoolToInt, Type::Int, {V});
  // A float unboxed from an object boxes back to that same object (floats
  // are immutable), keeping its identity: `nan in [nan]`.
  if (To == Type::Object && From == Type::Float &&
      V->kind == ir::Value::Kind::Instr) {
    auto *I = static_cast<ir::Instr *>(V);
    if (I->op == Opcode::UnboxFloat || I->op == Opcode::Narrow)
      return coerce(I->operands[0], To);
  }
  if (ir::isWord(To)) {
    if (From == Type::Float)
      V = emit(Opcode::BoxFloat, Type::Object, {V});
    else if (From == Type::Bool)
      V = emit(Opcode::BoxBool, Type::Object, {V});
    if (V->type == To)
      return V;
    ADDER_ASSERT(ir::isWord(V->type), "coercion of a non-word to a word");
    return emit(Opcode::Cast, To, {V});
  }
  if (To == Type::Float) {
    if (From == Type::Bool)
      V = emit(Opcode::BoolToInt, Type::Int, {V});
    if (V->type == Type::Int)
      return emit(Opcode::IntToFloat, Type::Float, {V});
    ADDER_ASSERT(ir::isWord(V->type), "bad coercion to float");
    return emit(Opcode::UnboxFloat, Type::Float, {V});
  }
  if (To == Type::Bool) {
    if (ir::isWord(From) && From != Type::Int) {
      ir::Value *True = emit(Opcode::BoxBool, Type::Object, {constBool(true)});
      return emit(Opcode::IsSame, Type::Bool, {V, True});
    }
    return truthy(V);
  }
  ADDER_UNREACHABLE("unsupported coercion");
}

ir::Value *IRGen::truthy(ir::Value *V) {
  switch (V->type) {
  case Type::Bool:
    return V;
  case Type::Int:
    return emit(Opcode::IntTruthy, Type::Bool, {V});
  case Type::Float:
    return emit(Opcode::FloatTruthy, Type::Bool, {V});
  case Type::None:
    return constBool(false);
  default:
    return emit(Opcode::ObjTruthy, Type::Bool, {toObject(V)});
  }
}

//===----------------------------------------------------------------------===//
// Variables
//===----------------------------------------------------------------------===//

std::string IRGen::newTemp(Type T) {
  std::string Name = "tmp." + std::to_string(fs->temps++);
  fs->tempLocals.insert(unsigned(fs->fn->locals.size()));
  fs->fn->locals.push_back({Name, T});
  return Name;
}

std::string IRGen::slotRef(const ModuleUnit *M, llvm::StringRef Name) {
  return M->name + ":" + Name.str();
}

ir::Value *IRGen::loadLocal(const std::string &Name) {
  int Index = fs->fn->findLocal(Name);
  ADDER_ASSERT(Index >= 0, "load of an undeclared local");
  Type T = fs->fn->locals[unsigned(Index)].type;
  if (!fs->boundHere.count(unsigned(Index)) &&
      !fs->tempLocals.count(unsigned(Index)))
    emit(Opcode::LocalCheck, Type::Void, {}, Name);
  fs->boundHere.insert(unsigned(Index));
  return emit(Opcode::LocalGet, T, {}, Name);
}

void IRGen::storeLocal(const std::string &Name, ir::Value *V) {
  int Index = fs->fn->findLocal(Name);
  ADDER_ASSERT(Index >= 0, "store to an undeclared local");
  Type T = fs->fn->locals[unsigned(Index)].type;
  emit(Opcode::LocalSet, Type::Void, {coerce(V, T)}, Name);
  fs->boundHere.insert(unsigned(Index));
}

std::string IRGen::localName(Identifier Name) {
  Scope *Owner = program.ownerOf(fs->scope, Name);
  auto It = fs->inlineScopes.find(Owner);
  std::string N(Name.data, Name.size);
  if (It != fs->inlineScopes.end())
    return It->second + N;
  return N;
}

ir::Value *IRGen::builtinValue(llvm::StringRef Name) {
  const sema::BuiltinInfo *B = sema::findBuiltin("", Name);
  if (!B)
    return nullptr;
  llvm::StringRef Kind = B->kind;
  if (Kind == "constant") {
    if (Name == "None")
      return constNone();
    return constRuntime(B->constValue);
  }
  if (!*B->symbol)
    return nullptr;
  return constRuntime(B->symbol);
}

ir::Value *IRGen::loadGlobal(const ModuleUnit *M, Identifier Name, Type Want) {
  llvm::StringRef N = sema::keyOf(Name);
  ir::PyModule *PM = pyModules.lookup(M);
  if (PM->findSlot(N) < 0) {
    // Not bound anywhere in the module: a builtin, or a NameError.
    if (ir::Value *B = builtinValue(N))
      return coerce(B, Want);
    // It may be created at run time (globals()[name] = ...).
    return coerce(rtCall("adder_global_lookup", Type::Object,
                         {emit(Opcode::ModuleImport, Type::Object, {}, M->name),
                          constStr(N)}),
                  Want);
  }
  ir::Value *V = emit(Opcode::GlobalGet, Type::Object, {}, slotRef(M, N));
  if (Want == Type::Object)
    return V;
  if (Want == Type::Float)
    return emit(Opcode::UnboxFloat, Type::Float, {V});
  return coerce(V, Want);
}

void IRGen::storeGlobal(const ModuleUnit *M, Identifier Name, ir::Value *V) {
  emit(Opcode::GlobalSet, Type::Void, {toObject(V)},
       slotRef(M, sema::keyOf(Name)));
}

bool IRGen::isLocalScope(const Scope *Owner) {
  return Owner == fs->scope || Owner == fs->info->scope ||
         fs->inlineScopes.count(Owner);
}

ir::Value *IRGen::cellOf(Identifier Name, bool Local) {
  if (Local)
    return loadLocal(localName(Name));
  // A free variable: the cell from this function's closure.
  auto &Free = fs->info->scope->freeVars;
  unsigned Index = 0;
  for (; Index < Free.size(); ++Index)
    if (sema::keyOf(Free[Index]) == sema::keyOf(Name))
      break;
  ADDER_ASSERT(Index < Free.size(), "free variable missing from closure");
  return emit(Opcode::ClosureCell, Type::Object, {}, std::to_string(Index));
}

ir::Value *IRGen::loadName(Identifier Name, const Node *At) {
  if (inClassBody(Name))
    return coerce(loadClassName(Name, At),
                  irType(program.var(fs->scope, Name).type));
  Scope *Owner = program.ownerOf(fs->scope, Name);
  Type Want = irType(program.var(fs->scope, Name).type);
  if (Owner->kind == sema::ScopeKind::Module) {
    // Module scope: globals; or a builtin when nothing binds the name.
    ModuleUnit *M = nullptr;
    for (auto &U : program.modules())
      if (U->scopes.module() == Owner)
        M = U.get();
    if (!M)
      M = fs->module;
    sema::Symbol *Sym = Owner->find(Name);
    bool Bound = Sym && (Sym->flags & (sema::SymAssigned | sema::SymImported));
    if (!Bound && pyModules.lookup(M)->findSlot(sema::keyOf(Name)) < 0) {
      if (ir::Value *B = builtinValue(sema::keyOf(Name)))
        return B;
      // It may be created at run time (globals()[name] = ...).
      return rtCall("adder_global_lookup", Type::Object,
                    {emit(Opcode::ModuleImport, Type::Object, {}, M->name),
                     constStr(sema::keyOf(Name))});
    }
    return loadGlobal(M, Name, Want);
  }
  ADDER_ASSERT(Owner->kind != sema::ScopeKind::Class ||
                   Owner != fs->scope,
               "class body names go through the namespace");
  bool IsCell = needsCell(Owner, Name);
  bool Local = isLocalScope(Owner);
  if (Local && !IsCell)
    return loadLocal(localName(Name));
  ir::Value *Cell = cellOf(Name, Local);
  ir::Value *V = emit(Opcode::CellGet, Type::Object, {Cell},
                      std::string(Name.data, Name.size));
  if (Want == Type::Float)
    return emit(Opcode::UnboxFloat, Type::Float, {V});
  return coerce(V, Want);
}

void IRGen::storeName(Identifier Name, ir::Value *V, const Node *At) {
  if (inClassBody(Name)) {
    storeClassName(Name, V);
    return;
  }
  Scope *Owner = program.ownerOf(fs->scope, Name);
  Type Want = irType(program.var(fs->scope, Name).type);
  V = coerce(V, Want);
  if (Owner->kind == sema::ScopeKind::Module) {
    ModuleUnit *M = fs->module;
    for (auto &U : program.modules())
      if (U->scopes.module() == Owner)
        M = U.get();
    storeGlobal(M, Name, V);
    return;
  }

  bool IsCell = needsCell(Owner, Name);
  bool Local = isLocalScope(Owner);
  if (Local && !IsCell) {
    storeLocal(localName(Name), V);
    return;
  }
  emit(Opcode::CellSet, Type::Void, {cellOf(Name, Local), toObject(V)});
}

/// Whether Name, bound in its owner scope S, is captured by a nested
/// function or lambda (through any inline comprehensions in between).
static bool capturedByFunction(const Scope *S, Identifier Name) {
  for (Scope *C : S->children) {
    // A class body is emitted inline; its methods are the closures.
    if (C->kind == sema::ScopeKind::Class) {
      if (capturedByFunction(C, Name))
        return true;
      continue;
    }
    sema::Symbol *Sym = C->find(Name);
    if (!Sym || Sym->binding != sema::Binding::Free)
      continue;
    // A generator expression is a function of its own; the other
    // comprehensions are emitted inline.
    if (C->kind != sema::ScopeKind::Comprehension ||
        isa<GeneratorExp>(C->node) || capturedByFunction(C, Name))
      return true;
  }
  return false;
}

bool IRGen::needsCell(Scope *S, Identifier Name) {
  // CPython makes a name a cell whenever a comprehension uses it, since
  // comprehensions are functions there; ours are emitted inline and read
  // the variable directly, so only real closures need the cell.
  sema::Symbol *Sym = S->find(Name);
  return Sym && Sym->binding == sema::Binding::Cell &&
         capturedByFunction(S, Name);
}

void IRGen::deleteName(Identifier Name, const Node *At) {
  if (inClassBody(Name)) {
    deleteClassName(Name);
    return;
  }
  Scope *Owner = program.ownerOf(fs->scope, Name);
  if (Owner->kind == sema::ScopeKind::Module) {
    emit(Opcode::GlobalDel, Type::Void, {},
         slotRef(fs->module, sema::keyOf(Name)));
    return;
  }
  bool Local = isLocalScope(Owner);
  if (!Local || needsCell(Owner, Name)) {
    // The cell of a local shared with nested functions, or of a free
    // variable (`nonlocal x; del x`).
    ir::Value *Cell = cellOf(Name, Local);
    rtCall("adder_cell_delete", Type::I32,
           {Cell, constStr(sema::keyOf(Name)), constI32(Local ? 0 : 1)});
    return;
  }
  std::string L = localName(Name);
  emit(Opcode::LocalDel, Type::Void, {}, L);
  fs->boundHere.erase(unsigned(fs->fn->findLocal(L)));
}

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

void IRGen::declareFunction(FunctionInfo *F) {
  Scope *S = F->scope;
  ir::Function *Fn = module.addFunction(F->irName);
  irFunctions[F] = Fn;
  Fn->pyModule = pyModules.lookup(F->module);
  Fn->cold = F->cold;
  if (S->kind == sema::ScopeKind::Module) {
    Fn->codeName = "<module>";
    Fn->returnType = Type::None;
    Fn->pyModule->init = Fn;
    return;
  }
  Fn->codeName = S->name;
  Fn->takesSelf = !S->freeVars.empty();
  if (Fn->takesSelf)
    Fn->addParam("__self__", Type::Object);
  for (Identifier P : F->paramNames)
    Fn->addParam(std::string(P.data, P.size),
                 irType(program.var(S, P).type));
  Fn->returnType = irType(F->returnType);
  if (S->isGenerator)
    Fn->returnType = Type::Object;
  ir::PySignature Sig;
  Sig.name = S->name;
  Sig.qualname = S->qualname;
  if (Arguments *A = F->args) {
    Sig.posOnly = unsigned(A->posonlyargs.size);
    Sig.positional = unsigned(A->posonlyargs.size + A->args.size);
    Sig.kwOnly = unsigned(A->kwonlyargs.size);
    Sig.varArgs = A->vararg != nullptr;
    Sig.varKeywords = A->kwarg != nullptr;
  } else {
    // A generator expression takes its first iterator (".0").
    Sig.positional = unsigned(F->paramNames.size());
  }
  for (Identifier P : F->paramNames)
    Sig.names.push_back(std::string(P.data, P.size));
  for (Identifier V : S->freeVars)
    Sig.freeVars.push_back(std::string(V.data, V.size));
  if (auto *D = dyn_cast<FunctionDef>(F->node))
    if (D->body.size)
      if (auto *E = dyn_cast<ExprStmt>(D->body[0]))
        if (auto *C = dyn_cast<Constant>(E->value))
          if (C->value.kind == ConstantValue::Kind::Str)
            Sig.doc = std::string(C->value.text.data, C->value.text.size);
  Fn->signature = Sig;
  if (S->isGenerator)
    declareResume(F, Fn);
}

void IRGen::generateFunction(FunctionInfo *F) {
  FnState State;
  State.info = F;
  State.fn = irFunctions.lookup(F);
  State.scope = F->scope;
  State.module = F->module;
  fs = &State;
  line = F->node->line;
  ir::Function *Fn = State.fn;
  Scope *S = F->scope;
  if (S->isAsync) {
    unsupported(F->node, "async functions");
    return;
  }
  // Locals: every local and cell of the scope.
  if (S->kind != sema::ScopeKind::Module) {
    for (auto &[Key, Sym] : S->symbols) {
      if (needsCell(S, Sym.name))
        Fn->locals.push_back({Key.str(), Type::Object});
      else if (Sym.binding == sema::Binding::Local ||
               Sym.binding == sema::Binding::Cell)
        Fn->locals.push_back({Key.str(), irType(program.var(S, Sym.name).type)});
    }
    if (isa<GeneratorExp>(S->node))
      Fn->locals.push_back({".0", Type::Object});
  }
  setBlock(Fn->addBlock("entry"));
  if (options.stackChecks && S->kind != sema::ScopeKind::Module &&
      !S->isGenerator)
    emit(Opcode::StackCheck, Type::Void);
  if (S->kind == sema::ScopeKind::Module) {
    // Every module knows its own name ("__main__" for the program).
    emit(Opcode::GlobalSet, Type::Void, {constStr(F->module->name)},
         slotRef(F->module, "__name__"));
    // __doc__: the docstring, or None.
    const NodeList<Stmt> &Body = cast<Module>(F->node)->body;
    ir::Value *Doc = nullptr;
    if (!Body.empty())
      if (auto *E = dyn_cast<ExprStmt>(Body[0]))
        if (auto *C = dyn_cast<Constant>(E->value))
          if (C->value.kind == ConstantValue::Kind::Str)
            Doc = constStr(llvm::StringRef(C->value.text.data,
                                           C->value.text.size));
    emit(Opcode::GlobalSet, Type::Void, {toObject(Doc ? Doc : constNone())},
         slotRef(F->module, "__doc__"));
    setupAnnotations(F->node);
    body(cast<Module>(F->node)->body);
    if (!terminated())
      emit(Opcode::Ret, Type::Void, {constNone()});
    return;
  }
  // Parameters land in their locals (or cells).
  unsigned First = Fn->takesSelf ? 1 : 0;
  for (size_t I = 0; I < F->paramNames.size(); ++I) {
    Identifier P = F->paramNames[I];
    ir::Value *V = Fn->params[First + I].get();
    if (needsCell(S, P)) {
      ir::Value *Cell = emit(Opcode::CellNew, Type::Object);
      emit(Opcode::CellSet, Type::Void, {Cell, toObject(V)});
      storeLocal(std::string(P.data, P.size), Cell);
      continue;
    }
    storeLocal(std::string(P.data, P.size), V);
  }
  for (auto &[Key, Sym] : S->symbols)
    if (needsCell(S, Sym.name) && !(Sym.flags & sema::SymParam))
      storeLocal(Key.str(), emit(Opcode::CellNew, Type::Object));
  // A generator's body goes into its resume function.
  if (S->isGenerator)
    startGeneratorBody(F);
  Fn = fs->fn;
  if (auto *D = dyn_cast<FunctionDef>(F->node)) {
    body(D->body);
  } else if (auto *L = dyn_cast<Lambda>(F->node)) {
    line = L->body->line;
    ir::Value *V = expr(L->body);
    if (!failed)
      emit(Opcode::Ret, Type::Void, {coerce(V, Fn->returnType)});
    return;
  } else if (auto *G = dyn_cast<GeneratorExp>(F->node)) {
    generatorExpBody(const_cast<GeneratorExp *>(G));
  } else {
    unsupported(F->node, "this kind of function");
    return;
  }
  if (!terminated()) {
    if (Fn->returnType == Type::None || Fn->returnType == Type::Object)
      emit(Opcode::Ret, Type::Void, {coerce(constNone(), Fn->returnType)});
    else
      emit(Opcode::Unreachable, Type::Void);
  }
}

/// Comprehension scopes other than generator expressions are emitted
/// inline in their enclosing function, not as functions of their own.
static bool isInlineScope(const Scope *S) {
  return S->kind == sema::ScopeKind::Comprehension &&
         !isa<GeneratorExp>(S->node);
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

bool IRGen::run(CompileError &Err) {
  error = &Err;
  for (auto &M : program.modules()) {
    llvm::SmallString<256> Path(M->path);
    if (options.absolutePaths)
      llvm::sys::fs::make_absolute(Path);
    ir::PyModule *PM = module.addPyModule(M->name, std::string(Path));
    pyModules[M.get()] = PM;
    // A slot for every name the module binds, at top level or through a
    // `global` declaration in a function.
    llvm::StringSet<> Seen;
    // Set by the module's code before anything else runs.
    for (const char *Name : {"__name__", "__doc__"}) {
      Seen.insert(Name);
      PM->slots.push_back(Name);
    }
    for (auto &[Key, Sym] : M->scopes.module()->symbols)
      if ((Sym.flags & (sema::SymAssigned | sema::SymImported)) ||
          M->hasStarImport)
        if (Seen.insert(Key).second)
          PM->slots.push_back(Key.str());
    // After `from m import *` every global the module reads may be bound
    // by name at run time, so each gets a slot (unbound ones fall back to
    // the builtins when read).
    for (auto &S : M->scopes.all())
      for (auto &[Key, Sym] : S->symbols)
        if (((Sym.flags & sema::SymGlobalDecl) ||
             (M->hasStarImport && Sym.binding == sema::Binding::Global)) &&
            Seen.insert(Key).second)
          PM->slots.push_back(Key.str());
  }
  for (auto &F : program.functions())
    if (!isInlineScope(F->scope))
      declareFunction(F.get());
  for (auto &F : program.functions()) {
    if (isInlineScope(F->scope))
      continue;
    generateFunction(F.get());
    if (failed)
      return false;
  }
  return !failed;
}

std::unique_ptr<ir::Module> adder::irgen::generateIR(sema::Program &P,
                                                     const IRGenOptions &O,
                                                     CompileError &Err) {
  auto M = std::make_unique<ir::Module>();
  IRGen G(P, *M, O);
  if (!G.run(Err))
    return nullptr;
  std::string Problem = ir::verify(*M);
  if (!Problem.empty()) {
    Err = {P.mainModule()->path, 0, 0,
           "internal error: invalid IR generated: " + Problem};
    return nullptr;
  }
  return M;
}
