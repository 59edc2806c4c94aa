//===- BoardTool.cpp - adder-board-tool: board data for scripts -----------===//
//
// The same answers the driver gets from adderTargets, for CMake (building
// the board support libraries) and for lit tests that build and boot an
// image without the compiler. Lists print one item per line, so both
// `$(adder-board-tool ...)` in a shell and CMake can split them.
//
//   adder-board-tool list
//   adder-board-tool info <board>
//   adder-board-tool cflags <board>        flags for board-side C++
//   adder-board-tool sources <board>       board support sources
//   adder-board-tool lib <board>           its libadder-board.a
//   adder-board-tool link-inputs <board>   libraries after the objects
//   adder-board-tool ldscript <board> [--heap=N]
//   adder-board-tool qemu <board> <elf> [--icount=N] [--ctrl-c-to-guest]
//   [--monitor] [extra qemu args]
//
//===----------------------------------------------------------------------===//

#include "adder/targets/BoardInfo.h"
#include "adder/targets/LinkerScript.h"
#include "adder/targets/Qemu.h"
#include "adder/targets/Toolchain.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace adder::targets;

namespace {

int usage() {
  std::fputs("usage: adder-board-tool list | info <board> | cflags <board> | "
             "sources <board> | lib <board> | link-inputs <board> | "
             "ldscript <board> [--heap=N] | qemu <board> <elf> [--icount=N] "
             "[--ctrl-c-to-guest] [--monitor] [qemu args]\n",
             stderr);
  return 2;
}

void printLines(const std::vector<std::string> &Lines) {
  for (const std::string &L : Lines)
    std::printf("%s\n", L.c_str());
}

void printInfo(const BoardInfo &B) {
  auto S = [](const char *K, std::string_view V) {
    std::printf("%s: %.*s\n", K, static_cast<int>(V.size()), V.data());
  };
  auto X = [](const char *K, uint64_t V) {
    std::printf("%s: 0x%08llx\n", K, static_cast<unsigned long long>(V));
  };
  auto N = [](const char *K, uint64_t V) {
    std::printf("%s: %llu\n", K, static_cast<unsigned long long>(V));
  };
  S("name", B.Name);
  S("chip", B.Chip);
  S("triple", B.Triple);
  S("cpu", B.Cpu);
  S("features", B.Features);
  S("float-abi", toString(B.FloatAbi));
  S("fpu", B.Fpu);
  X("flash-origin", B.Flash.Origin);
  X("flash-size", B.Flash.Size);
  X("ram-origin", B.Ram.Origin);
  X("ram-size", B.Ram.Size);
  N("stack-size", B.StackSize);
  N("default-heap-size", B.DefaultHeapSize);
  N("vector-count", B.VectorCount);
  N("core-clock-hz", B.CoreClockHz);
  S("console", toString(B.Console));
  X("console-base", B.ConsoleBase);
  N("console-baud", B.ConsoleBaud);
  S("ticks", toString(B.Ticks));
  S("tier", toString(B.Tier));
  S("qemu-machine", B.QemuMachine);
  S("picolibc-multilib", B.PicolibcMultilib);
  S("libgcc-multilib", B.LibgccMultilib);
  S("board-macro", B.BoardMacro);
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 2)
    return usage();
  std::string_view Cmd = Argv[1];
  if (Cmd == "list") {
    for (const BoardInfo &B : allBoards())
      std::printf("%.*s\n", static_cast<int>(B.Name.size()), B.Name.data());
    return 0;
  }
  if (Argc < 3)
    return usage();
  const BoardInfo *B = findBoard(Argv[2]);
  if (!B) {
    std::fprintf(stderr,
                 "adder-board-tool: unknown board '%s'; known:", Argv[2]);
    for (const BoardInfo &K : allBoards())
      std::fprintf(stderr, " %.*s", static_cast<int>(K.Name.size()),
                   K.Name.data());
    std::fputc('\n', stderr);
    return 1;
  }
  ToolchainPaths P = defaultToolchainPaths();
  if (Cmd == "info") {
    printInfo(*B);
    return 0;
  }
  if (Cmd == "cflags") {
    printLines(boardCompileFlags(*B, P));
    return 0;
  }
  if (Cmd == "sources") {
    printLines(boardSupportSources(*B, P));
    return 0;
  }
  if (Cmd == "lib") {
    std::printf("%s\n", boardSupportLibrary(*B, P).c_str());
    return 0;
  }
  if (Cmd == "link-inputs") {
    printLines(boardLinkInputs(*B, P));
    return 0;
  }
  if (Cmd == "ldscript") {
    uint64_t Heap = 0;
    for (int I = 3; I < Argc; ++I) {
      std::string_view A = Argv[I];
      if (A.substr(0, 7) != "--heap=")
        return usage();
      Heap = std::strtoull(Argv[I] + 7, nullptr, 0);
    }
    std::fputs(generateLinkerScript(*B, Heap).c_str(), stdout);
    return 0;
  }
  if (Cmd == "qemu") {
    if (Argc < 4)
      return usage();
    QemuOptions O;
    for (int I = 4; I < Argc; ++I) {
      std::string_view A = Argv[I];
      if (A.substr(0, 9) == "--icount=")
        O.IcountShift = std::atoi(Argv[I] + 9);
      else if (A == "--ctrl-c-to-guest")
        O.CtrlCToGuest = true;
      else if (A == "--monitor")
        O.MonitorOnStdio = true;
      else
        O.Extra.push_back(Argv[I]);
    }
    printLines(qemuCommandLine(*B, Argv[3], O));
    return 0;
  }
  return usage();
}
