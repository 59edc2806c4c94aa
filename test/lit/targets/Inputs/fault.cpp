// A program that faults: the startup's handler must report it on the
// console and end the run with status 134 instead of hanging.
#include "adder/runtime/HAL.h"

extern "C" int main() {
  adder_hal_write(1, "about to fault\n", 15);
  __builtin_trap(); // udf: UsageFault, escalated to HardFault
}
