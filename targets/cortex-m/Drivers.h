//===- Drivers.h - what the HAL needs from chip-family drivers --*- C++ -*-===//
//
// The middle of the three layers (STYLE.md): HAL.cpp implements the
// runtime's HAL contract (runtime/include/adder/runtime/HAL.h) for every
// Cortex-M board on top of these functions, and each chip family provides
// them in drivers/ (one console file and one ticks file per family, chosen
// per board by Boards.td). Drivers take their addresses, clocks and pins
// from the board's ADDER_* constants (BoardConfig.h).
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_TARGETS_CORTEXM_DRIVERS_H
#define ADDER_TARGETS_CORTEXM_DRIVERS_H

#include <stddef.h>
#include <stdint.h>

namespace adder::cortexm {

// Console UART (drivers/*Uart.cpp, drivers/*Usart.cpp). Polling only.
void consoleInit();           ///< called by the reset handler, first
void consolePutc(char C);     ///< waits for room in the transmitter
bool consoleTryGetc(char &C); ///< a received byte, without waiting
void consoleFlush();          ///< waits until the last byte has left

// Monotonic microsecond clock (drivers/SysTick.cpp, drivers/Nrf51Timer.cpp).
void ticksInit();
uint64_t ticksUs();

// Shared helpers (HAL.cpp).
void consoleWrite(const char *S, size_t N);
void consolePuts(const char *S);
void consolePutHex(uint32_t V);
[[noreturn]] void exitWithStatus(int Status);

/// adder_hal_exit's status after a fault or an unexpected exception.
inline constexpr int FaultExitStatus = 134;

} // namespace adder::cortexm

#endif
