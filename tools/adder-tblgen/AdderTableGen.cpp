//===- AdderTableGen.cpp - the project's TableGen driver ------------------===//
//
// adder keeps everything the compiler, runtime and boards must agree on in
// .td files (tokens, AST, IR ops, builtins, boards). Each backend registers
// itself with TableGen::Emitter::Opt in its own file; this file only hands
// control to LLVM's TableGenMain, which parses the .td input, selects the
// backend named on the command line (-gen-...) and writes the output and
// the depfile. TableGenMain's depfile lists only the included files, and
// ninja takes an empty one for a missing one (always out of date), so the
// input .td itself is added to it.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TableGen/Main.h"

#include <string>

namespace {

/// Adds Input to the dependencies of the depfile at Path.
bool addInputToDepfile(llvm::StringRef Path, llvm::StringRef Input) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return false;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  size_t Colon = Text.find(": ");
  if (Colon == llvm::StringRef::npos)
    Colon = Text.rfind(':');
  if (Colon == llvm::StringRef::npos)
    return false;
  std::string Rewritten = (Text.substr(0, Colon + 1) + " " + Input +
                           Text.substr(Colon + 1))
                              .str();
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC, llvm::sys::fs::OF_Text);
  if (EC)
    return false;
  Out << Rewritten;
  return true;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM X(argc, argv);
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "adder-tblgen: adder's TableGen backends\n");
  int Status = llvm::TableGenMain(argv[0]);
  if (Status != 0)
    return Status;
  llvm::StringRef Depfile, Input;
  for (int I = 1; I < argc; ++I) {
    llvm::StringRef A = argv[I];
    if (A == "-d" && I + 1 < argc)
      Depfile = argv[++I];
    else if (A.ends_with(".td"))
      Input = A;
  }
  if (!Depfile.empty() && !Input.empty() &&
      !addInputToDepfile(Depfile, Input)) {
    llvm::errs() << argv[0] << ": cannot update depfile " << Depfile << "\n";
    return 1;
  }
  return 0;
}
