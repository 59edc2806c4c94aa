//===- RuntimeSplit.cpp - the runtime as bitcode and as an object ---------===//
//
// Whole-program compilation without recompiling the runtime for every
// program (DESIGN.md decision 11). The build prepares each target's
// runtime once (prepareRuntime): every symbol becomes a hidden external
// one, the data that pruning rewrites per program (type objects, native
// module definitions, their method tables) is tagged, and the runtime is
// compiled to one object with a section per function, those tagged
// globals left undefined (emitRuntimeObject).
//
// A few runtime functions are compiled with each program instead
// (ADDER_PER_PROGRAM: adder_runtime_main), so facts about the program fold
// into them: a program that cannot raise loses the traceback printer.
//
// A program is lowered into the prepared bitcode, loaded lazily.
// prepareProgram keeps the program's functions and gives the runtime
// functions it calls directly an available_externally body (so the
// optimizer inlines their fast paths); every other runtime function
// becomes a declaration the runtime object defines. After optimization,
// pruning decides what the program reaches (Prune.cpp, through the
// summary of the runtime's functions stored at build time) and
// finishProgram keeps only the rewritten runtime data as definitions.
// The linker's --gc-sections drops what no live code references, which
// with the rewritten type objects is exactly what pruning left out.
//
//===----------------------------------------------------------------------===//

#include "RuntimeFacts.h"

#include "adder/backend/Backend.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace {

/// Marks the runtime's own global variables, to tell them from the
/// program's once a program is lowered into the module.
const char *const RuntimeKind = "adder.runtime";
/// The function attribute of runtime functions compiled with each program
/// (ADDER_PER_PROGRAM in the runtime's sources).
const char *const PerProgramAttr = "adder.per-program";

/// Turns the ADDER_PER_PROGRAM annotations into function attributes,
/// which a lazily loaded module has without reading any body.
void markPerProgramFunctions(Module &M) {
  for (const Function *F : adder::backend::annotatedFunctions(M, "adder.per-program"))
    const_cast<Function *>(F)->addFnAttr(PerProgramAttr);
}

} // namespace

bool adder::backend::isPerProgramFunction(const Function &F) {
  return F.hasFnAttribute(PerProgramAttr);
}

bool adder::backend::prepareRuntime(Module &M, std::string &Error) {
  if (llvm::Error E = M.materializeAll()) {
    Error = toString(std::move(E));
    return false;
  }
  MDNode *Empty = MDNode::get(M.getContext(), {});
  unsigned Unnamed = 0;
  for (GlobalValue &GV : M.global_values()) {
    if (GV.getName().starts_with("llvm."))
      continue;
    if (!GV.hasName())
      GV.setName("adder.rt." + Twine(Unnamed++));
    // Program objects refer to the runtime object's internals (slots,
    // method functions) by symbol.
    if (GV.hasLocalLinkage()) {
      GV.setLinkage(GlobalValue::ExternalLinkage);
      GV.setVisibility(GlobalValue::HiddenVisibility);
      GV.setDSOLocal(true);
    }
    if (auto *G = dyn_cast<GlobalVariable>(&GV))
      G->setMetadata(RuntimeKind, Empty);
  }
  markPerProgramFunctions(M);
  RuntimeLayout L;
  if (!readLayout(M, L) || !classifyRuntimeData(M)) {
    Error = "the runtime does not publish its layouts "
            "(runtime/core/Layout.cpp)";
    return false;
  }
  storeRuntimeSummary(M, L);
  return true;
}

bool adder::backend::emitRuntimeObject(Module &M, TargetMachine &TM,
                                       OptLevel Level, const std::string &Path,
                                       std::string &Error) {
  M.setTargetTriple(TM.getTargetTriple().str());
  M.setDataLayout(TM.createDataLayout());
  // Each program defines its own (pruned) copies of these.
  for (GlobalVariable &G : M.globals())
    if (isProgramSideData(G)) {
      G.setInitializer(nullptr);
      G.setLinkage(GlobalValue::ExternalLinkage);
    }
  for (Function &F : M)
    if (isPerProgramFunction(F))
      F.deleteBody();
  for (const char *Name : {"llvm.global.annotations", SummaryGlobal})
    if (GlobalVariable *G = M.getNamedGlobal(Name))
      G->eraseFromParent();
  // Only now, with the program-side data undefined, so that nothing folds
  // what each program's pruning rewrites (a type object's slots).
  optimizeRuntime(M, TM, Level);
  return emitFile(M, TM, Path, /*Assembly=*/false, Error);
}

bool adder::backend::isRuntimeGlobal(const GlobalVariable &G) {
  return G.hasMetadata(RuntimeKind);
}

void adder::backend::adoptRuntimeGlobal(GlobalVariable &G) {
  G.setMetadata(RuntimeKind, nullptr);
}

void adder::backend::prepareProgram(Module &M) {
  // Runtime functions the program refers to directly.
  SmallPtrSet<Function *, 32> Direct;
  for (Function &F : M) {
    if (!isProgramFunction(F) || F.isDeclaration())
      continue;
    for (BasicBlock &BB : F)
      for (Instruction &I : BB)
        for (Use &U : I.operands())
          if (auto *C = dyn_cast<Function>(U.get()->stripPointerCasts()))
            if (!isProgramFunction(*C))
              Direct.insert(C);
  }
  for (Function &F : M) {
    if (isProgramFunction(F) || F.isIntrinsic())
      continue;
    if (F.isDeclaration() && !F.isMaterializable())
      continue;
    bool Keep = isPerProgramFunction(F) ||
                (Direct.contains(&F) && !F.hasFnAttribute(Attribute::NoInline));
    if (Keep) {
      if (Error E = F.materialize()) {
        consumeError(std::move(E));
        Keep = false;
      }
    }
    if (!Keep) {
      F.deleteBody();
      continue;
    }
    if (!isPerProgramFunction(F))
      F.setLinkage(GlobalValue::AvailableExternallyLinkage);
  }
  // With the runtime's entry compiled here, nothing outside this module
  // refers to the program's entry and settings: let them fold into it.
  Function *RuntimeMain = M.getFunction("adder_runtime_main");
  if (RuntimeMain && !RuntimeMain->isDeclaration())
    for (GlobalValue &GV : M.global_values())
      if (GV.getName().starts_with("adder_program_") && !GV.isDeclaration())
        GV.setLinkage(GlobalValue::InternalLinkage);
}

void adder::backend::finishProgram(
    Module &M, const SmallPtrSetImpl<GlobalValue *> &Reached) {
  for (GlobalVariable &G : M.globals()) {
    if (!isRuntimeGlobal(G) || G.isDeclaration())
      continue;
    if (isProgramSideData(G) && Reached.contains(&G))
      continue; // the pruned definition lives in the program's object
    G.setInitializer(nullptr);
    G.setLinkage(GlobalValue::ExternalLinkage);
  }
  if (GlobalVariable *A = M.getNamedGlobal("llvm.global.annotations"))
    A->eraseFromParent();
}
