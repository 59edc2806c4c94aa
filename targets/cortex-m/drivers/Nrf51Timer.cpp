//===- Nrf51Timer.cpp - microsecond ticks from nRF51 TIMER0 ---------------===//
//
// The nRF51 has no SysTick. TIMER0 runs in 32-bit timer mode with
// prescaler 4 (16 MHz / 2^4 = 1 MHz), so its counter is microseconds;
// reading it takes a CAPTURE task into CC[0]. The 32-bit count wraps every
// 71.6 minutes: ticksUs() extends it to 64 bits by noticing wraps, which
// is exact as long as it is called at least once per wrap (the runtime's
// time functions and the GC do far more often; a long sleep polls it).
//
// Accuracy: the 16 MHz clock the TIMER runs from (the internal RC
// oscillator unless something starts the crystal: about 1%; QEMU's
// virtual clock under emulation).
//
//===----------------------------------------------------------------------===//

#include "BoardConfig.h"
#include "Drivers.h"
#include "Mmio.h"

namespace adder::cortexm {

namespace {
constexpr uintptr_t TasksStart = ADDER_TICKS_BASE + 0x000;
constexpr uintptr_t TasksClear = ADDER_TICKS_BASE + 0x00C;
constexpr uintptr_t TasksCapture0 = ADDER_TICKS_BASE + 0x040;
constexpr uintptr_t Mode = ADDER_TICKS_BASE + 0x504;
constexpr uintptr_t BitMode = ADDER_TICKS_BASE + 0x508;
constexpr uintptr_t Prescaler = ADDER_TICKS_BASE + 0x510;
constexpr uintptr_t Cc0 = ADDER_TICKS_BASE + 0x540;

uint32_t Last = 0;
uint64_t High = 0;
} // namespace

void ticksInit() {
  reg32(Mode) = 0;      // timer
  reg32(BitMode) = 3;   // 32 bits
  reg32(Prescaler) = 4; // 1 MHz
  reg32(TasksClear) = 1;
  reg32(TasksStart) = 1;
}

uint64_t ticksUs() {
  InterruptGuard Guard;
  reg32(TasksCapture0) = 1;
  uint32_t Now = reg32(Cc0);
  if (Now < Last)
    High += uint64_t(1) << 32;
  Last = Now;
  return High + Now;
}

} // namespace adder::cortexm
