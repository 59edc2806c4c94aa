//===- IRGenTry.cpp - try, raise and with ---------------------------------===//
//
// Exceptions reach handlers through each block's handler edge, so every
// region (try body, except clauses, finally, with body) starts a new block
// with its own handler. Each way out of a region that has something to do
// on the way (a finally body, restoring the exception being handled,
// calling __exit__) is a Cleanup that return, break and continue run;
// the normal exit runs it inline and the exceptional one from the
// region's handler block:
//
//   try: B                     B            [handler: except.dispatch]
//   except E as e: H     →     except.dispatch: take exc; handled = exc
//   finally: F                   match E → H [handler: except.unwind]
//                                no match → reraise
//                              F inline      (normal exits)
//                              finally.exc: handled = exc; F; reraise
//
// The handled exception (what a bare `raise` re-raises and what a new
// exception gets as __context__) is saved on entry to an except or
// finally block and restored on every way out of it.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace adder;
using namespace adder::irgen;

void IRGen::setHandler(ir::Block *H) {
  fs->handler = H;
  if (terminated() || fs->cur->handler == H)
    return;
  ir::Block *Next = newBlock("region");
  br(Next);
  setBlock(Next);
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
  unsigned Depth = unsigned(fs->loops.size());
  ir::Block *End = newBlock("try.end");
  // finally: a cleanup for every way out of the try and its handlers,
  // plus a handler that runs it and re-raises.
  ir::Block *FinallyHandler = nullptr;
  Cleanup FinallyCleanup{[this, &Final] { body(Final); }, Depth,
                         OuterHandler};
  if (!Final.empty()) {
    FinallyHandler = newBlock("finally.exc");
    fs->cleanups.push_back(FinallyCleanup);
  }
  // The normal way out of the try statement: the finally body inline.
  auto Leave = [&] {
    if (FinallyHandler) {
      fs->cleanups.pop_back();
      setHandler(OuterHandler);
      body(Final);
      fs->cleanups.push_back(FinallyCleanup);
    }
    br(End);
  };
  ir::Block *Inner = FinallyHandler ? FinallyHandler : OuterHandler;

  ir::Block *Dispatch = Handlers.empty() ? nullptr : newBlock("except");
  setHandler(Dispatch ? Dispatch : Inner);
  body(Body);
  // else: runs when the body finished without an exception; its own
  // exceptions are not handled by the except clauses.
  setHandler(Inner);
  body(Else);
  if (!terminated())
    Leave();

  if (Dispatch) {
    setBlock(Dispatch);
    line = S->line;
    ir::Value *Exc = emit(Opcode::ExcTake, Type::Object);
    std::string ExcT = newTemp(Type::Object), PrevT = newTemp(Type::Object);
    storeLocal(ExcT, Exc);
    storeLocal(PrevT, emit(Opcode::ExcGetHandled, Type::Object));
    emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(ExcT)});
    // Leaving the except block (normally, or by an exception, return or
    // break) restores the previously handled exception. The clauses'
    // matching runs with the exception handled too, as in CPython.
    fs->handler = Inner;
    ir::Block *Restore = newBlock("except.unwind");
    setHandler(Restore);
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
                              Depth, Inner});
      body(H->body);
      Cleanup Mine = fs->cleanups.back();
      fs->cleanups.pop_back();
      if (!terminated()) {
        Mine.run();
        Leave();
      }
      fs->handler = Restore;
      setBlock(NoMatch);
    }
    // No clause matched: re-raise (no new traceback entry) through the
    // restoring block.
    emit(Opcode::Reraise, Type::Void, {loadLocal(ExcT)});
    // An exception escaping the except block.
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
    // re-raise it; return, break or continue in the body drop it.
    ir::Value *Exc = emit(Opcode::ExcTake, Type::Object);
    std::string ExcT = newTemp(Type::Object), PrevT = newTemp(Type::Object);
    storeLocal(ExcT, Exc);
    storeLocal(PrevT, emit(Opcode::ExcGetHandled, Type::Object));
    emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(ExcT)});
    ir::Block *Restore = newBlock("finally.unwind");
    fs->cleanups.push_back({[this, PrevT] {
                              emit(Opcode::ExcSetHandled, Type::Void,
                                   {loadLocal(PrevT)});
                            },
                            Depth, OuterHandler});
    setHandler(Restore);
    body(Final);
    fs->cleanups.pop_back();
    // Re-raise through the restoring block.
    if (!terminated())
      emit(Opcode::Reraise, Type::Void, {loadLocal(ExcT)});
    setBlock(Restore);
    fs->handler = OuterHandler;
    ir::Value *Escaping = emit(Opcode::ExcTake, Type::Object);
    std::string EscT = newTemp(Type::Object);
    storeLocal(EscT, Escaping);
    emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(PrevT)});
    emit(Opcode::Reraise, Type::Void, {loadLocal(EscT)});
  }
  fs->handler = OuterHandler;
  setBlock(End);
}

/// with_stmt ::= 'with' item (',' item)* ':' block, one item at a time:
///
///   with M as T: B   →   exit = type(M).__exit__ bound; v = M.__enter__()
///                        T = v; B                [handler: with.exc]
///                        exit(None, None, None)  (every normal way out)
///                        with.exc: handled = exc
///                                  if not exit(type(exc), exc, tb): reraise
void IRGen::withStmt(With *W, size_t Item) {
  WithItem *I = W->items[Item];
  ir::Block *OuterHandler = fs->handler;
  unsigned Depth = unsigned(fs->loops.size());
  std::string MgrT = newTemp(Type::Object), ExitT = newTemp(Type::Object);
  storeLocal(MgrT, toObject(expr(I->context_expr)));
  line = W->line;
  storeLocal(ExitT,
             rtCall("adder_with_exit", Type::Object, {loadLocal(MgrT)}));
  ir::Value *Entered =
      rtCall("adder_with_enter", Type::Object, {loadLocal(MgrT)});
  ir::Block *End = newBlock("with.end");
  ir::Block *ExcB = newBlock("with.exc");
  Cleanup Exit{[this, ExitT, W] {
                 line = W->line;
                 ir::Value *None = toObject(constNone());
                 emit(Opcode::ObjCall, Type::Object,
                      {loadLocal(ExitT), None, None, None});
               },
               Depth, OuterHandler};
  fs->cleanups.push_back(Exit);
  setHandler(ExcB);
  if (I->optional_vars)
    assign(I->optional_vars, Entered);
  if (Item + 1 < W->items.size)
    withStmt(W, Item + 1);
  else
    body(W->body);
  fs->cleanups.pop_back();
  if (!terminated()) {
    setHandler(OuterHandler);
    Exit.run();
    br(End);
  }

  // The body raised: __exit__ runs with the exception handled (so one it
  // raises gets it as __context__) and decides whether it propagates.
  setBlock(ExcB);
  fs->handler = OuterHandler;
  line = W->line;
  std::string ExcT = newTemp(Type::Object), PrevT = newTemp(Type::Object);
  storeLocal(ExcT, emit(Opcode::ExcTake, Type::Object));
  storeLocal(PrevT, emit(Opcode::ExcGetHandled, Type::Object));
  emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(ExcT)});
  ir::Block *Restore = newBlock("with.unwind");
  setHandler(Restore);
  ir::Block *Suppress = newBlock("with.suppress");
  ir::Block *Propagate = newBlock("with.propagate");
  condBr(rtCall("adder_with_exit_exception", Type::Bool,
                {loadLocal(ExitT), loadLocal(ExcT)}),
         Suppress, Propagate);
  setBlock(Suppress);
  emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(PrevT)});
  br(End);
  setBlock(Propagate);
  emit(Opcode::Reraise, Type::Void, {loadLocal(ExcT)});
  setBlock(Restore);
  fs->handler = OuterHandler;
  std::string EscT = newTemp(Type::Object);
  storeLocal(EscT, emit(Opcode::ExcTake, Type::Object));
  emit(Opcode::ExcSetHandled, Type::Void, {loadLocal(PrevT)});
  emit(Opcode::Reraise, Type::Void, {loadLocal(EscT)});
  setBlock(End);
}
