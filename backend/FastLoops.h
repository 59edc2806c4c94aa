//===- FastLoops.h - loops whose slow paths leave for a general copy -----===//
//
// See FastLoops.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_BACKEND_FASTLOOPS_H
#define ADDER_BACKEND_FASTLOOPS_H

#include "llvm/IR/PassManager.h"

#include <functional>

namespace adder::backend {

/// Versions the innermost loops of the functions Filter accepts so that
/// their slow paths continue in a general copy of the loop, then runs
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

} // namespace adder::backend

#endif
