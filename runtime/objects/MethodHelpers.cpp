//===- MethodHelpers.cpp - argument checks and repr guards ----------------===//
//
// See MethodHelpers.h. The repr guard is a small fixed stack of the
// containers whose repr is in progress: a repr nests only as deep as the
// data does, and past the stack's capacity the guard stops recording, so
// only a cycle through more than 64 nested containers escapes it.
//
//===----------------------------------------------------------------------===//

#include "objects/MethodHelpers.h"

#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "core/Exceptions.h"

namespace adder::rt {

namespace {
const char *bareName(const char *Qualname) {
  const char *Name = Qualname;
  for (const char *P = Qualname; *P; ++P)
    if (*P == '.')
      Name = P + 1;
  return Name;
}
} // namespace


bool checkNoKeywords(const char *Qualname, Tuple *KwNames) {
  if (!keywordCount(KwNames))
    return true;
  raise(&adder_type_TypeError, "%s() takes no keyword arguments", Qualname);
  return false;
}

bool checkDescriptorArgs(const char *Name, size_t Given, size_t Min,
                         size_t Max, Tuple *KwNames) {
  return checkNoKeywords(Name, KwNames) &&
         checkArgRange("", Given, Min, Max, nullptr);
}

bool checkNoArgs(const char *Qualname, size_t Given, Tuple *KwNames) {
  if (!checkNoKeywords(Qualname, KwNames))
    return false;
  if (Given == 0)
    return true;
  raise(&adder_type_TypeError, "%s() takes no arguments (%zu given)", Qualname,
        Given);
  return false;
}

bool checkOneArg(const char *Qualname, size_t Given, Tuple *KwNames) {
  if (!checkNoKeywords(Qualname, KwNames))
    return false;
  if (Given == 1)
    return true;
  raise(&adder_type_TypeError, "%s() takes exactly one argument (%zu given)",
        Qualname, Given);
  return false;
}

bool checkArgRange(const char *Qualname, size_t Given, size_t Min,
                   size_t Max, Tuple *KwNames) {
  if (!checkNoKeywords(Qualname, KwNames))
    return false;
  if (Given >= Min && Given <= Max)
    return true;
  // The count messages name the bare method: "get expected at least...".
  const char *Name = bareName(Qualname);
  if (Min == Max)
    raise(&adder_type_TypeError, "%s expected %zu argument%s, got %zu", Name,
          Min, Min == 1 ? "" : "s", Given);
  else if (Given < Min)
    raise(&adder_type_TypeError, "%s expected at least %zu argument%s, got %zu",
          Name, Min, Min == 1 ? "" : "s", Given);
  else
    raise(&adder_type_TypeError, "%s expected at most %zu argument%s, got %zu",
          Name, Max, Max == 1 ? "" : "s", Given);
  return false;
}

bool checkTupleArgs(const char *Qualname, size_t Given, size_t Min,
                    size_t Max, Tuple *KwNames) {
  if (!checkNoKeywords(Qualname, KwNames))
    return false;
  if (Given >= Min && Given <= Max)
    return true;
  const char *Name = bareName(Qualname);
  size_t N = Given < Min ? Min : Max;
  raise(&adder_type_TypeError, "%s() takes %s %zu argument%s (%zu given)",
        Name, Min == Max ? "exactly" : Given < Min ? "at least" : "at most", N,
        N == 1 ? "" : "s", Given);
  return false;
}

bool parseKeywordArgs(const char *Name, const Value *Args, size_t Argc,
                      Tuple *KwNames, const char *const *Names,
                      size_t NumNames, size_t PosOnly, size_t MinRequired,
                      Value *Out) {
  size_t NKw = keywordCount(KwNames);
  for (size_t I = 0; I < NumNames; ++I)
    Out[I] = Error;
  if (Argc + NKw > NumNames) {
    raise(&adder_type_TypeError, "%s() takes at most %zu %sargument%s (%zu given)",
          Name, NumNames, Argc == 0 ? "keyword " : "",
          NumNames == 1 ? "" : "s", Argc + NKw);
    return false;
  }
  for (size_t I = 0; I < Argc; ++I)
    Out[I] = Args[I];
  for (size_t K = 0; K < NKw; ++K) {
    Str *Key = asStr(KwNames->items[K]);
    size_t Slot = NumNames;
    for (size_t I = PosOnly; I < NumNames; ++I)
      if (strEqualsCString(Key, Names[I]))
        Slot = I;
    if (Slot == NumNames) {
      raise(&adder_type_TypeError,
            "'%V' is an invalid keyword argument for %s()", Key, Name);
      return false;
    }
    if (Out[Slot] != Error) {
      raise(&adder_type_TypeError,
            "argument for %s() given by name ('%s') and position (%zu)", Name,
            Names[Slot], Slot + 1);
      return false;
    }
    Out[Slot] = Args[Argc + K];
  }
  for (size_t I = 0; I < MinRequired; ++I)
    if (Out[I] == Error) {
      raise(&adder_type_TypeError,
            "%s() missing required argument '%s' (pos %zu)", Name, Names[I],
            I + 1);
      return false;
    }
  return true;
}

Value raiseKeyError(Value Key) {
  Value E = newException(&adder_type_KeyError, &Key, 1);
  if (E == Error)
    return Error;
  return raiseObject(E);
}

namespace {
constexpr unsigned ReprStackCapacity = 64;
Value ReprStack[ReprStackCapacity];
unsigned ReprDepth, ReprOverflow;
} // namespace

int reprEnter(Value O) {
  for (unsigned I = 0; I < ReprDepth; ++I)
    if (ReprStack[I] == O)
      return 1;
  if (ReprDepth < ReprStackCapacity)
    ReprStack[ReprDepth++] = O;
  else
    ++ReprOverflow;
  return 0;
}

void reprLeave(Value O) {
  if (ReprOverflow) {
    --ReprOverflow;
    return;
  }
  // Normally the innermost entry; search in case an error skipped a leave.
  for (unsigned I = ReprDepth; I-- > 0;)
    if (ReprStack[I] == O) {
      ReprDepth = I;
      return;
    }
}

Value iterSelf(Value Self) { return Self; }

bool parseSliceBound(Value V, SWord *Out) {
  if (V == Error || isNone(V))
    return true;
  if (!isIndexable(V)) {
    raise(&adder_type_TypeError, "slice indices must be integers or None or "
                                 "have an __index__ method");
    return false;
  }
  Value I = index(V);
  if (I == Error)
    return false;
  if (isSmallInt(I)) {
    *Out = smallIntValue(I);
    return true;
  }
  int64_t Wide;
  if (adder_int_to_i64(I, &Wide) && Wide >= int64_t(SmallIntMin) &&
      Wide <= int64_t(SmallIntMax)) {
    *Out = SWord(Wide);
    return true;
  }
  *Out = adder_int_is_negative(I) ? SmallIntMin : SmallIntMax;
  return true;
}

void adjustIndices(SWord &Start, SWord &End, SWord Length) {
  if (End > Length)
    End = Length;
  else if (End < 0) {
    End += Length;
    if (End < 0)
      End = 0;
  }
  if (Start < 0) {
    Start += Length;
    if (Start < 0)
      Start = 0;
  }
}

} // namespace adder::rt
