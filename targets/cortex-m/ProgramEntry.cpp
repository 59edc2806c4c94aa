//===- ProgramEntry.cpp - main() of a compiled program on a board ---------===//
//
// The board startup (Startup.cpp) calls a plain C main() that the program
// objects provide, as any bare-metal C program would. For a compiled Python
// program that main is this file: it is built to bitcode once per CPU
// flavour (target-<cpu>[-hf].bc, like the host's target-host.bc) and linked
// into the program's module next to the runtime, so the whole-program
// optimizer sees the entry point and everything it reaches.
//
// It lives in bitcode rather than in libadder-board.a because the board
// library also serves C++ test programs that bring their own main().
//
//===----------------------------------------------------------------------===//

#include <stddef.h>
#include <stdint.h>

extern "C" {
// The stack the linker script reserves at the top of RAM
// (targets/LinkerScript.cpp).
extern char __adder_stack_top[], __adder_stack_bottom[];

int adder_runtime_main(size_t StackSize);

int main() {
  // The runtime's recursion limit keeps compiled code inside this region
  // rather than letting it grow down into the heap.
  return adder_runtime_main(
      static_cast<size_t>(__adder_stack_top - __adder_stack_bottom));
}
}
