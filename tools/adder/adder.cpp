//===- adder.cpp - the adder driver ---------------------------------------===//
//
// `adder <command> [options] files...`. Commands register their options on
// their own llvm::cl::SubCommand, so `adder --help` lists the commands and
// `adder <command> --help` documents every flag of one command.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

int main(int Argc, char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::SubCommand &Parse = adder::driver::parseSubCommand();
  cl::SubCommand &Build = adder::driver::buildSubCommand();
  cl::SubCommand &Run = adder::driver::runSubCommand();
  // Only adder's own options in --help, not every option of libLLVM.
  const cl::OptionCategory *Ours[] = {&adder::driver::parseCategory(),
                                      &adder::driver::buildCategory()};
  for (cl::SubCommand *S : {&cl::SubCommand::getTopLevel(), &Parse, &Build,
                            &Run})
    cl::HideUnrelatedOptions(Ours, *S);
  cl::ParseCommandLineOptions(
      Argc, Argv,
      "adder: an ahead-of-time Python compiler toolchain\n\n"
      "  adder build [--target=BOARD] [-o OUT] PROGRAM.py\n"
      "  adder run [--target=BOARD] PROGRAM.py [ARGS...]\n"
      "  adder parse [--dump-ast|--dump-tokens] FILE.py...\n\n"
      "Run `adder <command> --help` for the options of a command.\n");
  if (Parse)
    return adder::driver::runParseCommand();
  if (Build)
    return adder::driver::runBuildCommand();
  if (Run)
    return adder::driver::runRunCommand();
  errs() << "adder: no command given; run `adder --help`\n";
  return 2;
}
