//===- Stm32Usart.cpp - STM32F4 USART console -----------------------------===//
//
// The STM32F2/F4 USART (reference manual RM0090): SR (bit 7 TXE, bit 6 TC,
// bit 5 RXNE), DR, BRR (clock / baud in 1/16ths with oversampling by 16),
// CR1 (bit 13 UE, bit 3 TE, bit 2 RE). Before the USART is usable on
// silicon its bus clock and GPIO port clock must be on (RCC) and its pins
// switched to the alternate function; QEMU's model of RCC and GPIO ignores
// those writes, so the same code runs on both.
//
// Assumes the clocks at reset (16 MHz HSI, prescalers 1), which is what
// Boards.td records as the console clock.
//
//===----------------------------------------------------------------------===//

#include "BoardConfig.h"
#include "Drivers.h"
#include "Mmio.h"

namespace adder::cortexm {

namespace {
constexpr uintptr_t Sr = ADDER_CONSOLE_BASE + 0x00;
constexpr uintptr_t Dr = ADDER_CONSOLE_BASE + 0x04;
constexpr uintptr_t Brr = ADDER_CONSOLE_BASE + 0x08;
constexpr uintptr_t Cr1 = ADDER_CONSOLE_BASE + 0x0C;
constexpr uint32_t Txe = 1u << 7, Tc = 1u << 6, Rxne = 1u << 5;
constexpr uint32_t Ue = 1u << 13, Te = 1u << 3, Re = 1u << 2;

constexpr uintptr_t Rcc = 0x40023800;
constexpr uintptr_t RccAhb1Enr = Rcc + 0x30;
constexpr uintptr_t RccApb1Enr = Rcc + 0x40;
constexpr uintptr_t RccApb2Enr = Rcc + 0x44;
constexpr uintptr_t GpioA = 0x40020000; // ports are 0x400 apart

// The RCC enable bit of each U(S)ART, by base address.
struct ClockGate {
  uintptr_t Register;
  uint32_t Bit;
};
constexpr ClockGate clockGate(uintptr_t Base) {
  switch (Base) {
  case 0x40011000:
    return {RccApb2Enr, 1u << 4}; // USART1
  case 0x40011400:
    return {RccApb2Enr, 1u << 5}; // USART6
  case 0x40004400:
    return {RccApb1Enr, 1u << 17}; // USART2
  case 0x40004800:
    return {RccApb1Enr, 1u << 18}; // USART3
  case 0x40004C00:
    return {RccApb1Enr, 1u << 19}; // UART4
  case 0x40005000:
    return {RccApb1Enr, 1u << 20}; // UART5
  default:
    return {0, 0};
  }
}
static_assert(clockGate(ADDER_CONSOLE_BASE).Register != 0,
              "STM32 USART: unknown console base address");

/// Pin = port * 16 + number: switch it to alternate function Function.
void muxPin(int Pin, uint32_t Function) {
  if (Pin < 0)
    return;
  uint32_t Port = static_cast<uint32_t>(Pin) / 16, N = Pin % 16;
  uintptr_t Gpio = GpioA + Port * 0x400;
  reg32(RccAhb1Enr) |= 1u << Port;
  uintptr_t Afr = Gpio + (N < 8 ? 0x20 : 0x24); // AFRL / AFRH
  uint32_t Shift = (N % 8) * 4;
  reg32(Afr) = (reg32(Afr) & ~(0xFu << Shift)) | (Function << Shift);
  reg32(Gpio) = (reg32(Gpio) & ~(3u << (N * 2))) | (2u << (N * 2)); // MODER
}
} // namespace

void consoleInit() {
  constexpr ClockGate Gate = clockGate(ADDER_CONSOLE_BASE);
  reg32(Gate.Register) |= Gate.Bit;
  muxPin(ADDER_CONSOLE_TX_PIN, ADDER_CONSOLE_PIN_FUNCTION);
  muxPin(ADDER_CONSOLE_RX_PIN, ADDER_CONSOLE_PIN_FUNCTION);
  reg32(Brr) =
      (ADDER_CONSOLE_CLOCK_HZ + ADDER_CONSOLE_BAUD / 2) / ADDER_CONSOLE_BAUD;
  reg32(Cr1) = Ue | Te | Re;
}

void consolePutc(char C) {
  while (!(reg32(Sr) & Txe)) {
  }
  reg32(Dr) = static_cast<uint8_t>(C);
}

bool consoleTryGetc(char &C) {
  if (!(reg32(Sr) & Rxne))
    return false;
  C = static_cast<char>(reg32(Dr));
  return true;
}

void consoleFlush() {
  while (!(reg32(Sr) & Tc)) {
  }
}

} // namespace adder::cortexm
