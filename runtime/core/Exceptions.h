//===- Exceptions.h - exception objects (runtime-internal) ------*- C++ -*-===//
#ifndef ADDER_RUNTIME_CORE_EXCEPTIONS_H
#define ADDER_RUNTIME_CORE_EXCEPTIONS_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// The type of traceback entries (Traceback.cpp).
extern "C" const Type adder_type_traceback;

/// A new instance of the exception type T with the given args.
Value newException(const Type *T, const Value *Args, size_t Argc);

/// Exception type objects' construct slot (shared by every exception type
/// and by user subclasses that do not define __init__ in C).
Value constructException(const Type *T, const Value *Args, size_t Argc,
                         Tuple *KwNames);

/// The message part of "Type: message" (str of the exception), or Error.
Value exceptionStr(Value Exc);

//===--- What some classes add (ExceptionKinds.cpp) ------------------------===//

/// Sets the fields of T's kind from its arguments (OSError's errno...,
/// the Unicode errors' encoding...). Checked: raise TypeError for
/// arguments the class refuses (a constructor call) instead of leaving
/// the fields unset (an exception the runtime raises with a message).
bool initExceptionKind(BaseException *E, const Type *T, const Value *Args,
                       size_t Argc, bool Checked);
/// The class T(*Args) creates: OSError(2, ...) is a FileNotFoundError.
const Type *constructedExceptionType(const Type *T, const Value *Args,
                                     size_t Argc);
/// A keyword argument of the constructor (NameError(name=...)).
bool exceptionKeyword(BaseException *E, const Type *T, Str *Name, Value V);
/// str() of kinds with their own format, or Error (nothing pending) to
/// use the args.
Value exceptionKindStr(Value Self);
/// A field the class declares that is unset (None), or Error.
Value exceptionKindField(Value Self, Str *Name);
/// NameError "name 'x' is not defined" with its name field set.
Value raiseNameError(Value Name);
/// Gives a pending AttributeError from looking Name up on Obj its name
/// and obj fields (unless it has them), as CPython's PyObject_GetAttr.
void addAttributeErrorContext(Value Obj, Str *Name);
/// Raises T(encoding, object, start, end, reason).
Value raiseUnicodeError(const Type *T, const char *Encoding, Value Object,
                        size_t Start, size_t End, const char *Reason);

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
