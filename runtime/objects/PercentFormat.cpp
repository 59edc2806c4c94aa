//===- PercentFormat.cpp - printf-style '%' for str and bytes ---*- C++ -*-===//
//
// str % args (Objects/unicodeobject.c: PyUnicode_Format) and bytes % args
// (Objects/bytesobject.c: _PyBytes_FormatEx) share one engine, as their
// grammars and argument-consumption rules (a tuple, a mapping for
// %(key)s, or a single value) are the same. They differ in what a
// "character" is (a code point of UTF-8 text, or a byte), in what %s, %r
// and %c accept, and in the words of a few errors; Formatter.IsBytes
// selects those. Numbers are converted exactly as format() does (the int
// digits from the bigint library, floats through floatconv).
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Numbers.h"

#include "NumbersInternal.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/FloatConv.h"
#include "adder/support/Utf8.h"
#include "objects/Bytes.h"
#include "objects/StrFormat.h"

namespace adder::rt {
using namespace num;

namespace {

enum : uint8_t { FLeft = 1, FSign = 2, FBlank = 4, FAlt = 8, FZero = 16 };

struct PercentState {
  Value Args;
  Value Dict = Error; // the mapping, when Args is one
  int64_t ArgLen;
  int64_t ArgIdx;
  Value Current; // the value looked up by %(key)
  bool CurrentOwned = false;
};

Value nextArg(PercentState &S) {
  if (S.ArgIdx < S.ArgLen) {
    int64_t I = S.ArgIdx++;
    Value A = S.CurrentOwned ? S.Current : S.Args;
    if (S.ArgLen < 0)
      return A;
    return reinterpret_cast<Tuple *>(A)->items[I];
  }
  return raise(&adder_type_TypeError, "not enough arguments for format string");
}

/// A converted argument: Size bytes at P holding Len characters.
struct Text {
  const char *P;
  size_t Size;
  int64_t Len;
};

Text textOf(Value S) {
  const Str *T = asStr(S);
  return {T->data, T->byteLength, int64_t(T->length)};
}

/// Appends the padded conversion (unicode_format_arg_output). Numeric
/// selects sign/zero-fill handling.
bool outputArg(StrBuilder &B, Text T, uint8_t Flags, int64_t Width,
               bool Numeric, char Conv) {
  const char *P = T.P;
  int64_t Len = T.Len;
  size_t Bytes = T.Size;
  char Sign = 0;
  if (Numeric) {
    if (Bytes && (P[0] == '-' || P[0] == '+')) {
      Sign = P[0];
      ++P;
      --Bytes;
      --Len;
    } else if (Flags & FSign) {
      Sign = '+';
    } else if (Flags & FBlank) {
      Sign = ' ';
    }
  }
  char Fill = (Numeric && (Flags & FZero)) ? '0' : ' ';
  if (Width < Len + (Sign ? 1 : 0))
    Width = Len + (Sign ? 1 : 0);
  bool HasPrefix =
      Numeric && (Flags & FAlt) && (Conv == 'x' || Conv == 'X' || Conv == 'o');
  if (Sign) {
    if (Fill != ' ' && !B.append(&Sign, 1))
      return false;
    --Width;
  }
  if (HasPrefix) {
    if (Fill != ' ' && !B.append(P, 2))
      return false;
    Width -= 2;
    if (Width < 0)
      Width = 0;
    Len -= 2;
  }
  if (Width > Len && !(Flags & FLeft)) {
    if (!B.appendRepeated(Fill, size_t(Width - Len)))
      return false;
    Width = Len;
  }
  if (Fill == ' ') {
    if (Sign && !B.append(&Sign, 1))
      return false;
    if (HasPrefix && !B.append(P, 2))
      return false;
  }
  if (HasPrefix) {
    P += 2;
    Bytes -= 2;
  }
  if (!B.append(P, Bytes))
    return false;
  if (Width > Len && !B.appendRepeated(' ', size_t(Width - Len)))
    return false;
  return true;
}

/// The text of %d %i %u %o %x %X (_PyUnicode_FormatLong); Error on error
/// with WrongType set when the value is not a number.
Value formatLongArg(Value V, char Conv, uint8_t Flags, int64_t Prec,
                    bool &WrongType) {
  WrongType = false;
  Value I = V;
  if (!isInt(V)) {
    bool IsNumber =
        isFloat(V) || isComplex(V) || (typeOf(V)->flags & TypeHeapType);
    if (!IsNumber) {
      WrongType = true;
      return Error;
    }
    I = (Conv == 'o' || Conv == 'x' || Conv == 'X') ? toIndex(V)
                                                     : adder_to_int(V);
    if (I == Error) {
      if (pendingExceptionMatches(&adder_type_TypeError)) {
        clearPendingException();
        WrongType = true;
      }
      return Error;
    }
  }
  unsigned Base = Conv == 'o' ? 8 : (Conv == 'x' || Conv == 'X') ? 16 : 10;
  const char *Prefix =
      (Flags & FAlt) && Base != 10 ? (Base == 8 ? "0o" : "0x") : "";
  Value Text = intToText(I, Base, Prefix);
  if (Text == Error)
    return Error;
  const Str *S = asStr(Text);
  size_t NumNonDigits = (Prefix[0] ? 2 : 0) + (S->data[0] == '-' ? 1 : 0);
  int64_t NumDigits = int64_t(S->byteLength - NumNonDigits);
  bool Upper = Conv == 'X';
  if (Prec <= NumDigits && !Upper)
    return Text;
  StrBuilder B;
  B.append(S->data, NumNonDigits);
  if (Prec > NumDigits)
    B.appendRepeated('0', size_t(Prec - NumDigits));
  B.append(S->data + NumNonDigits, size_t(NumDigits));
  Value R = B.finish();
  if (R == Error || !Upper)
    return R;
  Str *U = asStr(R);
  for (uint32_t K = 0; K < U->byteLength; ++K)
    if (U->data[K] >= 'a' && U->data[K] <= 'z')
      U->data[K] = char(U->data[K] - 32);
  return R;
}

/// The float conversions e E f F g G.
Value formatFloatArg(Value V, char Conv, uint8_t Flags, int64_t Prec) {
  double D = adder_as_double(V);
  if (errorPending())
    return Error;
  floatconv::FormatFlags FF;
  FF.Alternate = Flags & FAlt;
  if (Prec > 0x7fffffff)
    return raise(&adder_type_ValueError, "precision too big");
  int P = Prec < 0 ? 6 : int(Prec);
  char Local[64];
  size_t N = floatconv::formatFloat(D, Conv, P, FF, Local, sizeof(Local));
  if (N <= sizeof(Local))
    return asciiStr(Local, N);
  Scratch Sc;
  if (!Sc.init((N + 3) / 4))
    return Error;
  char *Big = reinterpret_cast<char *>(Sc.get());
  floatconv::formatFloat(D, Conv, P, FF, Big, N);
  return asciiStr(Big, N);
}

/// %c of str: a one-character str or an int code point.
Value strCharArg(Value V) {
  uint32_t Ch;
  if (isStr(V)) {
    if (asStr(V)->length != 1)
      return raise(&adder_type_TypeError, "%%c requires int or char");
    const char *Q = asStr(V)->data;
    decodeUtf8(Q, Q + asStr(V)->byteLength, Ch, true);
  } else {
    Value I = isInt(V) ? V : Error;
    if (I == Error) {
      if (typeOf(V)->flags & TypeHeapType) {
        I = toIndex(V);
        if (I == Error) {
          if (!pendingExceptionMatches(&adder_type_TypeError))
            return Error;
          clearPendingException();
        }
      }
      if (I == Error)
        return raise(&adder_type_TypeError, "%%c requires int or char");
    }
    int64_t X;
    if (!adder_int_to_i64(I, &X) || X < 0 || X > 0x10ffff)
      return raise(&adder_type_OverflowError, "%%c arg not in range(0x110000)");
    Ch = uint32_t(X);
  }
  char Enc[4];
  Str *T = strNew(Enc, encodeUtf8(Ch, Enc));
  return T ? fromObject(&T->header) : Error;
}

/// %c of bytes (byte_converter): a bytes or bytearray of length 1, or an
/// int in range(256). Writes the byte to Out.
bool byteCharArg(Value V, char &Out) {
  const char *Data;
  size_t Size;
  if ((isBytes(V) || isByteArray(V)) && getBuffer(V, &Data, &Size) &&
      Size == 1) {
    Out = Data[0];
    return true;
  }
  if (!isInt(V) && !(typeOf(V)->flags & TypeHeapType)) {
    raise(&adder_type_TypeError,
          "%%c requires an integer in range(256) or a single byte");
    return false;
  }
  Value I = isInt(V) ? V : toIndex(V);
  if (I == Error) {
    if (pendingExceptionMatches(&adder_type_TypeError)) {
      clearPendingException();
      raise(&adder_type_TypeError,
            "%%c requires an integer in range(256) or a single byte");
    }
    return false;
  }
  int64_t X;
  if (!adder_int_to_i64(I, &X) || X < 0 || X > 255) {
    raise(&adder_type_OverflowError, "%%c arg not in range(256)");
    return false;
  }
  Out = char(X);
  return true;
}

/// %s and %b of bytes (format_obj): a bytes-like object or one with
/// __bytes__. The result is a bytes-like Value whose buffer is the text.
Value bytesObjectArg(Value V) {
  const char *Data;
  size_t Size;
  if (getBuffer(V, &Data, &Size))
    return V;
  if (typeOf(V)->flags & TypeHeapType) {
    Value M = getAttrCString(V, "__bytes__");
    if (M != Error) {
      Value R = call(M, nullptr, 0);
      if (R != Error && !isBytes(R))
        return raise(&adder_type_TypeError,
                     "__bytes__ returned non-bytes (type %s)", typeName(R));
      return R;
    }
    if (!pendingExceptionMatches(&adder_type_AttributeError))
      return Error;
    clearPendingException();
  }
  return raise(&adder_type_TypeError,
               "%%b requires a bytes-like object, or an object that "
               "implements __bytes__, not '%s'",
               typeName(V));
}

/// The formatting engine; Fmt is the format's text (UTF-8 for str, raw
/// bytes for bytes).
Value percentFormat(const char *Fmt, size_t FmtSize, Value Args, bool IsBytes,
                    StrBuilder &B) {
  PercentState S;
  S.Args = Args;
  bool IsTuple = isObject(Args) && (asObject(Args)->type == &adder_type_tuple ||
                                    (asObject(Args)->type->flags &
                                     TypeTupleSubclass));
  if (IsTuple) {
    S.ArgLen = reinterpret_cast<Tuple *>(Args)->size;
    S.ArgIdx = 0;
  } else {
    S.ArgLen = -1;
    S.ArgIdx = -2;
  }
  // A mapping (anything subscriptable but a tuple or the format's own
  // type) supplies %(key) values.
  bool HasGetItem = false;
  for (const Type *T = typeOf(Args); T; T = T->base)
    if (T->getItem) {
      HasGetItem = true;
      break;
    }
  if (HasGetItem && !IsTuple && !(IsBytes ? isBytes(Args) : isStr(Args)))
    S.Dict = Args;

  const char *P = Fmt, *End = Fmt + FmtSize;
  size_t CharIndex = 0; // characters consumed so far (for messages)
  auto Step = [&](const char *Q, uint32_t &C) -> unsigned {
    if (IsBytes) {
      C = uint8_t(*Q);
      return 1;
    }
    unsigned K = decodeUtf8(Q, End, C, true);
    if (!K) {
      C = uint8_t(*Q);
      K = 1;
    }
    return K;
  };
  auto Next = [&](uint32_t &C) -> bool {
    if (P >= End)
      return false;
    P += Step(P, C);
    ++CharIndex;
    return true;
  };
  while (P < End) {
    // Copy the literal run up to the next '%'.
    const char *Run = P;
    while (P < End && *P != '%') {
      uint32_t C;
      P += Step(P, C);
      ++CharIndex;
    }
    if (P > Run && !B.append(Run, size_t(P - Run)))
      return Error;
    if (P >= End)
      break;
    ++P; // '%'
    ++CharIndex;
    uint32_t C;
    if (!Next(C))
      return raise(&adder_type_ValueError, "incomplete format");
    if (C == '%') {
      B.append("%", 1);
      continue;
    }
    S.CurrentOwned = false;
    // %(key)
    if (C == '(') {
      if (S.Dict == Error)
        return raise(&adder_type_TypeError, "format requires a mapping");
      const char *KeyStart = P;
      int Depth = 1;
      while (P < End && Depth) {
        if (*P == ')')
          --Depth;
        else if (*P == '(')
          ++Depth;
        if (Depth) {
          uint32_t D;
          Next(D);
        }
      }
      if (Depth)
        return raise(&adder_type_ValueError, "incomplete format key");
      Value Key;
      if (IsBytes) {
        Bytes *K = bytesNew(KeyStart, size_t(P - KeyStart));
        Key = K ? bytesValue(K) : Error;
      } else {
        Str *K = strNew(KeyStart, size_t(P - KeyStart));
        Key = K ? fromObject(&K->header) : Error;
      }
      ++P; // ')'
      ++CharIndex;
      if (Key == Error)
        return Error;
      Value Item = getItem(S.Dict, Key);
      if (Item == Error)
        return Error;
      S.Current = Item;
      S.CurrentOwned = true;
      S.ArgLen = -1;
      S.ArgIdx = -2;
      if (!Next(C))
        return raise(&adder_type_ValueError, "incomplete format");
    }
    uint8_t Flags = 0;
    for (;;) {
      if (C == '-')
        Flags |= FLeft;
      else if (C == '+')
        Flags |= FSign;
      else if (C == ' ')
        Flags |= FBlank;
      else if (C == '#')
        Flags |= FAlt;
      else if (C == '0')
        Flags |= FZero;
      else
        break;
      if (!Next(C))
        return raise(&adder_type_ValueError, "incomplete format");
    }
    int64_t Width = -1, Prec = -1;
    if (C == '*') {
      Value W = nextArg(S);
      if (W == Error)
        return Error;
      if (!isInt(W))
        return raise(&adder_type_TypeError, "* wants int");
      if (!intToI64Checked(W, Width))
        return Error;
      if (Width < 0) {
        Flags |= FLeft;
        Width = -Width;
      }
      if (!Next(C))
        return raise(&adder_type_ValueError, "incomplete format");
    } else if (C >= '0' && C <= '9') {
      Width = C - '0';
      for (;;) {
        if (!Next(C))
          return raise(&adder_type_ValueError, "incomplete format");
        if (C < '0' || C > '9')
          break;
        if (Width > (INT64_MAX / 2 - (C - '0')) / 10)
          return raise(&adder_type_ValueError, "width too big");
        Width = Width * 10 + (C - '0');
      }
    }
    if (C == '.') {
      Prec = 0;
      if (!Next(C))
        return raise(&adder_type_ValueError, "incomplete format");
      if (C == '*') {
        Value W = nextArg(S);
        if (W == Error)
          return Error;
        if (!isInt(W))
          return raise(&adder_type_TypeError, "* wants int");
        if (!intToI64Checked(W, Prec))
          return Error;
        if (Prec < 0)
          Prec = 0;
        if (!Next(C))
          return raise(&adder_type_ValueError, "incomplete format");
      } else if (C >= '0' && C <= '9') {
        Prec = C - '0';
        for (;;) {
          if (!Next(C))
            return raise(&adder_type_ValueError, "incomplete format");
          if (C < '0' || C > '9')
            break;
          if (Prec > (INT64_MAX / 2 - (C - '0')) / 10)
            return raise(&adder_type_ValueError, "precision too big");
          Prec = Prec * 10 + (C - '0');
        }
      }
    }
    if (C == 'h' || C == 'l' || C == 'L') {
      if (!Next(C))
        return raise(&adder_type_ValueError, "incomplete format");
    }
    Value V = nextArg(S);
    if (V == Error)
      return Error;
    Value TextV = Error;
    Text T{nullptr, 0, 0};
    bool Numeric = false;
    char Byte;
    switch (C) {
    case 's':
    case 'b':
      if (IsBytes) {
        TextV = bytesObjectArg(V);
        if (TextV == Error)
          return Error;
        getBuffer(TextV, &T.P, &T.Size);
        T.Len = int64_t(T.Size);
        if (Prec >= 0 && T.Len > Prec)
          T.Size = size_t(T.Len = Prec);
        break;
      }
      if (C == 'b')
        goto Unsupported;
      [[fallthrough]];
    case 'r':
    case 'a': {
      // bytes' %r is ascii(), as its result must be ASCII.
      TextV = C == 's' ? str(V) : (C == 'r' && !IsBytes) ? repr(V)
                                                          : asciiRepr(V);
      if (TextV == Error)
        return Error;
      T = textOf(TextV);
      if (Prec >= 0 && T.Len > Prec) {
        // Keep the first Prec code points.
        const char *Q = T.P, *QEnd = T.P + T.Size;
        for (int64_t K = 0; K < Prec; ++K) {
          uint32_t Ch;
          unsigned N = decodeUtf8(Q, QEnd, Ch, true);
          Q += N ? N : 1;
        }
        T.Size = size_t(Q - T.P);
        T.Len = Prec;
      }
      break;
    }
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      bool WrongType;
      TextV = formatLongArg(V, char(C), Flags, Prec, WrongType);
      if (TextV == Error) {
        if (!WrongType)
          return Error;
        if (C == 'o' || C == 'x' || C == 'X')
          return raise(&adder_type_TypeError,
                       "%%%c format: an integer is required, not %s", char(C),
                       typeName(V));
        return raise(&adder_type_TypeError,
                     "%%%c format: a real number is required, not %s",
                     char(C), typeName(V));
      }
      T = textOf(TextV);
      Numeric = true;
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      TextV = formatFloatArg(V, char(C), Flags, Prec);
      if (TextV == Error)
        return Error;
      T = textOf(TextV);
      Numeric = true;
      break;
    case 'c':
      if (IsBytes) {
        if (!byteCharArg(V, Byte))
          return Error;
        T = {&Byte, 1, 1};
        break;
      }
      TextV = strCharArg(V);
      if (TextV == Error)
        return Error;
      T = textOf(TextV);
      break;
    default:
    Unsupported:
      return raise(&adder_type_ValueError,
                   "unsupported format character '%c' (0x%x) at index %zu",
                   (C >= 32 && C <= 126) ? char(C) : '?', unsigned(C),
                   CharIndex - 1);
    }
    if (!outputArg(B, T, Flags, Width, Numeric, char(C)))
      return Error;
    S.CurrentOwned = false;
  }
  if (S.ArgIdx < S.ArgLen && S.Dict == Error)
    return raise(&adder_type_TypeError,
                 IsBytes ? "not all arguments converted during bytes formatting"
                         : "not all arguments converted during string "
                           "formatting");
  return none();
}

} // namespace

extern "C" Value adder_str_mod(Value FormatV, Value Args) {
  const Str *Fmt = asStr(FormatV);
  StrBuilder B;
  if (percentFormat(Fmt->data, Fmt->byteLength, Args, false, B) == Error)
    return Error;
  return B.finish();
}

/// bytes % args and bytearray % args (the result has the format's type).
Value bytesMod(Value FormatV, Value Args) {
  const char *Data;
  size_t Size;
  getBuffer(FormatV, &Data, &Size);
  // The format may be a bytearray that a conversion resizes: work on a
  // copy, as CPython does.
  Bytes *Copy = bytesNew(Data, Size);
  if (!Copy)
    return Error;
  StrBuilder B;
  if (percentFormat(Copy->data, Size, Args, true, B) == Error)
    return Error;
  if (isByteArray(FormatV)) {
    ByteArray *R = byteArrayNew(B.data(), B.size());
    return R ? fromObject(&R->header) : Error;
  }
  Bytes *R = bytesNew(B.data(), B.size());
  return R ? bytesValue(R) : Error;
}

} // namespace adder::rt
