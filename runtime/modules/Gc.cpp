//===- Gc.cpp - the gc module ---------------------------------------------===//
//
// gc.collect() runs a full collection and, as in CPython, returns a count
// of the unreachable objects it found: here every object it freed (CPython
// counts only those its cycle detector found, the rest having gone by
// reference counting). enable(), disable() and isenabled() switch the
// automatic collections; a disabled heap still collects when it is full.
// mem_free() and mem_alloc() report the heap as MicroPython's gc module
// does.
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
  return adder_int_from_u64(gcCollect());
}

Value gcEnable(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("enable", Argc, KwNames))
    return Error;
  gcSetEnabled(true);
  return none();
}

Value gcDisable(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("disable", Argc, KwNames))
    return Error;
  gcSetEnabled(false);
  return none();
}

Value gcIsEnabledFn(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("isenabled", Argc, KwNames))
    return Error;
  return boolValue(gcIsEnabled());
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
    {"disable", gcDisable, MethodKind::StaticMethod},
    {"enable", gcEnable, MethodKind::StaticMethod},
    {"isenabled", gcIsEnabledFn, MethodKind::StaticMethod},
    {"mem_alloc", gcMemAlloc, MethodKind::StaticMethod},
    {"mem_free", gcMemFree, MethodKind::StaticMethod},
};

const NativeModuleDef GcModule = {
    GcFunctions, sizeof(GcFunctions) / sizeof(GcFunctions[0]), nullptr};

} // namespace

ADDER_NATIVE_MODULE(gc, "gc", GcModule)

} // namespace adder::rt
