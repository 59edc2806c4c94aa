//===- LocalChecks.cpp - drop local.check of definitely bound locals ------===//
//
// A local read raises UnboundLocalError when no assignment reached it, so
// irgen emits local.check before reads it cannot see are bound. Most are
// not needed: a parameter, or a variable assigned before a loop, is bound
// everywhere after. This is the classic forward "definitely assigned"
// dataflow over the IR's blocks, a bit per local:
//
//   in(entry)  = {}
//   in(B)      = AND of out(P) over the predecessors P of B, where an
//                exception edge from P (P's handler is B) contributes what
//                is bound at every point of P: in(P) minus P's deletions
//   out(B)     = in(B), plus local.set/local.check, minus local.del, in order
//
// A local.check whose local is in the set where it stands is deleted. The
// result is a plain maximal fixpoint (blocks start at "all bound"), so a
// block no path reaches keeps nothing it would need at run time.
//
//===----------------------------------------------------------------------===//

#include "adder/ir/Passes.h"

#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

using namespace adder::ir;

namespace {

struct BlockState {
  llvm::BitVector in;
  llvm::BitVector deleted; // locals some local.del of the block unbinds
};

} // namespace

void adder::ir::removeRedundantLocalChecks(Function &F) {
  if (F.blocks.empty())
    return;
  llvm::StringMap<unsigned> Index;
  for (size_t I = 0; I < F.locals.size(); ++I)
    Index[F.locals[I].name] = unsigned(I);
  unsigned N = unsigned(F.locals.size());
  auto LocalOf = [&](const Instr &I) -> int {
    auto It = Index.find(I.attr);
    return It == Index.end() ? -1 : int(It->second);
  };

  llvm::DenseMap<const Block *, BlockState> States;
  for (auto &B : F.blocks) {
    BlockState &S = States[B.get()];
    S.in = llvm::BitVector(N, /*t=*/B.get() != F.blocks.front().get());
    S.deleted = llvm::BitVector(N);
    for (auto &I : B->instrs)
      if (I->op == Opcode::LocalDel)
        if (int L = LocalOf(*I); L >= 0)
          S.deleted.set(unsigned(L));
  }

  // Applies one instruction to the bound set.
  auto Transfer = [&](const Instr &I, llvm::BitVector &Bound) {
    int L = LocalOf(I);
    if (L < 0)
      return;
    if (I.op == Opcode::LocalSet || I.op == Opcode::LocalCheck)
      Bound.set(unsigned(L));
    else if (I.op == Opcode::LocalDel)
      Bound.reset(unsigned(L));
  };
  auto Meet = [&](const Block *To, const llvm::BitVector &V, bool &Changed) {
    BlockState &S = States[To];
    llvm::BitVector Old = S.in;
    S.in &= V;
    Changed |= S.in != Old;
  };

  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (auto &B : F.blocks) {
      const BlockState &S = States[B.get()];
      if (B->handler) {
        llvm::BitVector AnyPoint = S.in;
        AnyPoint.reset(S.deleted);
        Meet(B->handler, AnyPoint, Changed);
      }
      llvm::BitVector Out = States[B.get()].in;
      for (auto &I : B->instrs)
        Transfer(*I, Out);
      if (Instr *T = B->terminator())
        for (Block *Succ : T->successors)
          Meet(Succ, Out, Changed);
    }
  }

  for (auto &B : F.blocks) {
    llvm::BitVector Bound = States[B.get()].in;
    auto &Instrs = B->instrs;
    for (size_t K = 0; K < Instrs.size();) {
      Instr &I = *Instrs[K];
      int L = LocalOf(I);
      if (I.op == Opcode::LocalCheck && L >= 0 && Bound.test(unsigned(L))) {
        Instrs.erase(Instrs.begin() + K);
        continue;
      }
      Transfer(I, Bound);
      ++K;
    }
  }
}

void adder::ir::runPasses(Module &M) {
  for (auto &F : M.functions) {
    removeRedundantLocalChecks(*F);
    readListFloatsUnboxed(*F);
  }
}
