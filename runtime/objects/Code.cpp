//===- Code.cpp - code objects (function.__code__) ------------------------===//
//
// A compiled function has no bytecode, so its code object is a thin view
// of the function's static Signature: the co_* attributes that describe
// the parameters and the closure, created only when a program reads
// `__code__`.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Callables.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

struct Code {
  Object header;
  const Signature *signature;
};

Value namesTuple(const char *const *Names, size_t N) {
  Tuple *T = tupleNew(nullptr, N);
  if (!T)
    return Error;
  for (size_t I = 0; I < N; ++I) {
    Value S = strFromCString(Names[I]);
    if (S == Error)
      return Error;
    T->items[I] = S;
  }
  return tupleValue(T);
}

Value codeGetAttr(Value Self, Str *Name) {
  const Signature *S = reinterpret_cast<Code *>(asObject(Self))->signature;
  if (strEqualsCString(Name, "co_name"))
    return strFromCString(S->name);
  if (strEqualsCString(Name, "co_qualname"))
    return strFromCString(S->qualname);
  if (strEqualsCString(Name, "co_filename"))
    return strFromCString(S->code->file);
  if (strEqualsCString(Name, "co_argcount"))
    return makeSmallInt(S->positional);
  if (strEqualsCString(Name, "co_posonlyargcount"))
    return makeSmallInt(S->posOnly);
  if (strEqualsCString(Name, "co_kwonlyargcount"))
    return makeSmallInt(S->kwOnly);
  if (strEqualsCString(Name, "co_freevars"))
    return namesTuple(S->freeVars, S->freeCount);
  if (strEqualsCString(Name, "__class__"))
    return fromObject(&typeOf(Self)->header);
  return raise(&adder_type_AttributeError,
               "'code' object has no attribute '%V'", Name);
}

Value codeRepr(Value Self) {
  const Signature *S = reinterpret_cast<Code *>(asObject(Self))->signature;
  StrBuilder B;
  B.appendFormat("<code object %s at 0x%zx, file \"%s\">", S->name,
                 size_t(Self), S->code->file);
  return B.finish();
}

} // namespace

extern "C" const Type adder_type_code = {
    .header = {&adder_type_type},
    .name = "code",
    .base = &adder_type_object,
    .instanceSize = sizeof(Code),
    .repr = codeRepr,
    .getAttr = codeGetAttr};

Value makeCode(const Signature *S) {
  auto *C = reinterpret_cast<Code *>(gcAlloc(&adder_type_code, sizeof(Code)));
  if (!C)
    return Error;
  C->signature = S;
  return fromObject(&C->header);
}

} // namespace adder::rt
