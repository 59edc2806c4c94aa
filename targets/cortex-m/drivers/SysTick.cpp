//===- SysTick.cpp - microsecond ticks from the Cortex-M SysTick ----------===//
//
// SysTick counts the core clock down from a 24-bit reload value. The
// reload is chosen so one wrap is a whole number of microseconds
// (PeriodUs, as long as fits in 24 bits: 671 ms at 25 MHz, 99.8 ms at
// 168 MHz); each wrap's interrupt adds PeriodUs to a 64-bit count and
// ticksUs() adds the part of the current period already counted.
//
// Accuracy: exact to the core clock, resolution 1 us; the error is the
// clock's (crystal, or QEMU's virtual clock, which follows host time, or
// instructions under -icount). Cost: one short interrupt per period.
// Requires a core clock that is a whole number of MHz.
//
// A reading of 0 is the end of a period (the wrap is about to be counted).
// Except at start: writing SYST_CVR clears it to 0 and the counter reloads
// "on the next clock edge", which is one cycle on silicon but, in QEMU,
// whenever its timer event is next serviced (milliseconds of host time
// without -icount). Until the counter has been seen running, 0 means 0.
//
//===----------------------------------------------------------------------===//

#include "BoardConfig.h"
#include "Drivers.h"
#include "Mmio.h"

namespace adder::cortexm {

namespace {
constexpr uint32_t CyclesPerUs = ADDER_CORE_CLOCK_HZ / 1000000;
static_assert(ADDER_CORE_CLOCK_HZ % 1000000 == 0,
              "SysTick ticks need a core clock of a whole number of MHz");
constexpr uint32_t PeriodUs = (1u << 24) / CyclesPerUs;
constexpr uint32_t Reload = PeriodUs * CyclesPerUs - 1;
constexpr uint32_t ClkSourceCore = 1u << 2, TickInt = 1u << 1, Enable = 1;
constexpr uint32_t PendStSet = 1u << 26; // ICSR

volatile uint64_t WrappedUs = 0;
bool Running = false; // the counter has left its initial 0
} // namespace

void ticksInit() {
  reg32(SysTickRvr) = Reload;
  reg32(SysTickCvr) = 0;
  reg32(SysTickCsr) = ClkSourceCore | TickInt | Enable;
}

uint64_t ticksUs() {
  uint64_t Base;
  uint32_t Value;
  {
    InterruptGuard Guard;
    Base = WrappedUs;
    Value = reg32(SysTickCvr);
    // Wrapped since the last interrupt ran (or while masked): count it
    // here, with a counter value read after the wrap.
    if (reg32(ScbIcsr) & PendStSet) {
      Value = reg32(SysTickCvr);
      Base += PeriodUs;
    } else if (Value == 0 && !Running) {
      return Base;
    }
    Running = true;
  }
  return Base + (Reload - Value) / CyclesPerUs;
}

} // namespace adder::cortexm

extern "C" void adder_systick_handler() {
  using namespace adder::cortexm;
  WrappedUs = WrappedUs + PeriodUs;
  Running = true;
}
