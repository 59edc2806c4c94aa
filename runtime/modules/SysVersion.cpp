//===- SysVersion.cpp - sys.version_info, sys.implementation --------------===//
//
// adder implements the language of CPython 3.11, so sys.version_info is
// (3, 11, 0, 'final', 0): programs that test it (`sys.version_info >=
// (3, 8)`) take their 3.11 paths. sys.implementation names adder itself,
// as MicroPython's names MicroPython. Both are static objects: a
// version_info is a tuple with named fields (CPython's struct sequence),
// the implementation a read-only record printed like types.SimpleNamespace.
//
//===----------------------------------------------------------------------===//

#include "objects/Class.h"
#include "objects/Str.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

const char *const VersionFields[] = {"major", "minor", "micro",
                                     "releaselevel", "serial"};
constexpr uint32_t VersionFieldCount = 5;

struct VersionTuple {
  Object header;
  uint32_t size;
  Value items[VersionFieldCount];
};

Value versionRepr(Value Self) {
  Tuple *T = asTuple(Self);
  StrBuilder B;
  B.append("sys.version_info(");
  for (uint32_t I = 0; I < VersionFieldCount; ++I) {
    B.appendFormat("%s%s=", I ? ", " : "", VersionFields[I]);
    if (!B.appendRepr(T->items[I]))
      break;
  }
  B.append(")");
  return B.finish();
}

Value versionGetAttr(Value Self, Str *Name) {
  for (uint32_t I = 0; I < VersionFieldCount; ++I)
    if (strEqualsCString(Name, VersionFields[I]))
      return asTuple(Self)->items[I];
  return genericGetAttr(Self, Name);
}

} // namespace

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

Value sysVersionAttribute(Str *Name) {
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
