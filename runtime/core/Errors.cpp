//===- Errors.cpp - the pending exception and raising ---------------------===//
//
// One pending-exception slot (the runtime is single-threaded) and the
// functions that fill it. raise() formats its message with StrBuilder,
// which allocates; when the heap is exhausted, raiseMemoryError() uses a
// preallocated static instance so reporting MemoryError never needs memory.
//
//===----------------------------------------------------------------------===//

#include "core/Exceptions.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"

namespace adder::rt {

extern "C" Object *adder_pending_exception = nullptr;
extern "C" Object *adder_handled_exception = nullptr;

namespace {

/// The MemoryError raised when nothing can be allocated. It is static (so
/// the collector never writes it) and has no traceback of its own:
/// traceback entries are not recorded for it.
const Tuple EmptyArgs = {{&adder_type_tuple}, 0};
const BaseException StaticMemoryError = {
    {&adder_type_MemoryError}, const_cast<Tuple *>(&EmptyArgs), nullptr,
    Error, Error, 0, nullptr};

} // namespace

Value raiseObject(Value Exc) {
  Object *E = asObject(Exc);
  // Implicit chaining: an exception raised while another is handled gets
  // it as __context__ (unless it is that same exception, re-raised).
  if (adder_handled_exception && adder_handled_exception != E &&
      gcInHeap(E)) {
    auto *B = reinterpret_cast<BaseException *>(E);
    if (B->context == Error) {
      // Avoid creating a cycle through the context chain.
      bool Cycle = false;
      for (Value C = fromObject(adder_handled_exception); C != Error;
           C = reinterpret_cast<BaseException *>(asObject(C))->context)
        if (asObject(C) == E) {
          Cycle = true;
          break;
        }
      if (!Cycle)
        B->context = fromObject(adder_handled_exception);
    }
  }
  adder_pending_exception = E;
  return Error;
}

Value raiseMemoryError() {
  adder_pending_exception =
      const_cast<Object *>(&StaticMemoryError.header);
  return Error;
}

Value raiseV(const Type *T, const char *Fmt, va_list Args) {
  StrBuilder B;
  if (!B.appendFormatV(Fmt, Args))
    return errorPending() ? Error : raiseMemoryError();
  Value Message = B.finish();
  if (Message == Error)
    return Error;
  Value Exc = newException(T, &Message, 1);
  if (Exc == Error)
    return Error;
  return raiseObject(Exc);
}

Value raise(const Type *T, const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  Value R = raiseV(T, Fmt, Args);
  va_end(Args);
  return R;
}

Value raiseEmpty(const Type *T) {
  Value Exc = newException(T, nullptr, 0);
  if (Exc == Error)
    return Error;
  return raiseObject(Exc);
}

Object *takePendingException() {
  Object *E = adder_pending_exception;
  adder_pending_exception = nullptr;
  return E;
}

void clearPendingException() { adder_pending_exception = nullptr; }

bool pendingExceptionMatches(const Type *T) {
  return adder_pending_exception &&
         isSubtype(adder_pending_exception->type, T);
}

} // namespace adder::rt
