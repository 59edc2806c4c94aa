//===- IRGenStmt.cpp - statements -----------------------------------------===//
//
// Control flow becomes blocks and branches. Loops keep their break and
// continue targets; try/finally and except blocks push cleanups that every
// return, break or continue leaving them runs first (the finally body is
// emitted once per way out, as CPython 3.11's compiler also duplicates
// it). Exceptions reach handlers through each block's handler edge.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace adder;
using namespace adder::irgen;

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
    C.run();
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
  case NodeKind::AnnAssign: {
    auto *A = cast<AnnAssign>(S);
    if (A->value)
      assign(A->target, expr(A->value));
    return;
  }
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
      if (CTy->is(TyKind::List) && program.typeOf(Sub->slice)->is(TyKind::Int))
        rtCall("adder_list_setitem_int", Type::I32,
               {loadLocal(CT), loadLocal(KT), V});
      else
        emit(Opcode::ObjSetItem, Type::Void,
             {toObject(loadLocal(CT)), toObject(loadLocal(KT)), toObject(V)});
      return;
    }
    if (auto *At = dyn_cast<Attribute>(A->target)) {
      ir::Value *O = toObject(expr(At->value));
      std::string OT = newTemp(Type::Object);
      storeLocal(OT, O);
      ir::Value *Cur = emit(Opcode::ObjGetAttr, Type::Object, {loadLocal(OT)},
                            sema::keyOf(At->attr));
      ir::Value *R = expr(A->value);
      ir::Value *V = binaryValues(A->op, Cur, R, program.types().object(),
                                  program.typeOf(A->value),
                                  program.types().object(), true);
      emit(Opcode::ObjSetAttr, Type::Void, {loadLocal(OT), toObject(V)},
           sema::keyOf(At->attr));
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
    for (Expr *T : cast<Delete>(S)->targets) {
      if (auto *N = dyn_cast<Name>(T)) {
        deleteName(N->id, N);
      } else if (auto *Sub = dyn_cast<Subscript>(T)) {
        ir::Value *C = toObject(expr(Sub->value));
        emit(Opcode::ObjDelItem, Type::Void, {C, toObject(expr(Sub->slice))});
      } else if (auto *A = dyn_cast<Attribute>(T)) {
        emit(Opcode::ObjDelAttr, Type::Void, {toObject(expr(A->value))},
             sema::keyOf(A->attr));
      } else {
        const NodeList<Expr> &Elts = isa<Tuple>(T) ? cast<Tuple>(T)->elts
                                                   : cast<List>(T)->elts;
        for (Expr *E : Elts) {
          if (auto *N = dyn_cast<Name>(E))
            deleteName(N->id, N);
          else
            unsupported(E, "this del target");
        }
      }
    }
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
    unsupported(S, "class definitions");
    return;
  case NodeKind::With:
    unsupported(S, "with statements");
    return;
  case NodeKind::Match:
    unsupported(S, "match statements");
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
    const Ty *CTy = program.typeOf(S->value);
    ir::Value *K = expr(S->slice);
    if (CTy->is(TyKind::List) && program.typeOf(S->slice)->is(TyKind::Int)) {
      rtCall("adder_list_setitem_int", Type::I32, {C, K, loadLocal(VT)});
      return;
    }
    emit(Opcode::ObjSetItem, Type::Void,
         {toObject(C), toObject(K), toObject(loadLocal(VT))});
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
    ir::Value *O = toObject(expr(A->value));
    emit(Opcode::ObjSetAttr, Type::Void, {O, toObject(loadLocal(VT))},
         sema::keyOf(A->attr));
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
  ir::Value *Seq = expr(Iter);
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

void IRGen::raiseStmt(Raise *R) {
  if (!R->exc) {
    // Bare raise: re-raise the exception being handled.
    ir::Value *Cur = emit(Opcode::ExcGetHandled, Type::Object);
    emit(Opcode::Reraise, Type::Void, {Cur});
    return;
  }
  ir::Value *E = toObject(expr(R->exc));
  std::string ET = newTemp(Type::Object);
  storeLocal(ET, E);
  if (R->cause) {
    ir::Value *C = toObject(expr(R->cause));
    emit(Opcode::Raise, Type::Void, {loadLocal(ET), C});
    return;
  }
  emit(Opcode::Raise, Type::Void, {loadLocal(ET)});
}

void IRGen::tryStmt(Stmt *S, const NodeList<Stmt> &Body,
                    const NodeList<ExceptHandlerBase> &Handlers,
                    const NodeList<Stmt> &Else, const NodeList<Stmt> &Final) {
  ir::Block *OuterHandler = fs->handler;
  ir::Block *End = newBlock("try.end");
  // finally: a cleanup for every way out of the try and its handlers,
  // plus a handler that runs it and re-raises.
  ir::Block *FinallyHandler = nullptr;
  if (!Final.empty()) {
    FinallyHandler = newBlock("finally.exc");
    fs->cleanups.push_back({[this, &Final] { body(Final); },
                            unsigned(fs->loops.size())});
  }
  ir::Block *Inner = FinallyHandler ? FinallyHandler : OuterHandler;

  ir::Block *Dispatch = Handlers.empty() ? nullptr : newBlock("except");
  fs->handler = Dispatch ? Dispatch : Inner;
  ir::Block *TryBody = newBlock("try");
  br(TryBody);
  setBlock(TryBody);
  body(Body);
  fs->handler = Inner;
  // else: runs when the body finished without an exception; its own
  // exceptions are not handled by the except clauses.
  body(Else);
  if (!terminated()) {
    if (FinallyHandler) {
      fs->cleanups.pop_back();
      body(Final);
      fs->cleanups.push_back({[this, &Final] { body(Final); },
                              unsigned(fs->loops.size())});
    }
    br(End);
  }

  if (Dispatch) {
    setBlock(Dispatch);
    fs->handler = Inner;
    line = S->line;
    ir::Value *Exc = emit(Opcode::ExcTake, Type::Object);
    std::string ExcT = newTemp(Type::Object), PrevT = newTemp(Type::Object);
    storeLocal(ExcT, Exc);
    storeLocal(PrevT, emit(Opcode::ExcGetHandled, Type::Object));
    emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(ExcT)});
    // Leaving an except block (normally, or by an exception, return or
    // break) restores the previously handled exception.
    ir::Block *Restore = newBlock("except.unwind");
    for (ExceptHandlerBase *HB : Handlers) {
      auto *H = cast<ExceptHandler>(HB);
      line = H->line;
      ir::Block *Match = newBlock("except.match");
      ir::Block *NoMatch = newBlock("except.next");
      if (H->type) {
        ir::Value *T = toObject(expr(H->type));
        condBr(emit(Opcode::ExcMatches, Type::Bool, {loadLocal(ExcT), T}),
               Match, NoMatch);
      } else {
        br(Match);
      }
      setBlock(Match);
      fs->handler = Restore;
      if (H->name.present())
        storeName(H->name, loadLocal(ExcT), H);
      Identifier Name = H->name;
      fs->cleanups.push_back({[this, PrevT, Name, H] {
                                emit(Opcode::ExcSetHandled, Type::Void,
                                     {loadLocal(PrevT)});
                                if (Name.present()) {
                                  storeName(Name, constNone(), H);
                                  deleteName(Name, H);
                                }
                              },
                              unsigned(fs->loops.size())});
      body(H->body);
      Cleanup Mine = fs->cleanups.back();
      fs->cleanups.pop_back();
      if (!terminated()) {
        Mine.run();
        fs->handler = Inner;
        if (FinallyHandler) {
          fs->cleanups.pop_back();
          body(Final);
          fs->cleanups.push_back({[this, &Final] { body(Final); },
                                  unsigned(fs->loops.size())});
        }
        br(End);
      }
      fs->handler = Inner;
      setBlock(NoMatch);
    }
    // No clause matched: restore and re-raise (no new traceback entry).
    emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(PrevT)});
    emit(Opcode::Reraise, Type::Void, {loadLocal(ExcT)});
    // An exception escaping an except body.
    setBlock(Restore);
    fs->handler = Inner;
    ir::Value *Escaping = emit(Opcode::ExcTake, Type::Object);
    std::string EscT = newTemp(Type::Object);
    storeLocal(EscT, Escaping);
    emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(PrevT)});
    emit(Opcode::Reraise, Type::Void, {loadLocal(EscT)});
  }

  if (FinallyHandler) {
    fs->cleanups.pop_back();
    setBlock(FinallyHandler);
    fs->handler = OuterHandler;
    line = S->line;
    // Run the finally body with the exception as the handled one, then
    // re-raise it.
    ir::Value *Exc = emit(Opcode::ExcTake, Type::Object);
    std::string ExcT = newTemp(Type::Object), PrevT = newTemp(Type::Object);
    storeLocal(ExcT, Exc);
    storeLocal(PrevT, emit(Opcode::ExcGetHandled, Type::Object));
    emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(ExcT)});
    body(Final);
    if (!terminated()) {
      emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(PrevT)});
      emit(Opcode::Reraise, Type::Void, {loadLocal(ExcT)});
    }
  }
  fs->handler = OuterHandler;
  setBlock(End);
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

void IRGen::importStmt(Import *I) {
  for (Alias *A : I->names) {
    llvm::StringRef Full(A->name.data, A->name.size);
    ir::Value *Top = nullptr;
    // `import a.b.c` runs a, a.b and a.b.c and binds a (or c as the alias).
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    Full.split(Parts, '.');
    std::string Prefix;
    ir::Value *Last = nullptr;
    for (llvm::StringRef P : Parts) {
      Prefix += (Prefix.empty() ? "" : ".") + P.str();
      ir::Value *M;
      if (module.findPyModule(Prefix))
        M = emit(Opcode::ModuleImport, Type::Object, {}, Prefix);
      else if (sema::isRuntimeModule(Prefix))
        M = constRuntime("adder_module_" + Prefix);
      else {
        M = rtCall("adder_import_missing", Type::Object, {constStr(Prefix)});
      }
      if (!Top)
        Top = M;
      Last = M;
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

void IRGen::importFrom(ImportFrom *I) {
  if (I->level > 0) {
    unsupported(I, "relative imports");
    return;
  }
  std::string Name(I->module.data, I->module.size);
  ir::Value *M;
  if (module.findPyModule(Name))
    M = emit(Opcode::ModuleImport, Type::Object, {}, Name);
  else if (sema::isRuntimeModule(Name))
    M = constRuntime("adder_module_" + Name);
  else
    M = rtCall("adder_import_missing", Type::Object, {constStr(Name)});
  std::string MT = newTemp(Type::Object);
  storeLocal(MT, M);
  for (Alias *A : I->names) {
    if (A->name.is("*")) {
      unsupported(A, "from ... import *");
      return;
    }
    Identifier Bound = A->asname.present() ? A->asname : A->name;
    std::string Sub = Name + "." + std::string(A->name.data, A->name.size);
    ir::Value *V;
    if (module.findPyModule(Sub))
      V = emit(Opcode::ModuleImport, Type::Object, {}, Sub);
    else
      V = emit(Opcode::ObjGetAttr, Type::Object, {loadLocal(MT)},
               sema::keyOf(A->name));
    const Ty *T = program.var(fs->scope, Bound).type;
    Type Want = irType(T);
    if (Want == Type::Float)
      V = emit(Opcode::UnboxFloat, Type::Float, {V});
    storeName(Bound, coerce(V, Want), A);
  }
}
