//===- Gc.cpp - the gc module ---------------------------------------------===//
//
// gc.collect() runs a full collection; mem_free() and mem_alloc() report
// the heap as MicroPython's gc module does. collect() returns None, as in
// MicroPython: adder's collector does not count unreachable objects the
// way CPython's cycle detector does.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "objects/MethodHelpers.h"
#include "objects/Module.h"

namespace adder::rt {

namespace {

Value gcCollectFn(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("collect", Argc, KwNames))
    return Error;
  gcCollect();
  return none();
}

Value gcMemFree(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("mem_free", Argc, KwNames))
    return Error;
  return adder_int_from_u64(gcStats().free);
}

Value gcMemAlloc(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("mem_alloc", Argc, KwNames))
    return Error;
  return adder_int_from_u64(gcStats().used);
}

const MethodDef GcFunctions[] = {
    {"collect", gcCollectFn, MethodKind::StaticMethod},
    {"mem_alloc", gcMemAlloc, MethodKind::StaticMethod},
    {"mem_free", gcMemFree, MethodKind::StaticMethod},
};

const NativeModuleDef GcModule = {
    GcFunctions, sizeof(GcFunctions) / sizeof(GcFunctions[0]), nullptr};

} // namespace

ADDER_NATIVE_MODULE(gc, "gc", GcModule)

} // namespace adder::rt
