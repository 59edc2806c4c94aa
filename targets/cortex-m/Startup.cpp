//===- Startup.cpp - reset, vector table and fault handlers ---------------===//
//
// Owns everything between reset and the program's main(), and what happens
// when the core faults. The reset handler, in order:
//   1. enables the FPU (Cortex-M4F), before any code could touch it;
//   2. copies .data and .tdata from flash and zeroes .tbss and .bss (the
//      linker script makes each pair one contiguous range);
//   3. points picolibc's thread pointer at the TLS block (errno lives there);
//   4. sets VTOR when flash is not at 0 (v7-M; STM32 boots through an alias);
//   5. starts the console UART and the tick timer;
//   6. runs .init_array (adder's generated code has no constructors; C++
//      support code might);
//   7. calls main() and exits with its return value.
// The heap is not touched: the GC initializes what it uses.
//
// Every vector but reset goes to one handler that reports what happened
// (exception name, faulting pc and lr, and the fault status registers on
// v7-M) on the console and exits with FaultExitStatus, so a crash under
// QEMU ends the run with a message instead of hanging. The one fault it
// resumes from is a semihosting call (bkpt 0xab) that no debugger
// answered: the call returns -1, so semihosting is optional (HAL.cpp).
// Drivers take over a vector by defining its weak alias (SysTick:
// adder_systick_handler).
//
//===----------------------------------------------------------------------===//

#include "BoardConfig.h"
#include "Drivers.h"
#include "Mmio.h"

#include <stddef.h>
#include <stdint.h>

using namespace adder::cortexm;

using Handler = void (*)();

extern "C" {
// Linker script symbols (targets/LinkerScript.cpp).
extern uint32_t __adder_stack_top[];
extern uint32_t __adder_data_start[], __adder_data_end[], __adder_data_load[];
extern uint32_t __adder_bss_start[], __adder_bss_end[];
extern char __adder_tls_base[];
extern Handler __adder_init_array_start[], __adder_init_array_end[];

void _set_tls(void *Tls); // picolibc
// The program's entry point. Named through asm: C++ may not call main().
int adder_program_main() __asm__("main");

[[noreturn]] void adder_reset_handler();
void adder_exception_entry();
void adder_exception_report(uint32_t *Frame, uint32_t ExcReturn);

// Weak aliases drivers override.
void adder_svc_handler() __attribute__((weak, alias("adder_exception_entry")));
void adder_pendsv_handler()
    __attribute__((weak, alias("adder_exception_entry")));
void adder_systick_handler()
    __attribute__((weak, alias("adder_exception_entry")));
}

namespace {

template <unsigned N> struct IrqVectors { Handler V[N]; };
template <unsigned N> constexpr IrqVectors<N> defaultIrqVectors() {
  IrqVectors<N> R{};
  for (Handler &H : R.V)
    H = adder_exception_entry;
  return R;
}

// The layout the core reads: initial SP, then exceptions 1..15, then IRQs.
struct VectorTable {
  void *InitialStack;
  Handler System[15];
  IrqVectors<ADDER_IRQ_COUNT> Irq;
};

} // namespace

extern "C" __attribute__((section(".vectors"), used))
const VectorTable adder_vectors = {
    __adder_stack_top,
    {
        adder_reset_handler,   //  1 Reset
        adder_exception_entry, //  2 NMI
        adder_exception_entry, //  3 HardFault
        adder_exception_entry, //  4 MemManage (v7-M)
        adder_exception_entry, //  5 BusFault (v7-M)
        adder_exception_entry, //  6 UsageFault (v7-M)
        nullptr, nullptr, nullptr, nullptr,
        adder_svc_handler,     // 11 SVCall
        adder_exception_entry, // 12 DebugMonitor (v7-M)
        nullptr,
        adder_pendsv_handler,  // 14 PendSV
        adder_systick_handler, // 15 SysTick
    },
    defaultIrqVectors<ADDER_IRQ_COUNT>(),
};

extern "C" [[noreturn]] void adder_reset_handler() {
#if ADDER_HAS_FPU
  // CP10 and CP11 full access, then make sure no FP instruction runs first.
  reg32(ScbCpacr) |= 0xFu << 20;
  asm volatile("dsb\n\tisb" ::: "memory");
#endif
  // Volatile accesses keep these loops from becoming memcpy/memset calls
  // (which would run before TLS and could use the FPU).
  volatile uint32_t *Dst = __adder_data_start;
  const volatile uint32_t *Src = __adder_data_load;
  while (Dst < __adder_data_end)
    *Dst++ = *Src++;
  for (volatile uint32_t *P = __adder_bss_start; P < __adder_bss_end; ++P)
    *P = 0;

  _set_tls(__adder_tls_base);

#if !defined(__ARM_ARCH_6M__)
  if (ADDER_FLASH_ORIGIN != 0)
    reg32(ScbVtor) = reinterpret_cast<uintptr_t>(&adder_vectors);
#endif

  consoleInit();
  ticksInit();

  for (Handler *F = __adder_init_array_start; F < __adder_init_array_end; ++F)
    (*F)();

  exitWithStatus(adder_program_main());
}

// Finds the stacked exception frame (MSP or PSP, from EXC_RETURN bit 2) and
// hands it to the reporter; if that returns, pops EXC_RETURN into pc to
// resume the interrupted code. Thumb-1 only, so it assembles for v6-M too.
extern "C" __attribute__((naked)) void adder_exception_entry() {
  asm volatile("movs r0, #4\n\t"
               "mov r1, lr\n\t"
               "tst r0, r1\n\t"
               "beq 1f\n\t"
               "mrs r0, psp\n\t"
               "b 2f\n"
               "1:\n\t"
               "mrs r0, msp\n"
               "2:\n\t"
               "push {r1, lr}\n\t"
               "bl adder_exception_report\n\t"
               "pop {r1, pc}\n");
}

namespace {

const char *exceptionName(uint32_t Number) {
  switch (Number) {
  case 2:
    return "NMI";
  case 3:
    return "HardFault";
  case 4:
    return "MemManage fault";
  case 5:
    return "BusFault";
  case 6:
    return "UsageFault";
  case 11:
    return "unexpected SVCall";
  case 12:
    return "unexpected DebugMonitor";
  case 14:
    return "unexpected PendSV";
  case 15:
    return "unexpected SysTick";
  default:
    return "unexpected interrupt";
  }
}

void putDecimal(uint32_t V) {
  char Buf[10];
  int N = 0;
  do
    Buf[N++] = static_cast<char>('0' + V % 10);
  while ((V /= 10) != 0);
  while (N)
    consolePutc(Buf[--N]);
}

} // namespace

namespace {

/// Whether the exception is a HardFault raised by an unanswered semihosting
/// call (hardware says HFSR.DEBUGEVT, QEMU says FORCED: the instruction is
/// the reliable sign). The stacked pc is only read when it lies in flash,
/// so a fault on a wild jump is still reported rather than faulting again.
bool isUnansweredSemihostingCall(uint32_t Number, uint32_t Pc) {
  if (Number != 3 || Pc % 2 != 0 || Pc < ADDER_FLASH_ORIGIN ||
      Pc - ADDER_FLASH_ORIGIN >= ADDER_FLASH_SIZE)
    return false;
  return *reinterpret_cast<const volatile uint16_t *>(Pc) == 0xBEAB;
}

} // namespace

extern "C" void adder_exception_report(uint32_t *Frame, uint32_t ExcReturn) {
  uint32_t Ipsr;
  asm volatile("mrs %0, ipsr" : "=r"(Ipsr));
  uint32_t Number = Ipsr & 0x1FF;
  if (isUnansweredSemihostingCall(Number, Frame[6])) {
#if !defined(__ARM_ARCH_6M__)
    reg32(ScbHfsr) = reg32(ScbHfsr); // write-one-to-clear: no stale status
#endif
    Frame[0] = static_cast<uint32_t>(-1); // r0: the call failed
    Frame[6] += 2;                        // pc: past the bkpt
    return;
  }
  consolePuts("\nadder: ");
  consolePuts(exceptionName(Number));
  if (Number >= 16) {
    consolePuts(" ");
    putDecimal(Number - 16);
  }
  consolePuts(" at pc=");
  consolePutHex(Frame[6]);
  consolePuts(" lr=");
  consolePutHex(Frame[5]);
#if !defined(__ARM_ARCH_6M__)
  uint32_t Cfsr = reg32(ScbCfsr);
  consolePuts(" cfsr=");
  consolePutHex(Cfsr);
  consolePuts(" hfsr=");
  consolePutHex(reg32(ScbHfsr));
  if (Cfsr & (1u << 7)) { // MMARVALID
    consolePuts(" mmfar=");
    consolePutHex(reg32(ScbMmfar));
  }
  if (Cfsr & (1u << 15)) { // BFARVALID
    consolePuts(" bfar=");
    consolePutHex(reg32(ScbBfar));
  }
#endif
  consolePuts("\n");
  exitWithStatus(FaultExitStatus);
}
