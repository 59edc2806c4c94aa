//===- Driver.cpp - the compilation pipeline in one function --------------===//
//
// compile() is the whole compiler, stage by stage, each stage handing the
// next one data structure and each stopping point reachable with --emit:
//
//   source --parse/scope/infer--> typed program --irgen--> adder IR (ir)
//     --lower into the runtime bitcode--> LLVM module --optimize--> (llvm)
//     --codegen--> object (asm, obj) --link with the target's support--> exe
//
//===----------------------------------------------------------------------===//

#include "Driver.h"
#include "BoardConsole.h"

#include "adder/frontend/HostParse.h"
#include "adder/ir/IR.h"
#include "adder/ir/Passes.h"
#include "adder/irgen/IRGen.h"
#include "adder/sema/Program.h"
#include "adder/targets/BoardInfo.h"
#include "adder/targets/LinkerScript.h"
#include "adder/targets/Qemu.h"
#include "adder/targets/Toolchain.h"

#include "llvm/Linker/Linker.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

#include <chrono>

using namespace adder;
using namespace adder::driver;
using namespace llvm;

namespace {

/// Reports timings of long steps with --time.
class StageTimer {
public:
  explicit StageTimer(bool On) : on(On) {}
  void done(const std::string &Stage) {
    auto Now = std::chrono::steady_clock::now();
    if (on)
      errs() << format("adder: %-10s %7.1f ms\n", Stage.c_str(),
                       std::chrono::duration<double, std::milli>(Now - last)
                           .count());
    last = Now;
  }

private:
  bool on;
  std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
};

void reportCompileError(const sema::CompileError &E) {
  errs() << E.file;
  if (E.line)
    errs() << ':' << E.line << ':' << (E.col ? E.col : 1);
  errs() << ": error: " << E.message << '\n';
  // The source line and a caret, as for syntax errors.
  if (E.line) {
    auto Buf = MemoryBuffer::getFile(E.file);
    if (Buf) {
      StringRef Text = (*Buf)->getBuffer();
      for (uint32_t L = 1; L < E.line && !Text.empty(); ++L)
        Text = Text.split('\n').second;
      StringRef Line = Text.split('\n').first.rtrim('\r');
      errs() << "    " << Line << "\n    ";
      for (uint32_t C = 1; C < E.col; ++C)
        errs() << ' ';
      errs() << "^\n";
    }
  }
}

/// Where the build put the runtime libraries (overridable for installs).
std::string libDir() {
  if (const char *Env = getenv("ADDER_LIB_DIR"))
    return Env;
  return ADDER_BUILD_LIB_DIR;
}

/// adder's standard library written in Python, compiled with the program
/// like its own modules (overridable for installs).
std::string pythonLibDir() {
  if (const char *Env = getenv("ADDER_PYTHON_LIB_DIR"))
    return Env;
  return ADDER_SOURCE_PYTHON_LIB_DIR;
}

struct TargetConfig {
  std::string triple, cpu, features;
  bool hardFloat = false;
  std::string runtimeBitcode; // prepared: what programs are lowered into
  std::string runtimeObject;  // the runtime compiled, linked into programs
  std::string supportBitcode; // compiled with each program when present
  const targets::BoardInfo *board = nullptr;
};

bool resolveTarget(const std::string &Name, TargetConfig &T) {
  if (Name == "host") {
    T.triple = "x86_64-unknown-linux-gnu";
    T.cpu = "x86-64";
    // The host HAL and main() are part of the host runtime.
    T.runtimeBitcode = libDir() + "/runtime-x86_64.bc";
    T.runtimeObject = libDir() + "/runtime-x86_64.o";
    return true;
  }
  const targets::BoardInfo *B = targets::findBoard(Name);
  if (!B) {
    errs() << "adder: unknown target '" << Name << "'; known targets: host";
    for (const targets::BoardInfo &X : targets::allBoards())
      errs() << ", " << X.Name;
    errs() << '\n';
    return false;
  }
  T.board = B;
  // Normalized as clang does ("thumbv7m-none-eabi" ->
  // "thumbv7m-unknown-none-eabi"): only then does the ARM backend see the
  // EABI environment and call the run-time ABI's helpers (__aeabi_dadd).
  T.triple = Triple::normalize(B->Triple);
  T.cpu = std::string(B->Cpu);
  T.features = std::string(B->Features);
  T.hardFloat = B->FloatAbi == targets::FloatABI::Hard;
  // The runtime and the board's main() (targets/cortex-m/ProgramEntry.cpp)
  // are built per CPU flavour; the HAL comes from libadder-board.a.
  std::string Flavour = T.cpu + (T.hardFloat ? "-hf" : "");
  T.runtimeBitcode = libDir() + "/runtime-" + Flavour + ".bc";
  T.runtimeObject = libDir() + "/runtime-" + Flavour + ".o";
  T.supportBitcode = libDir() + "/target-" + Flavour + ".bc";
  return true;
}

bool runTool(const std::vector<std::string> &Args, bool Verbose) {
  if (Verbose) {
    for (auto &A : Args)
      errs() << A << ' ';
    errs() << '\n';
  }
  auto Exe = sys::findProgramByName(Args[0]);
  if (!Exe) {
    errs() << "adder: cannot find " << Args[0] << " (run scripts/setup.sh)\n";
    return false;
  }
  std::vector<StringRef> Refs(Args.begin(), Args.end());
  std::string Msg;
  int Status = sys::ExecuteAndWait(*Exe, Refs, std::nullopt, {}, 0, 0, &Msg);
  if (Status != 0) {
    errs() << "adder: " << Args[0] << " failed"
           << (Msg.empty() ? "" : ": " + Msg) << '\n';
    return false;
  }
  return true;
}

} // namespace

bool adder::driver::parseSize(const std::string &Text, uint64_t &Out) {
  StringRef S(Text);
  uint64_t Mult = 1;
  if (S.ends_with_insensitive("k"))
    Mult = 1024, S = S.drop_back();
  else if (S.ends_with_insensitive("m"))
    Mult = 1024 * 1024, S = S.drop_back();
  else if (S.ends_with_insensitive("g"))
    Mult = 1024ull * 1024 * 1024, S = S.drop_back();
  uint64_t V;
  if (S.getAsInteger(10, V))
    return false;
  Out = V * Mult;
  return true;
}

/// Reads and verifies a textual IR file; errors name file:line:col.
static std::unique_ptr<ir::Module> readIRFile(const std::string &Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer) {
    errs() << Path << ": error: " << Buffer.getError().message() << '\n';
    return nullptr;
  }
  std::string Error;
  std::unique_ptr<ir::Module> IR =
      ir::parseModule((*Buffer)->getBuffer(), Error);
  if (!IR) {
    // Errors with a position read "line:col: error: ...".
    bool Located = !Error.empty() && isdigit(static_cast<unsigned char>(Error[0]));
    errs() << Path << (Located ? ":" : ": error: ") << Error << '\n';
    return nullptr;
  }
  std::string Invalid = ir::verify(*IR);
  if (!Invalid.empty()) {
    errs() << Path << ": error: invalid IR: " << Invalid << '\n';
    return nullptr;
  }
  return IR;
}

bool adder::driver::compile(const BuildOptions &O) {
  StageTimer Timer(O.timing);
  TargetConfig Target;
  if (!resolveTarget(O.target, Target))
    return false;

  std::unique_ptr<ir::Module> IR;
  if (StringRef(O.input).ends_with(".ir")) {
    // adder IR written by --emit=ir (or by hand): straight to the back end.
    if (!(IR = readIRFile(O.input)))
      return false;
    Timer.done("read IR");
  } else {
    // Front end: every module of the program, scoped and typed together.
    sema::Program Program;
    sema::CompileError Err;
    Program.setLibraryDirs({pythonLibDir()});
    if (!Program.load(O.input, Err) || !Program.infer(Err)) {
      reportCompileError(Err);
      return false;
    }
    Timer.done("frontend");
    irgen::IRGenOptions GenOptions;
    GenOptions.absolutePaths = O.target == "host";
    IR = irgen::generateIR(Program, GenOptions, Err);
    if (!IR) {
      reportCompileError(Err);
      return false;
    }
    ir::runPasses(*IR);
    std::string Invalid = ir::verify(*IR);
    if (!Invalid.empty()) {
      errs() << "adder: internal error: invalid IR after the IR passes: "
             << Invalid << '\n';
      return false;
    }
    Timer.done("irgen");
  }
  if (O.emit == EmitKind::IR) {
    std::string Text = ir::print(*IR);
    if (O.output.empty() || O.output == "-") {
      outs() << Text;
      return true;
    }
    std::error_code EC;
    raw_fd_ostream OS(O.output, EC);
    if (EC) {
      errs() << "adder: cannot write " << O.output << ": " << EC.message()
             << '\n';
      return false;
    }
    OS << Text;
    return true;
  }

  // Back end: lower into the runtime's module, optimize as one program.
  LLVMContext Context;
  std::string Error;
  std::unique_ptr<Module> M =
      backend::loadRuntime(Context, Target.runtimeBitcode, Error,
                           /*Lazy=*/true);
  if (!M) {
    errs() << "adder: " << Error << '\n';
    return false;
  }
  if (!Target.supportBitcode.empty() &&
      sys::fs::exists(Target.supportBitcode)) {
    std::unique_ptr<Module> Support =
        backend::loadRuntime(Context, Target.supportBitcode, Error);
    // Compiled with the program, like its own code.
    if (Support)
      for (Function &F : *Support)
        if (!F.isDeclaration())
          F.addFnAttr("adder.program");
    if (!Support || Linker::linkModules(*M, std::move(Support))) {
      errs() << "adder: " << (Error.empty() ? "cannot link the target support"
                                            : Error)
             << '\n';
      return false;
    }
  }
  backend::LowerOptions LO;
  LO.heapSize = O.heapSize;
  LO.gcStress = O.gcStress;
  if (!backend::lowerProgram(*IR, *M, LO, Error)) {
    errs() << "adder: " << Error << '\n';
    return false;
  }
  Timer.done("lower");
  std::unique_ptr<TargetMachine> TM = backend::createTargetMachine(
      Target.triple, Target.cpu, Target.features, Target.hardFloat, O.opt,
      Error);
  if (!TM) {
    errs() << "adder: " << Error << '\n';
    return false;
  }
  backend::optimizeModule(*M, *TM, O.opt, O.prune);
  Timer.done("optimize");
  if (O.emit == EmitKind::LLVM) {
    std::string Text = backend::printProgramIR(*M);
    if (O.output.empty() || O.output == "-") {
      outs() << Text;
      return true;
    }
    std::error_code EC;
    raw_fd_ostream OS(O.output, EC);
    OS << Text;
    return !EC;
  }
  std::string Output = O.output;
  if (Output.empty())
    Output = sys::path::stem(O.input).str() +
             (O.emit == EmitKind::Asm   ? ".s"
              : O.emit == EmitKind::Obj ? ".o"
              : Target.board            ? ".elf"
                                        : "");
  // An executable's code is generated on several threads, in as many
  // objects, when the program is big; --emit=obj and --emit=asm write one.
  std::vector<std::string> ObjPaths;
  unsigned Parts = O.emit == EmitKind::Exe ? backend::codegenPartitions(*M) : 1;
  if (O.emit != EmitKind::Exe)
    ObjPaths.push_back(Output);
  else
    for (unsigned K = 0; K < Parts; ++K)
      ObjPaths.push_back(Output + (Parts == 1 ? "" : "." + std::to_string(K)) +
                         ".o");
  bool Emitted;
  if (Parts == 1) {
    Emitted = backend::emitFile(*M, *TM, ObjPaths[0], O.emit == EmitKind::Asm,
                                Error);
  } else {
    auto MakeTM = [&]() {
      std::string Ignored;
      return backend::createTargetMachine(Target.triple, Target.cpu,
                                          Target.features, Target.hardFloat,
                                          O.opt, Ignored);
    };
    Emitted = backend::emitObjects(*M, MakeTM, ObjPaths, Error);
  }
  auto RemoveObjects = [&] {
    for (const std::string &P : ObjPaths)
      sys::fs::remove(P);
  };
  if (!Emitted) {
    errs() << "adder: " << Error << '\n';
    RemoveObjects();
    return false;
  }
  Timer.done(Parts == 1 ? "codegen"
                        : "codegen (" + std::to_string(Parts) + " threads)");
  if (O.emit != EmitKind::Exe)
    return true;

  // Link with the target's startup and libraries.
  bool Linked;
  if (!Target.board) {
    std::vector<std::string> Args{"clang-19", "-fuse-ld=lld",
                                  "-Wl,--gc-sections", "-o", Output};
    Args.insert(Args.end(), ObjPaths.begin(), ObjPaths.end());
    Args.push_back(Target.runtimeObject);
    Args.push_back("-lm");
    Linked = runTool(Args, O.verbose);
  } else {
    const targets::BoardInfo &B = *Target.board;
    std::string Script = Output + ".ld";
    {
      std::error_code EC;
      raw_fd_ostream OS(Script, EC);
      if (EC) {
        errs() << "adder: cannot write " << Script << '\n';
        return false;
      }
      OS << targets::generateLinkerScript(B, O.heapSize);
    }
    std::vector<std::string> Objects(ObjPaths);
    Objects.push_back(Target.runtimeObject);
    std::vector<std::string> Args = targets::lldArguments(
        B, targets::defaultToolchainPaths(), Script, Objects, Output);
    Args.insert(Args.begin(), "ld.lld-19");
    Linked = runTool(Args, O.verbose);
    sys::fs::remove(Script);
  }
  RemoveObjects();
  Timer.done("link");
  return Linked;
}

int adder::driver::buildAndRun(BuildOptions O,
                               const std::vector<std::string> &Args) {
  SmallString<128> Dir;
  if (sys::fs::createUniqueDirectory("adder-run", Dir)) {
    errs() << "adder: cannot create a temporary directory\n";
    return 2;
  }
  SmallString<128> Exe(Dir);
  sys::path::append(Exe, sys::path::stem(O.input));
  O.output = std::string(Exe.str()) + (O.target == "host" ? "" : ".elf");
  O.emit = EmitKind::Exe;
  int Status;
  if (!compile(O)) {
    Status = 1;
  } else {
    std::vector<std::string> Cmd;
    if (O.target == "host") {
      Cmd.push_back(O.output);
      // sys.argv[0] is the script, as under CPython.
      Cmd[0] = O.output;
    } else {
      Cmd = targets::qemuCommandLine(*targets::findBoard(O.target), O.output);
      if (O.verbose) {
        for (const std::string &A : Cmd)
          errs() << A << ' ';
        errs() << '\n';
      }
    }
    std::vector<std::string> Argv = Cmd;
    if (O.target == "host") {
      Argv[0] = O.input;
      Argv.insert(Argv.end(), Args.begin(), Args.end());
    }
    auto Program = O.target == "host" ? ErrorOr<std::string>(Cmd[0])
                                      : sys::findProgramByName(Cmd[0]);
    if (!Program) {
      errs() << "adder: cannot find " << Cmd[0] << '\n';
      Status = 2;
    } else {
      std::string Msg;
      bool Crashed = false;
      if (O.target == "host") {
        std::vector<StringRef> Refs(Argv.begin(), Argv.end());
        Status = sys::ExecuteAndWait(*Program, Refs, std::nullopt, {}, 0, 0,
                                     &Msg, &Crashed);
      } else {
        Status = driver::runEmulator(*Program, Argv, Msg);
      }
      if (Crashed || Status < 0) {
        errs() << "adder: the program crashed" << (Msg.empty() ? "" : ": ")
               << Msg << '\n';
        Status = 134;
      }
    }
  }
  sys::fs::remove_directories(Dir);
  return Status;
}
