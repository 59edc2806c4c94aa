//===- Generator.h - generator objects --------------------------*- C++ -*-===//
//
// The layout and the runtime-internal interface of generators. Compiled
// code reaches a generator only through the adder_generator_* ABI
// functions of Builtins.td; builtins that drive iterators (next(),
// `yield from`) use generatorResume to see a generator's return value,
// which the plain `next` slot drops.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_GENERATOR_H
#define ADDER_RUNTIME_OBJECTS_GENERATOR_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// The resume function of a generator: runs the body from where it was
/// suspended, with Sent as the value of the `yield` it resumes (see
/// Generator.cpp). Returns the yielded value, the returned value (the
/// generator's state is then finished), or Error with an exception pending.
using GeneratorResume = Value (*)(Value Gen, Value Sent);

struct Generator {
  Object header;
  GeneratorResume resume;
  const CodeInfo *code;
  Value name, qualname; // str
  Value function;       // the function object (its closure), or None
  Value yieldFrom;      // the iterator a `yield from` delegates to, or Error
  /// The exception the generator's own except blocks were handling when it
  /// last yielded (restored when it resumes), or null.
  Object *handled;
  /// 0: not started; k > 0: suspended at yield point k; -1: finished (also
  /// while running, until a yield records its point).
  int32_t state;
  uint8_t running;
  uint32_t frameWords; // traced Values at the start of the frame
  uint32_t rawBytes;   // untraced bytes after them (floats, bools, flags)
  alignas(8) Value frame[];
};

extern "C" const Type adder_type_generator;

ADDER_INLINE bool isGenerator(Value V) {
  return isObject(V) && asObject(V)->type == &adder_type_generator;
}

enum class GeneratorStatus { Yielded, Returned, Raised };

/// Resumes generator G with Sent (send) or, when Throwing, with the pending
/// exception raised at its suspension point (throw). Out receives the
/// yielded or returned value. The checks of CPython's gen_send_ex apply:
/// a running generator, a finished one, a value sent to a fresh one.
GeneratorStatus generatorResume(Value G, Value Sent, bool Throwing,
                                Value *Out);

/// generator.close(): None, or Error with an exception pending.
Value generatorClose(Value G);

/// The value a StopIteration exception carries (its first argument).
Value stopIterationValue(Object *Exc);

/// next(G) for the builtin: StopIteration(value) when G returns (plain
/// exhaustion with nothing pending when it returns None and RaiseStop is
/// false, as the `next` slot convention wants).
Value generatorNext(Value G, bool RaiseStop);

} // namespace adder::rt

#endif
