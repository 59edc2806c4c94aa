//===- Mmio.h - memory-mapped registers -------------------------*- C++ -*-===//
//
// Registers are named by base + offset at the point of use, with the
// offsets spelled out beside the datasheet's register names, instead of
// vendor header structs: each driver touches a handful of registers and
// shows exactly which.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_TARGETS_CORTEXM_MMIO_H
#define ADDER_TARGETS_CORTEXM_MMIO_H

#include <stdint.h>

namespace adder::cortexm {

inline volatile uint32_t &reg32(uintptr_t Address) {
  return *reinterpret_cast<volatile uint32_t *>(Address);
}

// System control space (ARMv6-M / ARMv7-M).
inline constexpr uintptr_t SysTickCsr = 0xE000E010; // SYST_CSR
inline constexpr uintptr_t SysTickRvr = 0xE000E014; // SYST_RVR
inline constexpr uintptr_t SysTickCvr = 0xE000E018; // SYST_CVR
inline constexpr uintptr_t ScbIcsr = 0xE000ED04;    // ICSR
inline constexpr uintptr_t ScbVtor = 0xE000ED08;    // VTOR (not on v6-M)
inline constexpr uintptr_t ScbCfsr = 0xE000ED28;    // CFSR (v7-M)
inline constexpr uintptr_t ScbHfsr = 0xE000ED2C;    // HFSR (v7-M)
inline constexpr uintptr_t ScbMmfar = 0xE000ED34;   // MMFAR (v7-M)
inline constexpr uintptr_t ScbBfar = 0xE000ED38;    // BFAR (v7-M)
inline constexpr uintptr_t ScbCpacr = 0xE000ED88;   // CPACR (with FPU)

/// Masks interrupts for its lifetime, restoring the previous state (so it
/// nests, and is harmless inside a handler).
class InterruptGuard {
  uint32_t Primask;

public:
  InterruptGuard() {
    asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(Primask)::"memory");
  }
  ~InterruptGuard() {
    asm volatile("msr primask, %0" ::"r"(Primask) : "memory");
  }
  InterruptGuard(const InterruptGuard &) = delete;
  InterruptGuard &operator=(const InterruptGuard &) = delete;
};

} // namespace adder::cortexm

#endif
