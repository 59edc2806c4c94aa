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

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <functional>
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
/// Loads a runtime bitcode; Lazy leaves function bodies unread until
/// used (programs touch a fraction of the runtime).
std::unique_ptr<llvm::Module> loadRuntime(llvm::LLVMContext &Context,
                                          const std::string &Path,
                                          std::string &Error,
                                          bool Lazy = false);

/// Lowers Program into Runtime (the module loadRuntime returned).
bool lowerProgram(const ir::Module &Program, llvm::Module &Runtime,
                  const LowerOptions &Options, std::string &Error);

/// Creates the TargetMachine for a triple/cpu/features.
std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const std::string &Triple, const std::string &Cpu,
                    const std::string &Features, bool HardFloat,
                    OptLevel Level, std::string &Error);

/// Internalizes everything but the entry points and optimizes.
/// Internalizes everything but the entry points, prunes unreachable
/// runtime code (unless Prune is false) and runs the optimization pipeline.
void optimizeModule(llvm::Module &M, llvm::TargetMachine &TM, OptLevel Level,
                    bool Prune = true);

/// Computes what the program can reach (Reached) and rewrites the reached
/// type objects and method tables so that type slots nothing reads and
/// methods whose names nothing spells are gone (Prune.cpp). KeepAll keeps
/// every slot and method. False if the runtime publishes no layouts.
bool pruneRuntime(llvm::Module &M, bool KeepAll,
                  llvm::SmallPtrSetImpl<llvm::GlobalValue *> &Reached);

/// Tags the runtime data each program defines for itself (type objects,
/// native module definitions, prunable method tables).
bool classifyRuntimeData(llvm::Module &M);
bool isProgramSideData(const llvm::GlobalVariable &G);

/// Build time: turns a linked runtime bitcode into the prepared form every
/// program is compiled against (RuntimeSplit.cpp).
bool prepareRuntime(llvm::Module &M, std::string &Error);
/// Build time: the prepared runtime as one object, a section per function,
/// without the data programs define, optimized at Level across its source
/// files (each was optimized alone when compiled to bitcode).
bool emitRuntimeObject(llvm::Module &M, llvm::TargetMachine &TM,
                       OptLevel Level, const std::string &Path,
                       std::string &Error);
/// Runs the default pipeline for Level over a runtime module (no
/// internalizing or pruning: every runtime function stays defined).
void optimizeRuntime(llvm::Module &M, llvm::TargetMachine &TM,
                     OptLevel Level);
/// A runtime function compiled with each program (ADDER_PER_PROGRAM).
bool isPerProgramFunction(const llvm::Function &F);
/// True for globals that came from the runtime bitcode.
bool isRuntimeGlobal(const llvm::GlobalVariable &G);
/// The program defines G, which the runtime only declares
/// (adder_program_heap_size...).
void adoptRuntimeGlobal(llvm::GlobalVariable &G);
/// Before optimization: keeps the program's code, the runtime functions
/// compiled per program and inlinable bodies of those it calls; the rest
/// become declarations (RuntimeSplit.cpp).
void prepareProgram(llvm::Module &M);
/// After pruning: the runtime data the program's object must define stay,
/// the rest become declarations the runtime object defines.
void finishProgram(llvm::Module &M,
                   const llvm::SmallPtrSetImpl<llvm::GlobalValue *> &Reached);

/// Writes an object (or assembly) file.
bool emitFile(llvm::Module &M, llvm::TargetMachine &TM, const std::string &Path,
              bool Assembly, std::string &Error);

/// How many objects emitObjects makes of M: one per hardware thread (at
/// most 4) when M is big enough for the split to pay, else 1.
unsigned codegenPartitions(const llvm::Module &M);

/// Writes M as Paths.size() object files generated in parallel, each by
/// its own target machine from MakeTM (llvm::splitCodeGen). M's internal
/// symbols become hidden globals so that the pieces link together.
bool emitObjects(llvm::Module &M,
                 const std::function<std::unique_ptr<llvm::TargetMachine>()>
                     &MakeTM,
                 const std::vector<std::string> &Paths, std::string &Error);

/// The program's own functions as text (runtime functions as
/// declarations only), for --emit=llvm.
std::string printProgramIR(llvm::Module &M);

/// Names of functions the lowering created (the program's code).
bool isProgramFunction(const llvm::Function &F);
/// The attribute of a program function small enough to inline where a call
/// is worth inlining (optimizeModule decides which calls).
constexpr const char *SmallFunctionAttr = "adder.small";

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
