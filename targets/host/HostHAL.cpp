//===- HostHAL.cpp - the runtime's HAL on Linux ---------------------------===//
//
// The host target: a Linux executable. The console is file descriptors 1
// and 2, the heap is one anonymous mapping reserved up front and touched
// only as the collector uses it, and sources are read back from disk for
// tracebacks. This file is compiled to bitcode and linked with every host
// program.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/HAL.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace {
int Argc;
char **Argv;
constexpr size_t DefaultHeap = size_t(512) << 20;
} // namespace

extern "C" {

int adder_runtime_main(size_t StackSize);

// Unit tests link the HAL without the entry point (gtest has its own).
#ifndef ADDER_HOST_HAL_NO_MAIN
int main(int ArgCount, char **ArgValues) {
  Argc = ArgCount;
  Argv = ArgValues;
  struct rlimit Limit;
  size_t Stack = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &Limit) == 0 && Limit.rlim_cur != RLIM_INFINITY)
    Stack = size_t(Limit.rlim_cur);
  return adder_runtime_main(Stack);
}
#endif

void adder_hal_write(int Stream, const char *Data, size_t Size) {
  while (Size) {
    ssize_t N = write(Stream == 2 ? 2 : 1, Data, Size);
    if (N < 0) {
      if (errno == EINTR)
        continue;
      return; // nowhere to report a broken console
    }
    Data += N;
    Size -= size_t(N);
  }
}

size_t adder_hal_read(char *Data, size_t Size) {
  for (;;) {
    ssize_t N = read(0, Data, Size);
    if (N >= 0)
      return size_t(N);
    if (errno != EINTR)
      return 0;
  }
}

[[noreturn]] void adder_hal_exit(int Status) { _exit(Status); }

void *adder_hal_heap_region(size_t Requested, size_t *Size) {
  size_t Bytes = Requested ? Requested : DefaultHeap;
  void *P = mmap(nullptr, Bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (P == MAP_FAILED) {
    static const char Msg[] = "adder: cannot reserve the heap\n";
    adder_hal_write(2, Msg, sizeof(Msg) - 1);
    _exit(1);
  }
  *Size = Bytes;
  return P;
}

uint64_t adder_hal_ticks_us(void) {
  struct timespec T;
  clock_gettime(CLOCK_MONOTONIC, &T);
  return uint64_t(T.tv_sec) * 1000000u + uint64_t(T.tv_nsec) / 1000u;
}

double adder_hal_time(void) {
  struct timespec T;
  clock_gettime(CLOCK_REALTIME, &T);
  return double(T.tv_sec) + double(T.tv_nsec) * 1e-9;
}

void adder_hal_sleep_us(uint64_t Microseconds) {
  struct timespec T = {time_t(Microseconds / 1000000u),
                       long(Microseconds % 1000000u) * 1000};
  while (nanosleep(&T, &T) != 0 && errno == EINTR) {
  }
}

int adder_hal_argc(void) { return Argc; }
const char *adder_hal_argv(int Index) {
  return Index >= 0 && Index < Argc ? Argv[Index] : "";
}

size_t adder_hal_source_line(const char *Path, uint32_t Line, char *Buffer,
                             size_t Size) {
  FILE *F = fopen(Path, "rb");
  if (!F)
    return 0;
  uint32_t Current = 1;
  size_t N = 0;
  int C;
  while ((C = fgetc(F)) != EOF) {
    if (C == '\n') {
      if (Current == Line)
        break;
      ++Current;
      continue;
    }
    if (Current == Line && C != '\r' && N < Size)
      Buffer[N++] = char(C);
  }
  fclose(F);
  return Current == Line ? N : 0;
}

const char *adder_hal_platform(void) { return "linux"; }
}
