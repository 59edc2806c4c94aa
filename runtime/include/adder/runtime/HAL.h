//===- HAL.h - what the runtime needs from a target -------------*- C++ -*-===//
//
// The runtime's only contact with the world. Each target implements these
// functions (targets/<name>/), in the spirit of MicroPython's mphal.h: the
// host with POSIX calls, a board with its UART and semihosting. Everything
// else in the runtime is portable.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_HAL_H
#define ADDER_RUNTIME_HAL_H

#include <stddef.h>
#include <stdint.h>

extern "C" {

/// Writes to the console: Stream 1 is stdout, 2 is stderr (a board sends
/// both to its console UART).
void adder_hal_write(int Stream, const char *Data, size_t Size);

/// Reads up to Size bytes of input; returns the count, 0 at end of input.
size_t adder_hal_read(char *Data, size_t Size);

/// Ends the program with a status (QEMU boards exit through semihosting).
[[noreturn]] void adder_hal_exit(int Status);

/// The region the GC heap may use. Requested is the size asked for with
/// --heap (0: the target's default); a board returns its linker region.
void *adder_hal_heap_region(size_t Requested, size_t *Size);

/// Monotonic time since boot.
uint64_t adder_hal_ticks_us(void);
/// Wall-clock time in seconds since the epoch (boards without a clock
/// return seconds since boot).
double adder_hal_time(void);
void adder_hal_sleep_us(uint64_t Microseconds);

/// Command-line arguments (sys.argv); boards report none.
int adder_hal_argc(void);
const char *adder_hal_argv(int Index);

/// Copies line Line (1-based) of source file Path into Buffer for a
/// traceback, without the newline; returns its length, 0 if unavailable
/// (boards carry no sources).
size_t adder_hal_source_line(const char *Path, uint32_t Line, char *Buffer,
                             size_t Size);

/// A short platform name for sys.platform ("linux", "mps2-an385", ...).
const char *adder_hal_platform(void);
}

#endif
