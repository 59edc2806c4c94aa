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
// A program is lowered into the prepared bitcode, loaded lazily; pruning
// decides what it reaches (Prune.cpp); splitProgram then keeps the
// program's functions, its own data and the pruned runtime tables as
// definitions, gives the runtime functions the program calls directly an
// available_externally body (so the optimizer inlines their fast paths),
// and turns everything else into declarations the runtime object defines.
// The linker's --gc-sections drops what no live code references, which
// with the rewritten type objects is exactly what pruning left out.
//
//===----------------------------------------------------------------------===//

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

} // namespace

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
  if (!classifyRuntimeData(M)) {
    Error = "the runtime does not publish its layouts "
            "(runtime/core/Layout.cpp)";
    return false;
  }
  return true;
}

bool adder::backend::emitRuntimeObject(Module &M, TargetMachine &TM,
                                       const std::string &Path,
                                       std::string &Error) {
  M.setTargetTriple(TM.getTargetTriple().str());
  M.setDataLayout(TM.createDataLayout());
  // Each program defines its own (pruned) copies of these.
  for (GlobalVariable &G : M.globals())
    if (isProgramSideData(G)) {
      G.setInitializer(nullptr);
      G.setLinkage(GlobalValue::ExternalLinkage);
    }
  if (GlobalVariable *A = M.getNamedGlobal("llvm.global.annotations"))
    A->eraseFromParent();
  return emitFile(M, TM, Path, /*Assembly=*/false, Error);
}

bool adder::backend::isRuntimeGlobal(const GlobalVariable &G) {
  return G.hasMetadata(RuntimeKind);
}

void adder::backend::adoptRuntimeGlobal(GlobalVariable &G) {
  G.setMetadata(RuntimeKind, nullptr);
}

void adder::backend::splitProgram(
    Module &M, const SmallPtrSetImpl<GlobalValue *> &Reached) {
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
    if (Direct.contains(&F) && !F.hasFnAttribute(Attribute::NoInline)) {
      if (Error E = F.materialize()) {
        consumeError(std::move(E));
        F.deleteBody();
        continue;
      }
      F.setLinkage(GlobalValue::AvailableExternallyLinkage);
      continue;
    }
    F.deleteBody();
  }
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
