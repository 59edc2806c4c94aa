// Reads one line from the console (the UART receiver, polled) and writes
// it back, for checking adder_hal_read with input piped into QEMU.
#include "adder/runtime/HAL.h"

extern "C" int main() {
  char Line[64];
  size_t N = 0;
  while (N < sizeof Line && (N == 0 || Line[N - 1] != '\n'))
    N += adder_hal_read(Line + N, sizeof Line - N);
  adder_hal_write(1, "echo: ", 6);
  adder_hal_write(1, Line, N);
  return 0;
}
