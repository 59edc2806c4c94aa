//===- Commands.h - the driver's subcommands --------------------*- C++ -*-===//
//
// Each subcommand lives in its own file and owns its llvm::cl options,
// registered on its cl::SubCommand; adder.cpp only dispatches.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_TOOLS_COMMANDS_H
#define ADDER_TOOLS_COMMANDS_H

#include "llvm/Support/CommandLine.h"

namespace adder::driver {

/// Each command's options are in its category; LLVM's own options are
/// hidden from --help (adder.cpp).
llvm::cl::OptionCategory &parseCategory();
llvm::cl::OptionCategory &buildCategory();
llvm::cl::SubCommand &parseSubCommand();
int runParseCommand();
llvm::cl::SubCommand &buildSubCommand();
int runBuildCommand();
llvm::cl::SubCommand &runSubCommand();
int runRunCommand();

} // namespace adder::driver

#endif
