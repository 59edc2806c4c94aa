//===- Toolchain.cpp - compiling and linking for a board ------------------===//
//
// Argument lists only: this library never runs a process, so the driver
// decides how to run clang and lld (exec, or lld as a library) and tests
// can print the lists. The paths come from CMake (ADDER_* definitions).
//
//===----------------------------------------------------------------------===//

#include "adder/targets/Toolchain.h"

namespace adder::targets {

ToolchainPaths defaultToolchainPaths() {
  return {ADDER_PICOLIBC_DIR, ADDER_LIBGCC_DIR, ADDER_BOARD_LIB_DIR,
          ADDER_SOURCE_DIR, ADDER_GENERATED_INCLUDE_DIR};
}

std::vector<std::string> clangTargetFlags(const BoardInfo &B) {
  std::vector<std::string> F = {"--target=" + std::string(B.Triple),
                                "-mcpu=" + std::string(B.Cpu), "-mthumb"};
  F.push_back(B.FloatAbi == FloatABI::Hard ? "-mfloat-abi=hard"
                                           : "-mfloat-abi=soft");
  if (!B.Fpu.empty())
    F.push_back("-mfpu=" + std::string(B.Fpu));
  return F;
}

std::vector<std::string> boardCompileFlags(const BoardInfo &B,
                                           const ToolchainPaths &P) {
  std::vector<std::string> F = clangTargetFlags(B);
  for (const char *Flag :
       {"-std=c++20", "-ffreestanding", "-fno-exceptions", "-fno-rtti",
        "-fno-threadsafe-statics", "-fno-use-cxa-atexit",
        "-fno-stack-protector", "-fno-unwind-tables",
        "-fno-asynchronous-unwind-tables", "-ffunction-sections",
        "-fdata-sections", "-Os", "-Wall", "-Wextra", "-Wno-unused-parameter"})
    F.push_back(Flag);
  F.push_back("-D" + std::string(B.BoardMacro));
  F.push_back("-isystem");
  F.push_back(P.PicolibcDir + "/include");
  F.push_back("-I" + P.GeneratedIncludeDir);
  F.push_back("-I" + P.SourceDir + "/runtime/include");
  F.push_back("-I" + P.SourceDir + "/targets/cortex-m");
  return F;
}

std::vector<std::string> boardSupportSources(const BoardInfo &B,
                                             const ToolchainPaths &P) {
  std::vector<std::string> S;
  for (std::string_view Src : B.SupportSources)
    S.push_back(P.SourceDir + "/targets/" + std::string(Src));
  return S;
}

std::string boardSupportLibrary(const BoardInfo &B, const ToolchainPaths &P) {
  return P.BoardLibDir + "/" + std::string(B.Name) + "/libadder-board.a";
}

std::vector<std::string> boardLinkInputs(const BoardInfo &B,
                                         const ToolchainPaths &P) {
  return {boardSupportLibrary(B, P),
          P.PicolibcDir + "/lib/" + std::string(B.PicolibcMultilib) + "/libc.a",
          P.LibgccDir + "/" + std::string(B.LibgccMultilib) + "/libgcc.a"};
}

std::vector<std::string> lldArguments(const BoardInfo &B,
                                      const ToolchainPaths &P,
                                      std::string_view ScriptPath,
                                      std::span<const std::string> Objects,
                                      std::string_view Output) {
  std::vector<std::string> A = {"-T", std::string(ScriptPath), "--gc-sections"};
  A.insert(A.end(), Objects.begin(), Objects.end());
  for (std::string &L : boardLinkInputs(B, P))
    A.push_back(std::move(L));
  A.push_back("-o");
  A.push_back(std::string(Output));
  return A;
}

} // namespace adder::targets
