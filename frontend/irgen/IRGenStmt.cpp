//===- IRGenStmt.cpp - statements -----------------------------------------===//
//
// Control flow becomes blocks and branches. Loops keep their break and
// continue targets; try/finally, except and with blocks push cleanups that
// every return, break or continue leaving them runs first (the finally
// body is emitted once per way out, as CPython 3.11's compiler also
// duplicates it). try, raise and with are in IRGenTry.cpp.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace adder;
using namespace adder::irgen;

/// C[K] = V for the subscript S: a list with an int index stores straight
/// into the list (a float unboxed when the list holds Floats).
void IRGen::storeItem(Subscript *S, ir::Value *C, ir::Value *K,
                      ir::Value *V) {
  if (program.typeOf(S->value)->is(TyKind::List) &&
      program.typeOf(S->slice)->is(TyKind::Int)) {
    rtCall(V->type == Type::Float ? "adder_list_setitem_float"
                                  : "adder_list_setitem_int",
           Type::I32, {C, K, V});
    return;
  }
  emit(Opcode::ObjSetItem, Type::Void, {toObject(C), toObject(K), toObject(V)});
}

void IRGen::body(const NodeList<Stmt> &L) {
  for (Stmt *S : L) {
    if (failed)
      return;
    stmt(S);
  }
}

void IRGen::runCleanups(size_t Down, unsigned LoopDepth) {
  // Innermost first; each cleanup runs with the handlers of its own region.
  for (size_t I = fs->cleanups.size(); I > Down; --I) {
    Cleanup C = fs->cleanups[I - 1];
    if (C.loopDepth < LoopDepth)
      break;
    // Cleanups may themselves use break/continue/return targets; run them
    // with the cleanup stack truncated below themselves.
    std::vector<Cleanup> Saved(fs->cleanups.begin() + long(I - 1),
                               fs->cleanups.end());
    fs->cleanups.resize(I - 1);
    ir::Block *Handler = fs->handler;
    setHandler(C.handler);
    C.run();
    setHandler(Handler);
    fs->cleanups.insert(fs->cleanups.end(), Saved.begin(), Saved.end());
  }
}

void IRGen::stmt(Stmt *S) {
  line = S->line;
  switch (S->nodeKind) {
  case NodeKind::ExprStmt:
    expr(cast<ExprStmt>(S)->value);
    return;
  case NodeKind::Pass:
  case NodeKind::Global:
  case NodeKind::Nonlocal:
    return;
  case NodeKind::Assign: {
    auto *A = cast<Assign>(S);
    // a, b = x, y: no tuple is built.
    if (A->targets.size == 1) {
      Expr *T = A->targets[0];
      auto *TT = dyn_cast<Tuple>(T);
      auto *VT = dyn_cast<Tuple>(A->value);
      if (TT && VT && TT->elts.size == VT->elts.size) {
        bool Simple = true;
        for (Expr *E : TT->elts)
          Simple &= !isa<Starred>(E);
        for (Expr *E : VT->elts)
          Simple &= !isa<Starred>(E);
        if (Simple) {
          std::vector<ir::Value *> Vals;
          for (Expr *E : VT->elts) {
            ir::Value *V = expr(E);
            std::string Tmp = newTemp(V->type);
            storeLocal(Tmp, V);
            Vals.push_back(loadLocal(Tmp));
          }
          for (size_t I = 0; I < Vals.size(); ++I)
            assign(TT->elts[I], Vals[I]);
          return;
        }
      }
    }
    ir::Value *V = expr(A->value);
    for (Expr *T : A->targets)
      assign(T, V);
    return;
  }
  case NodeKind::AnnAssign:
    annotatedAssign(cast<AnnAssign>(S));
    return;
  case NodeKind::AugAssign: {
    auto *A = cast<AugAssign>(S);
    const Ty *LT = program.typeOf(A->target);
    if (auto *N = dyn_cast<Name>(A->target)) {
      ir::Value *L = loadName(N->id, N);
      ir::Value *R = expr(A->value);
      ir::Value *V =
          binaryValues(A->op, L, R, LT, program.typeOf(A->value),
                       program.typeOf(A->target), /*Inplace=*/true);
      storeName(N->id, V, N);
      return;
    }
    if (auto *Sub = dyn_cast<Subscript>(A->target)) {
      ir::Value *C = expr(Sub->value);
      ir::Value *K = expr(Sub->slice);
      std::string CT = newTemp(C->type), KT = newTemp(K->type);
      storeLocal(CT, C);
      storeLocal(KT, K);
      ir::Value *Cur;
      const Ty *CTy = program.typeOf(Sub->value);
      const Ty *ElemTy = program.types().object();
      if (CTy->is(TyKind::List) && program.typeOf(Sub->slice)->is(TyKind::Int)) {
        ElemTy = CTy->elementType();
        Cur = coerce(rtCall("adder_list_getitem_int", Type::Object,
                            {loadLocal(CT), loadLocal(KT)}),
                     irType(ElemTy));
      } else {
        Cur = emit(Opcode::ObjGetItem, Type::Object,
                   {toObject(loadLocal(CT)), toObject(loadLocal(KT))});
      }
      ir::Value *R = expr(A->value);
      ir::Value *V = binaryValues(A->op, Cur, R, ElemTy,
                                  program.typeOf(A->value), ElemTy, true);
      storeItem(Sub, loadLocal(CT), loadLocal(KT), V);
      return;
    }
    if (auto *At = dyn_cast<Attribute>(A->target)) {
      ir::Value *O = toObject(expr(At->value));
      std::string OT = newTemp(Type::Object);
      storeLocal(OT, O);
      ir::Value *Cur = loadAttr(loadLocal(OT), At->value, At->attr);
      ir::Value *R = expr(A->value);
      ir::Value *V = binaryValues(A->op, Cur, R, program.types().object(),
                                  program.typeOf(A->value),
                                  program.types().object(), true);
      storeAttr(loadLocal(OT), At->value, At->attr, V);
      return;
    }
    unsupported(S, "this augmented assignment target");
    return;
  }
  case NodeKind::If: {
    auto *I = cast<If>(S);
    ir::Block *Then = newBlock("if.then"), *End = newBlock("if.end");
    ir::Block *Else = I->orelse.empty() ? End : newBlock("if.else");
    condBr(condition(I->test), Then, Else);
    setBlock(Then);
    body(I->body);
    br(End);
    if (Else != End) {
      setBlock(Else);
      body(I->orelse);
      br(End);
    }
    setBlock(End);
    return;
  }
  case NodeKind::While:
    whileStmt(cast<While>(S));
    return;
  case NodeKind::For: {
    auto *F = cast<For>(S);
    forStmt(S, F->target, F->iter, F->body, F->orelse);
    return;
  }
  case NodeKind::Break:
  case NodeKind::Continue: {
    LoopTargets &L = fs->loops.back();
    runCleanups(L.cleanupDepth, unsigned(fs->loops.size()));
    br(isa<Break>(S) ? L.breakTo : L.continueTo);
    return;
  }
  case NodeKind::Return:
    returnStmt(cast<Return>(S));
    return;
  case NodeKind::Raise:
    raiseStmt(cast<Raise>(S));
    return;
  case NodeKind::Try: {
    auto *T = cast<Try>(S);
    tryStmt(S, T->body, T->handlers, T->orelse, T->finalbody);
    return;
  }
  case NodeKind::Assert: {
    auto *A = cast<Assert>(S);
    ir::Block *Fail = newBlock("assert.fail"), *Ok = newBlock("assert.ok");
    condBr(condition(A->test), Ok, Fail);
    setBlock(Fail);
    if (A->msg)
      rtCall("adder_assert_fail", Type::Void,
             {toObject(expr(A->msg)), constI32(1)});
    else
      rtCall("adder_assert_fail", Type::Void, {constNone(), constI32(0)});
    emit(Opcode::Unreachable, Type::Void);
    setBlock(Ok);
    return;
  }
  case NodeKind::Delete:
    for (Expr *T : cast<Delete>(S)->targets)
      deleteTarget(T);
    return;
  case NodeKind::FunctionDef: {
    auto *F = cast<FunctionDef>(S);
    functionDef(S, F->name, F->decorator_list);
    return;
  }
  case NodeKind::Import:
    importStmt(cast<Import>(S));
    return;
  case NodeKind::ImportFrom:
    importFrom(cast<ImportFrom>(S));
    return;
  case NodeKind::ClassDef:
    classDef(cast<ClassDef>(S));
    return;
  case NodeKind::With:
    withStmt(cast<With>(S), 0);
    return;
  case NodeKind::Match:
    matchStmt(cast<Match>(S));
    return;
  case NodeKind::TryStar:
    unsupported(S, "except* (exception groups)");
    return;
  case NodeKind::AsyncFunctionDef:
  case NodeKind::AsyncFor:
  case NodeKind::AsyncWith:
    unsupported(S, "async code");
    return;
  default:
    unsupported(S, "this statement");
    return;
  }
}

/// del Target: a name, item, slice or attribute, or (nested) tuples and
/// lists of them, deleted left to right.
void IRGen::deleteTarget(Expr *T) {
  if (failed)
    return;
  if (auto *N = dyn_cast<Name>(T)) {
    deleteName(N->id, N);
  } else if (auto *Sub = dyn_cast<Subscript>(T)) {
    ir::Value *C = toObject(expr(Sub->value));
    emit(Opcode::ObjDelItem, Type::Void, {C, toObject(expr(Sub->slice))});
  } else if (auto *A = dyn_cast<Attribute>(T)) {
    emit(Opcode::ObjDelAttr, Type::Void, {toObject(expr(A->value))},
         sema::keyOf(A->attr));
  } else if (isa<Tuple>(T) || isa<List>(T)) {
    for (Expr *E : isa<Tuple>(T) ? cast<Tuple>(T)->elts : cast<List>(T)->elts)
      deleteTarget(E);
  } else {
    unsupported(T, "this del target");
  }
}

void IRGen::assign(Expr *Target, ir::Value *V) {
  switch (Target->nodeKind) {
  case NodeKind::Name:
    storeName(cast<Name>(Target)->id, V, Target);
    return;
  case NodeKind::Tuple:
    assignTuple(cast<Tuple>(Target)->elts, V, nullptr);
    return;
  case NodeKind::List:
    assignTuple(cast<List>(Target)->elts, V, nullptr);
    return;
  case NodeKind::Subscript: {
    auto *S = cast<Subscript>(Target);
    std::string VT = newTemp(V->type);
    storeLocal(VT, V);
    ir::Value *C = expr(S->value);
    ir::Value *K = expr(S->slice);
    storeItem(S, C, K, loadLocal(VT));
    return;
  }
  case NodeKind::Attribute: {
    auto *A = cast<Attribute>(Target);
    std::string VT = newTemp(V->type);
    storeLocal(VT, V);
    const Ty *OT = program.typeOf(A->value);
    if (OT->is(TyKind::Module)) {
      // Assigning a user module's global.
      ir::Value *M = expr(A->value);
      (void)M;
      sema::ModuleUnit *Mod = OT->module;
      if (pyModules.lookup(Mod)->findSlot(sema::keyOf(A->attr)) >= 0) {
        storeGlobal(Mod, A->attr, loadLocal(VT));
        return;
      }
      emit(Opcode::ObjSetAttr, Type::Void, {toObject(M), toObject(loadLocal(VT))},
           sema::keyOf(A->attr));
      return;
    }
    storeAttr(expr(A->value), A->value, A->attr, loadLocal(VT));
    return;
  }
  case NodeKind::Starred:
    unsupported(Target, "a starred assignment target outside a tuple");
    return;
  default:
    unsupported(Target, "this assignment target");
    return;
  }
}

void IRGen::assignTuple(const NodeList<Expr> &Targets, ir::Value *V,
                        const Ty *ValueType) {
  size_t Star = Targets.size;
  for (size_t I = 0; I < Targets.size; ++I)
    if (isa<Starred>(Targets[I]))
      Star = I;
  size_t N = Targets.size;
  ir::Value *Out = emit(Opcode::ArrayNew, Type::Ptr, {}, std::to_string(N));
  if (Star == Targets.size) {
    rtCall("adder_unpack", Type::I32,
           {toObject(V), constI32(int32_t(N)), Out});
  } else {
    rtCall("adder_unpack_star", Type::I32,
           {toObject(V), constI32(int32_t(Star)),
            constI32(int32_t(N - Star - 1)), Out});
  }
  std::vector<std::string> Temps;
  for (size_t I = 0; I < N; ++I) {
    std::string T = newTemp(Type::Object);
    storeLocal(T, emit(Opcode::ArrayGet, Type::Object, {Out},
                       std::to_string(I)));
    Temps.push_back(T);
  }
  for (size_t I = 0; I < N; ++I) {
    Expr *T = Targets[I];
    if (auto *S = dyn_cast<Starred>(T))
      T = S->value;
    ir::Value *Item = loadLocal(Temps[I]);
    // The item's type is what sema inferred for the target.
    Type Want = irType(program.typeOf(T));
    if (isa<Name>(T))
      Want = irType(program.var(fs->scope, cast<Name>(T)->id).type);
    if (Want == Type::Float)
      Item = emit(Opcode::UnboxFloat, Type::Float, {Item});
    else if (Want != Type::Object)
      Item = coerce(Item, Want);
    assign(T, Item);
  }
}

void IRGen::whileStmt(While *W) {
  ir::Block *Test = newBlock("while.test"), *Body = newBlock("while.body");
  ir::Block *End = newBlock("while.end");
  ir::Block *Else = W->orelse.empty() ? End : newBlock("while.else");
  br(Test);
  setBlock(Test);
  line = W->line;
  condBr(condition(W->test), Body, Else);
  setBlock(Body);
  fs->loops.push_back({End, Test, fs->cleanups.size()});
  body(W->body);
  fs->loops.pop_back();
  br(Test);
  if (Else != End) {
    setBlock(Else);
    body(W->orelse);
    br(End);
  }
  setBlock(End);
}

void IRGen::forStmt(Stmt *S, Expr *Target, Expr *Iter,
                    const NodeList<Stmt> &Body, const NodeList<Stmt> &Else) {
  // for i in range(...) over ints: a counting loop, no range object
  // (IRGenRange.cpp).
  if (auto *C = dyn_cast<Call>(Iter))
    if (isTypedRange(C)) {
      forRange(S, Target, C, Body, Else);
      return;
    }
  ir::Block *End = newBlock("for.end");
  ir::Block *ElseB = Else.empty() ? End : newBlock("for.else");
  ir::Block *Head = newBlock("for.head"), *BodyB = newBlock("for.body");
  ir::Block *Next = newBlock("for.next");
  auto Loop = [&](auto EmitHead, auto EmitNext) {
    br(Head);
    setBlock(Head);
    line = S->line;
    EmitHead();
    setBlock(BodyB);
    fs->loops.push_back({End, Next, fs->cleanups.size()});
    body(Body);
    fs->loops.pop_back();
    br(Next);
    setBlock(Next);
    line = S->line;
    EmitNext();
    br(Head);
    if (ElseB != End) {
      setBlock(ElseB);
      body(Else);
      br(End);
    }
    setBlock(End);
  };

  const Ty *IterTy = program.typeOf(Iter);
  ir::Value *Seq = iterable(Iter);
  if (IterTy->is(TyKind::List)) {
    // Index the list, re-reading its length each time (as list_iterator
    // does, so appends during the loop are seen).
    std::string L = newTemp(Type::List), I = newTemp(Type::Int);
    storeLocal(L, Seq);
    storeLocal(I, constInt(0));
    Type Elem = irType(IterTy->elementType());
    Loop(
        [&] {
          ir::Value *Len = rtCall("adder_list_len", Type::Int, {loadLocal(L)});
          condBr(emit(Opcode::IntCompare, Type::Bool, {loadLocal(I), Len}, "lt"),
                 BodyB, ElseB);
          setBlock(BodyB);
          ir::Value *Item = rtCall("adder_list_getitem_int", Type::Object,
                                   {loadLocal(L), loadLocal(I)});
          if (Elem == Type::Float)
            Item = emit(Opcode::UnboxFloat, Type::Float, {Item});
          else
            Item = coerce(Item, Elem);
          assign(Target, Item);
        },
        [&] {
          storeLocal(I, emit(Opcode::IntBinary, Type::Int,
                             {loadLocal(I), constInt(1)}, "add"));
        });
    return;
  }

  // The general protocol: iter() then next() until exhausted.
  std::string It = newTemp(Type::Object);
  storeLocal(It, emit(Opcode::ObjIter, Type::Object, {toObject(Seq)}));
  Type Elem = irType(program.typeOf(Target));
  if (auto *N = dyn_cast<Name>(Target))
    Elem = irType(program.var(fs->scope, N->id).type);
  Loop(
      [&] {
        ir::Instr *X = emit(Opcode::IterNext, Type::Object, {loadLocal(It)});
        X->successors.push_back(BodyB);
        X->successors.push_back(ElseB);
        setBlock(BodyB);
        ir::Value *Item = X;
        if (Elem == Type::Float)
          Item = emit(Opcode::UnboxFloat, Type::Float, {Item});
        else
          Item = coerce(Item, Elem);
        assign(Target, Item);
      },
      [] {});
}

void IRGen::returnStmt(Return *R) {
  Type RT = fs->fn->returnType;
  ir::Value *V = R->value ? expr(R->value) : constNone();
  if (fs->cleanups.empty()) {
    emit(Opcode::Ret, Type::Void, {coerce(V, RT)});
    return;
  }
  std::string T = newTemp(RT);
  storeLocal(T, coerce(V, RT));
  runCleanups(0, 0);
  emit(Opcode::Ret, Type::Void, {loadLocal(T)});
}

void IRGen::functionDef(const Node *Def, Identifier Name,
                        const NodeList<Expr> &Decorators) {
  Scope *S = fs->module->scopes.scopeOf(Def);
  FunctionInfo *F = program.functionOf(S);
  // Decorators are evaluated before the function object is made.
  std::vector<std::string> DecoTemps;
  for (Expr *D : Decorators) {
    std::string T = newTemp(Type::Object);
    storeLocal(T, toObject(expr(D)));
    DecoTemps.push_back(T);
  }
  ir::Value *Fn = makeFunction(F, F->args);
  for (size_t I = DecoTemps.size(); I-- > 0;)
    Fn = emit(Opcode::ObjCall, Type::Object, {loadLocal(DecoTemps[I]), Fn});
  storeName(Name, Fn, Def);
}

/// The module Name (absolute): a compiled module's import (which imports
/// its packages first), a runtime module, or ModuleNotFoundError.
ir::Value *IRGen::importModule(const std::string &Name) {
  if (module.findPyModule(Name))
    return emit(Opcode::ModuleImport, Type::Object, {}, Name);
  if (sema::isRuntimeModule(Name))
    return constRuntime("adder_module_" + Name);
  return rtCall("adder_import_missing", Type::Object, {constStr(Name)});
}

void IRGen::importStmt(Import *I) {
  for (Alias *A : I->names) {
    llvm::StringRef Full(A->name.data, A->name.size);
    // `import a.b.c` runs a, a.b and a.b.c and binds a (or c as the alias).
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    Full.split(Parts, '.');
    std::string Prefix;
    ir::Value *Top = nullptr, *Last = nullptr;
    for (llvm::StringRef P : Parts) {
      Prefix += (Prefix.empty() ? "" : ".") + P.str();
      Last = importModule(Prefix);
      if (!Top)
        Top = Last;
    }
    if (A->asname.present())
      storeName(A->asname, Last, A);
    else {
      Identifier First = A->name;
      First.size = uint32_t(Parts[0].size());
      storeName(First, Top, A);
    }
  }
}

/// from m import a, b as c / from .m import a / from . import sub / from m
/// import *: the names come from the module's attributes, or are its
/// submodules (CPython's _handle_fromlist imports those first).
void IRGen::importFrom(ImportFrom *I) {
  if (sema::isFutureImport(I))
    return; // a compiler directive, checked by sema
  std::string Name, Error;
  if (!sema::resolveImportName(*fs->module, I->level, sema::keyOf(I->module),
                               Name, Error)) {
    rtCall("adder_import_relative_error", Type::Object, {constStr(Error)});
    return;
  }
  std::string MT = newTemp(Type::Object);
  storeLocal(MT, importModule(Name));
  for (Alias *A : I->names) {
    if (A->name.is("*")) {
      // Only at module level: the names land in this module's globals.
      ir::Value *Self = emit(Opcode::ModuleImport, Type::Object, {},
                             fs->module->name);
      std::string ST = newTemp(Type::Object);
      storeLocal(ST, Self);
      rtCall("adder_import_star", Type::I32, {loadLocal(MT), loadLocal(ST)});
      // A runtime module's constants (math.pi) come from its attribute
      // hook, which cannot list them; Builtins.td does.
      if (sema::isRuntimeModule(Name))
        for (const sema::BuiltinInfo &B : sema::allBuiltins())
          if (Name == B.module && llvm::StringRef(B.kind) == "constant") {
            ir::Value *V = rtCall("adder_import_from", Type::Object,
                                  {loadLocal(MT), constStr(B.name)});
            emit(Opcode::ObjSetAttr, Type::Void, {loadLocal(ST), V}, B.name);
          }
      continue;
    }
    Identifier Bound = A->asname.present() ? A->asname : A->name;
    std::string Sub = Name + "." + std::string(A->name.data, A->name.size);
    ir::Value *V;
    if (module.findPyModule(Sub))
      V = emit(Opcode::ModuleImport, Type::Object, {}, Sub);
    else
      V = rtCall("adder_import_from", Type::Object,
                 {loadLocal(MT), constStr(sema::keyOf(A->name))});
    const Ty *T = program.var(fs->scope, Bound).type;
    Type Want = irType(T);
    if (Want == Type::Float)
      V = emit(Opcode::UnboxFloat, Type::Float, {V});
    storeName(Bound, coerce(V, Want), A);
  }
}

void IRGen::setupAnnotations(const Node *At) {
  if (fs->scope->hasAnnotations)
    storeName(sema::annotationsName(), newEmpty("adder_type_dict"), At);
}

void IRGen::annotatedAssign(AnnAssign *A) {
  Expr *T = A->target;
  if (A->value) {
    assign(T, expr(A->value));
  } else if (auto *At = dyn_cast<Attribute>(T)) {
    expr(At->value); // evaluated for its errors, as CPython does
  } else if (auto *Sub = dyn_cast<Subscript>(T)) {
    expr(Sub->value);
    expr(Sub->slice);
  }
  // Only module and class bodies evaluate annotations, after the value.
  if (failed || fs->scope->isFunctionLike())
    return;
  bool Simple = A->simple && isa<Name>(T);
  if (fs->module->futureAnnotations && !Simple)
    return;
  ir::Value *Ann =
      fs->module->futureAnnotations
          ? toObject(constStr(sourceSegment(fs->module->source, A->annotation)))
          : toObject(expr(A->annotation));
  if (!Simple)
    return;
  line = A->line;
  ir::Value *Dict = toObject(loadName(sema::annotationsName(), A));
  emit(Opcode::ObjSetItem, Type::Void,
       {Dict, constStr(sema::keyOf(cast<Name>(T)->id)), Ann});
}
