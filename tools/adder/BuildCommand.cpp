//===- BuildCommand.cpp - `adder build` and `adder run` -------------------===//
//
// `adder build prog.py` compiles a program (and the modules it imports) to
// a host executable or, with --target=<board>, a firmware ELF. --emit stops
// the pipeline early to show one stage's output. `adder run prog.py args...`
// builds into a temporary directory and runs the result natively or under
// QEMU, passing the arguments and the exit status through.
//
// Both commands share one set of options; llvm::cl lets an option belong to
// several subcommands.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "Driver.h"

#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace adder::driver;

namespace {

cl::SubCommand &buildCommand() {
  static cl::SubCommand Cmd(
      "build", "Compile a Python program to a native executable or firmware");
  return Cmd;
}

cl::SubCommand &runCommand() {
  static cl::SubCommand Cmd(
      "run", "Compile a Python program and run it (natively or in QEMU)");
  return Cmd;
}

cl::OptionCategory &category() { return adder::driver::buildCategory(); }

struct Options {
  cl::opt<std::string> Input{cl::Positional, cl::desc("<program.py>"),
                             cl::Required, cl::sub(buildCommand()),
                             cl::sub(runCommand()), cl::cat(category())};
  cl::list<std::string> ProgramArgs{cl::ConsumeAfter,
                                    cl::desc("<program arguments>..."),
                                    cl::sub(runCommand()), cl::cat(category())};
  cl::opt<std::string> Target{
      "target",
      cl::desc("What to build for: host (the default) or a board name "
               "(mps2-an385, mps2-an386, netduinoplus2, microbit; see "
               "docs/Targets.md)"),
      cl::init("host"), cl::sub(buildCommand()), cl::sub(runCommand()),
      cl::cat(category())};
  cl::opt<std::string> Output{
      "o", cl::desc("Output file (default: the input's stem, plus .elf for "
                    "boards, .s/.o/.ll for --emit; '-' for stdout)"),
      cl::value_desc("file"), cl::sub(buildCommand()), cl::cat(category())};
  cl::opt<EmitKind> Emit{
      "emit", cl::desc("Stop after a stage and write its output:"),
      cl::values(clEnumValN(EmitKind::IR, "ir", "adder's typed IR (text)"),
                 clEnumValN(EmitKind::LLVM, "llvm",
                            "the program's optimized LLVM IR (runtime "
                            "functions omitted)"),
                 clEnumValN(EmitKind::Asm, "asm", "target assembly"),
                 clEnumValN(EmitKind::Obj, "obj", "an object file"),
                 clEnumValN(EmitKind::Exe, "exe",
                            "a linked executable or ELF (the default)")),
      cl::init(EmitKind::Exe), cl::sub(buildCommand()), cl::cat(category())};
  cl::opt<std::string> Opt{
      "O", cl::Prefix,
      cl::desc("Optimization: -O0 (none, fast compiles), -O2 (speed; the "
               "default on the host; -O1 and -O3 mean the same), -Os "
               "(size; the default for boards; also -Oz)"),
      cl::value_desc("level"), cl::sub(buildCommand()), cl::sub(runCommand()),
      cl::cat(category())};
  cl::opt<std::string> Heap{
      "heap",
      cl::desc("GC heap size, e.g. 64k, 16M (default: 512M reserved on the "
               "host, the rest of RAM on a board)"),
      cl::value_desc("size"), cl::sub(buildCommand()), cl::sub(runCommand()),
      cl::cat(category())};
  cl::opt<bool> GcStress{
      "gc-stress",
      cl::desc("Collect before every allocation (finds missing GC roots; "
               "very slow)"),
      cl::sub(buildCommand()), cl::sub(runCommand()), cl::cat(category())};
  cl::opt<bool> NoPrune{
      "no-prune",
      cl::desc("Keep runtime code the program cannot reach (type slots and "
               "methods included); for debugging the pruning"),
      cl::sub(buildCommand()), cl::sub(runCommand()), cl::cat(category())};
  cl::opt<bool> Time{"time",
                     cl::desc("Report the time each compiler stage takes on "
                              "stderr"),
                     cl::sub(buildCommand()), cl::sub(runCommand()),
                     cl::cat(category())};
  cl::opt<bool> Verbose{"v",
                        cl::desc("Print the linker and emulator command "
                                 "lines"),
                        cl::sub(buildCommand()), cl::sub(runCommand()),
                        cl::cat(category())};
};

Options &options() {
  static Options O;
  return O;
}

/// Fills BuildOptions from the command line; false on a bad value.
bool collect(BuildOptions &B) {
  Options &O = options();
  B.input = O.Input;
  B.output = O.Output;
  B.target = O.Target;
  B.emit = O.Emit;
  bool IsBoard = B.target != "host";
  B.opt = IsBoard ? adder::backend::OptLevel::Os : adder::backend::OptLevel::O2;
  if (O.Opt.getNumOccurrences()) {
    if (O.Opt == "0")
      B.opt = adder::backend::OptLevel::O0;
    else if (O.Opt == "1" || O.Opt == "2" || O.Opt == "3")
      B.opt = adder::backend::OptLevel::O2; // one speed level, as clang's -O
    else if (O.Opt == "s" || O.Opt == "z")
      B.opt = adder::backend::OptLevel::Os;
    else {
      errs() << "adder: unknown optimization level -O" << O.Opt
             << " (expected -O0, -O1/-O2/-O3 or -Os/-Oz)\n";
      return false;
    }
  }
  if (!O.Heap.empty() && (!parseSize(O.Heap, B.heapSize) || !B.heapSize)) {
    errs() << "adder: bad --heap size '" << O.Heap
           << "' (expected a number with an optional k, M or G suffix)\n";
    return false;
  }
  B.gcStress = O.GcStress;
  B.prune = !O.NoPrune;
  B.timing = O.Time;
  B.verbose = O.Verbose;
  return true;
}

} // namespace

cl::OptionCategory &adder::driver::buildCategory() {
  static cl::OptionCategory Cat("adder build/run options");
  return Cat;
}

cl::SubCommand &adder::driver::buildSubCommand() {
  options();
  return buildCommand();
}

cl::SubCommand &adder::driver::runSubCommand() {
  options();
  return runCommand();
}

int adder::driver::runBuildCommand() {
  BuildOptions B;
  if (!collect(B))
    return 2;
  return compile(B) ? 0 : 1;
}

int adder::driver::runRunCommand() {
  BuildOptions B;
  if (!collect(B))
    return 2;
  std::vector<std::string> Args(options().ProgramArgs.begin(),
                                options().ProgramArgs.end());
  return buildAndRun(B, Args);
}
