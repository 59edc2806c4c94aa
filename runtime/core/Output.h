//===- Output.h - buffered console output (runtime-internal) ----*- C++ -*-===//
//
// print() and tracebacks write through here. stdout is block-buffered like
// CPython's when not interactive (flushed when full, at exit, before
// anything goes to stderr, and on flush=True); stderr is written through.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_CORE_OUTPUT_H
#define ADDER_RUNTIME_CORE_OUTPUT_H

#include <stddef.h>

namespace adder::rt {

void outputWrite(int Stream, const char *Data, size_t Size);
void outputFlush(int Stream);

} // namespace adder::rt

#endif
