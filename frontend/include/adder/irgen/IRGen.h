//===- IRGen.h - lowering the typed AST to IR -------------------*- C++ -*-===//
//
// The stage between sema and the backend: every function of the program
// becomes an IR function whose operations follow the inferred types
// (typed arithmetic where types are known, the runtime's dynamic path
// where not). Constructs the compiler does not support yet are compile
// errors naming the construct and its place, never wrong code.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_IRGEN_IRGEN_H
#define ADDER_IRGEN_IRGEN_H

#include "adder/ir/IR.h"
#include "adder/sema/Program.h"

#include <memory>

namespace adder::irgen {

using sema::CompileError;

struct IRGenOptions {
  /// Check the stack depth in every function prologue (RecursionError).
  bool stackChecks = true;
  /// Name source files by absolute path in tracebacks and __file__, as
  /// CPython does (the host, where the program can read its sources);
  /// otherwise as given on the command line (a board image stays small).
  bool absolutePaths = false;
};

std::unique_ptr<ir::Module> generateIR(sema::Program &P,
                                       const IRGenOptions &Options,
                                       CompileError &Err);

} // namespace adder::irgen

#endif
