//===- TracebackModule.cpp - the _traceback module ------------------------===//
//
// What lib/python/traceback.py needs from the runtime: the text the
// runtime prints for an uncaught exception (core/Traceback.cpp), as a str.
// The traceback module builds format_exc, print_exc and the rest on it.
//
//   _traceback.format(exc, chain)   the whole report: chained exceptions
//                                   (when chain), entries, "Type: message"
//   _traceback.format_only(exc)     "Type: message" and the notes
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Errors.h"
#include "adder/runtime/Protocols.h"
#include "objects/MethodHelpers.h"
#include "objects/Module.h"

namespace adder::rt {

namespace {

Value tracebackFormat(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("format", Argc, 2, 2, KwNames))
    return Error;
  int Chain = truthy(Args[1]);
  if (Chain < 0)
    return Error;
  return formatException(Args[0], Chain != 0, /*OnlyLast=*/false);
}

Value tracebackFormatOnly(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("format_only", Argc, KwNames))
    return Error;
  return formatException(Args[0], /*Chain=*/false, /*OnlyLast=*/true);
}

const MethodDef TracebackFunctions[] = {
    {"format", tracebackFormat, MethodKind::StaticMethod},
    {"format_only", tracebackFormatOnly, MethodKind::StaticMethod},
};

const NativeModuleDef TracebackModule = {
    TracebackFunctions,
    sizeof(TracebackFunctions) / sizeof(TracebackFunctions[0]), nullptr};

} // namespace

ADDER_NATIVE_MODULE(_traceback, "_traceback", TracebackModule)

} // namespace adder::rt
