//===- FastLoops.h - loops whose slow paths leave for a general copy -----===//
//
// See FastLoops.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_BACKEND_FASTLOOPS_H
#define ADDER_BACKEND_FASTLOOPS_H

#include "llvm/IR/PassManager.h"
#include "llvm/Transforms/Scalar/LoopPassManager.h"
#include "llvm/Transforms/Scalar/SimpleLoopUnswitch.h"

#include <functional>

namespace adder::backend {

/// Versions the loops (inner ones first) of the functions Filter accepts so
/// that their slow paths continue in a general copy of the loop, then runs
/// Cleanup (LICM, GVN, ...) over each function it changed.
class FastLoopsPass : public llvm::PassInfoMixin<FastLoopsPass> {
public:
  FastLoopsPass(std::function<bool(const llvm::Function &)> Filter,
                llvm::FunctionPassManager Cleanup)
      : Filter(std::move(Filter)), Cleanup(std::move(Cleanup)) {}
  llvm::PreservedAnalyses run(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);

private:
  std::function<bool(const llvm::Function &)> Filter;
  llvm::FunctionPassManager Cleanup;
};

/// Non-trivial unswitching on the loops FastLoopsPass copied: once their
/// list headers are loaded before the loop, a test of a list's kind that
/// selects between two fast paths (a Bools list or one of objects) is
/// invariant, and each version of the loop keeps one path. Elsewhere
/// unswitching copies loops for little.
class FastLoopUnswitchPass : public llvm::PassInfoMixin<FastLoopUnswitchPass> {
public:
  llvm::PreservedAnalyses run(llvm::Loop &L, llvm::LoopAnalysisManager &AM,
                              llvm::LoopStandardAnalysisResults &AR,
                              llvm::LPMUpdater &U);

private:
  llvm::SimpleLoopUnswitchPass Unswitch{/*NonTrivial=*/true};
};

} // namespace adder::backend

#endif
