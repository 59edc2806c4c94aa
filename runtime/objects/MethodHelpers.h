//===- MethodHelpers.h - argument checks and repr guards --------*- C++ -*-===//
//
// Small pieces every container and string method needs: CPython's exact
// TypeError wording for the common argument shapes (METH_NOARGS, METH_O,
// positional ranges, "takes no keyword arguments"), KeyError(key) with the
// key itself as the argument, and the guard that makes repr of a
// self-containing container print `[...]` / `{...}` instead of recursing
// (CPython's Py_ReprEnter/Py_ReprLeave).
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_METHODHELPERS_H
#define ADDER_RUNTIME_OBJECTS_METHODHELPERS_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

/// "Qualname() takes no keyword arguments" when KwNames is non-empty.
bool checkNoKeywords(const char *Qualname, Tuple *KwNames);
/// METH_NOARGS: "Qualname() takes no arguments (N given)". Given excludes
/// self; keywords are refused too.
bool checkNoArgs(const char *Qualname, size_t Given, Tuple *KwNames);
/// METH_O: "Qualname() takes exactly one argument (N given)".
bool checkOneArg(const char *Qualname, size_t Given, Tuple *KwNames);
/// _PyArg_CheckPositional: "get expected at least/at most/ N argument(s),
/// got M" (the bare name, as CPython prints it). Keywords are refused with
/// "dict.get() takes no keyword arguments" (the qualified name).
bool checkArgRange(const char *Qualname, size_t Given, size_t Min,
                   size_t Max, Tuple *KwNames);

/// The arguments of a descriptor method (__get__, __set__, __delete__)
/// after self: keywords refused as "Name() takes no keyword arguments",
/// counts worded as CPython's slot wrappers word them, with an empty name
/// (" expected at least 1 argument, got 0").
bool checkDescriptorArgs(const char *Name, size_t Given, size_t Min,
                         size_t Max, Tuple *KwNames);

/// PyArg_ParseTuple's count check: "find() takes at least 1 argument (0
/// given)" (bare name); keywords refused with the qualified name.
bool checkTupleArgs(const char *Qualname, size_t Given, size_t Min,
                    size_t Max, Tuple *KwNames);

/// Binds the arguments of a builtin method with keyword parameters
/// (Argument Clinic's _PyArg_UnpackKeywords): Names lists the parameters,
/// the first PosOnly of them positional-only; the first MinRequired are
/// required. Absent optional parameters are left Error in Out. Errors read
/// as CPython's: "split() takes at most 2 arguments (3 given)", "'x' is an
/// invalid keyword argument for split()"...
bool parseKeywordArgs(const char *Name, const Value *Args, size_t Argc,
                      Tuple *KwNames, const char *const *Names,
                      size_t NumNames, size_t PosOnly, size_t MinRequired,
                      Value *Out);

/// Number of keyword arguments in a call.
ADDER_INLINE size_t keywordCount(Tuple *KwNames);

/// Raises KeyError(Key) (the key object itself is the argument, so the
/// message shows its repr exactly once). Returns Error.
Value raiseKeyError(Value Key);

/// Repr recursion guard: returns 1 if O is already being repr'd further up
/// the stack (print the abbreviation), 0 after recording it (call
/// reprLeave when done).
int reprEnter(Value O);
void reprLeave(Value O);

/// iter(it) of an iterator: itself.
Value iterSelf(Value Self);

/// The optional start/end arguments of find/index/count/startswith:
/// None or absent (Error) leave the default; otherwise an index clamped as
/// slice bounds are. False with an exception pending on a bad type.
bool parseSliceBound(Value V, SWord *Out);
/// Clamps [Start, End) to [0, Length] the way CPython's ADJUST_INDICES does.
void adjustIndices(SWord &Start, SWord &End, SWord Length);

//===--- inline definitions ------------------------------------------------===//

ADDER_INLINE size_t keywordCount(Tuple *KwNames) {
  return KwNames ? KwNames->size : 0;
}

} // namespace adder::rt

#endif
