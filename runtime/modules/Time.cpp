//===- Time.cpp - the time module -----------------------------------------===//
//
// CPython's clocks (time, monotonic, perf_counter and their _ns forms,
// sleep) and MicroPython's tick functions (ticks_ms/us, ticks_diff,
// ticks_add, sleep_ms/us), all on the HAL's microsecond counter and
// wall clock. Ticks wrap at 2**30 as MicroPython's do, so ticks_diff()
// arithmetic ported from MicroPython behaves the same.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/HAL.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "objects/MethodHelpers.h"
#include "objects/Module.h"

namespace adder::rt {

namespace {

/// MicroPython's TICKS_PERIOD: tick values live in [0, 2**30).
constexpr uint64_t TicksPeriod = uint64_t(1) << 30;
constexpr uint64_t TicksMask = TicksPeriod - 1;

Value noArgs(const char *Name, size_t Argc, Tuple *KwNames, Value R) {
  return checkNoArgs(Name, Argc, KwNames) ? R : Error;
}

Value timeTime(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("time", Argc, KwNames))
    return Error;
  return floatNew(adder_hal_time());
}

Value timeTimeNs(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("time_ns", Argc, KwNames))
    return Error;
  return adder_int_from_i64(int64_t(adder_hal_time() * 1e9));
}

/// monotonic() and perf_counter(): seconds on the microsecond counter.
Value timeMonotonic(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("monotonic", Argc, KwNames))
    return Error;
  return floatNew(double(adder_hal_ticks_us()) / 1e6);
}

Value timePerfCounter(const Value *, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("perf_counter", Argc, KwNames))
    return Error;
  return floatNew(double(adder_hal_ticks_us()) / 1e6);
}

Value timeMonotonicNs(const Value *, size_t Argc, Tuple *KwNames) {
  return noArgs("monotonic_ns", Argc, KwNames,
                adder_int_from_u64(adder_hal_ticks_us() * 1000));
}

Value timePerfCounterNs(const Value *, size_t Argc, Tuple *KwNames) {
  return noArgs("perf_counter_ns", Argc, KwNames,
                adder_int_from_u64(adder_hal_ticks_us() * 1000));
}

/// Sleeps for Seconds (an int or float) times Scale microseconds.
Value sleepFor(const char *Name, const Value *Args, size_t Argc,
               Tuple *KwNames, double Scale) {
  if (!checkOneArg(Name, Argc, KwNames))
    return Error;
  double Amount = adder_as_double(Args[0]);
  if (errorPending())
    return Error;
  if (Amount < 0)
    return raise(&adder_type_ValueError, "sleep length must be non-negative");
  if (!(Amount * Scale < 1.8e19))
    return raise(&adder_type_OverflowError, "sleep length is too large");
  adder_hal_sleep_us(uint64_t(Amount * Scale));
  return none();
}

Value timeSleep(const Value *Args, size_t Argc, Tuple *KwNames) {
  return sleepFor("sleep", Args, Argc, KwNames, 1e6);
}

Value timeSleepMs(const Value *Args, size_t Argc, Tuple *KwNames) {
  return sleepFor("sleep_ms", Args, Argc, KwNames, 1e3);
}

Value timeSleepUs(const Value *Args, size_t Argc, Tuple *KwNames) {
  return sleepFor("sleep_us", Args, Argc, KwNames, 1);
}

Value timeTicksMs(const Value *, size_t Argc, Tuple *KwNames) {
  return noArgs("ticks_ms", Argc, KwNames,
                makeSmallInt(SWord((adder_hal_ticks_us() / 1000) & TicksMask)));
}

Value timeTicksUs(const Value *, size_t Argc, Tuple *KwNames) {
  return noArgs("ticks_us", Argc, KwNames,
                makeSmallInt(SWord(adder_hal_ticks_us() & TicksMask)));
}

/// A tick argument: an int, taken modulo the tick period.
bool tickArg(Value V, uint64_t *Out) {
  if (!isInt(V)) {
    raise(&adder_type_TypeError, "can't convert %s to int", typeName(V));
    return false;
  }
  Value M = adder_int_and(V, makeSmallInt(SWord(TicksMask)));
  if (M == Error)
    return false;
  *Out = uint64_t(smallIntValue(M));
  return true;
}

/// ticks_diff(new, old): the signed distance in [-2**29, 2**29).
Value timeTicksDiff(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("ticks_diff", Argc, 2, 2, KwNames))
    return Error;
  uint64_t New, Old;
  if (!tickArg(Args[0], &New) || !tickArg(Args[1], &Old))
    return Error;
  int64_t D = int64_t((New - Old + TicksPeriod / 2) & TicksMask) -
              int64_t(TicksPeriod / 2);
  return makeSmallInt(SWord(D));
}

Value timeTicksAdd(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("ticks_add", Argc, 2, 2, KwNames))
    return Error;
  uint64_t T, Delta;
  if (!tickArg(Args[0], &T) || !tickArg(Args[1], &Delta))
    return Error;
  return makeSmallInt(SWord((T + Delta) & TicksMask));
}

const MethodDef TimeFunctions[] = {
    {"monotonic", timeMonotonic, MethodKind::StaticMethod},
    {"monotonic_ns", timeMonotonicNs, MethodKind::StaticMethod},
    {"perf_counter", timePerfCounter, MethodKind::StaticMethod},
    {"perf_counter_ns", timePerfCounterNs, MethodKind::StaticMethod},
    {"sleep", timeSleep, MethodKind::StaticMethod},
    {"sleep_ms", timeSleepMs, MethodKind::StaticMethod},
    {"sleep_us", timeSleepUs, MethodKind::StaticMethod},
    {"ticks_add", timeTicksAdd, MethodKind::StaticMethod},
    {"ticks_diff", timeTicksDiff, MethodKind::StaticMethod},
    {"ticks_ms", timeTicksMs, MethodKind::StaticMethod},
    {"ticks_us", timeTicksUs, MethodKind::StaticMethod},
    {"time", timeTime, MethodKind::StaticMethod},
    {"time_ns", timeTimeNs, MethodKind::StaticMethod},
};

const NativeModuleDef TimeModule = {
    TimeFunctions, sizeof(TimeFunctions) / sizeof(TimeFunctions[0]), nullptr};

} // namespace

ADDER_NATIVE_MODULE(time, "time", TimeModule)

} // namespace adder::rt
