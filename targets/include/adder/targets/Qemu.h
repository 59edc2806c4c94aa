//===- Qemu.h - running a board image under QEMU ----------------*- C++ -*-===//
//
// The emulator recipe for a board: qemu-system-arm with the board's machine,
// the image loaded with -kernel (ELF segments at their load addresses; the
// core then resets from the vector table), the console UART on stdio and
// ARM semihosting enabled so the guest's adder_hal_exit(status) becomes
// QEMU's own exit status.
//
// Console and exit behaviour, as a caller sees it:
//  - stdout carries the console UART byte for byte (no "\n" -> "\r\n");
//    stdin feeds the UART's receiver (adder_hal_read). By default stdio is
//    the UART alone (-monitor none -serial stdio): with -nographic's usual
//    monitor multiplexer instead, input that arrives before the guest
//    enables its receiver stays buffered in the multiplexer for good on
//    the MPS2 boards (QEMU's CMSDK UART never asks for more input), so a
//    piped-in line can hang the run.
//  - stderr carries the guest's stderr, written through semihosting
//    (cortex-m/HAL.cpp), besides QEMU's own messages.
//  - Input sent before the guest enables its UART: QEMU's CMSDK and nRF51
//    models hold it until then; the STM32 USART model drops it, as the
//    hardware does. Feed input after the program has started.
//  - Ctrl-C on stdio kills QEMU unless CtrlCToGuest is set (then it is a
//    byte for the guest's KeyboardInterrupt, as on a serial line).
//  - The exit status is the program's (0..255): adder_hal_exit goes
//    through semihosting SYS_EXIT_EXTENDED. A fault prints
//    "adder: <fault> at pc=... lr=..." on the console and exits with 134
//    (cortex-m/Startup.cpp). QEMU itself fails with 1 on bad arguments.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_TARGETS_QEMU_H
#define ADDER_TARGETS_QEMU_H

#include "adder/targets/BoardInfo.h"

#include <string>
#include <string_view>
#include <vector>

namespace adder::targets {

struct QemuOptions {
  /// >= 0: -icount shift=N,align=off,sleep=off. Instruction counting makes
  /// the timers a function of executed instructions (2^N ns each), so runs
  /// are deterministic; SysTick and ticks_us follow virtual time.
  int IcountShift = -1;
  /// Deliver Ctrl-C on stdin to the guest instead of stopping QEMU.
  bool CtrlCToGuest = false;
  /// Keep -nographic's monitor multiplexed on stdio (Ctrl-A c, Ctrl-A x).
  /// See the input caveat above.
  bool MonitorOnStdio = false;
  /// Appended before -kernel (e.g. -plugin, -d).
  std::vector<std::string> Extra;
};

/// The full command line, program name first ("qemu-system-arm").
std::vector<std::string> qemuCommandLine(const BoardInfo &B,
                                         std::string_view Elf,
                                         const QemuOptions &O = {});

} // namespace adder::targets

#endif
