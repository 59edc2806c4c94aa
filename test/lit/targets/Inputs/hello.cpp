// A board smoke test written against the HAL alone (no compiler, no
// runtime): console output, .data/.bss set up by the startup, picolibc
// (snprintf, strtol with errno in TLS), 64-bit division and floating point
// through libgcc or the FPU, the heap region, ticks and sleep, and the exit
// status through semihosting.
#include "adder/runtime/HAL.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace {

void say(const char *S) { adder_hal_write(1, S, strlen(S)); }

char Line[160];
#define PRINT(...) (snprintf(Line, sizeof Line, __VA_ARGS__), say(Line))

volatile uint64_t Dividend = 1000000000000000007ull;
volatile uint64_t Divisor = 1234567;
volatile double Two = 2.0;
volatile float OneAndAHalf = 1.5f;
int Initialized = 42; // .data
int Zeroed;           // .bss

} // namespace

// Freestanding C++ does not treat main specially (it would be mangled);
// the compiled program's main is a plain C symbol.
extern "C" int main() {
  say("hello from ");
  say(adder_hal_platform());
  say("\n");

  uint64_t Q = Dividend / Divisor, R = Dividend % Divisor;
  PRINT("u64: %llu r %llu\n", (unsigned long long)Q, (unsigned long long)R);

  double Root = 1.0; // Newton's method for sqrt(2), in doubles
  for (int I = 0; I < 6; ++I)
    Root = (Root + Two / Root) / 2;
  float Single = OneAndAHalf * OneAndAHalf + 0.25f;
  PRINT("double: %.9f float: %.3f\n", Root, (double)Single);

  PRINT("data: %d bss: %d\n", Initialized, Zeroed);

  errno = 0;
  long Big = strtol("99999999999999999999999", nullptr, 10);
  PRINT("strtol: %s errno: %s\n", Big == 0x7fffffffL ? "LONG_MAX" : "?",
        errno == ERANGE ? "ERANGE" : "wrong");

  size_t HeapSize = 0;
  char *Heap = static_cast<char *>(adder_hal_heap_region(0, &HeapSize));
  char Local;
  PRINT("heap: %u bytes, 8-aligned: %s, below stack: %s\n", (unsigned)HeapSize,
        (uintptr_t)Heap % 8 ? "no" : "yes",
        Heap + HeapSize <= &Local ? "yes" : "no");
  size_t Small = 0;
  adder_hal_heap_region(1024, &Small);
  PRINT("heap(1024): %u\n", (unsigned)Small);

  uint64_t T0 = adder_hal_ticks_us();
  adder_hal_sleep_us(2000);
  uint64_t Slept = adder_hal_ticks_us() - T0;
  PRINT("sleep 2ms: %s\n", Slept >= 2000 && Slept < 1000000 ? "ok" : "bad");
  PRINT("argc: %d argv[0]: %s\n", adder_hal_argc(),
        adder_hal_argv(0) ? "?" : "null");

  adder_hal_exit(3);
}
