//===- StrFormat.cpp - str.format and str.format_map ----------------------===//
//
// A transcription of CPython's Objects/stringlib/unicode_format.h: the
// same scanner (literal text, "{{" and "}}", fields with conversions and
// format specs that may hold nested fields two levels deep), the same
// auto-numbering rules, and the same error messages at the same points.
// Field names index the arguments ("{0}", "{name}") and then walk
// attributes and items ("{0.real}", "{0[key]}"); the value is rendered by
// format(value, spec), i.e. adder_format_value of the numbers runtime.
//
// Every syntax character is ASCII, so the scanner walks UTF-8 bytes.
//
//===----------------------------------------------------------------------===//

#include "objects/StrFormat.h"

#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/Unicode.h"
#include "adder/support/Utf8.h"
#include "objects/Dict.h"
#include "objects/MethodHelpers.h"

namespace adder::rt {

Value asciiRepr(Value V) {
  Value R = repr(V);
  if (R == Error || asStr(R)->ascii)
    return R;
  Str *S = asStr(R);
  StrBuilder B;
  const char *P = S->data, *End = S->data + S->byteLength;
  while (P < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(P, End, CP, true);
    if (!N) {
      CP = uint8_t(*P);
      N = 1;
    }
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

namespace {

struct FormatContext {
  const Value *args;
  size_t argc;
  bool haveArgs;
  Value mapping; // Error: no keyword arguments
  enum { Init, Auto, Manual } numbering = Init;
  SWord nextField = 0;
};

/// get_integer: the decimal value of [P, End), -1 if it is not all
/// digits (or empty), -2 with ValueError on overflow.
SWord decimalIndex(const char *P, const char *End) {
  if (P >= End)
    return -1;
  SWord Acc = 0;
  while (P < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(P, End, CP, true);
    if (!N) {
      CP = uint8_t(*P);
      N = 1;
    }
    int D = unicode::decimalValue(CP);
    if (D < 0)
      return -1;
    if (Acc > (SmallIntMax - D) / 10) {
      raise(&adder_type_ValueError, "Too many decimal digits in format string");
      return -2;
    }
    Acc = Acc * 10 + D;
    P += N;
  }
  return Acc;
}

Value newStrRange(const char *P, const char *End) {
  if (P == End)
    return emptyStr();
  Str *S = strNew(P, size_t(End - P));
  return S ? fromObject(&S->header) : Error;
}

/// The object a field name designates (get_field_object).
ADDER_DYNAMIC_ATTRIBUTES
Value fieldObject(const char *P, const char *End, FormatContext &C) {
  const char *First = P;
  while (P < End && *P != '.' && *P != '[')
    ++P;
  SWord Index = decimalIndex(First, P);
  if (Index == -2)
    return Error;
  bool Empty = First == P;
  if (Empty || Index != -1) {
    if (C.numbering == FormatContext::Init)
      C.numbering = Empty ? FormatContext::Auto : FormatContext::Manual;
    if (C.numbering == FormatContext::Manual && Empty)
      return raise(&adder_type_ValueError,
                   "cannot switch from manual field specification to "
                   "automatic field numbering");
    if (C.numbering == FormatContext::Auto && !Empty)
      return raise(&adder_type_ValueError,
                   "cannot switch from automatic field numbering to manual "
                   "field specification");
    if (Empty)
      Index = C.nextField++;
  }
  Value Obj;
  if (Index == -1) {
    Value Key = newStrRange(First, P);
    if (Key == Error)
      return Error;
    if (C.mapping == Error)
      return raiseKeyError(Key);
    Obj = getItem(C.mapping, Key);
  } else {
    if (!C.haveArgs)
      return raise(&adder_type_ValueError,
                   "Format string contains positional fields");
    if (size_t(Index) >= C.argc)
      return raise(&adder_type_IndexError,
                   "Replacement index %zd out of range for positional args "
                   "tuple",
                   Index);
    Obj = C.args[Index];
  }
  // The rest: .attribute and [index] lookups.
  while (Obj != Error && P < End) {
    char Kind = *P++;
    const char *Name = P;
    if (Kind == '.') {
      while (P < End && *P != '.' && *P != '[')
        ++P;
    } else if (Kind == '[') {
      while (P < End && *P != ']')
        ++P;
      if (P >= End)
        return raise(&adder_type_ValueError, "Missing ']' in format string");
    } else {
      return raise(&adder_type_ValueError, "Only '.' or '[' may follow ']' in "
                                           "format field specifier");
    }
    const char *NameEnd = P;
    if (Kind == '[')
      ++P; // past ']'
    if (Name == NameEnd)
      return raise(&adder_type_ValueError, "Empty attribute in format string");
    Value NameStr = newStrRange(Name, NameEnd);
    if (NameStr == Error)
      return Error;
    if (Kind == '.') {
      Obj = getAttr(Obj, asStr(NameStr));
      continue;
    }
    SWord I = decimalIndex(Name, NameEnd);
    if (I == -2)
      return Error;
    Obj = getItem(Obj, I == -1 ? NameStr : makeSmallInt(I));
  }
  return Obj;
}

bool buildString(StrBuilder &Out, const char *P, const char *End,
                 FormatContext &C, int Depth);

/// Formats one replacement field (output_markup).
bool renderField(StrBuilder &Out, const char *Field, const char *FieldEnd,
                 char Conversion, const char *Spec, const char *SpecEnd,
                 bool SpecNeedsExpanding, FormatContext &C, int Depth) {
  Value Obj = fieldObject(Field, FieldEnd, C);
  if (Obj == Error)
    return false;
  switch (Conversion) {
  case 0:
    break;
  case 'r':
    Obj = repr(Obj);
    break;
  case 's':
    Obj = str(Obj);
    break;
  case 'a':
    Obj = asciiRepr(Obj);
    break;
  default:
    if (Conversion > 32 && Conversion < 127)
      raise(&adder_type_ValueError, "Unknown conversion specifier %c",
            Conversion);
    else
      raise(&adder_type_ValueError, "Unknown conversion specifier \\x%x",
            unsigned(uint8_t(Conversion)));
    return false;
  }
  if (Obj == Error)
    return false;
  Value SpecStr;
  if (SpecNeedsExpanding) {
    StrBuilder Nested;
    if (!buildString(Nested, Spec, SpecEnd, C, Depth - 1))
      return false;
    SpecStr = Nested.finish();
  } else {
    SpecStr = newStrRange(Spec, SpecEnd);
  }
  if (SpecStr == Error)
    return false;
  // The common case needs no formatting call.
  if (asStr(SpecStr)->byteLength == 0 && isObject(Obj) &&
      asObject(Obj)->type == &adder_type_str)
    return Out.append(asStr(Obj));
  Value R = adder_format_value(Obj, SpecStr);
  if (R == Error)
    return false;
  return Out.append(asStr(R));
}

/// build_string: literal text and fields until End.
bool buildString(StrBuilder &Out, const char *P, const char *End,
                 FormatContext &C, int Depth) {
  if (Depth <= 0) {
    raise(&adder_type_ValueError, "Max string recursion exceeded");
    return false;
  }
  while (P < End) {
    // Literal text up to a brace.
    const char *Start = P;
    char Ch = 0;
    bool Markup = false;
    while (P < End) {
      Ch = *P++;
      if (Ch == '{' || Ch == '}') {
        Markup = true;
        break;
      }
    }
    bool AtEnd = P >= End;
    size_t Len = size_t(P - Start);
    if (Markup && Ch == '}' && (AtEnd || *P != '}')) {
      raise(&adder_type_ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (Markup && AtEnd && Ch == '{') {
      raise(&adder_type_ValueError, "Single '{' encountered in format string");
      return false;
    }
    if (Markup) {
      if (*P == Ch) {
        ++P; // "{{" or "}}": the literal keeps one brace
        Markup = false;
      } else {
        --Len;
      }
    }
    if (Len && !Out.append(Start, Len))
      return false;
    if (!Markup)
      continue;
    // A field: name, then !conversion and :spec (parse_field).
    const char *Field = P;
    Ch = 0;
    while (P < End) {
      Ch = *P++;
      if (Ch == '{') {
        raise(&adder_type_ValueError, "unexpected '{' in field name");
        return false;
      }
      if (Ch == '[') {
        while (P < End && *P != ']')
          ++P;
        continue;
      }
      if (Ch == '}' || Ch == ':' || Ch == '!')
        break;
    }
    const char *FieldEnd = P - 1;
    char Conversion = 0;
    const char *Spec = P, *SpecEnd = P;
    bool SpecNeedsExpanding = false;
    if (Ch == '!' || Ch == ':') {
      bool HaveSpec = true;
      if (Ch == '!') {
        if (P >= End) {
          raise(&adder_type_ValueError,
                "end of string while looking for conversion specifier");
          return false;
        }
        Conversion = *P++;
        if (P < End) {
          char Next = *P++;
          if (Next == '}') {
            HaveSpec = false;
            Spec = SpecEnd = P;
          } else if (Next != ':') {
            raise(&adder_type_ValueError,
                  "expected ':' after conversion specifier");
            return false;
          }
        }
      }
      if (HaveSpec) {
        Spec = P;
        int Count = 1;
        bool Closed = false;
        while (P < End) {
          char S = *P++;
          if (S == '{') {
            SpecNeedsExpanding = true;
            ++Count;
          } else if (S == '}' && --Count == 0) {
            SpecEnd = P - 1;
            Closed = true;
            break;
          }
        }
        if (!Closed) {
          raise(&adder_type_ValueError, "unmatched '{' in format spec");
          return false;
        }
      }
    } else if (Ch != '}') {
      raise(&adder_type_ValueError, "expected '}' before end of string");
      return false;
    }
    if (!renderField(Out, Field, FieldEnd, Conversion, Spec, SpecEnd,
                     SpecNeedsExpanding, C, Depth))
      return false;
  }
  return true;
}

} // namespace

Value strFormat(Str *Format, const Value *Args, size_t Argc, bool HaveArgs,
                Value Mapping) {
  FormatContext C;
  C.args = Args;
  C.argc = Argc;
  C.haveArgs = HaveArgs;
  C.mapping = Mapping;
  StrBuilder Out;
  if (!buildString(Out, Format->data, Format->data + Format->byteLength, C, 2))
    return Error;
  return Out.finish();
}

Value strMethodFormat(const Value *Args, size_t Argc, Tuple *KwNames) {
  Value Mapping = Error;
  size_t NKw = keywordCount(KwNames);
  if (NKw) {
    Dict *D = dictNew();
    if (!D)
      return Error;
    for (size_t I = 0; I < NKw; ++I)
      if (dictSetItem(D, KwNames->items[I], Args[Argc + I]) < 0)
        return Error;
    Mapping = dictValue(D);
  }
  return strFormat(asStr(Args[0]), Args + 1, Argc - 1, true, Mapping);
}

Value strMethodFormatMap(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("str.format_map", Argc - 1, KwNames))
    return Error;
  return strFormat(asStr(Args[0]), nullptr, 0, false, Args[1]);
}

} // namespace adder::rt
