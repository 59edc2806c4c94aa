//===- Fatal.cpp - internal errors in the runtime -------------------------===//
//
// support/ leaves fatalError (ADDER_ASSERT's failure path) to its
// environment. In a compiled program it reports on the console's error
// stream through the HAL and stops the program; it never returns, and it
// allocates nothing (the heap may be what is broken).
//
//===----------------------------------------------------------------------===//

#include "core/Output.h"

#include "adder/runtime/HAL.h"
#include "adder/support/Compiler.h"

#include <string.h>

namespace adder {

void fatalError(const char *Message, const char *File, int Line) {
  rt::outputFlush(1);
  auto Put = [](const char *S) { adder_hal_write(2, S, strlen(S)); };
  char Digits[12];
  char *P = Digits + sizeof(Digits);
  *--P = 0;
  unsigned N = Line < 0 ? 0 : unsigned(Line);
  do
    *--P = char('0' + N % 10);
  while (N /= 10);
  Put("adder runtime: internal error: ");
  Put(Message);
  Put(" (");
  Put(File);
  Put(":");
  Put(P);
  Put(")\n");
  adder_hal_exit(134);
}

} // namespace adder
