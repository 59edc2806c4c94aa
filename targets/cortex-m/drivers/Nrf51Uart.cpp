//===- Nrf51Uart.cpp - nRF51 UART console ---------------------------------===//
//
// The nRF51's UART (reference manual v3.0, chapter 29) is driven by tasks
// and events: STARTTX/STARTRX start it, each byte written to TXD raises
// EVENTS_TXDRDY when it has gone out, each byte received raises
// EVENTS_RXDRDY. Pins are any GPIO, selected with PSELTXD/PSELRXD; the TX
// pin is made an output, idle high, so the line does not glitch. BAUDRATE
// is baud * 2^32 / 16 MHz rounded to the 0x1000 steps the hardware uses
// (115200 -> 0x01D7E000, as in the datasheet's table).
//
//===----------------------------------------------------------------------===//

#include "BoardConfig.h"
#include "Drivers.h"
#include "Mmio.h"

namespace adder::cortexm {

namespace {
constexpr uintptr_t StartRx = ADDER_CONSOLE_BASE + 0x000;
constexpr uintptr_t StartTx = ADDER_CONSOLE_BASE + 0x008;
constexpr uintptr_t RxdRdy = ADDER_CONSOLE_BASE + 0x108;
constexpr uintptr_t TxdRdy = ADDER_CONSOLE_BASE + 0x11C;
constexpr uintptr_t Enable = ADDER_CONSOLE_BASE + 0x500;
constexpr uintptr_t PselTxd = ADDER_CONSOLE_BASE + 0x50C;
constexpr uintptr_t PselRxd = ADDER_CONSOLE_BASE + 0x514;
constexpr uintptr_t Rxd = ADDER_CONSOLE_BASE + 0x518;
constexpr uintptr_t Txd = ADDER_CONSOLE_BASE + 0x51C;
constexpr uintptr_t Baudrate = ADDER_CONSOLE_BASE + 0x524;

constexpr uintptr_t GpioOutSet = 0x50000508;
constexpr uintptr_t GpioDirSet = 0x50000518;

constexpr uint32_t baudrateRegister(uint64_t Baud) {
  uint64_t Exact = (Baud << 32) / 16000000;
  return static_cast<uint32_t>((Exact + 0x800) & ~uint64_t(0xFFF));
}
static_assert(baudrateRegister(115200) == 0x01D7E000, "nRF51 baud formula");
static_assert(baudrateRegister(9600) == 0x00275000, "nRF51 baud formula");
} // namespace

void consoleInit() {
  if (ADDER_CONSOLE_TX_PIN >= 0) {
    reg32(GpioOutSet) = 1u << ADDER_CONSOLE_TX_PIN;
    reg32(GpioDirSet) = 1u << ADDER_CONSOLE_TX_PIN;
    reg32(PselTxd) = ADDER_CONSOLE_TX_PIN;
  }
  if (ADDER_CONSOLE_RX_PIN >= 0)
    reg32(PselRxd) = ADDER_CONSOLE_RX_PIN;
  reg32(Baudrate) = baudrateRegister(ADDER_CONSOLE_BAUD);
  reg32(Enable) = 4;
  reg32(StartTx) = 1;
  reg32(StartRx) = 1;
}

void consolePutc(char C) {
  reg32(TxdRdy) = 0;
  reg32(Txd) = static_cast<uint8_t>(C);
  while (!reg32(TxdRdy)) {
  }
}

bool consoleTryGetc(char &C) {
  if (!reg32(RxdRdy))
    return false;
  reg32(RxdRdy) = 0; // before reading RXD, which may raise it again
  C = static_cast<char>(reg32(Rxd));
  return true;
}

void consoleFlush() {
  // consolePutc waits for TXDRDY, so nothing is ever pending here.
}

} // namespace adder::cortexm
