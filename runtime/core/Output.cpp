//===- Output.cpp - buffered console output -------------------------------===//

#include "core/Output.h"

#include "adder/runtime/HAL.h"

#include <string.h>

namespace adder::rt {

namespace {
// Small enough for a microcontroller's RAM, large enough that print()-heavy
// programs do not make a system call per line on the host.
constexpr size_t BufferSize = 512;
char Buffer[BufferSize];
size_t Used = 0;
} // namespace

void outputFlush(int Stream) {
  if (Stream == 1 && Used) {
    adder_hal_write(1, Buffer, Used);
    Used = 0;
  }
}

void outputWrite(int Stream, const char *Data, size_t Size) {
  if (Stream != 1) {
    outputFlush(1);
    adder_hal_write(Stream, Data, Size);
    return;
  }
  if (Used + Size > BufferSize) {
    outputFlush(1);
    if (Size > BufferSize) {
      adder_hal_write(1, Data, Size);
      return;
    }
  }
  memcpy(Buffer + Used, Data, Size);
  Used += Size;
}

} // namespace adder::rt
