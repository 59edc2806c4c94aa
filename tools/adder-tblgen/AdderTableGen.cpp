//===- AdderTableGen.cpp - the project's TableGen driver ------------------===//
//
// adder keeps everything the compiler, runtime and boards must agree on in
// .td files (tokens, AST, IR ops, builtins, boards). Each backend registers
// itself with TableGen::Emitter::Opt in its own file; this file only hands
// control to LLVM's TableGenMain, which parses the .td input, selects the
// backend named on the command line (-gen-...) and writes the output and
// the depfile.
//
//===----------------------------------------------------------------------===//

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/TableGen/Main.h"

int main(int argc, char **argv) {
  llvm::InitLLVM X(argc, argv);
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "adder-tblgen: adder's TableGen backends\n");
  return llvm::TableGenMain(argv[0]);
}
