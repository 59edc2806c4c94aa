//===- Driver.h - the compilation pipeline ----------------------*- C++ -*-===//
#ifndef ADDER_TOOLS_DRIVER_H
#define ADDER_TOOLS_DRIVER_H

#include "adder/backend/Backend.h"

#include <string>
#include <vector>

namespace adder::driver {

enum class EmitKind { IR, LLVM, Asm, Obj, Exe };

struct BuildOptions {
  std::string input;
  std::string output;
  std::string target = "host";
  EmitKind emit = EmitKind::Exe;
  backend::OptLevel opt = backend::OptLevel::O2;
  uint64_t heapSize = 0;
  bool gcStress = false;
  bool prune = true;
  bool timing = false;
  bool verbose = false;
};

/// Runs the whole pipeline: parse, scope, infer, IR, LLVM, optimize, emit,
/// link. Reports errors on stderr; returns false on failure.
bool compile(const BuildOptions &O);

/// Builds Input for the target into a temporary directory and runs it
/// (natively, or in QEMU for a board), relaying the console and returning
/// the program's exit status (or a driver failure status).
int buildAndRun(BuildOptions O, const std::vector<std::string> &Args);

/// Parses a size like 64k, 2M, 1G.
bool parseSize(const std::string &Text, uint64_t &Out);

} // namespace adder::driver

#endif
