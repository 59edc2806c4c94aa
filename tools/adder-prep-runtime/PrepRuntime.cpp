//===- PrepRuntime.cpp - build step: a target's runtime, ready for programs ===//
//
//   adder-prep-runtime --triple=T --cpu=C [--features=F] [--hard-float]
//       [--opt=O2|Os] --bitcode=out.bc --object=out.o in.bc...
//
// Links the runtime's bitcode files for one target, prepares them
// (backend/RuntimeSplit.cpp: hidden external symbols, tagged per-program
// data) and writes both forms the driver uses: the prepared bitcode,
// which every program is lowered into and pruned against, and the
// runtime compiled once to an object, which every program links. The
// object is optimized across the runtime's source files (--opt), so that
// one file's small helpers inline into another's callers.
//
//===----------------------------------------------------------------------===//

#include "adder/backend/Backend.h"

#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace {

cl::list<std::string> Inputs(cl::Positional, cl::OneOrMore,
                             cl::desc("<runtime.bc>..."));
cl::opt<std::string> TripleName("triple", cl::Required,
                                cl::desc("Target triple"));
cl::opt<std::string> Cpu("cpu", cl::Required, cl::desc("Target CPU"));
cl::opt<std::string> Features("features", cl::desc("LLVM target features"));
cl::opt<bool> HardFloat("hard-float",
                        cl::desc("Use the hard-float ABI (ARM)"));
cl::opt<std::string> Opt("opt", cl::init("O2"),
                        cl::desc("Optimization of the runtime object: O2 "
                                 "(default) or Os"));
cl::opt<std::string> BitcodeOut("bitcode", cl::Required,
                                cl::desc("Where to write the prepared "
                                         "bitcode"));
cl::opt<std::string> ObjectOut("object", cl::Required,
                               cl::desc("Where to write the runtime object"));

int fail(const Twine &Message) {
  errs() << "adder-prep-runtime: " << Message << '\n';
  return 1;
}

} // namespace

int main(int Argc, char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::ParseCommandLineOptions(
      Argc, Argv, "Prepares a target's runtime bitcode and object for adder\n");
  LLVMContext Context;
  std::string Error;
  std::unique_ptr<Module> M =
      adder::backend::loadRuntime(Context, Inputs[0], Error);
  if (!M)
    return fail(Error);
  for (size_t I = 1; I < Inputs.size(); ++I) {
    std::unique_ptr<Module> Extra =
        adder::backend::loadRuntime(Context, Inputs[I], Error);
    if (!Extra)
      return fail(Error);
    if (Linker::linkModules(*M, std::move(Extra)))
      return fail("cannot link " + Inputs[I]);
  }
  if (!adder::backend::prepareRuntime(*M, Error))
    return fail(Error);
  // Both files are written beside their final names and renamed into
  // place, so a compiler running during a rebuild never reads half a file.
  std::string BitcodeTemp = BitcodeOut + ".tmp", ObjectTemp = ObjectOut + ".tmp";
  {
    std::error_code EC;
    raw_fd_ostream OS(BitcodeTemp, EC, sys::fs::OF_None);
    if (EC)
      return fail("cannot write " + BitcodeTemp + ": " + EC.message());
    WriteBitcodeToFile(*M, OS);
  }
  if (Opt != "O2" && Opt != "Os")
    return fail("--opt must be O2 or Os, not '" + Opt + "'");
  adder::backend::OptLevel Level = Opt == "Os" ? adder::backend::OptLevel::Os
                                               : adder::backend::OptLevel::O2;
  std::unique_ptr<TargetMachine> TM = adder::backend::createTargetMachine(
      TripleName, Cpu, Features, HardFloat, Level, Error);
  if (!TM)
    return fail(Error);
  if (!adder::backend::emitRuntimeObject(*M, *TM, Level, ObjectTemp, Error))
    return fail(Error);
  if (std::error_code EC = sys::fs::rename(BitcodeTemp, BitcodeOut))
    return fail("cannot write " + BitcodeOut + ": " + EC.message());
  if (std::error_code EC = sys::fs::rename(ObjectTemp, ObjectOut))
    return fail("cannot write " + ObjectOut + ": " + EC.message());
  return 0;
}
