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
#include "adder/runtime/Heap.h"
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

bool checkReadable(const ConsoleStream *S) {
  if (S->fd == 0)
    return true;
  raise(&adder_type_OSError, "not readable");
  return false;
}

/// Reads the console until a newline (kept) when Line, until Limit
/// characters if Limit >= 0, or to the end of input.
Value readConsole(bool Line, SWord Limit) {
  outputFlush(1);
  StrBuilder B;
  char C;
  for (SWord Chars = 0; Limit < 0 || Chars < Limit; ++Chars) {
    if (adder_hal_read(&C, 1) != 1)
      break;
    if (!B.append(&C, 1))
      return Error;
    // The rest of a UTF-8 sequence belongs to the same character.
    unsigned char Lead = static_cast<unsigned char>(C);
    int More = Lead >= 0xF0 ? 3 : Lead >= 0xE0 ? 2 : Lead >= 0xC0 ? 1 : 0;
    for (; More > 0 && adder_hal_read(&C, 1) == 1; --More)
      if (!B.append(&C, 1))
        return Error;
    if (Line && Lead == '\n')
      break;
  }
  return B.finish();
}

/// One line from the console, with its newline ("" at end of input).
Value streamReadline(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("readline", Argc, 1, 1, KwNames) ||
      !checkReadable(asStream(Args[0])))
    return Error;
  return readConsole(/*Line=*/true, -1);
}

/// read([size]): the rest of the input, or at most size characters.
Value streamRead(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("read", Argc, 1, 2, KwNames) ||
      !checkReadable(asStream(Args[0])))
    return Error;
  SWord Limit = -1;
  if (Argc == 2 && !isNone(Args[1])) {
    if (!isSmallInt(Args[1]))
      return raise(&adder_type_TypeError,
                   "argument should be integer or None, not '%s'",
                   typeName(Args[1]));
    Limit = smallIntValue(Args[1]);
  }
  return readConsole(/*Line=*/false, Limit);
}

/// readlines(): every remaining line, each with its newline.
Value streamReadlines(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("readlines", Argc, 1, 1, KwNames) ||
      !checkReadable(asStream(Args[0])))
    return Error;
  List *L = listNew(0);
  if (!L)
    return Error;
  Value Result = fromObject(&L->header);
  for (;;) {
    Value Line = readConsole(/*Line=*/true, -1);
    if (Line == Error)
      return Error;
    if (asStr(Line)->byteLength == 0)
      return Result;
    if (!listAppend(L, Line))
      return Error;
  }
}

/// Iterating over sys.stdin yields its lines; stdout and stderr are not
/// readable (CPython: io.UnsupportedOperation, an OSError).
Value streamIter(Value Self) {
  if (!checkReadable(asStream(Self)))
    return Error;
  return Self;
}

Value streamNext(Value Self) {
  Value Line = readConsole(/*Line=*/true, -1);
  if (Line == Error || asStr(Line)->byteLength == 0)
    return Error; // exhausted: no exception pending
  return Line;
}

const MethodDef StreamMethods[] = {
    {"flush", streamFlush, MethodKind::Method},
    {"read", streamRead, MethodKind::Method},
    {"readline", streamReadline, MethodKind::Method},
    {"readlines", streamReadlines, MethodKind::Method},
    {"write", streamWrite, MethodKind::Method},
};

} // namespace

extern "C" const Type adder_type_console_stream = {
    .header = {&adder_type_type},
    .name = "TextIOWrapper",
    .base = &adder_type_object,
    .instanceSize = sizeof(ConsoleStream),
    .repr = streamRepr,
    .iter = streamIter,
    .next = streamNext,
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

/// A list made once and kept for the run (sys.argv, sys.path are the same
/// object at every access, and changes to them stay), rooted in *Slot.
Value cachedList(Value *Slot, bool (*Fill)(List *)) {
  if (*Slot)
    return *Slot;
  List *L = listNew(0);
  if (!L)
    return Error;
  Value V = fromObject(&L->header);
  if (!Fill(L))
    return Error;
  *Slot = V;
  gcAddRoot(Slot);
  return V;
}

bool fillArgv(List *L) {
  for (int I = 0, N = adder_hal_argc(); I < N; ++I) {
    Value A = strFromCString(adder_hal_argv(I));
    if (A == Error || !listAppend(L, A))
      return false;
  }
  return true;
}

/// The program's directory, as CPython's sys.path[0] is the script's.
/// Imports were resolved when the program was compiled: changing the list
/// imports nothing new.
bool fillPath(List *L) {
  const char *Argv0 = adder_hal_argc() > 0 ? adder_hal_argv(0) : "";
  size_t Dir = 0;
  for (size_t I = 0; Argv0[I]; ++I)
    if (Argv0[I] == '/')
      Dir = I;
  Str *D = strNew(Argv0, Dir);
  return D && listAppend(L, fromObject(&D->header));
}

Value SysArgv, SysPath;

Value sysAttribute(Str *Name) {
  if (strEqualsCString(Name, "argv"))
    return cachedList(&SysArgv, fillArgv);
  if (strEqualsCString(Name, "path"))
    return cachedList(&SysPath, fillPath);
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
