//===- HAL.cpp - the runtime's HAL on Cortex-M boards ---------------------===//
//
// The top layer: runtime/include/adder/runtime/HAL.h implemented once for
// every Cortex-M board, on the chip-family drivers of Drivers.h.
//
//  - Console: stdout goes to the console UART, byte for byte. stderr goes
//    to the semihosting host's stderr when there is one (QEMU, or a probe
//    with semihosting on), so `adder run` separates the two streams as on
//    the host; otherwise it shares the UART. Input polls the UART.
//  - Exit: ARM semihosting SYS_EXIT_EXTENDED, which QEMU turns into its
//    own exit status. Pending output is drained first; without a host the
//    core halts (wfi loop).
//  - Semihosting is optional: with no debugger to answer it, bkpt 0xab
//    faults and the fault handler (Startup.cpp) resumes after it with the
//    call's failure result, -1.
//  - Heap: the linker script's region between .bss and the stack.
//  - Time: the ticks driver's microseconds since boot (see its accuracy
//    notes); time() is the same in seconds, as boards have no wall clock.
//    sleep_us() polls it.
//  - sys.argv is empty; sys.platform is the board name.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/HAL.h"

#include "BoardConfig.h"
#include "Drivers.h"

extern "C" {
extern char __adder_heap_start[], __adder_heap_end[];
}

namespace adder::cortexm {

void consoleWrite(const char *S, size_t N) {
  for (size_t I = 0; I < N; ++I)
    consolePutc(S[I]);
}

void consolePuts(const char *S) {
  while (*S)
    consolePutc(*S++);
}

void consolePutHex(uint32_t V) {
  consolePuts("0x");
  for (int Shift = 28; Shift >= 0; Shift -= 4)
    consolePutc("0123456789abcdef"[(V >> Shift) & 0xF]);
}

namespace {

/// ARM semihosting call: operation in r0, parameter block in r1, result in
/// r0. The same bkpt 0xab on v6-M and v7-M.
int semihostingCall(int Operation, const void *Parameter) {
  register int R0 asm("r0") = Operation;
  register const void *R1 asm("r1") = Parameter;
  asm volatile("bkpt 0xab" : "+r"(R0) : "r"(R1) : "memory");
  return R0;
}

constexpr int SysOpen = 0x01;
constexpr int SysWrite = 0x05;
constexpr int SysExitExtended = 0x20;
constexpr uint32_t OpenModeAppend = 8; // "a": ":tt" opened so is stderr
constexpr uint32_t AdpStoppedApplicationExit = 0x20026;

/// The host's stderr as a semihosting handle: 0 until the first stderr
/// write asks for it (so a program that never writes there never traps),
/// -1 when there is no host.
int StderrHandle = 0;

bool writeToHostStderr(const char *Data, size_t Size) {
  if (StderrHandle == 0) {
    static const char Console[] = ":tt";
    const uint32_t Open[3] = {reinterpret_cast<uintptr_t>(Console),
                              OpenModeAppend, sizeof(Console) - 1};
    int Handle = semihostingCall(SysOpen, Open);
    StderrHandle = Handle > 0 ? Handle : -1;
  }
  if (StderrHandle < 0)
    return false;
  // What was printed before must reach the terminal first.
  consoleFlush();
  const uint32_t Write[3] = {static_cast<uint32_t>(StderrHandle),
                             reinterpret_cast<uintptr_t>(Data),
                             static_cast<uint32_t>(Size)};
  semihostingCall(SysWrite, Write);
  return true;
}

} // namespace

void exitWithStatus(int Status) {
  consoleFlush();
  const uint32_t Block[2] = {AdpStoppedApplicationExit,
                             static_cast<uint32_t>(Status)};
  semihostingCall(SysExitExtended, Block);
  for (;;)
    asm volatile("wfi");
}

} // namespace adder::cortexm

using namespace adder::cortexm;

extern "C" {

void adder_hal_write(int Stream, const char *Data, size_t Size) {
  if (Stream == 2 && writeToHostStderr(Data, Size))
    return;
  consoleWrite(Data, Size);
}

// Ctrl-D (0x04) on the console is the end of input, as at MicroPython's
// REPL: a serial line has no end-of-file of its own. `adder run` sends one
// after piped-in input; at a terminal, each Ctrl-D ends input once.
static constexpr char EndOfInput = 0x04;
static bool PendingEndOfInput = false;

size_t adder_hal_read(char *Data, size_t Size) {
  if (Size == 0)
    return 0;
  if (PendingEndOfInput) {
    PendingEndOfInput = false;
    return 0;
  }
  // Wait for one byte, then take whatever else has already arrived.
  while (!consoleTryGetc(Data[0])) {
  }
  if (Data[0] == EndOfInput)
    return 0;
  size_t N = 1;
  while (N < Size && consoleTryGetc(Data[N])) {
    if (Data[N] == EndOfInput) {
      PendingEndOfInput = true;
      break;
    }
    ++N;
  }
  return N;
}

void adder_hal_exit(int Status) { exitWithStatus(Status); }

void *adder_hal_heap_region(size_t Requested, size_t *Size) {
  size_t Available = static_cast<size_t>(__adder_heap_end - __adder_heap_start);
  *Size = Requested && Requested < Available ? Requested : Available;
  return __adder_heap_start;
}

uint64_t adder_hal_ticks_us(void) { return ticksUs(); }

double adder_hal_time(void) { return static_cast<double>(ticksUs()) / 1e6; }

void adder_hal_sleep_us(uint64_t Microseconds) {
  uint64_t Start = ticksUs();
  while (ticksUs() - Start < Microseconds) {
  }
}

// Images carry no sources, so tracebacks print file, line and function
// without the source line; the final "Type: message" line is unchanged.
size_t adder_hal_source_line(const char *Path, uint32_t Line, char *Buffer,
                             size_t Size) {
  return 0;
}

int adder_hal_argc(void) { return 0; }

const char *adder_hal_argv(int Index) { return nullptr; }

const char *adder_hal_platform(void) { return ADDER_BOARD_NAME; }
}
