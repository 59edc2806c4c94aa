//===- Qemu.cpp - running a board image under QEMU ------------------------===//
//
// The command line is verified against QEMU 7.2 (shared/RECIPES.md); see
// Qemu.h for what the caller observes.
//
//===----------------------------------------------------------------------===//

#include "adder/targets/Qemu.h"

namespace adder::targets {

std::vector<std::string> qemuCommandLine(const BoardInfo &B,
                                         std::string_view Elf,
                                         const QemuOptions &O) {
  std::vector<std::string> C = {"qemu-system-arm", "-M",
                                std::string(B.QemuMachine), "-nographic"};
  if (O.CtrlCToGuest) {
    for (const char *A :
         {"-monitor", "none", "-chardev", "stdio,id=console,signal=off",
          "-serial", "chardev:console"})
      C.push_back(A);
  } else if (!O.MonitorOnStdio) {
    for (const char *A : {"-monitor", "none", "-serial", "stdio"})
      C.push_back(A);
  }
  C.push_back("-semihosting-config");
  C.push_back("enable=on,target=native");
  if (O.IcountShift >= 0) {
    C.push_back("-icount");
    C.push_back("shift=" + std::to_string(O.IcountShift) +
                ",align=off,sleep=off");
  }
  for (std::string_view A : B.QemuArgs)
    C.push_back(std::string(A));
  C.insert(C.end(), O.Extra.begin(), O.Extra.end());
  C.push_back("-kernel");
  C.push_back(std::string(Elf));
  return C;
}

} // namespace adder::targets
