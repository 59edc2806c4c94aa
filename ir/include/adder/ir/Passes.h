//===- Passes.h - IR-to-IR simplifications ----------------------*- C++ -*-===//
//
// Simplifications that need Python's meaning and so cannot be left to
// LLVM, run on the typed IR between irgen and the lowering. Each is a
// small function over one ir::Function; the driver runs them in order
// with runPasses, and the verifier checks the result.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_IR_PASSES_H
#define ADDER_IR_PASSES_H

#include "adder/ir/IR.h"

namespace adder::ir {

/// Deletes local.check instructions of locals that every path to them has
/// bound (a forward "definitely assigned" dataflow, exception edges
/// included). irgen checks every read that is not preceded by a store in
/// the same block; most of those checks are provably dead.
void removeRedundantLocalChecks(Function &F);

/// Reads list items as unboxed doubles (adder_list_getitem_float,
/// adder_list_item_float) where every use of the boxed read unboxes it.
void readListFloatsUnboxed(Function &F);

/// Runs every pass on every function of M.
void runPasses(Module &M);

} // namespace adder::ir

#endif
