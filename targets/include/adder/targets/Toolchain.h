//===- Toolchain.h - compiling and linking for a board ----------*- C++ -*-===//
//
// How an image for a board is put together, as argument lists the driver
// (or adder-board-tool, or a test) hands to clang and ld.lld:
//
//   program objects            the compiled Python program (defines main)
//   libadder-board.a           startup, vector table, fault handlers, HAL
//                              and the chip-family drivers, built for this
//                              board by the targets/ CMake (adder-boards)
//   picolibc libc.a            memcpy, snprintf, libm, ... (multilib of the
//                              board's CPU)
//   libgcc.a                   __aeabi_* helpers: 64-bit division, soft
//                              float (same multilib)
//
// linked by ld.lld with the script of generateLinkerScript().
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_TARGETS_TOOLCHAIN_H
#define ADDER_TARGETS_TOOLCHAIN_H

#include "adder/targets/BoardInfo.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace adder::targets {

/// Where the pieces live. defaultToolchainPaths() has the locations this
/// build was configured with.
struct ToolchainPaths {
  std::string PicolibcDir; ///< has include/ and lib/<multilib>/libc.a
  std::string LibgccDir;   ///< has <multilib>/libgcc.a
  std::string BoardLibDir; ///< has <board>/libadder-board.a
  std::string SourceDir;   ///< the adder source tree (targets/, runtime/)
  std::string GeneratedIncludeDir; ///< has adder/Boards.inc
};
ToolchainPaths defaultToolchainPaths();

/// clang flags selecting the board's CPU: --target, -mcpu, -mthumb,
/// -mfloat-abi and -mfpu.
std::vector<std::string> clangTargetFlags(const BoardInfo &B);

/// Everything to compile freestanding C++ for the board, as the board
/// support library is: target flags, -std=c++20, no exceptions/RTTI/unwind
/// tables, -Os, section-per-function, -D<BoardMacro>, picolibc's headers
/// and the include paths of HAL.h and BoardConfig.h.
std::vector<std::string> boardCompileFlags(const BoardInfo &B,
                                           const ToolchainPaths &P);

/// The board support sources, as absolute paths.
std::vector<std::string> boardSupportSources(const BoardInfo &B,
                                             const ToolchainPaths &P);

/// <BoardLibDir>/<board>/libadder-board.a
std::string boardSupportLibrary(const BoardInfo &B, const ToolchainPaths &P);

/// The libraries every image of the board links, in order: the board
/// support library, picolibc's libc.a, libgcc.a.
std::vector<std::string> boardLinkInputs(const BoardInfo &B,
                                         const ToolchainPaths &P);

/// ld.lld arguments (without the program name) linking Objects into Output
/// with the linker script at ScriptPath: `-T script --gc-sections objects
/// libraries -o output`.
std::vector<std::string> lldArguments(const BoardInfo &B,
                                      const ToolchainPaths &P,
                                      std::string_view ScriptPath,
                                      std::span<const std::string> Objects,
                                      std::string_view Output);

} // namespace adder::targets

#endif
