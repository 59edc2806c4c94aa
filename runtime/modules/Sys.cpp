//===- Sys.cpp - the sys module -------------------------------------------===//
//
// What programs use of sys on every target: argv, exit, the console
// streams (print(file=sys.stderr), sys.stdout.write), maxsize, platform,
// byteorder, and the recursion limit (adder's limit is the stack itself,
// so the value is kept for getrecursionlimit only).
//
//===----------------------------------------------------------------------===//

#include "core/Exceptions.h"
#include "core/Output.h"

#include "adder/runtime/HAL.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Module.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

//===--- Console streams --------------------------------------------------===//

/// sys.stdin, sys.stdout and sys.stderr: file descriptors 0, 1, 2 of the
/// console (a UART on boards).
struct ConsoleStream {
  Object header;
  int fd;
  const char *name;
};

extern "C" const Type adder_type_console_stream;

const ConsoleStream Stdin = {{&adder_type_console_stream}, 0, "<stdin>"};
const ConsoleStream Stdout = {{&adder_type_console_stream}, 1, "<stdout>"};
const ConsoleStream Stderr = {{&adder_type_console_stream}, 2, "<stderr>"};

const ConsoleStream *asStream(Value V) {
  return reinterpret_cast<const ConsoleStream *>(asObject(V));
}

Value streamRepr(Value Self) {
  const ConsoleStream *S = asStream(Self);
  StrBuilder B;
  B.appendFormat("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                 S->name, S->fd ? "w" : "r");
  return B.finish();
}

Value streamWrite(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("write", Argc, 2, 2, KwNames))
    return Error;
  const ConsoleStream *S = asStream(Args[0]);
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError, "write() argument must be str, not %s",
                 typeName(Args[1]));
  if (S->fd == 0)
    return raise(&adder_type_OSError, "not writable");
  Str *Text = asStr(Args[1]);
  outputWrite(S->fd, Text->data, Text->byteLength);
  return makeSmallInt(SWord(Text->length));
}

Value streamFlush(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("flush", Argc, 1, 1, KwNames))
    return Error;
  if (asStream(Args[0])->fd)
    outputFlush(asStream(Args[0])->fd);
  return none();
}

/// One line from the console, with its newline ("" at end of input).
Value streamReadline(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("readline", Argc, 1, 1, KwNames))
    return Error;
  if (asStream(Args[0])->fd != 0)
    return raise(&adder_type_OSError, "not readable");
  outputFlush(1);
  StrBuilder B;
  char C;
  while (adder_hal_read(&C, 1) == 1) {
    if (!B.append(&C, 1))
      return Error;
    if (C == '\n')
      break;
  }
  return B.finish();
}

const MethodDef StreamMethods[] = {
    {"flush", streamFlush, MethodKind::Method},
    {"readline", streamReadline, MethodKind::Method},
    {"write", streamWrite, MethodKind::Method},
};

} // namespace

extern "C" const Type adder_type_console_stream = {
    .header = {&adder_type_type},
    .name = "TextIOWrapper",
    .base = &adder_type_object,
    .instanceSize = sizeof(ConsoleStream),
    .repr = streamRepr,
    .methods = StreamMethods,
    .methodCount = sizeof(StreamMethods) / sizeof(StreamMethods[0])};

/// Which console stream File is: 1 (stdout), 2 (stderr), or 0 for any
/// other object (print() then calls its write method).
extern "C" int adder_sys_stream_of(Value File) {
  if (isObject(File) && typeOf(File) == &adder_type_console_stream &&
      asStream(File)->fd > 0)
    return asStream(File)->fd;
  return 0;
}

namespace {

//===--- Functions and attributes -----------------------------------------===//

SWord RecursionLimit = 1000;

} // namespace

/// version_info, hexversion, version, implementation, float_info
/// (SysVersion.cpp).
Value sysVersionAttribute(Str *Name);

namespace {

Value sysExit(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("exit", Argc, 0, 1, KwNames))
    return Error;
  Value E = newException(&adder_type_SystemExit, Args, Argc);
  return E == Error ? Error : raiseObject(E);
}

Value sysGetRecursionLimit(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("getrecursionlimit", Argc, KwNames))
    return Error;
  return makeSmallInt(RecursionLimit);
}

Value sysSetRecursionLimit(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("setrecursionlimit", Argc, KwNames))
    return Error;
  if (!isInt(Args[0]))
    return raise(&adder_type_TypeError,
                 "'%s' object cannot be interpreted as an integer",
                 typeName(Args[0]));
  SWord Limit;
  if (!indexAsSize(Args[0], &Limit))
    return Error;
  if (Limit < 1)
    return raise(&adder_type_ValueError,
                 "recursion limit must be greater or equal than 1");
  RecursionLimit = Limit;
  return none();
}

/// sys.exception(): the exception being handled (in an except block or
/// a function it calls), or None.
Value sysException(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("exception", Argc, KwNames))
    return Error;
  return adder_handled_exception ? fromObject(adder_handled_exception)
                                 : none();
}

/// sys.exc_info(): (type, value, traceback) of that exception, or three
/// Nones.
Value sysExcInfo(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("exc_info", Argc, KwNames))
    return Error;
  Value Items[3] = {none(), none(), none()};
  if (Object *E = adder_handled_exception) {
    auto *B = reinterpret_cast<BaseException *>(E);
    Items[0] = fromObject(&E->type->header);
    Items[1] = fromObject(E);
    if (B->traceback)
      Items[2] = fromObject(&B->traceback->header);
  }
  Tuple *T = tupleNew(Items, 3);
  return T ? tupleValue(T) : Error;
}

const MethodDef SysFunctions[] = {
    {"exc_info", sysExcInfo, MethodKind::StaticMethod},
    {"exception", sysException, MethodKind::StaticMethod},
    {"exit", sysExit, MethodKind::StaticMethod},
    {"getrecursionlimit", sysGetRecursionLimit, MethodKind::StaticMethod},
    {"setrecursionlimit", sysSetRecursionLimit, MethodKind::StaticMethod},
};

Value sysArgv() {
  List *L = listNew(0);
  if (!L)
    return Error;
  Value V = fromObject(&L->header);
  for (int I = 0, N = adder_hal_argc(); I < N; ++I) {
    Value A = strFromCString(adder_hal_argv(I));
    if (A == Error || !listAppend(L, A))
      return Error;
  }
  return V;
}

Value sysAttribute(Str *Name) {
  if (strEqualsCString(Name, "argv"))
    return sysArgv();
  if (strEqualsCString(Name, "stdin"))
    return fromObject(&Stdin.header);
  if (strEqualsCString(Name, "stdout"))
    return fromObject(&Stdout.header);
  if (strEqualsCString(Name, "stderr"))
    return fromObject(&Stderr.header);
  if (strEqualsCString(Name, "maxsize"))
    return intFromSWord(SWord(~Value(0) >> 1));
  if (strEqualsCString(Name, "platform"))
    return strFromCString(adder_hal_platform());
  if (strEqualsCString(Name, "modules"))
    return importedModules();
  if (strEqualsCString(Name, "byteorder"))
    return strFromCString("little");
  if (strEqualsCString(Name, "maxunicode"))
    return makeSmallInt(0x10FFFF);
  return sysVersionAttribute(Name);
}

const NativeModuleDef SysModule = {
    SysFunctions, sizeof(SysFunctions) / sizeof(SysFunctions[0]),
    sysAttribute};

} // namespace

ADDER_NATIVE_MODULE(sys, "sys", SysModule)

} // namespace adder::rt
