//===- LowerGenerator.cpp - IR to LLVM: generators as state machines ------===//
//
// A generator's resume function (ir::Function::generatorResume) is lowered
// as an ordinary function over allocas, so inside the stretches between
// yields its locals are registers and the typed fast paths are untouched.
// Only the suspension points differ from a plain function:
//
//   entry:   locals = frame[...]            (every local, from the heap)
//            switch adder_generator_enter(gen) { 0: body, K: resume.K }
//   yield K: frame[...] = locals; adder_generator_suspend(gen, K); ret v
//   resume.K: raise the exception thrown in, if any; continue after yield K
//
// This is the stackless design the boards need (no threads, no second
// stack, nothing target-specific): the frame is a heap object the
// collector traces precisely, and a resumption costs a load and a store
// per local. LLVM coroutines would also work, but their frames are laid
// out by LLVM, out of reach of a precise collector, and their lowering of
// error returns would duplicate ours.
//
//===----------------------------------------------------------------------===//

#include "LowerImpl.h"

using namespace adder;
using namespace adder::backend;
using namespace llvm;

const Lowering::FrameLayout &Lowering::frameLayout(const ir::Function *F) {
  auto It = frameLayouts.find(F);
  if (It != frameLayouts.end())
    return It->second;
  FrameLayout L;
  unsigned WordBytes = wordBits / 8;
  unsigned Raw = 0;
  for (const ir::Local &Local : F->locals) {
    if (ir::isWord(Local.type)) {
      L.offset.push_back(L.words++ * WordBytes);
    } else {
      L.offset.push_back(Raw);
      Raw += 8;
    }
  }
  // Raw slots start 8-aligned after the Values; the bound flags follow.
  unsigned RawBase = (L.words * WordBytes + 7) & ~7u;
  for (size_t I = 0; I < F->locals.size(); ++I)
    if (!ir::isWord(F->locals[I].type))
      L.offset[I] += RawBase;
  for (size_t I = 0; I < F->locals.size(); ++I)
    L.flagOffset.push_back(ir::isWord(F->locals[I].type) ? 0
                                                         : RawBase + Raw++);
  L.rawBytes = (Raw + 7) & ~7u;
  return frameLayouts[F] = std::move(L);
}

Value *Lowering::frameAddress(Value *Frame, unsigned Offset) {
  return b.CreateConstGEP1_32(i8Ty, Frame, Offset);
}

void Lowering::transferLocals(const ir::Function *From, Value *Frame,
                              const ir::Function *Layout, bool Load) {
  const FrameLayout &L = frameLayout(Layout);
  for (const ir::Local &Local : From->locals) {
    int Index = Layout->findLocal(Local.name);
    if (Index < 0)
      continue;
    AllocaInst *A = locals.lookup(Local.name);
    Type *T = A->getAllocatedType();
    Value *Slot = frameAddress(Frame, L.offset[unsigned(Index)]);
    Align Al(ir::isWord(Local.type) ? wordBits / 8 : 8);
    if (T->isIntegerTy(1)) {
      // bool: one byte in the raw area.
      if (Load)
        b.CreateStore(b.CreateTrunc(b.CreateLoad(i8Ty, Slot), i1Ty), A);
      else
        b.CreateStore(b.CreateZExt(b.CreateLoad(i1Ty, A), i8Ty), Slot);
    } else if (Load) {
      b.CreateStore(b.CreateAlignedLoad(T, Slot, Al), A);
    } else {
      b.CreateAlignedStore(b.CreateLoad(T, A), Slot, Al);
    }
    if (AllocaInst *Flag = boundFlags.lookup(Local.name)) {
      Value *FlagSlot = frameAddress(Frame, L.flagOffset[unsigned(Index)]);
      if (Load)
        b.CreateStore(b.CreateTrunc(b.CreateLoad(i8Ty, FlagSlot), i1Ty), Flag);
      else
        b.CreateStore(b.CreateZExt(b.CreateLoad(i1Ty, Flag), i8Ty), FlagSlot);
    }
  }
}

void Lowering::beginResume() {
  resumePoints.clear();
  Function *FrameFn = runtimeFunction("adder_generator_frame");
  if (!FrameFn)
    return;
  resumeFrame = b.CreateCall(FrameFn, {fn->getArg(0)});
  transferLocals(irFn, resumeFrame, irFn, /*Load=*/true);
}

void Lowering::dispatchResume() {
  Function *Enter = runtimeFunction("adder_generator_enter");
  if (!Enter)
    return;
  Value *State = b.CreateCall(Enter, {fn->getArg(0)});
  SwitchInst *S = b.CreateSwitch(State, blocks.lookup(irFn->blocks.front().get()),
                                 unsigned(resumePoints.size()));
  for (size_t K = 0; K < resumePoints.size(); ++K)
    S->addCase(ConstantInt::get(i32Ty, K + 1), resumePoints[K]);
}

Value *Lowering::lowerGenNew(const ir::Instr &I) {
  const ir::Function *Resume = program.findFunction(I.attr);
  const FrameLayout &L = frameLayout(Resume);
  std::string Name = irFn->signature ? irFn->signature->name : irFn->codeName;
  std::string Qualname =
      irFn->signature ? irFn->signature->qualname : irFn->codeName;
  Value *G = callChecked(
      "adder_generator_new",
      {typed.lookup(Resume), codeInfo(Resume), asWord(strObject(Name)),
       asWord(strObject(Qualname)), operand(I, 0), word(L.words),
       word(L.rawBytes)});
  Function *FrameFn = runtimeFunction("adder_generator_frame");
  if (!FrameFn)
    return G;
  // The ramp's locals (the parameters, the cells) start the frame.
  transferLocals(irFn, b.CreateCall(FrameFn, {G}), Resume, /*Load=*/false);
  return G;
}

void Lowering::lowerYield(const ir::Instr &I) {
  transferLocals(irFn, resumeFrame, irFn, /*Load=*/false);
  unsigned Point = unsigned(resumePoints.size() + 1);
  if (Function *Suspend = runtimeFunction("adder_generator_suspend"))
    b.CreateCall(Suspend, {fn->getArg(0), ConstantInt::get(i32Ty, Point)});
  b.CreateRet(operand(I, 0));
  BasicBlock *Resume = BasicBlock::Create(ctx, "resume", fn);
  resumePoints.push_back(Resume);
  b.SetInsertPoint(Resume);
  // An exception thrown in is raised here; a `yield from` passes it to its
  // delegate instead.
  if (I.attr != "delegate")
    errorIf(pendingIsSet());
  b.CreateBr(blocks.lookup(I.successors[0]));
}

void Lowering::lowerYieldFromSend(const ir::Instr &I) {
  AllocaInst *Out = entryAlloca(wordTy, 1, "yieldfrom.out");
  Value *Status = callChecked("adder_yield_from_send",
                              {fn->getArg(0), operand(I, 0), operand(I, 1), Out});
  values[&I] = b.CreateLoad(wordTy, Out);
  b.CreateCondBr(b.CreateICmpNE(Status, ConstantInt::get(Status->getType(), 0)),
                 blocks.lookup(I.successors[0]),
                 blocks.lookup(I.successors[1]));
}
