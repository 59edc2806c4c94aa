//===- IRGenGenerator.cpp - generator functions and expressions -----------===//
//
// A generator function becomes two IR functions:
//
//   def count(n):          func @count(%n: int) -> object      (the ramp)
//       i = 0                local.set $n %n
//       while i < n:         %g = gen.new @count.resume(none)
//           yield i          ret %g
//           i += 1         func @count.resume(%gen, %sent) -> object
//                            generator; same locals as the ramp, and more
//                            ... yield %i -> ^resume.1
//                          ^resume.1: %s = yield.value ...
//
// The ramp is what callers call, typed entry and generic entry alike: it
// binds the parameters (making cells as any function does) and creates
// the generator, whose frame starts with the ramp's locals. The resume
// function holds the body; the backend turns it into a state machine over
// the frame (backend/LowerGenerator.cpp). Locals keep the types sema
// inferred, so the code between yields is as fast as in any function.
//
// Values never stay in SSA form across a yield: everything irgen keeps
// across an expression's evaluation lives in (temporary) locals already,
// and locals are what the frame saves.
//
// A generator expression is a generator function of its own scope whose
// one parameter is the iterator of its first iterable (evaluated, and
// iter() taken, where the expression is, as CPython does).
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace adder;
using namespace adder::irgen;

void IRGen::declareResume(FunctionInfo *F, ir::Function *Ramp) {
  ir::Function *R = module.addFunction(Ramp->name + ".resume");
  R->generatorResume = true;
  R->cold = Ramp->cold;
  R->codeName = Ramp->codeName;
  R->pyModule = Ramp->pyModule;
  R->addParam("gen", Type::Object);
  R->addParam("sent", Type::Object);
  R->returnType = Type::Object;
  resumeFunctions[F] = R;
}

void IRGen::startGeneratorBody(FunctionInfo *F) {
  ir::Function *Ramp = fs->fn;
  ir::Function *Resume = resumeFunctions.lookup(F);
  ir::Value *Self =
      Ramp->takesSelf ? Ramp->params[0].get() : toObject(constNone());
  ir::Value *G = emit(Opcode::GenNew, Type::Object, {Self}, Resume->name);
  emit(Opcode::Ret, Type::Void, {G});
  // The frame holds the ramp's locals under the same names; the body adds
  // its temporaries after them.
  Resume->locals = Ramp->locals;
  fs->fn = Resume;
  setBlock(Resume->addBlock("entry"));
  if (options.stackChecks)
    emit(Opcode::StackCheck, Type::Void);
}

/// yield_expr ::= 'yield' [expr]
ir::Value *IRGen::yieldExpr(Yield *Y) {
  if (!fs->fn->generatorResume) {
    unsupported(Y, "'yield' here");
    return constNone();
  }
  ir::Value *V = Y->value ? toObject(expr(Y->value)) : toObject(constNone());
  ir::Block *Resume = newBlock("yield.resume");
  ir::Instr *I = emit(Opcode::Yield, Type::Void, {V});
  I->successors.push_back(Resume);
  setBlock(Resume);
  return emit(Opcode::YieldValue, Type::Object);
}

/// `yield from x`:
///
///   it = iter(x); sent = None
///   step: v = yieldfrom.send(it, sent) -> yield, done
///   yield: yield v (delegate) -> resume
///   resume: sent = yield.value; br step
///   done: the result is v, the delegate's return value
ir::Value *IRGen::yieldFrom(YieldFrom *Y) {
  if (!fs->fn->generatorResume) {
    unsupported(Y, "'yield from' here");
    return constNone();
  }
  ir::Value *It = emit(Opcode::ObjIter, Type::Object, {toObject(expr(Y->value))});
  std::string ItT = newTemp(Type::Object), SentT = newTemp(Type::Object);
  storeLocal(ItT, It);
  storeLocal(SentT, toObject(constNone()));
  ir::Block *Step = newBlock("yieldfrom.step");
  ir::Block *YieldB = newBlock("yieldfrom.yield");
  ir::Block *Resume = newBlock("yieldfrom.resume");
  ir::Block *Done = newBlock("yieldfrom.done");
  br(Step);
  setBlock(Step);
  ir::Instr *S = emit(Opcode::YieldFromSend, Type::Object,
                      {loadLocal(ItT), loadLocal(SentT)});
  S->successors.push_back(YieldB);
  S->successors.push_back(Done);
  setBlock(YieldB);
  ir::Instr *I = emit(Opcode::Yield, Type::Void, {S}, "delegate");
  I->successors.push_back(Resume);
  setBlock(Resume);
  storeLocal(SentT, emit(Opcode::YieldValue, Type::Object));
  br(Step);
  setBlock(Done);
  return S;
}

ir::Value *IRGen::generatorObject(GeneratorExp *G) {
  FunctionInfo *F = program.functionOf(fs->module->scopes.scopeOf(G));
  ir::Function *Ramp = irFunctions.lookup(F);
  ir::Value *Iterable = toObject(iterable(G->generators[0]->iter));
  std::string IterT = newTemp(Type::Object);
  storeLocal(IterT, emit(Opcode::ObjIter, Type::Object, {Iterable}));
  std::vector<ir::Value *> Args;
  if (Ramp->takesSelf)
    Args.push_back(makeFunction(F, nullptr));
  Args.push_back(loadLocal(IterT));
  return emit(Opcode::Call, Type::Object, Args, Ramp->name);
}

void IRGen::generatorExpBody(GeneratorExp *G) {
  // for target in .0 [if ...] [for ... [if ...]]: yield elt
  std::function<void(size_t, ir::Block *)> Level = [&](size_t I,
                                                       ir::Block *Exit) {
    Comprehension *C = G->generators[I];
    const Ty *IterTy = program.typeOf(C->iter);
    bool IsList = I > 0 && IterTy->is(TyKind::List);
    ir::Block *Head = newBlock("genexpr.head"), *Body = newBlock("genexpr.body");
    ir::Block *Next = newBlock("genexpr.next");
    std::string It, Lst, Idx;
    if (I == 0) {
      It = ".0";
    } else if (IsList) {
      Lst = newTemp(Type::List);
      Idx = newTemp(Type::Int);
      storeLocal(Lst, iterable(C->iter));
      storeLocal(Idx, constInt(0));
    } else {
      It = newTemp(Type::Object);
      storeLocal(It, emit(Opcode::ObjIter, Type::Object,
                          {toObject(iterable(C->iter))}));
    }
    clauseItem(C, IsList, Lst, Idx, It, Head, Body, Exit, Next, "genexpr.if");
    if (I + 1 < G->generators.size) {
      Level(I + 1, Next);
    } else {
      ir::Value *V = toObject(expr(G->elt));
      ir::Block *Resume = newBlock("genexpr.resume");
      ir::Instr *Y = emit(Opcode::Yield, Type::Void, {V});
      Y->successors.push_back(Resume);
      setBlock(Resume);
    }
    clauseNext(IsList, Idx, Head, Next);
  };
  ir::Block *Done = newBlock("genexpr.done");
  Level(0, Done);
  setBlock(Done);
}
