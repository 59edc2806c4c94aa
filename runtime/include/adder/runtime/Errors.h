//===- Errors.h - raising and propagating exceptions ------------*- C++ -*-===//
//
// DESIGN.md decision 8: exceptions propagate by return value. A failing
// runtime function stores the exception in the pending slot and returns
// Error (or -1, or whatever its signature documents); every caller checks
// and passes the failure up, adding a traceback entry for its own frame.
// Nothing here unwinds the stack, so it works identically on every target
// and costs a compare-and-branch when nothing is thrown.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_ERRORS_H
#define ADDER_RUNTIME_ERRORS_H

#include "adder/runtime/Object.h"

#include <stdarg.h>

namespace adder::rt {

/// The pending exception (an exception instance), or null. Compiled code
/// tests it after calls whose result cannot carry the Error sentinel.
extern "C" Object *adder_pending_exception;

ADDER_INLINE bool errorPending() { return adder_pending_exception != nullptr; }

/// Sets Exc (an exception instance) pending, chaining the exception being
/// handled, if any, as its __context__. Returns Error.
Value raiseObject(Value Exc);

/// Raises T(message). Message is printf-like, with these conversions for
/// Value arguments in addition to %s %d %u %zd %zu %c %x %%:
///   %R  repr(value)   %S  str(value)   %T  type(value).__name__
///   %V  a Str*'s characters
/// Returns Error so callers can `return raise(...)`.
Value raise(const Type *T, const char *Fmt, ...);
Value raiseV(const Type *T, const char *Fmt, va_list Args);

/// Raises T() with no arguments (StopIteration, KeyboardInterrupt...).
Value raiseEmpty(const Type *T);

/// Raises MemoryError without allocating (a preallocated instance), as the
/// heap does when it is exhausted. Returns Error.
Value raiseMemoryError();

/// Takes the pending exception (clearing the slot); null if none.
Object *takePendingException();
void clearPendingException();

/// True if the pending exception is an instance of T (or a subclass).
bool pendingExceptionMatches(const Type *T);

/// The exception currently being handled by an `except` block (for
/// implicit chaining and bare `raise`), maintained by compiled handlers.
extern "C" Object *adder_handled_exception;

/// Static information about a compiled function, for traceback entries.
struct CodeInfo {
  const char *file;
  const char *name; // "<module>" for module-level code
};

/// Records that the pending exception passed through Code at Line (called
/// by compiled code on the error path of each call site, innermost first).
extern "C" void adder_traceback_add(const CodeInfo *Code, uint32_t Line);

/// Prints the pending exception as CPython does for an uncaught exception
/// (chained exceptions first, then "Traceback (most recent call last):",
/// the entries, and "Type: message") to stderr, and clears it.
void printPendingException();

/// The text printPendingException would print for the exception Exc (a
/// str): without its chained exceptions unless Chain, or only its
/// "Type: message" line and notes when OnlyLast. TypeError if Exc is not
/// an exception.
Value formatException(Value Exc, bool Chain, bool OnlyLast);

} // namespace adder::rt

#endif
