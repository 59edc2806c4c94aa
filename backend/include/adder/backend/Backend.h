//===- Backend.h - from typed IR to an executable image ---------*- C++ -*-===//
//
// The backend's stages, each usable alone (and each dumpable by the
// driver): lowerProgram generates LLVM IR for the program *into the
// runtime's bitcode module* of the target, so every runtime call site
// matches the runtime's own signature and calling convention and the whole
// program optimizes as one unit (DESIGN.md decision 11); optimizeModule
// internalizes and runs the new pass manager; emitObject writes an object
// or assembly file; the link functions produce the executable or firmware.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_BACKEND_BACKEND_H
#define ADDER_BACKEND_BACKEND_H

#include "adder/ir/IR.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <memory>
#include <string>
#include <vector>

namespace adder::sema {
struct RuntimeFunctionInfo;
}

namespace adder::backend {

enum class OptLevel { O0, O2, Os };

struct LowerOptions {
  /// Heap size requested with --heap (0: the target's default).
  uint64_t heapSize = 0;
  bool gcStress = false;
};

/// Loads the runtime bitcode for a target into Context.
std::unique_ptr<llvm::Module> loadRuntime(llvm::LLVMContext &Context,
                                          const std::string &Path,
                                          std::string &Error);

/// Lowers Program into Runtime (the module loadRuntime returned).
bool lowerProgram(const ir::Module &Program, llvm::Module &Runtime,
                  const LowerOptions &Options, std::string &Error);

/// Creates the TargetMachine for a triple/cpu/features.
std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const std::string &Triple, const std::string &Cpu,
                    const std::string &Features, bool HardFloat,
                    OptLevel Level, std::string &Error);

/// Internalizes everything but the entry points and optimizes.
void optimizeModule(llvm::Module &M, llvm::TargetMachine &TM, OptLevel Level);

/// Writes an object (or assembly) file.
bool emitFile(llvm::Module &M, llvm::TargetMachine &TM, const std::string &Path,
              bool Assembly, std::string &Error);

/// The program's own functions as text (runtime functions as
/// declarations only), for --emit=llvm.
std::string printProgramIR(llvm::Module &M);

/// Names of functions the lowering created (the program's code).
bool isProgramFunction(const llvm::Function &F);

/// Checks a runtime definition's LLVM type against its Builtins.td record;
/// false with Why set when they differ.
bool checkRuntimeFunction(const llvm::Function &F,
                          const sema::RuntimeFunctionInfo &Info,
                          std::string &Why);
/// Every Builtins.td function checked against a runtime build; one line
/// per problem (missing or mistyped definitions).
std::vector<std::string> checkRuntimeAbi(const llvm::Module &Runtime);

} // namespace adder::backend

#endif
