//===- Exceptions.cpp - the builtin exception hierarchy -------------------===//
//
// Every builtin exception type is a static Type whose base chain mirrors
// CPython's hierarchy, so `except LookupError` catches IndexError by a walk
// up `base`. Instances share one layout (BaseException); str() and repr()
// follow CPython: str of the single argument, or of the args tuple; KeyError
// shows the repr of its key. The classes with fields of their own (OSError,
// the Unicode errors...) are in ExceptionKinds.cpp.
//
//===----------------------------------------------------------------------===//

#include "core/Exceptions.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Callables.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Tuple.h"

namespace adder::rt {

void traceException(Object *O, Tracer &T) {
  auto *E = reinterpret_cast<BaseException *>(O);
  T(&E->args);
  T(&E->traceback);
  T(&E->cause);
  T(&E->context);
  T(&E->attributes);
}

Value exceptionRepr(Value Self) {
  auto *E = reinterpret_cast<BaseException *>(asObject(Self));
  StrBuilder B;
  // _PyType_Name: a runtime module's type "struct.error" shows as error(...).
  const char *Name = asObject(Self)->type->name;
  for (const char *P = Name; *P; ++P)
    if (*P == '.')
      Name = P + 1;
  B.append(Name);
  if (!E->args || E->args->size != 1) {
    if (!E->args)
      B.append("()");
    else
      B.appendRepr(fromObject(&E->args->header));
  } else {
    B.append("(");
    B.appendRepr(E->args->items[0]);
    B.append(")");
  }
  return B.finish();
}

Value exceptionStrSlot(Value Self) {
  auto *E = reinterpret_cast<BaseException *>(asObject(Self));
  Value Own = exceptionKindStr(Self);
  if (Own != Error || errorPending())
    return Own;
  if (!E->args || E->args->size == 0)
    return emptyStr();
  if (E->args->size == 1) {
    // KeyError('k') prints as 'k' (the repr), to show empty-string keys.
    if (isSubtype(asObject(Self)->type, &adder_type_KeyError))
      return repr(E->args->items[0]);
    return str(E->args->items[0]);
  }
  return str(fromObject(&E->args->header));
}

namespace {

/// BaseException.add_note(note): appends to __notes__ (created as a list),
/// which the traceback prints after the message.
Value methodAddNote(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("BaseException.add_note", Argc - 1, KwNames))
    return Error;
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError, "note must be a str, not '%s'",
                 typeName(Args[1]));
  Value Notes = getAttrCString(Args[0], "__notes__");
  if (Notes == Error) {
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return Error;
    clearPendingException();
    List *L = listNew(0);
    Value Name = strFromCString("__notes__");
    if (!L || Name == Error ||
        setAttr(Args[0], asStr(Name), fromObject(&L->header)) < 0)
      return Error;
    Notes = fromObject(&L->header);
  }
  if (!isList(Notes))
    return raise(&adder_type_TypeError,
                 "Cannot add note: __notes__ is not a list");
  return listAppend(asList(Notes), Args[1]) ? none() : Error;
}

/// BaseException.with_traceback(tb): sets __traceback__, returns self.
Value methodWithTraceback(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("BaseException.with_traceback", Argc - 1, KwNames))
    return Error;
  Value Name = strFromCString("__traceback__");
  if (Name == Error || setAttr(Args[0], asStr(Name), Args[1]) < 0)
    return Error;
  return Args[0];
}

const MethodDef ExceptionMethods[] = {
    {"add_note", methodAddNote, MethodKind::Method},
    {"with_traceback", methodWithTraceback, MethodKind::Method},
};

#define ADDER_DEFINE_EXCEPTION(Name, Base)                                     \
  extern "C" const Type adder_type_##Name = {                                  \
      .header = {&adder_type_type},                                            \
      .name = #Name,                                                           \
      .base = &adder_type_##Base,                                              \
      .flags = TypeBaseType | TypeExceptionSubclass,                           \
      ADDER_EXCEPTION_SLOTS};

} // namespace

extern "C" const Type adder_type_BaseException = {
    .header = {&adder_type_type},
    .name = "BaseException",
    .base = &adder_type_object,
    .flags = TypeBaseType | TypeExceptionSubclass,
    ADDER_EXCEPTION_SLOTS,
    .methods = ExceptionMethods,
    .methodCount = sizeof(ExceptionMethods) / sizeof(ExceptionMethods[0])};

ADDER_DEFINE_EXCEPTION(SystemExit, BaseException)
ADDER_DEFINE_EXCEPTION(KeyboardInterrupt, BaseException)
ADDER_DEFINE_EXCEPTION(GeneratorExit, BaseException)
ADDER_DEFINE_EXCEPTION(Exception, BaseException)
ADDER_DEFINE_EXCEPTION(ArithmeticError, Exception)
ADDER_DEFINE_EXCEPTION(FloatingPointError, ArithmeticError)
ADDER_DEFINE_EXCEPTION(OverflowError, ArithmeticError)
ADDER_DEFINE_EXCEPTION(ZeroDivisionError, ArithmeticError)
ADDER_DEFINE_EXCEPTION(AssertionError, Exception)
ADDER_DEFINE_EXCEPTION(AttributeError, Exception)
ADDER_DEFINE_EXCEPTION(BufferError, Exception)
ADDER_DEFINE_EXCEPTION(EOFError, Exception)
ADDER_DEFINE_EXCEPTION(ImportError, Exception)
ADDER_DEFINE_EXCEPTION(ModuleNotFoundError, ImportError)
ADDER_DEFINE_EXCEPTION(LookupError, Exception)
ADDER_DEFINE_EXCEPTION(IndexError, LookupError)
ADDER_DEFINE_EXCEPTION(KeyError, LookupError)
ADDER_DEFINE_EXCEPTION(MemoryError, Exception)
ADDER_DEFINE_EXCEPTION(NameError, Exception)
ADDER_DEFINE_EXCEPTION(UnboundLocalError, NameError)
ADDER_DEFINE_EXCEPTION(OSError, Exception)
ADDER_DEFINE_EXCEPTION(BlockingIOError, OSError)
ADDER_DEFINE_EXCEPTION(ChildProcessError, OSError)
ADDER_DEFINE_EXCEPTION(ConnectionError, OSError)
ADDER_DEFINE_EXCEPTION(BrokenPipeError, ConnectionError)
ADDER_DEFINE_EXCEPTION(ConnectionAbortedError, ConnectionError)
ADDER_DEFINE_EXCEPTION(ConnectionRefusedError, ConnectionError)
ADDER_DEFINE_EXCEPTION(ConnectionResetError, ConnectionError)
ADDER_DEFINE_EXCEPTION(FileExistsError, OSError)
ADDER_DEFINE_EXCEPTION(FileNotFoundError, OSError)
ADDER_DEFINE_EXCEPTION(InterruptedError, OSError)
ADDER_DEFINE_EXCEPTION(IsADirectoryError, OSError)
ADDER_DEFINE_EXCEPTION(NotADirectoryError, OSError)
ADDER_DEFINE_EXCEPTION(PermissionError, OSError)
ADDER_DEFINE_EXCEPTION(ProcessLookupError, OSError)
ADDER_DEFINE_EXCEPTION(TimeoutError, OSError)
ADDER_DEFINE_EXCEPTION(ReferenceError, Exception)
ADDER_DEFINE_EXCEPTION(RuntimeError, Exception)
ADDER_DEFINE_EXCEPTION(NotImplementedError, RuntimeError)
ADDER_DEFINE_EXCEPTION(RecursionError, RuntimeError)
ADDER_DEFINE_EXCEPTION(StopIteration, Exception)
ADDER_DEFINE_EXCEPTION(StopAsyncIteration, Exception)
ADDER_DEFINE_EXCEPTION(SyntaxError, Exception)
ADDER_DEFINE_EXCEPTION(IndentationError, SyntaxError)
ADDER_DEFINE_EXCEPTION(TabError, IndentationError)
ADDER_DEFINE_EXCEPTION(SystemError, Exception)
ADDER_DEFINE_EXCEPTION(TypeError, Exception)
ADDER_DEFINE_EXCEPTION(ValueError, Exception)
ADDER_DEFINE_EXCEPTION(UnicodeError, ValueError)
ADDER_DEFINE_EXCEPTION(UnicodeDecodeError, UnicodeError)
ADDER_DEFINE_EXCEPTION(UnicodeEncodeError, UnicodeError)
ADDER_DEFINE_EXCEPTION(UnicodeTranslateError, UnicodeError)
ADDER_DEFINE_EXCEPTION(Warning, Exception)
ADDER_DEFINE_EXCEPTION(BytesWarning, Warning)
ADDER_DEFINE_EXCEPTION(DeprecationWarning, Warning)
ADDER_DEFINE_EXCEPTION(EncodingWarning, Warning)
ADDER_DEFINE_EXCEPTION(FutureWarning, Warning)
ADDER_DEFINE_EXCEPTION(ImportWarning, Warning)
ADDER_DEFINE_EXCEPTION(PendingDeprecationWarning, Warning)
ADDER_DEFINE_EXCEPTION(ResourceWarning, Warning)
ADDER_DEFINE_EXCEPTION(RuntimeWarning, Warning)
ADDER_DEFINE_EXCEPTION(SyntaxWarning, Warning)
ADDER_DEFINE_EXCEPTION(UnicodeWarning, Warning)
ADDER_DEFINE_EXCEPTION(UserWarning, Warning)

namespace {

BaseException *allocException(const Type *T, const Value *Args, size_t Argc) {
  Tuple *ArgTuple = tupleNew(Args, Argc);
  if (!ArgTuple)
    return nullptr;
  size_t Size = T->instanceSize ? T->instanceSize : sizeof(BaseException);
  auto *E = reinterpret_cast<BaseException *>(gcAlloc(T, Size));
  if (!E)
    return nullptr;
  E->args = ArgTuple;
  E->cause = Error;
  E->context = Error;
  return E;
}

} // namespace

Value newException(const Type *T, const Value *Args, size_t Argc) {
  BaseException *E = allocException(T, Args, Argc);
  if (!E || !initExceptionKind(E, T, Args, Argc, /*Checked=*/false))
    return Error;
  return fromObject(&E->header);
}

/// T(*Args, **Kw): keywords only where CPython's class takes them (the
/// values follow the positional arguments).
Value constructException(const Type *T, const Value *Args, size_t Argc,
                         Tuple *KwNames) {
  size_t NKw = KwNames ? KwNames->size : 0;
  if (NKw && !isSubtype(T, &adder_type_NameError) &&
      !isSubtype(T, &adder_type_AttributeError) &&
      !isSubtype(T, &adder_type_ImportError))
    return raise(&adder_type_TypeError, "%s() takes no keyword arguments",
                 T->name);
  T = constructedExceptionType(T, Args, Argc);
  BaseException *E = allocException(T, Args, Argc);
  if (!E || !initExceptionKind(E, T, Args, Argc, /*Checked=*/true))
    return Error;
  for (size_t I = 0; I < NKw; ++I)
    if (!exceptionKeyword(E, T, asStr(KwNames->items[I]), Args[Argc + I]))
      return Error;
  return fromObject(&E->header);
}

Value exceptionStr(Value Exc) { return str(Exc); }

/// Attributes every exception has: args, __cause__, __context__, and the
/// per-class ones CPython defines (StopIteration.value, SystemExit.code).
Value exceptionGetAttr(Value Self, Str *Name) {
  auto *E = reinterpret_cast<BaseException *>(asObject(Self));
  auto Arg0 = [&] {
    return E->args && E->args->size ? E->args->items[0] : none();
  };
  if (strEqualsCString(Name, "args"))
    return E->args ? tupleValue(E->args) : tupleValue(tupleNew(nullptr, 0));
  if (strEqualsCString(Name, "__cause__"))
    return E->cause == Error ? none() : E->cause;
  if (strEqualsCString(Name, "__context__"))
    return E->context == Error ? none() : E->context;
  if (strEqualsCString(Name, "__suppress_context__"))
    return boolValue(E->suppressContext);
  if (strEqualsCString(Name, "__traceback__"))
    return E->traceback ? fromObject(&E->traceback->header) : none();
  // Exceptions have a __dict__ for any other attribute.
  if (E->attributes) {
    Value V = dictGetItemStr(E->attributes, Name);
    if (V != Error)
      return V;
  }
  if (strEqualsCString(Name, "__dict__")) {
    if (!E->attributes && !(E->attributes = dictNew()))
      return Error;
    return dictValue(E->attributes);
  }
  const Type *T = asObject(Self)->type;
  if (isSubtype(T, &adder_type_StopIteration) &&
      strEqualsCString(Name, "value"))
    return Arg0();
  // ImportError(msg, name=..., path=...): the import system sets name and
  // path in the __dict__.
  if (isSubtype(T, &adder_type_ImportError)) {
    if (strEqualsCString(Name, "msg"))
      return Arg0();
    if (strEqualsCString(Name, "name") || strEqualsCString(Name, "path"))
      return none();
  }
  if (isSubtype(T, &adder_type_SystemExit) && strEqualsCString(Name, "code")) {
    if (E->args && E->args->size > 1)
      return fromObject(&E->args->header);
    return Arg0();
  }
  Value Field = exceptionKindField(Self, Name);
  if (Field != Error)
    return Field;
  // Methods (add_note, with_traceback) and what every object has.
  for (const Type *C = T; C; C = C->base)
    if (const MethodDef *M = findMethod(C, Name))
      return makeBuiltinMethod(M, Self, C);
  if (strEqualsCString(Name, "__class__"))
    return fromObject(&T->header);
  return raise(&adder_type_AttributeError,
               "'%s' object has no attribute '%V'", T->name, Name);
}

/// args (any iterable, stored as a tuple), __cause__, __context__ and
/// __traceback__ are fields; everything else goes to the __dict__.
int exceptionSetAttr(Value Self, Str *Name, Value Item) {
  auto *E = reinterpret_cast<BaseException *>(asObject(Self));
  if (strEqualsCString(Name, "args")) {
    if (Item == Error) {
      raise(&adder_type_TypeError, "args may not be deleted");
      return -1;
    }
    Value T = sequenceToTuple(Item);
    if (T == Error)
      return -1;
    E->args = asTuple(T);
    return 0;
  }
  if (strEqualsCString(Name, "__traceback__")) {
    if (Item == Error) {
      raise(&adder_type_TypeError, "__traceback__ may not be deleted");
      return -1;
    }
    if (!isNone(Item) && typeOf(Item) != &adder_type_traceback) {
      raise(&adder_type_TypeError,
            "__traceback__ must be a traceback or None");
      return -1;
    }
    E->traceback = isNone(Item) ? nullptr
                                : reinterpret_cast<TracebackEntry *>(
                                      asObject(Item));
    return 0;
  }
  if (strEqualsCString(Name, "__cause__") ||
      strEqualsCString(Name, "__context__")) {
    if (Item != Error && !isNone(Item) &&
        !isSubtype(typeOf(Item), &adder_type_BaseException)) {
      raise(&adder_type_TypeError, "exception %s must be None or derive "
                                   "from BaseException",
            strEqualsCString(Name, "__cause__") ? "cause" : "context");
      return -1;
    }
    Value V = Item == Error || isNone(Item) ? Error : Item;
    if (strEqualsCString(Name, "__cause__")) {
      E->cause = V;
      E->suppressContext = 1;
    } else {
      E->context = V;
    }
    return 0;
  }
  if (!E->attributes && !(E->attributes = dictNew()))
    return -1;
  Value Key = fromObject(&Name->header);
  if (Item != Error)
    return dictSetItem(E->attributes, Key, Item);
  if (dictDelItem(E->attributes, Key) == 0)
    return 0;
  if (pendingExceptionMatches(&adder_type_KeyError)) {
    clearPendingException();
    raise(&adder_type_AttributeError, "'%s' object has no attribute '%V'",
          asObject(Self)->type->name, Name);
  }
  return -1;
}

} // namespace adder::rt
