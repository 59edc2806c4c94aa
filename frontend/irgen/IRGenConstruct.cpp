//===- IRGenConstruct.cpp - `Class(args)` calls of the program's classes -===//
//
// Constructing an instance of one of the program's classes through the
// generic call protocol costs a type call, the __new__ and __init__
// lookups and the generic entry of __init__. When a call `Name(args)`
// names a global that a class statement of this module binds, and that
// class defines a plain __init__ taking exactly the call's positional
// arguments, the call allocates the instance (adder_construct_alloc) and
// calls __init__'s typed entry directly. Nothing is assumed: the runtime
// checks at each call (a per-site cache of the class and its version)
// that the callee is still that class, with that __init__ and no
// __new__; anything else takes the generic call.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace adder;
using namespace adder::irgen;

const FunctionInfo *IRGen::likelyInit(Call *C) {
  auto *N = dyn_cast<Name>(C->func);
  if (!N || C->keywords.size)
    return nullptr;
  for (Expr *A : C->args)
    if (isa<Starred>(A))
      return nullptr;
  Scope *Owner = program.ownerOf(fs->scope, N->id);
  if (!Owner || Owner->kind != sema::ScopeKind::Module)
    return nullptr;
  sema::ModuleUnit *M = fs->module;
  for (Stmt *S : M->ast->body) {
    auto *Class = dyn_cast<ClassDef>(S);
    if (!Class || sema::keyOf(Class->name) != sema::keyOf(N->id))
      continue;
    for (Stmt *B : Class->body) {
      auto *F = dyn_cast<FunctionDef>(B);
      if (!F || !F->name.is("__init__") || F->decorator_list.size)
        continue;
      Arguments *A = F->args;
      if (A->vararg || A->kwarg || A->kwonlyargs.size ||
          A->posonlyargs.size + A->args.size != C->args.size + 1)
        return nullptr;
      const FunctionInfo *Init = program.functionOf(M->scopes.scopeOf(F));
      if (!Init || Init->scope->isGenerator || Init->scope->isAsync)
        return nullptr;
      ir::Function *Target = irFunctions.lookup(Init);
      if (!Target || Target->takesSelf)
        return nullptr;
      for (auto &P : Target->params)
        if (P->type != Type::Object)
          return nullptr;
      return Init;
    }
    return nullptr; // the first class of that name decides
  }
  return nullptr;
}

ir::Value *IRGen::constructDirect(const FunctionInfo *Init, Call *C) {
  ir::Function *Target = irFunctions.lookup(Init);
  // The callee, then the arguments, as any call evaluates them.
  std::string CalleeT = newTemp(Type::Object);
  storeLocal(CalleeT, toObject(expr(C->func)));
  std::vector<std::string> ArgT;
  for (Expr *A : C->args) {
    ArgT.push_back(newTemp(Type::Object));
    storeLocal(ArgT.back(), toObject(expr(A)));
  }
  std::string ObjT = newTemp(Type::Object), ResultT = newTemp(Type::Object);
  storeLocal(ObjT,
             rtCall("adder_construct_alloc", Type::Object,
                    {loadLocal(CalleeT),
                     emit(Opcode::SiteCache, Type::Ptr, {}, "construct"),
                     emit(Opcode::FuncRef, Type::Object, {}, Target->name)}));
  ir::Block *Direct = newBlock("construct.direct"),
            *Generic = newBlock("construct.generic"),
            *Done = newBlock("construct.done");
  // None: not that class any more (or no memory): the generic call says
  // what happens.
  condBr(emit(Opcode::IsSame, Type::Bool, {loadLocal(ObjT), constNone()}),
         Generic, Direct);
  setBlock(Direct);
  std::vector<ir::Value *> Args{loadLocal(ObjT)};
  for (auto &T : ArgT)
    Args.push_back(loadLocal(T));
  ir::Value *R = emit(Opcode::Call, Target->returnType, Args, Target->name);
  if (Target->returnType != Type::None)
    rtCall("adder_check_init_result", Type::Object, {toObject(R)});
  storeLocal(ResultT, loadLocal(ObjT));
  br(Done);
  setBlock(Generic);
  std::vector<ir::Value *> Ops{loadLocal(CalleeT)};
  for (auto &T : ArgT)
    Ops.push_back(loadLocal(T));
  storeLocal(ResultT, emit(Opcode::ObjCall, Type::Object, Ops, ""));
  br(Done);
  setBlock(Done);
  return loadLocal(ResultT);
}
