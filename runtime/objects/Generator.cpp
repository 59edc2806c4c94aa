//===- Generator.cpp - generator objects: send, throw, close, yield from --===//
//
// A generator function is compiled as two functions (frontend/irgen/
// IRGenGenerator.cpp): a ramp, called like any function, that binds the
// arguments and creates the object here, and a resume function holding the
// body as a state machine. The object owns the frame: the resume
// function's locals, saved into it at each yield and reloaded at each
// resume, with the number of the yield point to continue from
// (backend/LowerGenerator.cpp). So a generator needs no stack of its own
// and no threads, runs the same on every target, and is an ordinary heap
// object for the collector: Values first (traced), then untraced raw
// slots for unboxed floats and bools.
//
// Everything that drives a generator goes through generatorResume, which
// applies CPython's gen_send_ex rules: the running check, sending into a
// fresh or finished generator, PEP 479 (a StopIteration escaping the body
// becomes RuntimeError), and the swap of the exception being handled (a
// generator suspended inside an except block keeps its own).
//
//===----------------------------------------------------------------------===//

#include "objects/Generator.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "core/Exceptions.h"
#include "objects/MethodHelpers.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

namespace {

Generator *asGenerator(Value V) {
  return reinterpret_cast<Generator *>(asObject(V));
}

void traceGenerator(Object *O, Tracer &T) {
  auto *G = reinterpret_cast<Generator *>(O);
  T(&G->name);
  T(&G->qualname);
  T(&G->function);
  T(&G->yieldFrom);
  T(&G->handled);
  for (uint32_t I = 0; I < G->frameWords; ++I)
    T(&G->frame[I]);
}

/// The generator ran to its end: drop what the frame holds.
void finish(Generator *G) {
  G->state = -1;
  G->yieldFrom = Error;
  G->handled = nullptr;
  for (uint32_t I = 0; I < G->frameWords; ++I)
    G->frame[I] = Error;
}

GeneratorStatus resumeNow(Generator *G, Value Sent, Value *Out) {
  Object *Caller = adder_handled_exception;
  if (G->handled)
    adder_handled_exception = G->handled;
  G->running = 1;
  Value R = G->resume(fromObject(&G->header), Sent);
  G->running = 0;
  bool Suspended = G->state > 0;
  G->handled = Suspended && adder_handled_exception != Caller
                   ? adder_handled_exception
                   : nullptr;
  adder_handled_exception = Caller;
  if (Suspended) {
    *Out = R;
    return GeneratorStatus::Yielded;
  }
  finish(G);
  if (R != Error) {
    *Out = R;
    return GeneratorStatus::Returned;
  }
  if (pendingExceptionMatches(&adder_type_StopIteration)) {
    // PEP 479: the StopIteration becomes the cause of a RuntimeError.
    Object *Stop = takePendingException();
    if (raise(&adder_type_RuntimeError, "generator raised StopIteration") ==
            Error &&
        adder_pending_exception != Stop) {
      auto *E = reinterpret_cast<BaseException *>(adder_pending_exception);
      if (gcInHeap(E)) {
        E->cause = fromObject(Stop);
        E->context = fromObject(Stop);
        E->suppressContext = 1;
      }
    }
  }
  return GeneratorStatus::Raised;
}

/// The result of send()/__next__()/throw(): the yielded value, or
/// StopIteration carrying the returned one.
Value sendResult(GeneratorStatus S, Value V) {
  if (S == GeneratorStatus::Yielded)
    return V;
  if (S == GeneratorStatus::Raised)
    return Error;
  if (isNone(V))
    return raiseEmpty(&adder_type_StopIteration);
  Value Exc = newException(&adder_type_StopIteration, &V, 1);
  return Exc == Error ? Error : raiseObject(Exc);
}

bool isExceptionClass(Value V) {
  return isObject(V) && (typeOf(V)->flags & TypeTypeSubclass) &&
         isSubtype(reinterpret_cast<const Type *>(asObject(V)),
                   &adder_type_BaseException);
}

bool isExceptionInstance(Value V) {
  return isObject(V) && isSubtype(typeOf(V), &adder_type_BaseException);
}

/// The exception generator.throw(typ[, val[, tb]]) raises: an instance, or
/// the class instantiated with val (an instance of it is taken as is).
Value exceptionForThrow(Value Typ, Value Val) {
  if (isExceptionClass(Typ)) {
    if (isObject(Val) &&
        isSubtype(typeOf(Val),
                  reinterpret_cast<const Type *>(asObject(Typ))))
      return Val;
    if (isNone(Val))
      return call(Typ, nullptr, 0);
    if (isObject(Val) && typeOf(Val) == &adder_type_tuple)
      return call(Typ, asTuple(Val)->items, asTuple(Val)->size);
    return call(Typ, &Val, 1);
  }
  if (isExceptionInstance(Typ)) {
    if (!isNone(Val))
      return raise(&adder_type_TypeError,
                   "instance exception may not have a separate value");
    return Typ;
  }
  return raise(&adder_type_TypeError,
               "exceptions must be classes or instances deriving from "
               "BaseException, not %s",
               typeName(Typ));
}

//===--- Methods and attributes -------------------------------------------===//

Value generatorNextSlot(Value Self) {
  Value V;
  if (generatorResume(Self, none(), false, &V) == GeneratorStatus::Yielded)
    return V;
  return Error;
}

Value methodSend(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!checkOneArg("generator.send", Argc - 1, Kw))
    return Error;
  Value V;
  GeneratorStatus S = generatorResume(Args[0], Args[1], false, &V);
  return sendResult(S, V);
}

Value methodNext(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!checkNoArgs("generator.__next__", Argc - 1, Kw))
    return Error;
  return generatorNext(Args[0], true);
}

Value methodThrow(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!checkArgRange("throw", Argc - 1, 1, 3, Kw))
    return Error;
  if (Argc > 3 && !isNone(Args[3]))
    return raise(&adder_type_TypeError,
                 "throw() third argument must be a traceback object");
  Value Exc = exceptionForThrow(Args[1], Argc > 2 ? Args[2] : none());
  if (Exc == Error)
    return Error;
  if (!isExceptionInstance(Exc))
    return raise(&adder_type_TypeError,
                 "calling %R should have returned an instance of "
                 "BaseException, not %s",
                 Args[1], typeName(Exc));
  // Raised at the suspension point; its context is set there, if at all.
  adder_pending_exception = asObject(Exc);
  Value V;
  GeneratorStatus S = generatorResume(Args[0], none(), true, &V);
  return sendResult(S, V);
}

Value methodClose(const Value *Args, size_t Argc, Tuple *Kw) {
  if (!checkNoArgs("generator.close", Argc - 1, Kw))
    return Error;
  return generatorClose(Args[0]);
}

Value propertyRunning(const Value *Args, size_t, Tuple *) {
  return boolValue(asGenerator(Args[0])->running);
}

Value propertyYieldFrom(const Value *Args, size_t, Tuple *) {
  Value Y = asGenerator(Args[0])->yieldFrom;
  return Y == Error ? none() : Y;
}

Value propertyName(const Value *Args, size_t, Tuple *) {
  return asGenerator(Args[0])->name;
}

Value propertyQualname(const Value *Args, size_t, Tuple *) {
  return asGenerator(Args[0])->qualname;
}

/// gi_frame: a frame object while the generator can still run, else None.
struct Frame {
  Object header;
  Value generator;
};

void traceFrame(Object *O, Tracer &T) {
  T(&reinterpret_cast<Frame *>(O)->generator);
}

Value frameRepr(Value Self) {
  auto *G = asGenerator(reinterpret_cast<Frame *>(asObject(Self))->generator);
  StrBuilder B;
  B.appendFormat("<frame at 0x%zx, file '%s', code %s>", size_t(Self),
                 G->code ? G->code->file : "", G->code ? G->code->name : "");
  return B.finish();
}

} // namespace

extern "C" const Type adder_type_frame = {.header = {&adder_type_type},
                                          .name = "frame",
                                          .base = &adder_type_object,
                                          .instanceSize = sizeof(Frame),
                                          .trace = traceFrame,
                                          .repr = frameRepr};

namespace {

Value propertyFrame(const Value *Args, size_t, Tuple *) {
  if (asGenerator(Args[0])->state < 0)
    return none();
  auto *F = reinterpret_cast<Frame *>(gcAlloc(&adder_type_frame, sizeof(Frame)));
  if (!F)
    return Error;
  F->generator = Args[0];
  return fromObject(&F->header);
}

Value generatorRepr(Value Self) {
  StrBuilder B;
  B.appendFormat("<generator object %S at 0x%zx>", asGenerator(Self)->qualname,
                 size_t(Self));
  return B.finish();
}

const MethodDef GeneratorMethods[] = {
    {"__name__", propertyName, MethodKind::Property},
    {"__next__", methodNext, MethodKind::Method},
    {"__qualname__", propertyQualname, MethodKind::Property},
    {"close", methodClose, MethodKind::Method},
    {"gi_frame", propertyFrame, MethodKind::Property},
    {"gi_running", propertyRunning, MethodKind::Property},
    {"gi_yieldfrom", propertyYieldFrom, MethodKind::Property},
    {"send", methodSend, MethodKind::Method},
    {"throw", methodThrow, MethodKind::Method},
};

} // namespace

extern "C" const Type adder_type_generator = {
    .header = {&adder_type_type},
    .name = "generator",
    .base = &adder_type_object,
    .trace = traceGenerator,
    .repr = generatorRepr,
    .iter = iterSelf,
    .next = generatorNextSlot,
    .methods = GeneratorMethods,
    .methodCount = sizeof(GeneratorMethods) / sizeof(GeneratorMethods[0])};

//===--- The runtime-internal interface -----------------------------------===//

GeneratorStatus generatorResume(Value Self, Value Sent, bool Throwing,
                                Value *Out) {
  Generator *G = asGenerator(Self);
  if (G->running) {
    if (Throwing)
      clearPendingException();
    raise(&adder_type_ValueError, "generator already executing");
    return GeneratorStatus::Raised;
  }
  if (G->state < 0) {
    if (Throwing)
      return GeneratorStatus::Raised; // the exception passes through
    *Out = none();
    return GeneratorStatus::Returned;
  }
  if (G->state == 0) {
    if (Throwing) {
      // Raised before the first statement: the body never runs.
      finish(G);
      return GeneratorStatus::Raised;
    }
    if (!isNone(Sent)) {
      raise(&adder_type_TypeError,
            "can't send non-None value to a just-started generator");
      return GeneratorStatus::Raised;
    }
  }
  return resumeNow(G, Sent, Out);
}

Value generatorClose(Value Self) {
  Generator *G = asGenerator(Self);
  if (G->state <= 0 && !G->running) {
    finish(G);
    return none();
  }
  Value Exit = newException(&adder_type_GeneratorExit, nullptr, 0);
  if (Exit == Error)
    return Error;
  adder_pending_exception = asObject(Exit);
  Value V;
  GeneratorStatus S = generatorResume(Self, none(), true, &V);
  if (S == GeneratorStatus::Yielded)
    return raise(&adder_type_RuntimeError, "generator ignored GeneratorExit");
  if (S == GeneratorStatus::Returned)
    return none();
  if (pendingExceptionMatches(&adder_type_GeneratorExit) ||
      pendingExceptionMatches(&adder_type_StopIteration)) {
    clearPendingException();
    return none();
  }
  return Error;
}

Value stopIterationValue(Object *Exc) {
  Tuple *Args = reinterpret_cast<BaseException *>(Exc)->args;
  return Args && Args->size ? Args->items[0] : none();
}

Value generatorNext(Value Self, bool RaiseStop) {
  Value V;
  GeneratorStatus S = generatorResume(Self, none(), false, &V);
  if (S == GeneratorStatus::Returned && !RaiseStop)
    return Error;
  return sendResult(S, V);
}

namespace {

/// 1 with the next value to yield, 0 with the delegate's return value
/// (StopIteration's), -1 on error, from an iterator call's result.
int32_t delegateResult(Value V, Value *Out) {
  if (V != Error) {
    *Out = V;
    return 1;
  }
  if (!errorPending()) {
    *Out = none();
    return 0;
  }
  if (!pendingExceptionMatches(&adder_type_StopIteration))
    return -1;
  *Out = stopIterationValue(takePendingException());
  return 0;
}

int32_t delegateStatus(GeneratorStatus S) {
  return S == GeneratorStatus::Yielded    ? 1
         : S == GeneratorStatus::Returned ? 0
                                          : -1;
}

/// Closes the delegate of a `yield from` that is itself closed: close()
/// when it has one. 0, or -1 with the exception close() raised.
int32_t closeDelegate(Value It) {
  if (isGenerator(It))
    return generatorClose(It) == Error ? -1 : 0;
  Value Close = getAttrCString(It, "close");
  if (Close == Error) {
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return -1;
    clearPendingException();
    return 0;
  }
  return call(Close, nullptr, 0) == Error ? -1 : 0;
}

int32_t delegate(Value It, Value Sent, Value *Out) {
  if (errorPending()) {
    // Thrown into the delegating generator: thrown into the delegate.
    Object *Exc = takePendingException();
    if (isSubtype(Exc->type, &adder_type_GeneratorExit)) {
      if (closeDelegate(It) < 0)
        return -1;
      adder_pending_exception = Exc;
      return -1;
    }
    if (isGenerator(It)) {
      adder_pending_exception = Exc;
      return delegateStatus(generatorResume(It, none(), true, Out));
    }
    Value Throw = getAttrCString(It, "throw");
    if (Throw == Error) {
      if (!pendingExceptionMatches(&adder_type_AttributeError))
        return -1;
      adder_pending_exception = Exc;
      return -1;
    }
    Value Arg = fromObject(Exc);
    return delegateResult(call(Throw, &Arg, 1), Out);
  }
  if (isGenerator(It))
    return delegateStatus(generatorResume(It, Sent, false, Out));
  if (isNone(Sent))
    return delegateResult(iterNext(It), Out);
  Value Send = getAttrCString(It, "send");
  if (Send == Error)
    return -1;
  return delegateResult(call(Send, &Sent, 1), Out);
}

} // namespace

//===--- The ABI compiled code calls --------------------------------------===//

extern "C" {

/// Creates the generator object of a call of a generator function (the
/// ramp's gen.new); the ramp then fills the frame.
Value adder_generator_new(GeneratorResume Resume, const CodeInfo *Code,
                          Value Name, Value Qualname, Value Function,
                          size_t Words, size_t RawBytes) {
  // The raw bytes start at the first multiple of 8 after the Values.
  size_t Bytes = __builtin_offsetof(Generator, frame) +
                 ((Words * sizeof(Value) + 7) & ~size_t(7));
  auto *G = reinterpret_cast<Generator *>(
      gcAlloc(&adder_type_generator, Bytes + RawBytes));
  if (!G)
    return Error;
  G->resume = Resume;
  G->code = Code;
  G->name = Name;
  G->qualname = Qualname;
  G->function = Function;
  G->yieldFrom = Error;
  G->frameWords = uint32_t(Words);
  G->rawBytes = uint32_t(RawBytes);
  return fromObject(&G->header);
}

/// The frame: Words Values, then the raw bytes at the next multiple of 8.
ADDER_FAST Value *adder_generator_frame(Value Gen) {
  return asGenerator(Gen)->frame;
}

/// Starts running: returns the yield point to continue from (0 for the
/// start) and leaves the state "finished" until the next yield.
ADDER_FAST int32_t adder_generator_enter(Value Gen) {
  Generator *G = asGenerator(Gen);
  int32_t State = G->state;
  G->state = -1;
  return State;
}

/// Records the yield point the generator is suspended at.
ADDER_FAST void adder_generator_suspend(Value Gen, int32_t State) {
  asGenerator(Gen)->state = State;
}

/// The function object whose closure the resume function reads.
ADDER_FAST Value adder_generator_function(Value Gen) {
  return asGenerator(Gen)->function;
}

/// One step of `yield from It` in generator Gen, sending Sent (or the
/// exception thrown into Gen, when one is pending): 1 with the value to
/// yield in Out, 0 with the delegate's return value, -1 on error.
int32_t adder_yield_from_send(Value Gen, Value It, Value Sent, Value *Out) {
  Generator *G = asGenerator(Gen);
  G->yieldFrom = It;
  int32_t R = delegate(It, Sent, Out);
  if (R != 1)
    G->yieldFrom = Error;
  return R;
}

} // extern "C"

} // namespace adder::rt
