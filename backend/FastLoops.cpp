//===- FastLoops.cpp - loops whose slow paths leave for a general copy ----===//
//
// Compiled Python is fast paths with calls on the side: an int add that
// overflows calls the bigint code, a list read whose list changed kind
// calls the generic getter. Those calls are rare, but they join the fast
// path again, and at the join every value may be a bigint and every list
// header may have changed. So the tag of each int is tested again at each
// use, each list's kind, size and items are loaded again at each access,
// and floats live in memory across the loop because a call clobbers every
// register that could hold them.
//
// This pass versions a loop that can go around without calling: the loop
// is copied, the copy becomes the loop the preheader enters, and in the
// copy every edge to a block with a call goes instead to that block in the
// original loop, which runs the rest of the loop's iterations with
// everything general. The copy has no calls at all, so what its fast
// paths test stays tested and what they load stays loaded: LICM hoists
// the list headers and GVN drops the repeated tag tests. Inner loops go
// first, so an outer loop's copy holds their copies and the headers are
// loaded before the whole nest. The original loop, now entered only where
// a slow path starts, stays as correct as before.
//
//===----------------------------------------------------------------------===//

#include "FastLoops.h"

#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/LoopUtils.h"
#include "llvm/Transforms/Utils/SSAUpdater.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

#include <optional>

using namespace llvm;

namespace {

/// The llvm.loop note on a loop's copy.
constexpr const char *FastCopyNote = "adder.fast_copy";

/// Loops larger than this (LLVM instructions, inner copies included) are
/// left alone: copying them costs compile time for little gain. nbody's
/// loop over the bodies, holding two versions of the loop over pairs,
/// measures about 2,800.
constexpr unsigned MaxLoopInstructions = 4000;

/// A call to a function, which may do anything; intrinsics are inline code
/// (overflow checks, sqrt, memcpy) or hints.
bool isRealCall(const Instruction &I) {
  auto *Call = dyn_cast<CallBase>(&I);
  return Call && !isa<IntrinsicInst>(Call);
}

/// Whether an iteration can go around L without entering a block of Slow.
bool hasCallFreeCycle(Loop &L, const SmallPtrSetImpl<BasicBlock *> &Slow) {
  BasicBlock *Header = L.getHeader();
  if (Slow.contains(Header))
    return false;
  SmallPtrSet<BasicBlock *, 32> Seen{Header};
  SmallVector<BasicBlock *, 32> Work{Header};
  while (!Work.empty()) {
    BasicBlock *B = Work.pop_back_val();
    for (BasicBlock *S : successors(B)) {
      if (S == Header)
        return true;
      if (L.contains(S) && !Slow.contains(S) && Seen.insert(S).second)
        Work.push_back(S);
    }
  }
  return false;
}

/// The blocks of L holding a call: its slow paths. Empty when L has none,
/// when every iteration calls (the copy would leave at once), or when L
/// cannot be copied.
///
/// Block frequencies cannot tell the slow paths apart: the runtime marks
/// them unlikely, but a condition such as `I >= 0 && Kind == Floats` loses
/// its weights on the way. A call on a hot path costs only this: the copy
/// leaves for the original loop, which is the loop as it was.
SmallVector<BasicBlock *, 8> slowBlocks(Loop &L) {
  SmallVector<BasicBlock *, 8> Slow;
  unsigned Size = 0;
  for (BasicBlock *B : L.blocks()) {
    if (B->hasAddressTaken() ||
        !isa<BranchInst, SwitchInst>(B->getTerminator()))
      return {};
    bool HasCall = false;
    for (Instruction &I : *B) {
      ++Size;
      HasCall |= isRealCall(I);
      if (I.getType()->isTokenTy())
        return {};
    }
    if (HasCall)
      Slow.push_back(B);
  }
  SmallPtrSet<BasicBlock *, 8> SlowSet(Slow.begin(), Slow.end());
  if (Size > MaxLoopInstructions || !hasCallFreeCycle(L, SlowSet))
    return {};
  // An inner loop that calls on every iteration would send the copy to
  // the original loop each time it runs.
  for (Loop *Inner : L.getSubLoops())
    if (!hasCallFreeCycle(*Inner, SlowSet))
      return {};
  return Slow;
}

/// Names the copy's loop (its latches' llvm.loop metadata) so that
/// FastLoopUnswitchPass can find it.
void markFastCopy(BasicBlock *Header,
                  const SmallPtrSetImpl<BasicBlock *> &Copies) {
  LLVMContext &Ctx = Header->getContext();
  for (BasicBlock *Pred : predecessors(Header)) {
    if (!Copies.contains(Pred))
      continue;
    MDNode *Self = MDNode::getTemporary(Ctx, {}).release();
    MDNode *Id = MDNode::getDistinct(
        Ctx, {Self, MDNode::get(Ctx, MDString::get(Ctx, FastCopyNote))});
    Id->replaceOperandWith(0, Id);
    MDNode::deleteTemporary(Self);
    Pred->getTerminator()->setMetadata(LLVMContext::MD_loop, Id);
  }
}

/// Blocks of Clones that the copy's header still reaches.
SmallPtrSet<BasicBlock *, 32>
reachableClones(BasicBlock *Header,
                const SmallPtrSetImpl<BasicBlock *> &Clones) {
  SmallPtrSet<BasicBlock *, 32> Seen;
  SmallVector<BasicBlock *, 32> Work{Header};
  Seen.insert(Header);
  while (!Work.empty()) {
    BasicBlock *B = Work.pop_back_val();
    for (BasicBlock *S : successors(B))
      if (Clones.contains(S) && Seen.insert(S).second)
        Work.push_back(S);
  }
  return Seen;
}

/// Each value defined in Orig now reaches the blocks after the slow-path
/// entries both from itself and from its copy; SSAUpdater joins the two.
/// The values are listed first: the joins it inserts need no repair.
void repairSSA(ArrayRef<BasicBlock *> Orig, ValueToValueMapTy &VMap) {
  SmallVector<std::pair<Instruction *, Instruction *>, 64> Defs;
  for (BasicBlock *B : Orig)
    for (Instruction &I : *B)
      if (!I.use_empty())
        Defs.emplace_back(&I, dyn_cast_or_null<Instruction>(VMap.lookup(&I)));
  SmallVector<Use *, 16> Uses;
  for (auto [I, Copy] : Defs) {
    BasicBlock *B = I->getParent();
    Uses.clear();
    for (Use &U : I->uses()) {
      auto *User = cast<Instruction>(U.getUser());
      if (auto *Phi = dyn_cast<PHINode>(User)) {
        if (Phi->getIncomingBlock(U) == B)
          continue;
      } else if (User->getParent() == B) {
        continue;
      }
      Uses.push_back(&U);
    }
    if (Uses.empty())
      continue;
    SSAUpdater Updater;
    Updater.Initialize(I->getType(), I->getName());
    Updater.AddAvailableValue(B, I);
    if (Copy)
      Updater.AddAvailableValue(Copy->getParent(), Copy);
    for (Use *U : Uses)
      Updater.RewriteUse(*U);
  }
}

/// Versions L as the file comment says. Slow is slowBlocks(L).
void versionLoop(Loop &L, ArrayRef<BasicBlock *> Slow) {
  BasicBlock *Header = L.getHeader();
  BasicBlock *Preheader = L.getLoopPreheader();
  Function &F = *Header->getParent();
  SmallVector<BasicBlock *, 32> Orig(L.blocks());
  SmallPtrSet<BasicBlock *, 32> InLoop(Orig.begin(), Orig.end());

  ValueToValueMapTy VMap;
  SmallVector<BasicBlock *, 32> Copies;
  SmallPtrSet<BasicBlock *, 32> CopySet;
  for (BasicBlock *B : Orig) {
    BasicBlock *C = CloneBasicBlock(B, VMap, ".fast", &F);
    VMap[B] = C;
    Copies.push_back(C);
    CopySet.insert(C);
  }
  remapInstructionsInBlocks(Copies, VMap);
  auto Mapped = [&](Value *V) -> Value * {
    Value *M = VMap.lookup(V);
    return M ? M : V;
  };

  // Phis of blocks the copy now branches to, outside the loop (its exits)
  // and inside it (the slow blocks), take the copy's values on its edges.
  SmallVector<BasicBlock *, 8> Targets(Slow.begin(), Slow.end());
  SmallVector<BasicBlock *, 8> Exits;
  L.getUniqueExitBlocks(Exits);
  Targets.append(Exits.begin(), Exits.end());
  for (BasicBlock *T : Targets)
    for (PHINode &Phi : T->phis())
      for (unsigned K = 0, N = Phi.getNumIncomingValues(); K < N; ++K) {
        BasicBlock *From = Phi.getIncomingBlock(K);
        if (InLoop.contains(From))
          Phi.addIncoming(Mapped(Phi.getIncomingValue(K)),
                          cast<BasicBlock>(VMap[From]));
      }
  for (BasicBlock *C : Copies) {
    Instruction *Term = C->getTerminator();
    for (unsigned K = 0, N = Term->getNumSuccessors(); K < N; ++K)
      for (BasicBlock *S : Slow)
        if (Term->getSuccessor(K) == VMap[S])
          Term->setSuccessor(K, S);
  }

  // The preheader enters the copy; the original is entered only by the
  // copy's slow-path edges.
  auto *CopyHeader = cast<BasicBlock>(VMap[Header]);
  Preheader->getTerminator()->replaceSuccessorWith(Header, CopyHeader);
  markFastCopy(CopyHeader, CopySet);
  for (PHINode &Phi : Header->phis())
    Phi.removeIncomingValue(Preheader, /*DeletePHIIfEmpty=*/false);

  // The copies of the slow blocks, and what only they reached, are dead.
  SmallPtrSet<BasicBlock *, 32> Live = reachableClones(CopyHeader, CopySet);
  SmallVector<BasicBlock *, 16> Dead;
  for (BasicBlock *C : Copies)
    if (!Live.contains(C))
      Dead.push_back(C);
  DeleteDeadBlocks(Dead);
  repairSSA(Orig, VMap);
}

} // namespace

PreservedAnalyses
adder::backend::FastLoopsPass::run(Function &F, FunctionAnalysisManager &FAM) {
  if (F.isDeclaration() || !Filter(F))
    return PreservedAnalyses::all();
  // Inner loops first: an outer loop's copy then holds the fast copies of
  // its inner loops, whose slow paths lead to the original outer loop.
  SmallVector<BasicBlock *, 8> Headers;
  for (Loop *L : FAM.getResult<LoopAnalysis>(F).getLoopsInPreorder())
    Headers.push_back(L->getHeader());
  bool Changed = false;
  // Each change moves blocks between loops: the loops are found again
  // after one.
  std::optional<DominatorTree> DT;
  std::optional<LoopInfo> LI;
  for (BasicBlock *Header : llvm::reverse(Headers)) {
    if (!LI) {
      DT.emplace(F);
      LI.emplace(*DT);
    }
    Loop *L = LI->getLoopFor(Header);
    if (!L || L->getHeader() != Header)
      continue;
    SmallVector<BasicBlock *, 8> Slow = slowBlocks(*L);
    if (Slow.empty())
      continue;
    if (!L->getLoopPreheader() &&
        !InsertPreheaderForLoop(L, &*DT, &*LI, nullptr,
                                /*PreserveLCSSA=*/false))
      continue;
    versionLoop(*L, Slow);
    Changed = true;
    LI.reset();
    DT.reset();
  }
  if (!Changed)
    return PreservedAnalyses::all();
  removeUnreachableBlocks(F);
  PreservedAnalyses None = PreservedAnalyses::none();
  FAM.invalidate(F, None);
  Cleanup.run(F, FAM);
  return PreservedAnalyses::none();
}

PreservedAnalyses
adder::backend::FastLoopUnswitchPass::run(Loop &L, LoopAnalysisManager &AM,
                                          LoopStandardAnalysisResults &AR,
                                          LPMUpdater &U) {
  if (!findStringMetadataForLoop(&L, FastCopyNote))
    return PreservedAnalyses::all();
  return Unswitch.run(L, AM, AR, U);
}
