//===- CmsdkUart.cpp - ARM CMSDK APB UART console -------------------------===//
//
// The UART of ARM's Cortex-M System Design Kit, as on the MPS2 FPGA images
// (AN385/AN386 UART0 at 0x40004000). Five registers: DATA, STATE (bit 0 TX
// buffer full, bit 1 RX buffer full), CTRL (bit 0 TX enable, bit 1 RX
// enable), INTSTATUS and BAUDDIV = UART clock / baud rate, at least 16
// (QEMU refuses to transmit below that).
//
//===----------------------------------------------------------------------===//

#include "BoardConfig.h"
#include "Drivers.h"
#include "Mmio.h"

namespace adder::cortexm {

namespace {
constexpr uintptr_t Data = ADDER_CONSOLE_BASE + 0x00;
constexpr uintptr_t State = ADDER_CONSOLE_BASE + 0x04;
constexpr uintptr_t Ctrl = ADDER_CONSOLE_BASE + 0x08;
constexpr uintptr_t BaudDiv = ADDER_CONSOLE_BASE + 0x10;
constexpr uint32_t TxFull = 1u << 0, RxFull = 1u << 1;
constexpr uint32_t TxEnable = 1u << 0, RxEnable = 1u << 1;
constexpr uint32_t Divisor = ADDER_CONSOLE_CLOCK_HZ / ADDER_CONSOLE_BAUD;
static_assert(Divisor >= 16, "CMSDK UART: BAUDDIV must be at least 16");
} // namespace

void consoleInit() {
  reg32(BaudDiv) = Divisor;
  reg32(Ctrl) = TxEnable | RxEnable;
}

void consolePutc(char C) {
  while (reg32(State) & TxFull) {
  }
  reg32(Data) = static_cast<uint8_t>(C);
}

bool consoleTryGetc(char &C) {
  if (!(reg32(State) & RxFull))
    return false;
  C = static_cast<char>(reg32(Data));
  return true;
}

void consoleFlush() {
  // The CMSDK UART has no shift-register-empty flag; an empty buffer is
  // as far as software can see.
  while (reg32(State) & TxFull) {
  }
}

} // namespace adder::cortexm
