//===- Main.cpp - program start and exit ----------------------------------===//
//
// Every target's entry point ends up in adder_runtime_main: it gives the
// heap its region, runs the compiled program's module code
// (adder_program_main, emitted by the compiler), and turns the outcome into
// an exit status the way CPython does: SystemExit's code, or a printed
// traceback and status 1 for any other uncaught exception.
//
//===----------------------------------------------------------------------===//

#include "core/Output.h"

#include "adder/runtime/HAL.h"
#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"

namespace adder::rt {

extern "C" {
/// Emitted by the compiler: runs the main module; Error on an uncaught
/// exception.
Value adder_program_main(void);
/// Emitted by the compiler from --heap (0: the target's default) and
/// --gc-stress.
extern const size_t adder_program_heap_size;
extern const uint8_t adder_program_gc_stress;
/// Emitted by the compiler: 0 when no program code can raise.
extern const uint8_t adder_program_can_raise;

/// The lowest address compiled code may use as stack before raising
/// RecursionError (checked in function prologues).
uintptr_t adder_stack_limit = 0;
}

namespace {

/// Stack kept below adder_stack_limit for the runtime's own C++ frames
/// (formatting, bigints, raising), which do not check the limit: an eighth
/// of the stack, at least 1 KB (a micro:bit has 4 KB of stack in all;
/// less than this and a deep compiled recursion that ends in a formatting
/// call overflows into the heap) and at most 64 KB.
size_t StackReserve = 0;

/// The exit status for an uncaught exception; prints it unless SystemExit.
int exitStatusFor(Object *Exc) {
  if (!isSubtype(Exc->type, &adder_type_SystemExit)) {
    adder_pending_exception = Exc;
    printPendingException();
    return 1;
  }
  Value Code = getAttrCString(fromObject(Exc), "code");
  if (Code == Error || isNone(Code))
    return 0;
  if (isSmallInt(Code))
    return int(smallIntValue(Code) & 0xFF);
  if (isBool(Code))
    return isTrue(Code);
  // Any other code is printed to stderr and the status is 1.
  Value S = str(Code);
  if (S != Error) {
    Str *Text = asStr(S);
    outputFlush(1);
    outputWrite(2, Text->data, Text->byteLength);
    outputWrite(2, "\n", 1);
  }
  return 1;
}

} // namespace

/// Compiled with the program: when it cannot raise, the exception
/// reporting below folds away.
extern "C" ADDER_PER_PROGRAM int adder_runtime_main(size_t StackSize) {
  char Base;
  uintptr_t Top = reinterpret_cast<uintptr_t>(&Base);
  StackReserve = StackSize / 8;
  if (StackReserve < 1024)
    StackReserve = 1024;
  if (StackReserve > 64 * 1024)
    StackReserve = 64 * 1024;
  adder_stack_limit = Top - StackSize + StackReserve;
  size_t HeapSize = 0;
  void *Region = adder_hal_heap_region(adder_program_heap_size, &HeapSize);
  // The frame address, not a local's: every slot of this frame is then
  // inside the scanned stack range.
  heapInit(Region, HeapSize, __builtin_frame_address(0));
  gcSetStress(adder_program_gc_stress);
  int Status = 0;
  Value Result = adder_program_main();
  if (adder_program_can_raise && Result == Error) {
    Object *Exc = takePendingException();
    Status = Exc ? exitStatusFor(Exc) : 1;
  }
  outputFlush(1);
  return Status;
}

extern "C" Value adder_raise_recursion_error(void) {
  // Lend half the reserve to whatever compiled code raising runs.
  adder_stack_limit -= StackReserve / 2;
  Value R = raise(&adder_type_RecursionError,
                  "maximum recursion depth exceeded");
  adder_stack_limit += StackReserve / 2;
  return R;
}

} // namespace adder::rt
