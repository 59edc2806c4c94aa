//===- Builtins.cpp - print, len and the object builtins ------------------===//
//
// Builtin functions are static BuiltinFunction objects (adder_builtin_*),
// so a program that never names one carries none of its code after the
// whole-program link. Compiled code calls the common ones through typed
// ABI entry points instead of the generic call slot (adder_print...).
// Number builtins (abs, round, int...) are in objects/Int.cpp and friends,
// iteration builtins (zip, sorted, min...) in builtins/Iteration.cpp.
//
//===----------------------------------------------------------------------===//

#include "core/Exceptions.h"
#include "core/Output.h"

#include "adder/runtime/HAL.h"
#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Callables.h"
#include "objects/Class.h"
#include "objects/Module.h"
#include "objects/SpecialNames.h"
#include "objects/Str.h"
#include "objects/Tuple.h"
#include "adder/support/Utf8.h"

namespace adder::rt {

namespace {

#define ADDER_BUILTIN(Name, Fn)                                                \
  extern "C" const BuiltinFunction adder_builtin_##Name = {                    \
      {&adder_type_builtin_function}, #Name, Fn, Error};

bool noKeywords(const char *Name, Tuple *KwNames) {
  if (KwNames && KwNames->size) {
    raise(&adder_type_TypeError, "%s() takes no keyword arguments", Name);
    return false;
  }
  return true;
}

bool exactArgs(const char *Name, size_t Argc, size_t N) {
  if (Argc == N)
    return true;
  if (N == 1)
    raise(&adder_type_TypeError,
          "%s() takes exactly one argument (%zu given)", Name, Argc);
  else
    raise(&adder_type_TypeError, "%s expected %zu arguments, got %zu", Name, N,
          Argc);
  return false;
}

/// Writes text to a file object: the console for sys.stdout/sys.stderr
/// (Stream 1 or 2), else through its write() method.
bool writeTo(int Stream, Value File, Value Text) {
  if (Stream) {
    Str *S = asStr(Text);
    outputWrite(Stream, S->data, S->byteLength);
    return true;
  }
  Value Write = getAttrCString(File, "write");
  if (Write == Error)
    return false;
  return call(Write, &Text, 1) != Error;
}

/// Which console stream a file argument designates (0: another object).
int streamOf(Value File);

/// print(*Args) to Stream (a console stream) or, with Stream 0, through
/// File's write method; Sep and End are str or Error for the defaults.
bool printTo(int Stream, Value File, const Value *Args, size_t Argc,
             Value Sep, Value End) {
  for (size_t I = 0; I < Argc; ++I) {
    if (I && !writeTo(Stream, File, Sep == Error ? strFromCString(" ") : Sep))
      return false;
    Value S = str(Args[I]);
    if (S == Error || !writeTo(Stream, File, S))
      return false;
  }
  return writeTo(Stream, File, End == Error ? strFromCString("\n") : End);
}

/// Where print() writes without file=: Error for the console, else the
/// file object the program made sys.stdout.
Value PrintTarget = Error;

/// The fast paths' print() (None or Error for a default sep/end) through
/// PrintTarget.
Value printToTarget(const Value *Args, size_t Argc, Value Sep, Value End) {
  if (Sep != Error && isNone(Sep))
    Sep = Error;
  if (End != Error && isNone(End))
    End = Error;
  return printTo(0, PrintTarget, Args, Argc, Sep, End) ? none() : Error;
}

} // namespace

// Set while sys.stdout is replaced: print()'s fast path calls it. A direct
// reference from there would make the pruning keep the whole object
// protocol in every program that prints; volatile, so that the optimizer
// does not turn the one stored value back into a direct call.
Value (*volatile PrintRedirect)(const Value *, size_t, Value, Value);

/// sys.stdout / sys.stderr are the console streams (modules/Sys.cpp).
extern "C" int adder_sys_stream_of(Value File);

void redirectPrint(Value Target) {
  static bool Rooted = false;
  if (!Rooted) {
    gcAddRoot(&PrintTarget);
    Rooted = true;
  }
  bool Console = Target == Error || adder_sys_stream_of(Target) == 1;
  PrintTarget = Console ? Error : Target;
  PrintRedirect = Console ? nullptr : printToTarget;
}

/// print(*Args, sep=Sep, end=End) to stdout; Sep/End are str, or None or
/// Error for the defaults. The fast path of compiled print() calls.
extern "C" Value adder_print(const Value *Args, size_t Argc, Value Sep,
                             Value End) {
  // Compiled calls pass None for an omitted sep or end.
  if (Sep != Error && isNone(Sep))
    Sep = Error;
  if (End != Error && isNone(End))
    End = Error;
  if (auto Redirect = PrintRedirect) // sys.stdout replaced by the program
    return Redirect(Args, Argc, Sep, End);
  for (size_t I = 0; I < Argc; ++I) {
    if (I) {
      if (Sep == Error)
        outputWrite(1, " ", 1);
      else
        outputWrite(1, asStr(Sep)->data, asStr(Sep)->byteLength);
    }
    Value S = str(Args[I]);
    if (S == Error)
      return Error;
    outputWrite(1, asStr(S)->data, asStr(S)->byteLength);
  }
  if (End == Error)
    outputWrite(1, "\n", 1);
  else
    outputWrite(1, asStr(End)->data, asStr(End)->byteLength);
  return none();
}

/// print() of strs: nothing to convert, so nothing can fail.
extern "C" Value adder_print_strs(const Value *Args, size_t Argc, Value Sep,
                                  Value End) {
  if (auto Redirect = PrintRedirect)
    return Redirect(Args, Argc, Sep, End);
  auto Write = [](Value S, const char *Default) {
    if (S == Error || isNone(S))
      outputWrite(1, Default, 1);
    else
      outputWrite(1, asStr(S)->data, asStr(S)->byteLength);
  };
  for (size_t I = 0; I < Argc; ++I) {
    if (I)
      Write(Sep, " ");
    outputWrite(1, asStr(Args[I])->data, asStr(Args[I])->byteLength);
  }
  Write(End, "\n");
  return none();
}

namespace {

Value builtinPrint(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  Value Sep = Error, End = Error, File = none(), Flush = Error;
  size_t NKw = KwNames ? KwNames->size : 0;
  for (size_t K = 0; K < NKw; ++K) {
    Str *Name = asStr(KwNames->items[K]);
    Value V = Args[Argc + K];
    if (strEqualsCString(Name, "sep"))
      Sep = V;
    else if (strEqualsCString(Name, "end"))
      End = V;
    else if (strEqualsCString(Name, "file"))
      File = V;
    else if (strEqualsCString(Name, "flush"))
      Flush = V;
    else
      return raise(&adder_type_TypeError,
                   "'%V' is an invalid keyword argument for print()", Name);
  }
  if (Sep != Error && !isNone(Sep) && !isStr(Sep))
    return raise(&adder_type_TypeError,
                 "sep must be None or a string, not %s", typeName(Sep));
  if (End != Error && !isNone(End) && !isStr(End))
    return raise(&adder_type_TypeError,
                 "end must be None or a string, not %s", typeName(End));
  if (isNone(Sep))
    Sep = Error;
  if (isNone(End))
    End = Error;
  if (isNone(File) && PrintTarget != Error)
    File = PrintTarget;
  int Stream = isNone(File) ? 1 : streamOf(File);
  if (!printTo(Stream, File, Args, Argc, Sep, End))
    return Error;
  if (Flush != Error) {
    int F = truthy(Flush);
    if (F < 0)
      return Error;
    if (F && Stream)
      outputFlush(Stream);
  }
  return none();
}
ADDER_BUILTIN(print, builtinPrint)

Value builtinLen(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("len", KwNames) || !exactArgs("len", Argc, 1))
    return Error;
  SWord N = length(Args[0]);
  return N < 0 ? Error : makeSmallInt(N);
}
ADDER_BUILTIN(len, builtinLen)

Value builtinRepr(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("repr", KwNames) || !exactArgs("repr", Argc, 1))
    return Error;
  return repr(Args[0]);
}
ADDER_BUILTIN(repr, builtinRepr)

Value builtinAscii(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("ascii", KwNames) || !exactArgs("ascii", Argc, 1))
    return Error;
  Value R = repr(Args[0]);
  if (R == Error)
    return Error;
  Str *S = asStr(R);
  if (S->ascii)
    return R;
  StrBuilder B;
  const char *P = S->data, *End = S->data + S->byteLength;
  while (P < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(P, End, CP, true);
    if (!N)
      N = 1, CP = uint8_t(*P);
    if (CP < 0x80)
      B.append(P, 1);
    else if (CP <= 0xFF)
      B.appendFormat("\\x%02x", unsigned(CP));
    else if (CP <= 0xFFFF)
      B.appendFormat("\\u%04x", unsigned(CP));
    else
      B.appendFormat("\\U%08x", unsigned(CP));
    P += N;
  }
  return B.finish();
}
ADDER_BUILTIN(ascii, builtinAscii)

/// The classes a tuple or a union stands for as the second argument of
/// isinstance or issubclass, or null.
const Tuple *classInfoItems(Value ClassInfo) {
  if (const Tuple *Members = unionMembers(ClassInfo))
    return Members;
  return isTuple(ClassInfo) ? asTuple(ClassInfo) : nullptr;
}

/// Cls's metaclass's __instancecheck__ or __subclasscheck__ (Hook) applied
/// to Arg: 1, 0, -1 on error, or 2 when the metaclass defines none.
int metaclassCheck(Value Cls, const char *Hook, Value Arg) {
  const Type *Meta = typeOf(Cls);
  if (!isHeapType(Meta))
    return 2;
  Found F = lookupInMroCString(Meta, Hook);
  if (F.value == Error)
    return 2;
  Value M = bindFound(F, Cls, Meta);
  Value R = M == Error ? Error : call(M, &Arg, 1);
  return R == Error ? -1 : truthy(R);
}

} // namespace

/// CPython's object_isinstance: Obj's type is T or a subclass, or else
/// Obj's __class__ (which a class may define, as a property say) is.
/// 1, 0, or -1 with an exception pending.
int isInstanceOrClaims(Value Obj, const Type *T) {
  const Type *OT = typeOf(Obj);
  if (isSubtype(OT, T))
    return 1;
  // A builtin type's instances have no other __class__.
  if (!isHeapType(OT))
    return 0;
  Value C = getAttr(Obj, specialName(SN::class_));
  if (C == Error) {
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return -1;
    clearPendingException();
    return 0;
  }
  if (!isObject(C) || !(typeOf(C)->flags & TypeTypeSubclass))
    return 0;
  const Type *Claimed = reinterpret_cast<const Type *>(asObject(C));
  return Claimed != OT && isSubtype(Claimed, T);
}

extern "C" bool adder_is_instance(Value V, Value T) {
  return isInstanceOrClaims(V, reinterpret_cast<const Type *>(asObject(T))) >
         0;
}

namespace {

/// isinstance's second argument: a type or a (nested) tuple of types.
int isInstanceOf(Value Obj, Value ClassInfo, const char *Fn) {
  if (isObject(ClassInfo) && (typeOf(ClassInfo)->flags & TypeTypeSubclass)) {
    auto *T = reinterpret_cast<const Type *>(asObject(ClassInfo));
    // The exact type needs no hook, as in CPython.
    if (typeOf(Obj) == T)
      return 1;
    int R = metaclassCheck(ClassInfo, "__instancecheck__", Obj);
    return R != 2 ? R : isInstanceOrClaims(Obj, T);
  }
  if (const Tuple *T = classInfoItems(ClassInfo)) {
    for (uint32_t I = 0; I < T->size; ++I) {
      int R = isInstanceOf(Obj, T->items[I], Fn);
      if (R)
        return R;
    }
    return 0;
  }
  raise(&adder_type_TypeError,
        "%s() arg 2 must be a type, a tuple of types, or a union", Fn);
  return -1;
}

Value builtinIsInstance(Value, const Value *Args, size_t Argc,
                        Tuple *KwNames) {
  if (!noKeywords("isinstance", KwNames) ||
      !exactArgs("isinstance", Argc, 2))
    return Error;
  int R = isInstanceOf(Args[0], Args[1], "isinstance");
  return R < 0 ? Error : boolValue(R);
}
ADDER_BUILTIN(isinstance, builtinIsInstance)

Value builtinIsSubclass(Value, const Value *Args, size_t Argc,
                        Tuple *KwNames) {
  if (!noKeywords("issubclass", KwNames) ||
      !exactArgs("issubclass", Argc, 2))
    return Error;
  if (!isObject(Args[0]) || !(typeOf(Args[0])->flags & TypeTypeSubclass))
    return raise(&adder_type_TypeError, "issubclass() arg 1 must be a class");
  auto *T = reinterpret_cast<const Type *>(asObject(Args[0]));
  auto Check = [&](Value C) -> int {
    if (isObject(C) && (typeOf(C)->flags & TypeTypeSubclass)) {
      int R = metaclassCheck(C, "__subclasscheck__", Args[0]);
      return R != 2 ? R
                    : isSubtype(T, reinterpret_cast<const Type *>(asObject(C)));
    }
    raise(&adder_type_TypeError,
          "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  };
  if (const Tuple *Tu = classInfoItems(Args[1])) {
    for (uint32_t I = 0; I < Tu->size; ++I) {
      int R = Check(Tu->items[I]);
      if (R)
        return R < 0 ? Error : boolValue(true);
    }
    return boolValue(false);
  }
  int R = Check(Args[1]);
  return R < 0 ? Error : boolValue(R);
}
ADDER_BUILTIN(issubclass, builtinIsSubclass)

Value builtinId(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("id", KwNames) || !exactArgs("id", Argc, 1))
    return Error;
  // Small ints have no address; their tagged word is unique among values.
  return adder_int_from_u64(uint64_t(Args[0]));
}
ADDER_BUILTIN(id, builtinId)

Value builtinHash(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("hash", KwNames) || !exactArgs("hash", Argc, 1))
    return Error;
  SWord H = hash(Args[0]);
  if (H == -1)
    return Error;
  return adder_int_from_i64(int64_t(H));
}
ADDER_BUILTIN(hash, builtinHash)

Value builtinCallable(Value, const Value *Args, size_t Argc,
                      Tuple *KwNames) {
  if (!noKeywords("callable", KwNames) || !exactArgs("callable", Argc, 1))
    return Error;
  return boolValue(isCallable(Args[0]));
}
ADDER_BUILTIN(callable, builtinCallable)

Value builtinChr(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("chr", KwNames) || !exactArgs("chr", Argc, 1))
    return Error;
  Value I = index(Args[0]);
  if (I == Error)
    return Error;
  SWord C = isSmallInt(I) ? smallIntValue(I) : -1;
  if (!isSmallInt(I) && !adder_int_is_negative(I))
    return raise(&adder_type_OverflowError,
                 "Python int too large to convert to C int");
  if (C < 0 || C > 0x10FFFF)
    return raise(&adder_type_ValueError, "chr() arg not in range(0x110000)");
  if (C < 128)
    return asciiCharStr(unsigned(C));
  char Buf[4];
  unsigned N = encodeUtf8(uint32_t(C), Buf);
  Str *S = strAllocate(N, 1, false);
  if (!S)
    return Error;
  for (unsigned K = 0; K < N; ++K)
    S->data[K] = Buf[K];
  return fromObject(&S->header);
}
ADDER_BUILTIN(chr, builtinChr)

Value builtinOrd(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("ord", KwNames) || !exactArgs("ord", Argc, 1))
    return Error;
  Value V = Args[0];
  if (isStr(V)) {
    Str *S = asStr(V);
    if (S->length != 1)
      return raise(&adder_type_TypeError,
                   "ord() expected a character, but string of length %u "
                   "found",
                   S->length);
    uint32_t CP;
    decodeUtf8(S->data, S->data + S->byteLength, CP, true);
    return makeSmallInt(SWord(CP));
  }
  if (isObject(V) && (typeOf(V) == &adder_type_bytes ||
                      typeOf(V) == &adder_type_bytearray)) {
    SWord N = length(V);
    if (N != 1)
      return raise(&adder_type_TypeError,
                   "ord() expected a character, but string of length %zd "
                   "found",
                   N);
    return getItem(V, makeSmallInt(0));
  }
  return raise(&adder_type_TypeError,
               "ord() expected string of length 1, but %s found",
               typeName(V));
}
ADDER_BUILTIN(ord, builtinOrd)

extern "C" {
Value adder_ord_slow(Value V) { return builtinOrd(Error, &V, 1, nullptr); }
/// ord(V) from compiled code: an ASCII character is its byte.
ADDER_FAST Value adder_ord(Value V) {
  if (isObject(V) && asObject(V)->type == &adder_type_str) {
    Str *S = asStr(V);
    if (S->byteLength == 1)
      return makeSmallInt(SWord(uint8_t(S->data[0])));
  }
  return adder_ord_slow(V);
}
}

ADDER_DYNAMIC_ATTRIBUTES
Value builtinGetAttr(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("getattr", KwNames))
    return Error;
  if (Argc < 2 || Argc > 3)
    return raise(&adder_type_TypeError,
                 Argc < 2 ? "getattr expected at least 2 arguments, got %zu"
                          : "getattr expected at most 3 arguments, got %zu",
                 Argc);
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "attribute name must be string, not '%s'", typeName(Args[1]));
  Value R = getAttr(Args[0], asStr(Args[1]));
  if (R == Error && Argc == 3 &&
      pendingExceptionMatches(&adder_type_AttributeError)) {
    clearPendingException();
    return Args[2];
  }
  return R;
}
ADDER_BUILTIN(getattr, builtinGetAttr)

ADDER_DYNAMIC_ATTRIBUTES
Value builtinHasAttr(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("hasattr", KwNames) || !exactArgs("hasattr", Argc, 2))
    return Error;
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "attribute name must be string, not '%s'", typeName(Args[1]));
  Value R = getAttr(Args[0], asStr(Args[1]));
  if (R != Error)
    return boolValue(true);
  if (pendingExceptionMatches(&adder_type_AttributeError)) {
    clearPendingException();
    return boolValue(false);
  }
  return Error;
}
ADDER_BUILTIN(hasattr, builtinHasAttr)

ADDER_DYNAMIC_ATTRIBUTES
Value builtinSetAttr(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("setattr", KwNames) || !exactArgs("setattr", Argc, 3))
    return Error;
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "attribute name must be string, not '%s'", typeName(Args[1]));
  return setAttr(Args[0], asStr(Args[1]), Args[2]) < 0 ? Error : none();
}
ADDER_BUILTIN(setattr, builtinSetAttr)

ADDER_DYNAMIC_ATTRIBUTES
Value builtinDelAttr(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("delattr", KwNames) || !exactArgs("delattr", Argc, 2))
    return Error;
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "attribute name must be string, not '%s'", typeName(Args[1]));
  return setAttr(Args[0], asStr(Args[1]), Error) < 0 ? Error : none();
}
ADDER_BUILTIN(delattr, builtinDelAttr)

Value builtinInput(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!noKeywords("input", KwNames))
    return Error;
  if (Argc > 1)
    return raise(&adder_type_TypeError,
                 "input expected at most 1 argument, got %zu", Argc);
  if (Argc == 1) {
    Value P = str(Args[0]);
    if (P == Error)
      return Error;
    outputWrite(1, asStr(P)->data, asStr(P)->byteLength);
  }
  outputFlush(1);
  StrBuilder B;
  for (;;) {
    char C;
    if (adder_hal_read(&C, 1) == 0) {
      if (B.size() == 0)
        return raise(&adder_type_EOFError, "EOF when reading a line");
      break;
    }
    if (C == '\n')
      break;
    B.append(&C, 1);
  }
  return B.finish();
}
ADDER_BUILTIN(input, builtinInput)

/// exit() and quit(), which CPython's site module adds as Quitter objects:
/// calling one raises SystemExit(code).
Value builtinExit(Value, const Value *Args, size_t Argc, Tuple *KwNames) {
  size_t Kw = KwNames ? KwNames->size : 0;
  for (size_t I = 0; I < Kw; ++I)
    if (!strEqualsCString(asStr(KwNames->items[I]), "code"))
      return raise(&adder_type_TypeError,
                   "Quitter.__call__() got an unexpected keyword argument "
                   "'%s'",
                   asStr(KwNames->items[I])->data);
  if (Argc + Kw > 1)
    return raise(&adder_type_TypeError,
                 Kw ? "Quitter.__call__() got multiple values for argument "
                      "'code'"
                    : "Quitter.__call__() takes from 1 to 2 positional "
                      "arguments but %zu were given",
                 Argc + 1);
  Value Code = Argc + Kw ? Args[0] : none();
  Value E = newException(&adder_type_SystemExit, &Code, 1);
  return E == Error ? Error : raiseObject(E);
}
ADDER_BUILTIN(exit, builtinExit)
ADDER_BUILTIN(quit, builtinExit)

} // namespace

namespace {
int streamOf(Value File) { return adder_sys_stream_of(File); }
} // namespace

} // namespace adder::rt
