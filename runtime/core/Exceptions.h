//===- Exceptions.h - exception objects (runtime-internal) ------*- C++ -*-===//
#ifndef ADDER_RUNTIME_CORE_EXCEPTIONS_H
#define ADDER_RUNTIME_CORE_EXCEPTIONS_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// A new instance of the exception type T with the given args.
Value newException(const Type *T, const Value *Args, size_t Argc);

/// Exception type objects' construct slot (shared by every exception type
/// and by user subclasses that do not define __init__ in C).
Value constructException(const Type *T, const Value *Args, size_t Argc,
                         Tuple *KwNames);

/// The message part of "Type: message" (str of the exception), or Error.
Value exceptionStr(Value Exc);

/// The slots of every exception type, shared with the exception types of
/// runtime modules (struct.error): ADDER_EXCEPTION_SLOTS ends the
/// designated initializer of such a static Type.
void traceException(Object *O, Tracer &T);
Value exceptionRepr(Value Self);
Value exceptionStrSlot(Value Self);
Value exceptionGetAttr(Value Self, Str *Name);
int exceptionSetAttr(Value Self, Str *Name, Value Item);
#define ADDER_EXCEPTION_SLOTS                                                  \
  .instanceSize = sizeof(BaseException), .trace = traceException,              \
  .repr = exceptionRepr, .str = exceptionStrSlot,                             \
  .construct = constructException, .getAttr = exceptionGetAttr,               \
  .setAttr = exceptionSetAttr

} // namespace adder::rt

#endif
