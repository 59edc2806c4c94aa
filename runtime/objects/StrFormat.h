//===- StrFormat.h - str.format ---------------------------------*- C++ -*-===//
#ifndef ADDER_RUNTIME_OBJECTS_STRFORMAT_H
#define ADDER_RUNTIME_OBJECTS_STRFORMAT_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// Format.format(*Args, **Kwargs): Args is the positional arguments (null
/// for format_map, where positional fields are an error), Mapping the
/// object keyword fields are looked up in (a dict of the keyword
/// arguments, the format_map argument, or Error for none).
Value strFormat(Str *Format, const Value *Args, size_t Argc, bool HaveArgs,
                Value Mapping);

/// The str methods format and format_map (MethodDef signatures).
Value strMethodFormat(const Value *Args, size_t Argc, Tuple *KwNames);
Value strMethodFormatMap(const Value *Args, size_t Argc, Tuple *KwNames);

/// ascii(V): repr with non-ASCII characters escaped.
Value asciiRepr(Value V);

} // namespace adder::rt

#endif
