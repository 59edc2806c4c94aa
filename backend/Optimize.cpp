//===- Optimize.cpp - target machines, optimization, object emission ------===//
//
// The program is lowered into the runtime's bitcode; after pruning and
// splitting (Prune.cpp, RuntimeSplit.cpp) the module holds the program,
// the runtime data it rewrote and available_externally bodies of the
// runtime functions it calls, so the optimizer inlines their fast paths
// while the runtime itself is compiled once per target.
//
//===----------------------------------------------------------------------===//

#include "adder/backend/Backend.h"

#include "FastLoops.h"

#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/InstCombine/InstCombine.h"
#include "llvm/Transforms/Scalar/GVN.h"
#include "llvm/Transforms/Scalar/LICM.h"
#include "llvm/Transforms/Scalar/LoopPassManager.h"
#include "llvm/Transforms/Scalar/SimpleLoopUnswitch.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"
#include "llvm/Transforms/Utils/SplitModule.h"

#include <thread>

using namespace adder;
using namespace adder::backend;
using namespace llvm;

std::unique_ptr<TargetMachine>
adder::backend::createTargetMachine(const std::string &TripleName,
                                    const std::string &Cpu,
                                    const std::string &Features,
                                    bool HardFloat, OptLevel Level,
                                    std::string &Error) {
  static bool Initialized = [] {
    InitializeAllTargetInfos();
    InitializeAllTargets();
    InitializeAllTargetMCs();
    InitializeAllAsmPrinters();
    InitializeAllAsmParsers();
    return true;
  }();
  (void)Initialized;
  const Target *T = TargetRegistry::lookupTarget(TripleName, Error);
  if (!T)
    return nullptr;
  TargetOptions Options;
  // A section per function and object, for the linker's --gc-sections
  // (the runtime object is linked whole).
  Options.FunctionSections = true;
  Options.DataSections = true;
  Triple TT(TripleName);
  if (TT.isARM() || TT.isThumb())
    Options.FloatABIType = HardFloat ? FloatABI::Hard : FloatABI::Soft;
  std::optional<Reloc::Model> RM;
  if (TT.isOSLinux())
    RM = Reloc::PIC_;
  else
    RM = Reloc::Static;
  CodeGenOptLevel CG = Level == OptLevel::O0 ? CodeGenOptLevel::None
                                             : CodeGenOptLevel::Aggressive;
  return std::unique_ptr<TargetMachine>(
      T->createTargetMachine(TripleName, Cpu, Features, Options, RM,
                             std::nullopt, CG));
}

namespace {

/// The new pass manager's default pipeline for Level over M.
void runPipeline(Module &M, TargetMachine &TM, OptLevel Level) {
  LoopAnalysisManager LAM;
  FunctionAnalysisManager FAM;
  CGSCCAnalysisManager CGAM;
  ModuleAnalysisManager MAM;
  PipelineTuningOptions PTO;
  // LLVM's own instrumentation options (-time-passes, -print-after=...)
  // apply to this pipeline too.
  PassInstrumentationCallbacks PIC;
  StandardInstrumentations SI(M.getContext(), /*DebugLogging=*/false);
  SI.registerCallbacks(PIC, &MAM);
  PassBuilder PB(&TM, PTO, std::nullopt, &PIC);
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
  if (Level == OptLevel::O2)
    PB.registerOptimizerEarlyEPCallback(
        [](ModulePassManager &MPM, OptimizationLevel) {
          // After inlining, when the runtime's fast paths are in the
          // program's loops (FastLoops.cpp). In the functions it changed,
          // the copies' list headers leave the loop (LICM), then the tests
          // of their kinds (unswitching).
          LoopPassManager Hoist;
          Hoist.addPass(LICMPass(LICMOptions()));
          Hoist.addPass(SimpleLoopUnswitchPass(/*NonTrivial=*/false));
          Hoist.addPass(FastLoopUnswitchPass());
          FunctionPassManager Cleanup;
          Cleanup.addPass(createFunctionToLoopPassAdaptor(
              std::move(Hoist), /*UseMemorySSA=*/true));
          Cleanup.addPass(GVNPass());
          Cleanup.addPass(InstCombinePass());
          Cleanup.addPass(SimplifyCFGPass());
          MPM.addPass(createModuleToFunctionPassAdaptor(
              FastLoopsPass(isProgramFunction, std::move(Cleanup))));
        });
  ModulePassManager MPM;
  if (Level == OptLevel::O0)
    MPM.addPass(PB.buildO0DefaultPipeline(OptimizationLevel::O0));
  else
    MPM.addPass(PB.buildPerModuleDefaultPipeline(
        Level == OptLevel::Os ? OptimizationLevel::Os : OptimizationLevel::O2));
  MPM.run(M, MAM);
}

/// Where the program's own calls are inlined before the pipeline runs.
///
/// A function with one call site would be inlined into it anyway (LLVM's
/// bonus for the last call to an internal function), but only after the
/// pipeline had optimized it on its own, and then again as part of its
/// caller; inlining it first optimizes its body once. Typed entries called
/// only from their generic entry are the common case.
///
/// A small function (SmallFunctionAttr) is inlined into short callers and
/// into loops, where a call would cost a good part of the work done.
/// Elsewhere, in long straight-line code such as an __init__ building its
/// parts, it costs little next to the rest, and LLVM's cost model decides:
/// inlining every call of them cost 6 to 15% of the compile time of
/// object-heavy programs. At -Os the size heuristics decide every call.
void markInlining(Module &M, OptLevel Level) {
  // LLVM instructions, before any inlining, of a caller short enough that
  // a call costs it 10% or more (a call's overhead is 10 to 15 machine
  // instructions): a vector operator building its result measures 121.
  constexpr unsigned ShortCaller = 160;
  for (Function &F : M) {
    if (F.isDeclaration() || !isProgramFunction(F) ||
        F.hasFnAttribute(Attribute::OptimizeNone))
      continue;
    if (F.hasLocalLinkage() && !F.hasFnAttribute(Attribute::NoInline) &&
        F.hasOneUse())
      if (auto *Call = dyn_cast<CallInst>(F.user_back()))
        if (Call->getCalledFunction() == &F && Call->getFunction() != &F &&
            !Call->getFunction()->hasFnAttribute(Attribute::OptimizeNone))
          F.addFnAttr(Attribute::AlwaysInline);
    if (Level == OptLevel::Os) {
      if (F.hasFnAttribute(SmallFunctionAttr))
        F.addFnAttr(Attribute::InlineHint);
      continue;
    }
    bool Short = F.getInstructionCount() <= ShortCaller;
    std::optional<LoopInfo> Loops;
    for (BasicBlock &B : F)
      for (Instruction &I : B) {
        auto *Call = dyn_cast<CallBase>(&I);
        Function *Callee = Call ? Call->getCalledFunction() : nullptr;
        if (!Callee || Callee == &F ||
            !Callee->hasFnAttribute(SmallFunctionAttr))
          continue;
        if (!Short && !Loops) {
          DominatorTree DT(F);
          Loops.emplace(DT);
        }
        if (Short || Loops->getLoopFor(&B))
          Call->addFnAttr(Attribute::AlwaysInline);
      }
  }
}

} // namespace

void adder::backend::optimizeModule(Module &M, TargetMachine &TM,
                                    OptLevel Level, bool Prune) {
  M.setTargetTriple(TM.getTargetTriple().str());
  M.setDataLayout(TM.createDataLayout());
  prepareProgram(M);
  // Target attributes on every function so inlining across the runtime
  // and the program is allowed.
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    F.addFnAttr("target-cpu", TM.getTargetCPU());
    if (!TM.getTargetFeatureString().empty())
      F.addFnAttr("target-features", TM.getTargetFeatureString());
    if (Level == OptLevel::Os)
      F.addFnAttr(Attribute::OptimizeForSize);
    if (Level == OptLevel::O0)
      F.removeFnAttr(Attribute::AlwaysInline);
    // Hot code's speed should not hang on where the linker happens to put
    // it: recursive fib ran 25% slower, with the same instructions, when
    // its function started 16 bytes off a 64-byte line.
    if (Level == OptLevel::O2 && isProgramFunction(F))
      F.setAlignment(Align(64));
  }
  if (Level != OptLevel::O0)
    markInlining(M, Level);
  runPipeline(M, TM, Level);
  // What the optimized program reaches of the runtime; its object defines
  // the type objects and tables pruning rewrote (RuntimeSplit.cpp).
  SmallPtrSet<GlobalValue *, 32> Reached;
  pruneRuntime(M, /*KeepAll=*/!Prune, Reached);
  finishProgram(M, Reached);
}

bool adder::backend::emitFile(Module &M, TargetMachine &TM,
                              const std::string &Path, bool Assembly,
                              std::string &Error) {
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_None);
  if (EC) {
    Error = "cannot write " + Path + ": " + EC.message();
    return false;
  }
  legacy::PassManager PM;
  if (TM.addPassesToEmitFile(PM, OS, nullptr,
                             Assembly ? CodeGenFileType::AssemblyFile
                                      : CodeGenFileType::ObjectFile)) {
    Error = "the target cannot emit this file type";
    return false;
  }
  PM.run(M);
  OS.flush();
  return true;
}

/// Instructions below which a module is generated on one thread: the split
/// copies the module through bitcode, which costs more than a second thread
/// saves on small ones. Measured on 2 cores: 15,000 instructions (a
/// 150-line program) generate in 254 ms split against 309 ms whole, 7,500
/// in 227 ms against 198 ms.
constexpr size_t MinInstructionsToSplit = 10000;

unsigned adder::backend::codegenPartitions(const Module &M) {
  size_t Instructions = 0;
  for (const Function &F : M)
    Instructions += F.getInstructionCount();
  if (Instructions < MinInstructionsToSplit)
    return 1;
  unsigned Threads =
      llvm::heavyweight_hardware_concurrency().compute_thread_count();
  return Threads < 1 ? 1 : Threads > 4 ? 4 : Threads;
}

bool adder::backend::emitObjects(
    Module &M, const std::function<std::unique_ptr<TargetMachine>()> &MakeTM,
    const std::vector<std::string> &Paths, std::string &Error) {
  // The partitions share M's context, which is not thread-safe: each one
  // travels to its thread as bitcode, read there into a context of its own.
  std::vector<SmallString<0>> Parts;
  SplitModule(M, unsigned(Paths.size()), [&](std::unique_ptr<Module> Part) {
    Parts.emplace_back();
    raw_svector_ostream OS(Parts.back());
    WriteBitcodeToFile(*Part, OS);
  });
  if (Parts.size() != Paths.size()) {
    Error = "the module split into " + std::to_string(Parts.size()) +
            " parts, not " + std::to_string(Paths.size());
    return false;
  }
  std::vector<std::string> Errors(Parts.size());
  auto Generate = [&](size_t K) {
    LLVMContext Context;
    Expected<std::unique_ptr<Module>> Part = parseBitcodeFile(
        MemoryBufferRef(StringRef(Parts[K].data(), Parts[K].size()), "part"),
        Context);
    if (!Part) {
      Errors[K] = toString(Part.takeError());
      return;
    }
    std::unique_ptr<TargetMachine> TM = MakeTM();
    if (!TM) {
      Errors[K] = "cannot create the target machine";
      return;
    }
    emitFile(**Part, *TM, Paths[K], /*Assembly=*/false, Errors[K]);
  };
  std::vector<std::thread> Threads;
  for (size_t K = 1; K < Parts.size(); ++K)
    Threads.emplace_back(Generate, K);
  Generate(0);
  for (std::thread &T : Threads)
    T.join();
  for (const std::string &E : Errors)
    if (!E.empty()) {
      Error = E;
      return false;
    }
  return true;
}

std::string adder::backend::printProgramIR(Module &M) {
  std::string Out;
  raw_string_ostream OS(Out);
  for (Function &F : M) {
    if (!isProgramFunction(F) || F.isDeclaration())
      continue;
    F.print(OS);
    OS << '\n';
  }
  return Out;
}

void adder::backend::optimizeRuntime(Module &M, TargetMachine &TM,
                                     OptLevel Level) {
  runPipeline(M, TM, Level);
}
