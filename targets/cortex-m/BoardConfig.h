//===- BoardConfig.h - the board this code is compiled for ------*- C++ -*-===//
//
// Board-side code is compiled once per board with -DADDER_BOARD_<NAME>
// (adder-board-tool cflags <board>); this header turns that one macro into
// the board's constants, generated from Boards.td:
//
//   ADDER_BOARD_NAME, ADDER_CHIP_NAME           strings
//   ADDER_FLASH_ORIGIN/SIZE, ADDER_RAM_ORIGIN/SIZE
//   ADDER_CORE_CLOCK_HZ, ADDER_IRQ_COUNT, ADDER_HAS_FPU
//   ADDER_CONSOLE_<DRIVER> = 1                  e.g. ADDER_CONSOLE_CMSDK_UART
//   ADDER_CONSOLE_BASE, _CLOCK_HZ, _BAUD, _TX_PIN, _RX_PIN, _PIN_FUNCTION
//   ADDER_TICKS_<DRIVER> = 1, ADDER_TICKS_BASE  e.g. ADDER_TICKS_SYSTICK
//   ADDER_TIER_<TIER> = 1                       MINIMAL, CORE or FULL
//
// The architecture (v6-M or v7-M) is not board data: the compiler's
// __ARM_ARCH_6M__ / __ARM_ARCH_7M__ / __ARM_ARCH_7EM__ say it.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_TARGETS_CORTEXM_BOARDCONFIG_H
#define ADDER_TARGETS_CORTEXM_BOARDCONFIG_H

#define GET_BOARD_CONFIG
#include "adder/Boards.inc"

#endif
