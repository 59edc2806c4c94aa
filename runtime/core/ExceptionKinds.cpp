//===- ExceptionKinds.cpp - what some exception classes add ---------------===//
//
// Most exceptions are just their args. A few CPython classes add fields
// and their own str(): OSError (errno, strerror, filename, and the
// subclass chosen by errno: OSError(2, "x") is a FileNotFoundError), the
// Unicode errors (encoding, object, start, end, reason), and the name,
// obj and path keywords of NameError, AttributeError and ImportError.
// The fields live in the exception's attribute dict, which every
// exception has; a declared field that was never set reads as None.
//
//===----------------------------------------------------------------------===//

#include "core/Exceptions.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/Utf8.h"
#include "objects/Dict.h"
#include "objects/Str.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

bool isA(const Type *T, const Type &Base) { return isSubtype(T, &Base); }

bool isUnicodeKind(const Type *T) {
  return isA(T, adder_type_UnicodeDecodeError) ||
         isA(T, adder_type_UnicodeEncodeError) ||
         isA(T, adder_type_UnicodeTranslateError);
}

/// The fields each kind declares, null-separated lists.
const char *declaredFields(const Type *T) {
  if (isA(T, adder_type_OSError))
    return "errno\0strerror\0filename\0filename2\0";
  if (isA(T, adder_type_AttributeError))
    return "name\0obj\0";
  if (isA(T, adder_type_NameError))
    return "name\0";
  if (isA(T, adder_type_ImportError))
    return "msg\0name\0path\0";
  if (isUnicodeKind(T))
    return "encoding\0object\0start\0end\0reason\0";
  return "";
}

bool declares(const Type *T, const Str *Name) {
  for (const char *F = declaredFields(T); *F; F += __builtin_strlen(F) + 1)
    if (strEqualsCString(Name, F))
      return true;
  return false;
}

Dict *fieldsOf(BaseException *E) {
  if (!E->attributes)
    E->attributes = dictNew();
  return E->attributes;
}

bool setField(BaseException *E, const char *Name, Value V) {
  Dict *D = fieldsOf(E);
  Value K = strFromCString(Name);
  return D && K != Error && dictSetItem(D, K, V) == 0;
}

/// A field's value, or Error when unset.
Value field(BaseException *E, const char *Name) {
  if (!E->attributes)
    return Error;
  Value K = strFromCString(Name);
  if (K == Error) {
    clearPendingException();
    return Error;
  }
  return dictGetItemStr(E->attributes, asStr(K));
}

/// CPython's errno → OSError subclass map (Linux errno values).
const Type *osErrorForErrno(SWord N) {
  switch (N) {
  case 11: // EAGAIN, EWOULDBLOCK
  case 114: // EALREADY
  case 115: // EINPROGRESS
    return &adder_type_BlockingIOError;
  case 10: // ECHILD
    return &adder_type_ChildProcessError;
  case 32: // EPIPE
  case 108: // ESHUTDOWN
    return &adder_type_BrokenPipeError;
  case 103:
    return &adder_type_ConnectionAbortedError;
  case 111:
    return &adder_type_ConnectionRefusedError;
  case 104:
    return &adder_type_ConnectionResetError;
  case 17:
    return &adder_type_FileExistsError;
  case 2:
    return &adder_type_FileNotFoundError;
  case 4:
    return &adder_type_InterruptedError;
  case 21:
    return &adder_type_IsADirectoryError;
  case 20:
    return &adder_type_NotADirectoryError;
  case 1: // EPERM
  case 13: // EACCES
    return &adder_type_PermissionError;
  case 3:
    return &adder_type_ProcessLookupError;
  case 110:
    return &adder_type_TimeoutError;
  default:
    return nullptr;
  }
}

/// OSError(errno, strerror[, filename[, winerror[, filename2]]]): the
/// filenames leave args, as in CPython.
bool initOSError(BaseException *E, const Value *Args, size_t Argc) {
  if (Argc < 2 || Argc > 5)
    return true;
  if (!setField(E, "errno", Args[0]) || !setField(E, "strerror", Args[1]))
    return false;
  if (Argc >= 3 && !isNone(Args[2])) {
    if (!setField(E, "filename", Args[2]))
      return false;
    if (Argc == 5 && !isNone(Args[4]) && !setField(E, "filename2", Args[4]))
      return false;
    Tuple *Two = tupleNew(Args, 2);
    if (!Two)
      return false;
    E->args = Two;
  }
  return true;
}

bool isBytesLike(Value V) {
  return isObject(V) && (isSubtype(typeOf(V), &adder_type_bytes) ||
                         isSubtype(typeOf(V), &adder_type_bytearray));
}

/// UnicodeDecodeError(encoding, object, start, end, reason) and the
/// encode (object a str) and translate (no encoding) forms.
bool initUnicodeError(BaseException *E, const Type *T, const Value *Args,
                      size_t Argc, bool Checked) {
  bool Translate = isA(T, adder_type_UnicodeTranslateError);
  size_t Want = Translate ? 4 : 5;
  if (Argc != Want) {
    if (Checked)
      raise(&adder_type_TypeError,
            "function takes exactly %zu arguments (%zu given)", Want, Argc);
    return !Checked;
  }
  const Value *A = Translate ? Args - 1 : Args;
  bool Decode = isA(T, adder_type_UnicodeDecodeError);
  struct {
    bool Ok;
    const char *Want;
  } Checks[5] = {{Translate || isStr(A[0]), "str"},
                 {Decode ? isBytesLike(A[1]) : isStr(A[1]),
                  Decode ? "a bytes-like object" : "str"},
                 {isSmallInt(A[2]), "int"},
                 {isSmallInt(A[3]), "int"},
                 {isStr(A[4]), "str"}};
  for (size_t I = Translate ? 1 : 0; I < 5; ++I)
    if (!Checks[I].Ok) {
      if (!Checked)
        return true;
      raise(&adder_type_TypeError, "argument %zu must be %s, not %s",
            I + (Translate ? 0 : 1), Checks[I].Want, typeName(A[I]));
      return false;
    }
  return (Translate || setField(E, "encoding", A[0])) &&
         setField(E, "object", A[1]) && setField(E, "start", A[2]) &&
         setField(E, "end", A[3]) && setField(E, "reason", A[4]);
}

/// "'utf-8' codec can't decode byte 0xff in position 0: invalid start
/// byte" and the other forms of CPython's Unicode error messages.
Value unicodeErrorStr(BaseException *E, const Type *T) {
  Value Obj = field(E, "object"), Start = field(E, "start"),
        End = field(E, "end"), Reason = field(E, "reason");
  Value Encoding = field(E, "encoding");
  bool Translate = isA(T, adder_type_UnicodeTranslateError);
  if (Obj == Error || !isSmallInt(Start) || !isSmallInt(End) ||
      Reason == Error || (!Translate && Encoding == Error))
    return Error;
  SWord S = smallIntValue(Start), N = smallIntValue(End);
  StrBuilder B;
  if (!Translate) {
    B.append("'");
    B.appendStr(Encoding);
    B.append("' codec can't ");
  } else {
    B.append("can't ");
  }
  bool Decode = isA(T, adder_type_UnicodeDecodeError);
  B.append(Decode ? "decode" : isA(T, adder_type_UnicodeEncodeError)
                                   ? "encode"
                                   : "translate");
  SWord Len = isStr(Obj) ? SWord(asStr(Obj)->length) : length(Obj);
  if (Len < 0)
    return Error;
  if (S >= 0 && S < Len && N == S + 1) {
    if (Decode) {
      Value Byte = getItem(Obj, Start);
      if (Byte == Error)
        return Error;
      B.appendFormat(" byte 0x%02x", unsigned(smallIntValue(Byte)));
    } else {
      Str *O = asStr(Obj);
      uint32_t C = 0;
      decodeUtf8(O->data + strByteOffset(O, size_t(S)),
                 O->data + O->byteLength, C, /*AllowSurrogates=*/true);
      B.appendFormat(C <= 0xFF     ? " character '\\x%02x'"
                     : C <= 0xFFFF ? " character '\\u%04x'"
                                   : " character '\\U%08x'",
                     C);
    }
    B.appendFormat(" in position %zd: ", S);
  } else {
    B.appendFormat(Decode ? " bytes in position %zd-%zd: "
                          : " characters in position %zd-%zd: ",
                   S, N - 1);
  }
  B.appendStr(Reason);
  return B.finish();
}

} // namespace

bool initExceptionKind(BaseException *E, const Type *T, const Value *Args,
                       size_t Argc, bool Checked) {
  if (isA(T, adder_type_OSError))
    return initOSError(E, Args, Argc);
  if (isUnicodeKind(T))
    return initUnicodeError(E, T, Args, Argc, Checked);
  return true;
}

const Type *constructedExceptionType(const Type *T, const Value *Args,
                                     size_t Argc) {
  if (T != &adder_type_OSError || Argc < 2 || Argc > 5 || !isSmallInt(Args[0]))
    return T;
  const Type *Sub = osErrorForErrno(smallIntValue(Args[0]));
  return Sub ? Sub : T;
}

bool exceptionKeyword(BaseException *E, const Type *T, Str *Name, Value V) {
  if (strEqualsCString(Name, "name") &&
      (isA(T, adder_type_NameError) || isA(T, adder_type_AttributeError) ||
       isA(T, adder_type_ImportError)))
    return setField(E, "name", V);
  if (strEqualsCString(Name, "obj") && isA(T, adder_type_AttributeError))
    return setField(E, "obj", V);
  if (strEqualsCString(Name, "path") && isA(T, adder_type_ImportError))
    return setField(E, "path", V);
  raise(&adder_type_TypeError, "%s() got an unexpected keyword argument '%V'",
        T->name, Name);
  return false;
}

Value exceptionKindStr(Value Self) {
  auto *E = reinterpret_cast<BaseException *>(asObject(Self));
  const Type *T = asObject(Self)->type;
  if (isUnicodeKind(T))
    return unicodeErrorStr(E, T);
  if (!isA(T, adder_type_OSError))
    return Error;
  Value Errno = field(E, "errno"), StrError = field(E, "strerror");
  Value File = field(E, "filename"), File2 = field(E, "filename2");
  if (File == Error && (Errno == Error || StrError == Error))
    return Error;
  StrBuilder B;
  B.append("[Errno ");
  B.appendStr(Errno == Error ? none() : Errno);
  B.append("] ");
  B.appendStr(StrError == Error ? none() : StrError);
  if (File != Error) {
    B.append(": ");
    B.appendRepr(File);
    if (File2 != Error) {
      B.append(" -> ");
      B.appendRepr(File2);
    }
  }
  return B.finish();
}

Value exceptionKindField(Value Self, Str *Name) {
  const Type *T = asObject(Self)->type;
  if (!declares(T, Name))
    return Error;
  // ImportError("m").msg is its one argument.
  auto *E = reinterpret_cast<BaseException *>(asObject(Self));
  if (strEqualsCString(Name, "msg") && E->args && E->args->size == 1)
    return E->args->items[0];
  return none();
}

Value raiseNameError(Value Name) {
  raise(&adder_type_NameError, "name '%V' is not defined", asStr(Name));
  Object *E = adder_pending_exception;
  if (E && E->type == &adder_type_NameError && gcInHeap(E) &&
      !setField(reinterpret_cast<BaseException *>(E), "name", Name))
    return Error; // MemoryError instead
  return Error;
}

void addAttributeErrorContext(Value Obj, Str *Name) {
  Object *Pending = adder_pending_exception;
  if (!Pending || !isSubtype(Pending->type, &adder_type_AttributeError) ||
      !gcInHeap(Pending))
    return;
  auto *E = reinterpret_cast<BaseException *>(Pending);
  if (field(E, "name") != Error || field(E, "obj") != Error)
    return;
  // Recording must not replace the AttributeError unless memory ran out.
  adder_pending_exception = nullptr;
  if (setField(E, "name", fromObject(&Name->header)) &&
      setField(E, "obj", Obj))
    adder_pending_exception = Pending;
}

Value raiseUnicodeError(const Type *T, const char *Encoding, Value Object,
                        size_t Start, size_t End, const char *Reason) {
  Value Args[5] = {strFromCString(Encoding), Object, makeSmallInt(SWord(Start)),
                   makeSmallInt(SWord(End)), strFromCString(Reason)};
  if (Args[0] == Error || Args[4] == Error)
    return Error;
  Value E = newException(T, Args, 5);
  if (E == Error)
    return Error;
  return raiseObject(E);
}

} // namespace adder::rt
