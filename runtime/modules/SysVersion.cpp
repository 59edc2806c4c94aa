//===- SysVersion.cpp - sys.version_info, implementation, float_info ------===//
//
// adder implements the language of CPython 3.11, so sys.version_info is
// (3, 11, 0, 'final', 0): programs that test it (`sys.version_info >=
// (3, 8)`) take their 3.11 paths. sys.implementation names adder itself,
// as MicroPython's names MicroPython. sys.float_info describes IEEE
// doubles, which every target uses. All are static objects: version_info
// and float_info are tuples with named fields (CPython's struct
// sequences), the implementation a read-only record printed like
// types.SimpleNamespace.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Numbers.h"
#include "objects/Class.h"
#include "objects/Str.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

/// A struct sequence: a static tuple of N items whose type names them.
template <uint32_t N> struct NamedTuple {
  Object header;
  uint32_t size;
  Value items[N];
};

/// repr() of a struct sequence: "sys.version_info(major=3, ...)".
Value namedTupleRepr(Value Self, const char *const *Fields) {
  Tuple *T = asTuple(Self);
  StrBuilder B;
  B.append(typeOf(Self)->name);
  B.append("(");
  for (uint32_t I = 0; I < T->size; ++I) {
    B.appendFormat("%s%s=", I ? ", " : "", Fields[I]);
    if (!B.appendRepr(T->items[I]))
      break;
  }
  B.append(")");
  return B.finish();
}

Value namedTupleGetAttr(Value Self, Str *Name, const char *const *Fields) {
  Tuple *T = asTuple(Self);
  for (uint32_t I = 0; I < T->size; ++I)
    if (strEqualsCString(Name, Fields[I]))
      return T->items[I];
  return genericGetAttr(Self, Name);
}

const char *const VersionFields[] = {"major", "minor", "micro",
                                     "releaselevel", "serial"};
constexpr uint32_t VersionFieldCount = 5;
using VersionTuple = NamedTuple<VersionFieldCount>;

Value versionRepr(Value Self) { return namedTupleRepr(Self, VersionFields); }
Value versionGetAttr(Value Self, Str *Name) {
  return namedTupleGetAttr(Self, Name, VersionFields);
}

const char *const FloatInfoFields[] = {
    "max",     "max_exp",  "max_10_exp", "min",     "min_exp", "min_10_exp",
    "dig",     "mant_dig", "epsilon",    "radix",   "rounds"};
constexpr uint32_t FloatInfoFieldCount = 11;

Value floatInfoRepr(Value Self) {
  return namedTupleRepr(Self, FloatInfoFields);
}
Value floatInfoGetAttr(Value Self, Str *Name) {
  return namedTupleGetAttr(Self, Name, FloatInfoFields);
}

} // namespace

extern "C" const Type adder_type_float_info = {
    .header = {&adder_type_type},
    .name = "sys.float_info",
    .base = &adder_type_tuple,
    .flags = TypeTupleSubclass,
    .instanceSize = sizeof(NamedTuple<FloatInfoFieldCount>),
    .repr = floatInfoRepr,
    .getAttr = floatInfoGetAttr};

extern "C" const Type adder_type_version_info = {
    .header = {&adder_type_type},
    .name = "sys.version_info",
    .base = &adder_type_tuple,
    .flags = TypeTupleSubclass,
    .instanceSize = sizeof(VersionTuple),
    .repr = versionRepr,
    .getAttr = versionGetAttr};

namespace {

const StaticStr<6> Final = {{&adder_type_str}, 5, 5, -1, 1, 1, "final"};
const StaticStr<6> Alpha = {{&adder_type_str}, 5, 5, -1, 1, 1, "alpha"};
const StaticStr<6> Adder = {{&adder_type_str}, 5, 5, -1, 1, 1, "adder"};

const VersionTuple PythonVersion = {
    {&adder_type_version_info},
    VersionFieldCount,
    {makeSmallInt(3), makeSmallInt(11), makeSmallInt(0),
     fromObject(&Final.header), makeSmallInt(0)}};

/// adder's own version, before its first release.
const VersionTuple AdderVersion = {
    {&adder_type_version_info},
    VersionFieldCount,
    {makeSmallInt(0), makeSmallInt(1), makeSmallInt(0),
     fromObject(&Alpha.header), makeSmallInt(0)}};

/// CPython's hexversion of a version tuple: 0xMMmmuuRS.
SWord hexVersion(const VersionTuple &V) {
  SWord Level = V.items[3] == fromObject(&Final.header) ? 0xF : 0xA;
  return (smallIntValue(V.items[0]) << 24) | (smallIntValue(V.items[1]) << 16) |
         (smallIntValue(V.items[2]) << 8) | (Level << 4) |
         smallIntValue(V.items[4]);
}

struct Implementation {
  Object header;
};

Value implementationAttribute(Str *Name) {
  if (strEqualsCString(Name, "name"))
    return fromObject(&Adder.header);
  if (strEqualsCString(Name, "version"))
    return fromObject(&AdderVersion.header);
  if (strEqualsCString(Name, "hexversion"))
    return makeSmallInt(hexVersion(AdderVersion));
  if (strEqualsCString(Name, "cache_tag"))
    return none(); // no bytecode cache
  return Error;
}

Value implementationGetAttr(Value Self, Str *Name) {
  Value V = implementationAttribute(Name);
  return V != Error ? V : genericGetAttr(Self, Name);
}

Value implementationRepr(Value) {
  StrBuilder B;
  B.appendFormat("namespace(name='adder', cache_tag=None, version=");
  if (!B.appendRepr(fromObject(&AdderVersion.header)))
    return B.finish();
  B.appendFormat(", hexversion=%ld)", long(hexVersion(AdderVersion)));
  return B.finish();
}

} // namespace

extern "C" const Type adder_type_implementation = {
    .header = {&adder_type_type},
    .name = "types.SimpleNamespace",
    .base = &adder_type_object,
    .instanceSize = sizeof(Implementation),
    .repr = implementationRepr,
    .getAttr = implementationGetAttr};

namespace {
const Implementation TheImplementation = {{&adder_type_implementation}};
} // namespace

namespace {

const Float DoubleMax = {{&adder_type_float}, 1.7976931348623157e308};
const Float DoubleMin = {{&adder_type_float}, 2.2250738585072014e-308};
const Float DoubleEpsilon = {{&adder_type_float}, 2.220446049250313e-16};

const NamedTuple<FloatInfoFieldCount> FloatInfo = {
    {&adder_type_float_info},
    FloatInfoFieldCount,
    {fromObject(&DoubleMax.header), makeSmallInt(1024), makeSmallInt(308),
     fromObject(&DoubleMin.header), makeSmallInt(-1021), makeSmallInt(-307),
     makeSmallInt(15), makeSmallInt(53), fromObject(&DoubleEpsilon.header),
     makeSmallInt(2), makeSmallInt(1)}};

} // namespace

Value sysVersionAttribute(Str *Name) {
  if (strEqualsCString(Name, "float_info"))
    return fromObject(&FloatInfo.header);
  if (strEqualsCString(Name, "version_info"))
    return fromObject(&PythonVersion.header);
  if (strEqualsCString(Name, "hexversion"))
    return makeSmallInt(hexVersion(PythonVersion));
  if (strEqualsCString(Name, "version"))
    return strFromCString("3.11.0 (adder 0.1.0)");
  if (strEqualsCString(Name, "implementation"))
    return fromObject(&TheImplementation.header);
  return Error;
}

} // namespace adder::rt
