//===- MicroPython.cpp - the micropython module ---------------------------===//
//
// The parts of MicroPython's micropython module that mean something for
// compiled code: const() (the compiler folds it like a literal; at run
// time it returns its argument), heap_lock()/heap_unlock() for code that
// must not allocate, and mem_info() for a heap summary.
//
//===----------------------------------------------------------------------===//

#include "core/Output.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/MethodHelpers.h"
#include "objects/Module.h"

namespace adder::rt {

namespace {

Value mpConst(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("const", Argc, KwNames))
    return Error;
  return Args[0];
}

Value mpHeapLock(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("heap_lock", Argc, KwNames))
    return Error;
  gcLock();
  return none();
}

Value mpHeapUnlock(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("heap_unlock", Argc, KwNames))
    return Error;
  gcUnlock();
  return none();
}

Value mpMemInfo(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("mem_info", Argc, 0, 1, KwNames))
    return Error;
  HeapStats S = gcStats();
  StrBuilder B;
  B.appendFormat("GC: total: %zu, used: %zu, free: %zu\n"
                 " collections: %zu, peak used: %zu\n",
                 S.total, S.used, S.free, S.collections, S.peakUsed);
  Value Text = B.finish();
  if (Text == Error)
    return Error;
  outputWrite(1, asStr(Text)->data, asStr(Text)->byteLength);
  return none();
}

const MethodDef MicroPythonFunctions[] = {
    {"const", mpConst, MethodKind::StaticMethod},
    {"heap_lock", mpHeapLock, MethodKind::StaticMethod},
    {"heap_unlock", mpHeapUnlock, MethodKind::StaticMethod},
    {"mem_info", mpMemInfo, MethodKind::StaticMethod},
};

const NativeModuleDef MicroPythonModule = {
    MicroPythonFunctions,
    sizeof(MicroPythonFunctions) / sizeof(MicroPythonFunctions[0]), nullptr};

} // namespace

ADDER_NATIVE_MODULE(micropython, "micropython", MicroPythonModule)

} // namespace adder::rt
