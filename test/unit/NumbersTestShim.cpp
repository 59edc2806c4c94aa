//===- NumbersTestShim.cpp - a stand-in core for NumbersTest --------------===//
//
// The number files (runtime/objects/{Int,Float,Complex,NumberFormat,
// NumberBuiltins}.cpp, runtime/modules/Math.cpp) need a little of the core
// runtime: raising, allocation, str objects, tuples and the generic
// protocols. This file provides the smallest version of each, so the
// numbers can be tested in isolation (-DADDER_NUMBERS_TEST_STANDALONE=ON)
// while the real core is elsewhere in progress; with the option off the
// test links adderRuntimeHost instead and this file is not built.
// Memory is malloc'd and never freed: a test process is short.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/Utf8.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace adder::rt {

struct Dict {
  Object header;
  size_t count;
  Value keys[32];
  Value items[32];
};

extern "C" Object *adder_pending_exception = nullptr;
extern "C" Object *adder_handled_exception = nullptr;

namespace {

struct ShimException {
  Object header;
  Value message;
};

Value strRepr(Value V);
Value strStr(Value V) { return V; }
Value tupleRepr(Value V);
Value noneRepr(Value) { return strFromCString("None"); }
Value excStr(Value V) {
  return reinterpret_cast<ShimException *>(V)->message;
}
Value dictGet(Value D, Value K);
Value dictRepr(Value D);
Value tupleGetItem(Value T, Value K);
int strCompareEq(const Str *A, const Str *B) {
  return A->byteLength == B->byteLength &&
         memcmp(A->data, B->data, A->byteLength) == 0;
}
Value strCompare(Value A, Value B, CompareOp Op) {
  if (!isStr(B) || (Op != CompareOp::Eq && Op != CompareOp::Ne))
    return notImplemented();
  bool Eq = strCompareEq(asStr(A), asStr(B));
  return boolValue(Op == CompareOp::Eq ? Eq : !Eq);
}
SWord strHashShim(Value V) {
  uint64_t H = 1469598103934665603ULL;
  Str *S = asStr(V);
  for (uint32_t I = 0; I < S->byteLength; ++I)
    H = (H ^ uint8_t(S->data[I])) * 1099511628211ULL;
  SWord R = SWord(H >> 1);
  return R == -1 ? -2 : R;
}
SWord strLen(Value V) { return asStr(V)->length; }

} // namespace

#define SHIM_TYPE(Id, Name, Base, ...)                                         \
  extern "C" const Type adder_type_##Id = {.header = {&adder_type_type},       \
                                          .name = Name,                        \
                                          .base = Base,                        \
                                          __VA_ARGS__};
SHIM_TYPE(type, "type", &adder_type_object, .flags = 0)
SHIM_TYPE(object, "object", nullptr, .flags = 0)
SHIM_TYPE(str, "str", &adder_type_object, .flags = 0, .repr = strRepr,
          .str = strStr, .hash = strHashShim, .compare = strCompare,
          .length = strLen)
SHIM_TYPE(tuple, "tuple", &adder_type_object, .flags = 0, .repr = tupleRepr,
          .getItem = tupleGetItem)
SHIM_TYPE(list, "list", &adder_type_object, .flags = 0)
SHIM_TYPE(dict, "dict", &adder_type_object, .flags = 0, .repr = dictRepr,
          .getItem = dictGet)
SHIM_TYPE(bytes, "bytes", &adder_type_object, .flags = 0)
SHIM_TYPE(bytearray, "bytearray", &adder_type_object, .flags = 0)
SHIM_TYPE(byte_array, "byte_array", &adder_type_object, .flags = 0)
SHIM_TYPE(builtin_function, "builtin_function_or_method", &adder_type_object,
          .flags = 0)
SHIM_TYPE(none, "NoneType", &adder_type_object, .flags = 0, .repr = noneRepr)
SHIM_TYPE(not_implemented, "NotImplementedType", &adder_type_object,
          .flags = 0)
SHIM_TYPE(BaseException, "BaseException", &adder_type_object, .flags = 0,
          .str = excStr)
SHIM_TYPE(Exception, "Exception", &adder_type_BaseException, .flags = 0)
SHIM_TYPE(ArithmeticError, "ArithmeticError", &adder_type_Exception,
          .flags = 0)
SHIM_TYPE(ZeroDivisionError, "ZeroDivisionError", &adder_type_ArithmeticError,
          .flags = 0)
SHIM_TYPE(OverflowError, "OverflowError", &adder_type_ArithmeticError,
          .flags = 0)
SHIM_TYPE(ValueError, "ValueError", &adder_type_Exception, .flags = 0)
SHIM_TYPE(TypeError, "TypeError", &adder_type_Exception, .flags = 0)
SHIM_TYPE(AttributeError, "AttributeError", &adder_type_Exception, .flags = 0)
SHIM_TYPE(LookupError, "LookupError", &adder_type_Exception, .flags = 0)
SHIM_TYPE(KeyError, "KeyError", &adder_type_LookupError, .flags = 0)
SHIM_TYPE(MemoryError, "MemoryError", &adder_type_Exception, .flags = 0)
#undef SHIM_TYPE

extern "C" const Object adder_none = {&adder_type_none};
extern "C" const Object adder_not_implemented = {&adder_type_not_implemented};

//===--- Heap -------------------------------------------------------------===//

void heapInit(void *, size_t, void *) {}
Object *gcAlloc(const Type *T, size_t Bytes) {
  auto *O = static_cast<Object *>(calloc(1, Bytes < 16 ? 16 : Bytes));
  O->type = T;
  return O;
}
Object *gcAllocUninitialized(const Type *T, size_t Bytes) {
  return gcAlloc(T, Bytes);
}

//===--- Types and protocols ----------------------------------------------===//

bool isSubtype(const Type *T, const Type *Base) {
  for (; T; T = T->base)
    if (T == Base)
      return true;
  return false;
}
const char *typeName(Value V) { return typeOf(V)->name; }
bool isInstance(Value V, const Type *T) { return isSubtype(typeOf(V), T); }

template <class F> static F slot(const Type *T, F Type::*S) {
  for (; T; T = T->base)
    if (T->*S)
      return T->*S;
  return nullptr;
}

Value repr(Value V) {
  auto F = slot(typeOf(V), &Type::repr);
  if (!F) {
    char Buf[64];
    snprintf(Buf, sizeof Buf, "<%s object>", typeName(V));
    return strFromCString(Buf);
  }
  return F(V);
}
Value str(Value V) {
  auto F = slot(typeOf(V), &Type::str);
  return F ? F(V) : repr(V);
}
SWord hash(Value V) {
  auto F = slot(typeOf(V), &Type::hash);
  return F ? F(V) : SWord(V >> 4);
}
int truthy(Value V) {
  if (isNone(V))
    return 0;
  auto F = slot(typeOf(V), &Type::boolean);
  if (F)
    return F(V);
  auto L = slot(typeOf(V), &Type::length);
  if (L)
    return L(V) != 0;
  return 1;
}

static const char *opSymbol(BinaryOp Op) {
  static const char *const Names[] = {"+",  "-",  "*",  "@", "/", "//", "%",
                                      "**", "<<", ">>", "&", "|", "^"};
  return Names[unsigned(Op)];
}

Value binaryOp(Value A, Value B, BinaryOp Op) {
  const Type *TA = typeOf(A), *TB = typeOf(B);
  auto SA = slot(TA, &Type::binary);
  auto SB = slot(TB, &Type::binary);
  if (SB == SA)
    SB = nullptr;
  if (SA) {
    if (SB && isSubtype(TB, TA)) {
      Value R = SB(A, B, Op);
      if (R != notImplemented())
        return R;
      SB = nullptr;
    }
    Value R = SA(A, B, Op);
    if (R != notImplemented())
      return R;
  }
  if (SB) {
    Value R = SB(A, B, Op);
    if (R != notImplemented())
      return R;
  }
  if (Op == BinaryOp::Pow)
    return raise(&adder_type_TypeError,
                 "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                 TA->name, TB->name);
  return raise(&adder_type_TypeError,
               "unsupported operand type(s) for %s: '%s' and '%s'",
               opSymbol(Op), TA->name, TB->name);
}

static CompareOp swapped(CompareOp Op) {
  switch (Op) {
  case CompareOp::Lt: return CompareOp::Gt;
  case CompareOp::Le: return CompareOp::Ge;
  case CompareOp::Gt: return CompareOp::Lt;
  case CompareOp::Ge: return CompareOp::Le;
  default: return Op;
  }
}

Value compare(Value A, Value B, CompareOp Op) {
  const Type *TA = typeOf(A), *TB = typeOf(B);
  auto SA = slot(TA, &Type::compare);
  auto SB = slot(TB, &Type::compare);
  bool Checked = false;
  if (TA != TB && SB && isSubtype(TB, TA)) {
    Checked = true;
    Value R = SB(B, A, swapped(Op));
    if (R != notImplemented())
      return R;
  }
  if (SA) {
    Value R = SA(A, B, Op);
    if (R != notImplemented())
      return R;
  }
  if (!Checked && SB) {
    Value R = SB(B, A, swapped(Op));
    if (R != notImplemented())
      return R;
  }
  if (Op == CompareOp::Eq)
    return boolValue(A == B);
  if (Op == CompareOp::Ne)
    return boolValue(A != B);
  static const char *const Names[] = {"<", "<=", "==", "!=", ">", ">="};
  return raise(&adder_type_TypeError,
               "'%s' not supported between instances of '%s' and '%s'",
               Names[unsigned(Op)], TA->name, TB->name);
}

Value unaryOp(Value A, UnaryOp Op) {
  auto F = slot(typeOf(A), &Type::unary);
  Value R = F ? F(A, Op) : notImplemented();
  if (R != notImplemented())
    return R;
  static const char *const Names[] = {"-", "+", "~"};
  return raise(&adder_type_TypeError, "bad operand type for unary %s: '%s'",
               Names[unsigned(Op)], typeName(A));
}

Value getItem(Value C, Value K) {
  auto F = slot(typeOf(C), &Type::getItem);
  if (!F)
    return raise(&adder_type_TypeError, "'%s' object is not subscriptable",
                 typeName(C));
  return F(C, K);
}

Value getAttrCString(Value Obj, const char *Name) {
  return raise(&adder_type_AttributeError,
               "'%s' object has no attribute '%s'", typeName(Obj), Name);
}
Value call(Value Callable, const Value *, size_t, Tuple *) {
  return raise(&adder_type_TypeError, "'%s' object is not callable",
               typeName(Callable));
}

/// Iteration over tuples only: the iterator is a small heap record.
struct ShimIter {
  Object header;
  Value seq;
  uint32_t pos;
};
Value getIter(Value V) {
  if (typeOf(V) != &adder_type_tuple)
    return raise(&adder_type_TypeError, "'%s' object is not iterable",
                 typeName(V));
  auto *I = reinterpret_cast<ShimIter *>(
      gcAlloc(&adder_type_object, sizeof(ShimIter)));
  I->seq = V;
  return fromObject(&I->header);
}
Value iterNext(Value It) {
  auto *I = reinterpret_cast<ShimIter *>(It);
  auto *T = reinterpret_cast<Tuple *>(I->seq);
  if (I->pos >= T->size)
    return Error;
  return T->items[I->pos++];
}

Tuple *tupleNew(const Value *Items, size_t Count) {
  auto *T = reinterpret_cast<Tuple *>(
      gcAlloc(&adder_type_tuple, sizeof(Tuple) + Count * sizeof(Value)));
  T->size = uint32_t(Count);
  for (size_t I = 0; I < Count; ++I)
    T->items[I] = Items ? Items[I] : Error;
  return T;
}

Dict *dictNew() {
  return reinterpret_cast<Dict *>(gcAlloc(&adder_type_dict, sizeof(Dict)));
}
int dictSetItem(Dict *D, Value K, Value V) {
  D->keys[D->count] = K;
  D->items[D->count++] = V;
  return 0;
}

namespace {
Value dictGet(Value DV, Value K) {
  auto *D = reinterpret_cast<Dict *>(DV);
  for (size_t I = 0; I < D->count; ++I) {
    Value R = compare(D->keys[I], K, CompareOp::Eq);
    if (isTrue(R))
      return D->items[I];
  }
  return raise(&adder_type_KeyError, "%R", K);
}
Value dictRepr(Value DV) {
  auto *D = reinterpret_cast<Dict *>(DV);
  StrBuilder B;
  B.append("{");
  for (size_t I = 0; I < D->count; ++I) {
    if (I)
      B.append(", ");
    B.appendRepr(D->keys[I]);
    B.append(": ");
    B.appendRepr(D->items[I]);
  }
  B.append("}");
  return B.finish();
}
Value tupleGetItem(Value TV, Value K) {
  auto *T = reinterpret_cast<Tuple *>(TV);
  return T->items[smallIntValue(K)];
}
Value tupleRepr(Value V) {
  auto *T = reinterpret_cast<Tuple *>(V);
  StrBuilder B;
  B.append("(");
  for (uint32_t I = 0; I < T->size; ++I) {
    if (I)
      B.append(", ");
    B.appendRepr(T->items[I]);
  }
  if (T->size == 1)
    B.append(",");
  B.append(")");
  return B.finish();
}
Value strRepr(Value V) {
  // Enough of str.__repr__ for the test's strings (printable text).
  Str *S = asStr(V);
  bool HasSingle = memchr(S->data, '\'', S->byteLength) != nullptr;
  bool HasDouble = memchr(S->data, '"', S->byteLength) != nullptr;
  char Q = HasSingle && !HasDouble ? '"' : '\'';
  StrBuilder B;
  B.append(&Q, 1);
  const char *P = S->data, *End = P + S->byteLength;
  while (P < End) {
    uint32_t C;
    unsigned K = decodeUtf8(P, End, C, true);
    P += K ? K : 1;
    if (C == uint32_t(Q) || C == '\\') {
      B.append("\\");
      B.appendChar(C);
    } else if (C == '\n') {
      B.append("\\n");
    } else if (C == '\t') {
      B.append("\\t");
    } else if (C == '\r') {
      B.append("\\r");
    } else if (C < 0x20 || C == 0x7f || (C >= 0x80 && C < 0xa1) ||
               C == 0xad) {
      B.appendFormat("\\x%02x", C);
    } else if (C >= 0xF0000) {
      B.appendFormat("\\U%08x", C);
    } else {
      B.appendChar(C);
    }
  }
  B.append(&Q, 1);
  return B.finish();
}
} // namespace

//===--- Strings ----------------------------------------------------------===//

Str *strAllocate(size_t Size, size_t Length, bool Ascii) {
  auto *S = reinterpret_cast<Str *>(
      gcAlloc(&adder_type_str, sizeof(Str) + Size + 1));
  S->byteLength = uint32_t(Size);
  S->length = uint32_t(Length);
  S->ascii = Ascii;
  S->hash = -1;
  return S;
}
Str *strNew(const char *Utf8, size_t Size) {
  size_t Length = countCodePoints(Utf8, Utf8 + Size);
  Str *S = strAllocate(Size, Length, Length == Size);
  memcpy(S->data, Utf8, Size);
  return S;
}
Value strFromCString(const char *S) {
  return fromObject(&strNew(S, strlen(S))->header);
}
Value emptyStr() { return strFromCString(""); }
bool strEqualsCString(const Str *A, const char *B) {
  return strlen(B) == A->byteLength && memcmp(A->data, B, A->byteLength) == 0;
}

bool StrBuilder::reserve(size_t Extra) {
  if (used + Extra <= capacity)
    return true;
  size_t NewCap = (used + Extra) * 2 + 64;
  char *N = static_cast<char *>(malloc(NewCap));
  if (buffer)
    memcpy(N, buffer, used);
  buffer = N;
  capacity = NewCap;
  return true;
}
bool StrBuilder::append(const char *Bytes, size_t Size) {
  reserve(Size);
  memcpy(buffer + used, Bytes, Size);
  used += Size;
  return true;
}
bool StrBuilder::append(const char *CString) {
  return append(CString, strlen(CString));
}
bool StrBuilder::append(const Str *S) { return append(S->data, S->byteLength); }
bool StrBuilder::appendChar(uint32_t CP) {
  char Buf[4];
  return append(Buf, encodeUtf8(CP, Buf));
}
bool StrBuilder::appendRepeated(char C, size_t Count) {
  reserve(Count);
  memset(buffer + used, C, Count);
  used += Count;
  return true;
}
bool StrBuilder::appendRepr(Value V) { return append(asStr(repr(V))); }
bool StrBuilder::appendStr(Value V) { return append(asStr(str(V))); }
bool StrBuilder::appendFormat(const char *Fmt, ...) {
  va_list A;
  va_start(A, Fmt);
  bool R = appendFormatV(Fmt, A);
  va_end(A);
  return R;
}
bool StrBuilder::appendFormatV(const char *Fmt, va_list Args) {
  for (const char *P = Fmt; *P; ++P) {
    if (*P != '%') {
      append(P, 1);
      continue;
    }
    ++P;
    char Spec[16] = "%";
    size_t N = 1;
    while (*P == '0' || (*P >= '1' && *P <= '9') || *P == 'z' || *P == 'l')
      Spec[N++] = *P++;
    char Conv = *P;
    Spec[N++] = Conv;
    Spec[N] = 0;
    char Buf[64];
    bool Long = strchr(Spec, 'l') != nullptr, Size = strchr(Spec, 'z') != nullptr;
    switch (Conv) {
    case '%':
      append("%", 1);
      break;
    case 's':
      append(va_arg(Args, const char *));
      break;
    case 'c':
      Buf[0] = char(va_arg(Args, int));
      append(Buf, 1);
      break;
    case 'd':
    case 'u':
    case 'x':
      if (Size)
        snprintf(Buf, sizeof Buf, Spec, va_arg(Args, size_t));
      else if (Long)
        snprintf(Buf, sizeof Buf, Spec, va_arg(Args, long));
      else
        snprintf(Buf, sizeof Buf, Spec, va_arg(Args, int));
      append(Buf);
      break;
    case 'R':
      appendRepr(va_arg(Args, Value));
      break;
    case 'S':
      appendStr(va_arg(Args, Value));
      break;
    case 'T':
      append(typeName(va_arg(Args, Value)));
      break;
    case 'V':
      append(va_arg(Args, Str *));
      break;
    default:
      abort();
    }
  }
  return true;
}
Value StrBuilder::finish() {
  Str *S = strNew(buffer ? buffer : "", used);
  return fromObject(&S->header);
}

//===--- Errors -----------------------------------------------------------===//

Value raiseV(const Type *T, const char *Fmt, va_list Args) {
  StrBuilder B;
  B.appendFormatV(Fmt, Args);
  auto *E = reinterpret_cast<ShimException *>(
      gcAlloc(T, sizeof(ShimException)));
  E->message = B.finish();
  adder_pending_exception = &E->header;
  return Error;
}
Value raise(const Type *T, const char *Fmt, ...) {
  va_list A;
  va_start(A, Fmt);
  raiseV(T, Fmt, A);
  va_end(A);
  return Error;
}
Value raiseMemoryError() { return raise(&adder_type_MemoryError, ""); }
Object *takePendingException() {
  Object *E = adder_pending_exception;
  adder_pending_exception = nullptr;
  return E;
}
void clearPendingException() { adder_pending_exception = nullptr; }
bool pendingExceptionMatches(const Type *T) {
  return adder_pending_exception &&
         isSubtype(adder_pending_exception->type, T);
}

} // namespace adder::rt
