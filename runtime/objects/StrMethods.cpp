//===- StrMethods.cpp - the methods of str, slicing and iteration ---------===//
//
// Every str method CPython 3.11 has, except format/format_map (in
// StrFormat.cpp) and encode's codecs (Codecs.cpp). Strings are UTF-8, so
// substring search works on bytes (UTF-8 is self-synchronizing: a match of
// valid text always starts on a character boundary) and only the indices
// that Python sees are converted to and from code points. Methods that
// look at characters (case mapping, whitespace, slicing with a step)
// decode non-ASCII text once into a code-point array with the byte offset
// of each character; ASCII text is its own array.
//
// Case mapping uses the full Unicode mappings (ß.upper() is "SS") and the
// final-sigma rule of str.lower(), as CPython does.
//
//===----------------------------------------------------------------------===//

#include "objects/Str.h"

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/support/Unicode.h"
#include "adder/support/Utf8.h"
#include "objects/Bytes.h"
#include "objects/Dict.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/NumbersInternal.h"
#include "objects/StrFormat.h"
#include "objects/Iterators.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

/// First occurrence of Needle in Hay (byte offsets), or -1.
SWord findBytes(const char *Hay, size_t HN, const char *Needle, size_t NN) {
  if (NN == 0)
    return 0;
  if (NN > HN)
    return -1;
  const char *End = Hay + HN - NN + 1;
  for (const char *P = Hay; P < End;) {
    P = static_cast<const char *>(memchr(P, Needle[0], size_t(End - P)));
    if (!P)
      return -1;
    if (memcmp(P, Needle, NN) == 0)
      return P - Hay;
    ++P;
  }
  return -1;
}

namespace {

ADDER_INLINE Value strValue(Str *S) { return fromObject(&S->header); }

Value newStr(const char *P, size_t N) {
  if (N == 0)
    return emptyStr();
  Str *S = strNew(P, N);
  return S ? strValue(S) : Error;
}

ADDER_INLINE bool isExactStr(Value V) {
  return isObject(V) && asObject(V)->type == &adder_type_str;
}

/// The code points of a str with the byte offset of each (and of the end).
/// ASCII text is used in place; other text is decoded into a heap block
/// that the conservative stack scan keeps alive while this object lives.
class CodePoints {
public:
  bool init(const Str *S) {
    Data = S->data;
    Length = S->length;
    Ascii = S->ascii;
    if (Ascii)
      return true;
    Block = gcAllocUninitialized(&adder_type_byte_array,
                                 sizeof(Object) +
                                     (2 * size_t(Length) + 1) * sizeof(uint32_t));
    if (!Block)
      return false;
    Cps = reinterpret_cast<uint32_t *>(Block + 1);
    Offsets = Cps + Length;
    const char *P = Data, *End = Data + S->byteLength;
    for (size_t I = 0; I < Length; ++I) {
      Offsets[I] = uint32_t(P - Data);
      uint32_t CP;
      unsigned N = decodeUtf8(P, End, CP, /*AllowSurrogates=*/true);
      if (!N) {
        CP = uint8_t(*P);
        N = 1;
      }
      Cps[I] = CP;
      P += N;
    }
    Offsets[Length] = S->byteLength;
    return true;
  }
  size_t size() const { return Length; }
  uint32_t operator[](size_t I) const {
    return Ascii ? uint8_t(Data[I]) : Cps[I];
  }
  size_t offset(size_t I) const { return Ascii ? I : Offsets[I]; }
  const char *at(size_t I) const { return Data + offset(I); }
  /// The characters [B, E) as a new str.
  Value slice(size_t B, size_t E) const {
    return newStr(at(B), offset(E) - offset(B));
  }

private:
  const char *Data = nullptr;
  size_t Length = 0;
  bool Ascii = true;
  Object *Block = nullptr;
  uint32_t *Cps = nullptr;
  uint32_t *Offsets = nullptr;
};

/// The code-point index of byte offset Off in S.
SWord indexOfOffset(const Str *S, size_t Off) {
  if (S->ascii)
    return SWord(Off);
  return SWord(countCodePoints(S->data, S->data + Off));
}

/// A str argument, or null with TypeError "must be str, not int".
Str *strArg(Value V) {
  if (isStr(V))
    return asStr(V);
  raise(&adder_type_TypeError, "must be str, not %s", typeName(V));
  return nullptr;
}

/// The int value of an index-like argument, clamped to a word.
bool intArg(Value V, SWord *Out) {
  if (!isIndexable(V)) {
    raise(&adder_type_TypeError,
          "'%s' object cannot be interpreted as an integer", typeName(V));
    return false;
  }
  return indexAsSize(V, Out, SizeOverflow::Argument);
}

bool appendToList(List *L, const char *P, size_t N) {
  Value S = newStr(P, N);
  return S != Error && listAppend(L, S);
}

Value listValue(List *L) { return fromObject(&L->header); }

//===--- Byte-level search --------------------------------------------------===//

/// Last occurrence of Needle in Hay, or -1.
SWord rfindBytes(const char *Hay, size_t HN, const char *Needle, size_t NN) {
  if (NN > HN)
    return -1;
  for (size_t I = HN - NN + 1; I-- > 0;)
    if (Hay[I] == Needle[0] && memcmp(Hay + I, Needle, NN) == 0)
      return SWord(I);
  return -1;
}

/// Non-overlapping occurrences, at most MaxCount.
SWord countBytes(const char *Hay, size_t HN, const char *Needle, size_t NN,
                 SWord MaxCount) {
  SWord N = 0;
  size_t I = 0;
  while (N < MaxCount) {
    SWord F = findBytes(Hay + I, HN - I, Needle, NN);
    if (F < 0)
      break;
    ++N;
    I += size_t(F) + NN;
  }
  return N;
}

//===--- find, rfind, index, rindex, count ----------------------------------===//

/// The (sub[, start[, end]]) arguments of the search methods, resolved to
/// code-point bounds clamped to the string.
struct SearchArgs {
  Str *sub;
  SWord start, end;
};

bool parseSearchArgs(const char *Qualname, const Value *Args, size_t Argc,
                     Tuple *KwNames, SearchArgs &Out) {
  if (!checkTupleArgs(Qualname, Argc - 1, 1, 3, KwNames))
    return false;
  if (!(Out.sub = strArg(Args[1])))
    return false;
  Out.start = 0;
  Out.end = SmallIntMax;
  if (Argc > 2 && !parseSliceBound(Args[2], &Out.start))
    return false;
  if (Argc > 3 && !parseSliceBound(Args[3], &Out.end))
    return false;
  adjustIndices(Out.start, Out.end, asStr(Args[0])->length);
  return true;
}

/// find/rfind in code points: the index, -1 if absent.
SWord searchIndex(Str *S, const SearchArgs &A, bool Reverse) {
  if (A.end - A.start < SWord(A.sub->length))
    return -1;
  if (A.sub->length == 0)
    return Reverse ? A.end : A.start;
  size_t B = strByteOffset(S, size_t(A.start));
  size_t E = B + (S->ascii ? size_t(A.end - A.start)
                           : strByteOffset(S, size_t(A.end)) - B);
  SWord F = Reverse ? rfindBytes(S->data + B, E - B, A.sub->data,
                                 A.sub->byteLength)
                    : findBytes(S->data + B, E - B, A.sub->data,
                                A.sub->byteLength);
  if (F < 0)
    return -1;
  return A.start + indexOfOffset(S, B + size_t(F)) - indexOfOffset(S, B);
}

Value searchMethod(const Value *Args, size_t Argc, Tuple *KwNames,
                   const char *Qualname, bool Reverse, bool Raise) {
  SearchArgs A;
  if (!parseSearchArgs(Qualname, Args, Argc, KwNames, A))
    return Error;
  SWord I = searchIndex(asStr(Args[0]), A, Reverse);
  if (I < 0 && Raise)
    return raise(&adder_type_ValueError, "substring not found");
  return makeSmallInt(I);
}

Value methodFind(const Value *Args, size_t Argc, Tuple *KwNames) {
  return searchMethod(Args, Argc, KwNames, "str.find", false, false);
}
Value methodRFind(const Value *Args, size_t Argc, Tuple *KwNames) {
  return searchMethod(Args, Argc, KwNames, "str.rfind", true, false);
}
Value methodIndex(const Value *Args, size_t Argc, Tuple *KwNames) {
  return searchMethod(Args, Argc, KwNames, "str.index", false, true);
}
Value methodRIndex(const Value *Args, size_t Argc, Tuple *KwNames) {
  return searchMethod(Args, Argc, KwNames, "str.rindex", true, true);
}

Value methodCount(const Value *Args, size_t Argc, Tuple *KwNames) {
  SearchArgs A;
  if (!parseSearchArgs("str.count", Args, Argc, KwNames, A))
    return Error;
  Str *S = asStr(Args[0]);
  if (A.end - A.start < SWord(A.sub->length))
    return makeSmallInt(0);
  if (A.sub->length == 0)
    return makeSmallInt(A.end - A.start + 1);
  size_t B = strByteOffset(S, size_t(A.start));
  size_t E = strByteOffset(S, size_t(A.end));
  return makeSmallInt(countBytes(S->data + B, E - B, A.sub->data,
                                 A.sub->byteLength, SmallIntMax));
}

/// startswith/endswith: Prefix str or tuple of str, with bounds.
Value matchMethod(const Value *Args, size_t Argc, Tuple *KwNames,
                  const char *Qualname, const char *Name, bool AtEnd) {
  if (!checkTupleArgs(Qualname, Argc - 1, 1, 3, KwNames))
    return Error;
  Str *S = asStr(Args[0]);
  SWord Start = 0, End = SmallIntMax;
  if (Argc > 2 && !parseSliceBound(Args[2], &Start))
    return Error;
  if (Argc > 3 && !parseSliceBound(Args[3], &End))
    return Error;
  Value Pat = Args[1];
  const Value *Cands = &Pat;
  size_t NC = 1;
  if (isTuple(Pat)) {
    Cands = asTuple(Pat)->items;
    NC = asTuple(Pat)->size;
  } else if (!isStr(Pat)) {
    return raise(&adder_type_TypeError,
                 "%s first arg must be str or a tuple of str, not %s", Name,
                 typeName(Pat));
  }
  for (size_t I = 0; I < NC; ++I) {
    if (!isStr(Cands[I]))
      return raise(&adder_type_TypeError,
                   "tuple for %s must only contain str, not %s", Name,
                   typeName(Cands[I]));
    Str *P = asStr(Cands[I]);
    SWord St = Start, En = End;
    adjustIndices(St, En, S->length);
    En -= P->length;
    if (En < St)
      continue;
    if (P->length == 0)
      return boolValue(true);
    size_t Pos = strByteOffset(S, size_t(AtEnd ? En : St));
    if (Pos + P->byteLength <= S->byteLength &&
        memcmp(S->data + Pos, P->data, P->byteLength) == 0)
      return boolValue(true);
  }
  return boolValue(false);
}

Value methodStartsWith(const Value *Args, size_t Argc, Tuple *KwNames) {
  return matchMethod(Args, Argc, KwNames, "str.startswith", "startswith",
                     false);
}
Value methodEndsWith(const Value *Args, size_t Argc, Tuple *KwNames) {
  return matchMethod(Args, Argc, KwNames, "str.endswith", "endswith", true);
}

//===--- split, rsplit, splitlines, partition --------------------------------===//

bool parseSplitArgs(const char *Name, const Value *Args, size_t Argc,
                    Tuple *KwNames, Str **Sep, SWord *MaxSplit) {
  static const char *const Names[] = {"sep", "maxsplit"};
  Value Opt[2];
  if (!parseKeywordArgs(Name, Args + 1, Argc - 1, KwNames, Names, 2, 0, 0,
                        Opt))
    return false;
  *Sep = nullptr;
  *MaxSplit = -1;
  if (Opt[0] != Error && !isNone(Opt[0])) {
    if (!isStr(Opt[0])) {
      raise(&adder_type_TypeError, "must be str or None, not %s",
            typeName(Opt[0]));
      return false;
    }
    *Sep = asStr(Opt[0]);
    if ((*Sep)->length == 0) {
      raise(&adder_type_ValueError, "empty separator");
      return false;
    }
  }
  if (Opt[1] != Error && !intArg(Opt[1], MaxSplit))
    return false;
  if (*MaxSplit < 0)
    *MaxSplit = SmallIntMax;
  return true;
}

/// A str of N bytes of ASCII text (no code points to count).
Value newAsciiStr(const char *P, size_t N) {
  if (N <= 1)
    return N ? asciiCharStr(uint8_t(*P)) : emptyStr();
  Str *S = strAllocate(N, N, true);
  if (!S)
    return Error;
  memcpy(S->data, P, N);
  return strValue(S);
}

/// splitWhitespace of ASCII text, a byte at a time: the common case
/// (words of a line), with no code point decoding.
Value splitAsciiWhitespace(Str *S, SWord MaxCount) {
  List *L = listNew(0);
  if (!L)
    return Error;
  const char *P = S->data, *End = P + S->byteLength;
  auto Append = [&](const char *From, const char *To) {
    Value Piece = newAsciiStr(From, size_t(To - From));
    return Piece != Error && listAppend(L, Piece);
  };
  while (MaxCount-- > 0) {
    while (P < End && unicode::isAsciiSpace(uint8_t(*P)))
      ++P;
    if (P == End)
      break;
    const char *Word = P++;
    while (P < End && !unicode::isAsciiSpace(uint8_t(*P)))
      ++P;
    if (Word == S->data && P == End && isExactStr(strValue(S)))
      return listAppend(L, strValue(S)) ? listValue(L) : Error;
    if (!Append(Word, P))
      return Error;
  }
  while (P < End && unicode::isAsciiSpace(uint8_t(*P)))
    ++P;
  if (P != End && !Append(P, End))
    return Error;
  return listValue(L);
}

Value splitWhitespace(Str *S, SWord MaxCount) {
  if (S->ascii)
    return splitAsciiWhitespace(S, MaxCount);
  CodePoints C;
  if (!C.init(S))
    return Error;
  List *L = listNew(0);
  if (!L)
    return Error;
  size_t N = C.size(), I = 0;
  while (MaxCount-- > 0) {
    while (I < N && unicode::isSpace(C[I]))
      ++I;
    if (I == N)
      break;
    size_t J = I++;
    while (I < N && !unicode::isSpace(C[I]))
      ++I;
    if (J == 0 && I == N && isExactStr(strValue(S)))
      return listAppend(L, strValue(S)) ? listValue(L) : Error;
    if (!appendToList(L, C.at(J), C.offset(I) - C.offset(J)))
      return Error;
  }
  if (I < N) {
    while (I < N && unicode::isSpace(C[I]))
      ++I;
    if (I != N && !appendToList(L, C.at(I), C.offset(N) - C.offset(I)))
      return Error;
  }
  return listValue(L);
}

void reverseList(List *L) {
  for (uint32_t I = 0, J = L->size; I + 1 < J; ++I, --J)
    listSwapItems(L, I, J - 1);
}

Value rsplitWhitespace(Str *S, SWord MaxCount) {
  CodePoints C;
  if (!C.init(S))
    return Error;
  List *L = listNew(0);
  if (!L)
    return Error;
  SWord I = SWord(C.size()) - 1;
  while (MaxCount-- > 0) {
    while (I >= 0 && unicode::isSpace(C[size_t(I)]))
      --I;
    if (I < 0)
      break;
    SWord J = I--;
    while (I >= 0 && !unicode::isSpace(C[size_t(I)]))
      --I;
    if (!appendToList(L, C.at(size_t(I + 1)),
                      C.offset(size_t(J + 1)) - C.offset(size_t(I + 1))))
      return Error;
  }
  if (I >= 0) {
    while (I >= 0 && unicode::isSpace(C[size_t(I)]))
      --I;
    if (I >= 0 && !appendToList(L, C.at(0), C.offset(size_t(I + 1))))
      return Error;
  }
  reverseList(L);
  return listValue(L);
}

Value methodSplit(const Value *Args, size_t Argc, Tuple *KwNames) {
  Str *Sep;
  SWord MaxCount;
  if (!parseSplitArgs("split", Args, Argc, KwNames, &Sep, &MaxCount))
    return Error;
  Str *S = asStr(Args[0]);
  if (!Sep)
    return splitWhitespace(S, MaxCount);
  List *L = listNew(0);
  if (!L)
    return Error;
  size_t I = 0;
  while (MaxCount-- > 0) {
    SWord F = findBytes(S->data + I, S->byteLength - I, Sep->data,
                        Sep->byteLength);
    if (F < 0)
      break;
    if (!appendToList(L, S->data + I, size_t(F)))
      return Error;
    I += size_t(F) + Sep->byteLength;
  }
  if (I == 0 && isExactStr(Args[0]))
    return listAppend(L, Args[0]) ? listValue(L) : Error;
  if (!appendToList(L, S->data + I, S->byteLength - I))
    return Error;
  return listValue(L);
}

Value methodRSplit(const Value *Args, size_t Argc, Tuple *KwNames) {
  Str *Sep;
  SWord MaxCount;
  if (!parseSplitArgs("rsplit", Args, Argc, KwNames, &Sep, &MaxCount))
    return Error;
  Str *S = asStr(Args[0]);
  if (!Sep)
    return rsplitWhitespace(S, MaxCount);
  List *L = listNew(0);
  if (!L)
    return Error;
  size_t J = S->byteLength;
  while (MaxCount-- > 0) {
    SWord F = rfindBytes(S->data, J, Sep->data, Sep->byteLength);
    if (F < 0)
      break;
    size_t After = size_t(F) + Sep->byteLength;
    if (!appendToList(L, S->data + After, J - After))
      return Error;
    J = size_t(F);
  }
  if (J == S->byteLength && isExactStr(Args[0])) {
    if (!listAppend(L, Args[0]))
      return Error;
  } else if (!appendToList(L, S->data, J)) {
    return Error;
  }
  reverseList(L);
  return listValue(L);
}

Value methodSplitLines(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"keepends"};
  Value Opt[1];
  if (!parseKeywordArgs("splitlines", Args + 1, Argc - 1, KwNames, Names, 1, 0,
                        0, Opt))
    return Error;
  bool KeepEnds = false;
  if (Opt[0] != Error) {
    if (!isInt(Opt[0]))
      return raise(&adder_type_TypeError,
                   "'%s' object cannot be interpreted as an integer",
                   typeName(Opt[0]));
    KeepEnds = adder_int_bool(index(Opt[0]));
  }
  Str *S = asStr(Args[0]);
  CodePoints C;
  if (!C.init(S))
    return Error;
  List *L = listNew(0);
  if (!L)
    return Error;
  size_t N = C.size(), I = 0, J = 0;
  while (I < N) {
    while (I < N && !unicode::isLineBreak(C[I]))
      ++I;
    size_t Eol = I;
    if (I < N) {
      if (C[I] == '\r' && I + 1 < N && C[I + 1] == '\n')
        I += 2;
      else
        ++I;
      if (KeepEnds)
        Eol = I;
    }
    if (J == 0 && Eol == N && isExactStr(Args[0]))
      return listAppend(L, Args[0]) ? listValue(L) : Error;
    if (!appendToList(L, C.at(J), C.offset(Eol) - C.offset(J)))
      return Error;
    J = I;
  }
  return listValue(L);
}

Value partitionImpl(const Value *Args, size_t Argc, Tuple *KwNames,
                    bool Reverse) {
  if (!checkOneArg(Reverse ? "str.rpartition" : "str.partition", Argc - 1,
                   KwNames))
    return Error;
  Str *S = asStr(Args[0]);
  Str *Sep = strArg(Args[1]);
  if (!Sep)
    return Error;
  if (Sep->length == 0)
    return raise(&adder_type_ValueError, "empty separator");
  SWord F = Reverse
                ? rfindBytes(S->data, S->byteLength, Sep->data, Sep->byteLength)
                : findBytes(S->data, S->byteLength, Sep->data, Sep->byteLength);
  Value Parts[3];
  if (F < 0) {
    Parts[0] = Reverse ? emptyStr() : Args[0];
    Parts[1] = emptyStr();
    Parts[2] = Reverse ? Args[0] : emptyStr();
  } else {
    Parts[0] = newStr(S->data, size_t(F));
    Parts[1] = Args[1];
    size_t After = size_t(F) + Sep->byteLength;
    Parts[2] = newStr(S->data + After, S->byteLength - After);
    if (Parts[0] == Error || Parts[2] == Error)
      return Error;
  }
  Tuple *T = tupleNew(Parts, 3);
  return T ? tupleValue(T) : Error;
}

Value methodPartition(const Value *Args, size_t Argc, Tuple *KwNames) {
  return partitionImpl(Args, Argc, KwNames, false);
}
Value methodRPartition(const Value *Args, size_t Argc, Tuple *KwNames) {
  return partitionImpl(Args, Argc, KwNames, true);
}

//===--- join, replace, strip ---------------------------------------------===//

Value methodJoin(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("str.join", Argc - 1, KwNames))
    return Error;
  Str *Sep = asStr(Args[0]);
  Value Seq = Args[1];
  const Value *Items;
  size_t N;
  if (!isList(Seq) && !isTuple(Seq)) {
    Value It = getIter(Seq);
    if (It == Error) {
      if (pendingExceptionMatches(&adder_type_TypeError)) {
        clearPendingException();
        raise(&adder_type_TypeError, "can only join an iterable");
      }
      return Error;
    }
    if ((Seq = listFromIterable(It)) == Error)
      return Error;
  }
  if (isList(Seq)) {
    if (!(Items = listValuesForRead(asList(Seq))))
      return Error;
    N = asList(Seq)->size;
  } else {
    Items = asTuple(Seq)->items;
    N = asTuple(Seq)->size;
  }
  if (N == 0)
    return emptyStr();
  if (N == 1 && isExactStr(Items[0]))
    return Items[0];
  uint64_t Bytes = uint64_t(Sep->byteLength) * (N - 1);
  uint64_t Length = uint64_t(Sep->length) * (N - 1);
  bool Ascii = Sep->ascii;
  for (size_t I = 0; I < N; ++I) {
    if (!isStr(Items[I]))
      return raise(&adder_type_TypeError,
                   "sequence item %zu: expected str instance, %s found", I,
                   typeName(Items[I]));
    Str *P = asStr(Items[I]);
    Bytes += P->byteLength;
    Length += P->length;
    Ascii = Ascii && P->ascii;
  }
  if (Bytes >= 0xFFFFFFF0u)
    return raiseMemoryError();
  Str *R = strAllocate(size_t(Bytes), size_t(Length), Ascii);
  if (!R)
    return Error;
  char *Out = R->data;
  for (size_t I = 0; I < N; ++I) {
    if (I) {
      memcpy(Out, Sep->data, Sep->byteLength);
      Out += Sep->byteLength;
    }
    Str *P = asStr(Items[I]);
    memcpy(Out, P->data, P->byteLength);
    Out += P->byteLength;
  }
  return strValue(R);
}

Value methodReplace(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("str.replace", Argc - 1, 2, 3, KwNames))
    return Error;
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "replace() argument 1 must be str, not %s", typeName(Args[1]));
  if (!isStr(Args[2]))
    return raise(&adder_type_TypeError,
                 "replace() argument 2 must be str, not %s", typeName(Args[2]));
  SWord MaxCount = -1;
  if (Argc > 3 && !intArg(Args[3], &MaxCount))
    return Error;
  if (MaxCount < 0)
    MaxCount = SmallIntMax;
  Str *S = asStr(Args[0]), *Old = asStr(Args[1]), *New = asStr(Args[2]);
  if (MaxCount == 0)
    return strStr(Args[0]);
  StrBuilder B;
  if (Old->byteLength == 0) {
    // Insert New before every character (and at the end), Count times.
    CodePoints C;
    if (!C.init(S))
      return Error;
    size_t N = C.size();
    SWord Done = 0;
    for (size_t I = 0; I <= N; ++I) {
      if (Done < MaxCount) {
        B.append(New);
        ++Done;
      }
      if (I < N)
        B.append(C.at(I), C.offset(I + 1) - C.offset(I));
    }
    return B.finish();
  }
  SWord Count = countBytes(S->data, S->byteLength, Old->data, Old->byteLength,
                           MaxCount);
  if (Count == 0)
    return strStr(Args[0]);
  size_t I = 0;
  for (SWord K = 0; K < Count; ++K) {
    SWord F = findBytes(S->data + I, S->byteLength - I, Old->data,
                        Old->byteLength);
    B.append(S->data + I, size_t(F));
    B.append(New);
    I += size_t(F) + Old->byteLength;
  }
  B.append(S->data + I, S->byteLength - I);
  return B.finish();
}

enum StripSide { StripLeft = 1, StripRight = 2, StripBoth = 3 };

Value stripImpl(const Value *Args, size_t Argc, Tuple *KwNames,
                const char *Qualname, const char *Name, int Side) {
  if (!checkArgRange(Qualname, Argc - 1, 0, 1, KwNames))
    return Error;
  Str *S = asStr(Args[0]);
  Str *Chars = nullptr;
  if (Argc > 1 && !isNone(Args[1])) {
    if (!isStr(Args[1]))
      return raise(&adder_type_TypeError, "%s arg must be None or str", Name);
    Chars = asStr(Args[1]);
  }
  if (S->ascii && (!Chars || Chars->ascii)) {
    // Bytes are code points: no decoding, and the piece is ASCII too.
    auto Strippable = [&](uint8_t B) {
      return Chars ? memchr(Chars->data, B, Chars->byteLength) != nullptr
                   : unicode::isAsciiSpace(B);
    };
    size_t I = 0, J = S->byteLength;
    if (Side & StripLeft)
      while (I < J && Strippable(uint8_t(S->data[I])))
        ++I;
    if (Side & StripRight)
      while (J > I && Strippable(uint8_t(S->data[J - 1])))
        --J;
    if (I == 0 && J == S->byteLength && isExactStr(Args[0]))
      return Args[0];
    return newAsciiStr(S->data + I, J - I);
  }
  CodePoints C, Set;
  if (!C.init(S) || (Chars && !Set.init(Chars)))
    return Error;
  auto Strippable = [&](uint32_t CP) {
    if (!Chars)
      return unicode::isSpace(CP);
    for (size_t K = 0; K < Set.size(); ++K)
      if (Set[K] == CP)
        return true;
    return false;
  };
  size_t I = 0, J = C.size();
  if (Side & StripLeft)
    while (I < J && Strippable(C[I]))
      ++I;
  if (Side & StripRight)
    while (J > I && Strippable(C[J - 1]))
      --J;
  if (I == 0 && J == C.size() && isExactStr(Args[0]))
    return Args[0];
  return C.slice(I, J);
}

Value methodStrip(const Value *Args, size_t Argc, Tuple *KwNames) {
  return stripImpl(Args, Argc, KwNames, "str.strip", "strip", StripBoth);
}
Value methodLStrip(const Value *Args, size_t Argc, Tuple *KwNames) {
  return stripImpl(Args, Argc, KwNames, "str.lstrip", "lstrip", StripLeft);
}
Value methodRStrip(const Value *Args, size_t Argc, Tuple *KwNames) {
  return stripImpl(Args, Argc, KwNames, "str.rstrip", "rstrip", StripRight);
}

Value affixImpl(const Value *Args, size_t Argc, Tuple *KwNames, bool Suffix) {
  if (!checkOneArg(Suffix ? "str.removesuffix" : "str.removeprefix", Argc - 1,
                   KwNames))
    return Error;
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError, "%s() argument must be str, not %s",
                 Suffix ? "removesuffix" : "removeprefix", typeName(Args[1]));
  Str *S = asStr(Args[0]), *A = asStr(Args[1]);
  if (A->byteLength && A->byteLength <= S->byteLength) {
    size_t Pos = Suffix ? S->byteLength - A->byteLength : 0;
    if (memcmp(S->data + Pos, A->data, A->byteLength) == 0)
      return Suffix ? newStr(S->data, Pos)
                    : newStr(S->data + A->byteLength,
                             S->byteLength - A->byteLength);
  }
  if (isExactStr(Args[0]))
    return Args[0];
  return newStr(S->data, S->byteLength);
}

Value methodRemovePrefix(const Value *Args, size_t Argc, Tuple *KwNames) {
  return affixImpl(Args, Argc, KwNames, false);
}
Value methodRemoveSuffix(const Value *Args, size_t Argc, Tuple *KwNames) {
  return affixImpl(Args, Argc, KwNames, true);
}

//===--- Case mapping -----------------------------------------------------===//

/// The final-sigma rule of str.lower(): capital sigma at I becomes final
/// sigma after a cased letter (skipping case-ignorables) when no cased
/// letter follows (handle_capital_sigma).
uint32_t lowerSigma(const CodePoints &C, size_t I) {
  SWord J = SWord(I) - 1;
  uint32_t CP = 0;
  while (J >= 0) {
    CP = C[size_t(J)];
    if (!unicode::isCaseIgnorable(CP))
      break;
    --J;
  }
  bool Final = J >= 0 && unicode::isCased(CP);
  if (Final && I + 1 < C.size()) {
    size_t K = I + 1;
    for (; K < C.size(); ++K) {
      CP = C[K];
      if (!unicode::isCaseIgnorable(CP))
        break;
    }
    Final = K == C.size() || !unicode::isCased(CP);
  }
  return Final ? 0x3C2 : 0x3C3;
}

/// lower_ucs4: the lowercase of C[I] in context.
unsigned lowerAt(const CodePoints &C, size_t I, uint32_t *Out) {
  if (C[I] == 0x3A3) {
    Out[0] = lowerSigma(C, I);
    return 1;
  }
  return unicode::toLowerFull(C[I], Out);
}

enum class CaseOp { Lower, Upper, Casefold, Swapcase, Title, Capitalize };

ADDER_INLINE bool asciiUpper(char C) { return C >= 'A' && C <= 'Z'; }
ADDER_INLINE bool asciiLower(char C) { return C >= 'a' && C <= 'z'; }

Value asciiCase(Str *S, CaseOp Op) {
  Str *R = strAllocate(S->byteLength, S->length, true);
  if (!R)
    return Error;
  bool PrevCased = false;
  for (size_t I = 0; I < S->byteLength; ++I) {
    char C = S->data[I];
    bool Upper = asciiUpper(C), Lower = asciiLower(C);
    bool ToUpper = false, ToLower = false;
    switch (Op) {
    case CaseOp::Lower:
    case CaseOp::Casefold:
      ToLower = true;
      break;
    case CaseOp::Upper:
      ToUpper = true;
      break;
    case CaseOp::Swapcase:
      ToLower = Upper;
      ToUpper = Lower;
      break;
    case CaseOp::Title:
      ToLower = PrevCased;
      ToUpper = !PrevCased;
      PrevCased = Upper || Lower;
      break;
    case CaseOp::Capitalize:
      ToUpper = I == 0;
      ToLower = I != 0;
      break;
    }
    if (ToUpper && Lower)
      C = char(C - 32);
    else if (ToLower && Upper)
      C = char(C + 32);
    R->data[I] = C;
  }
  return strValue(R);
}

Value convertCase(Str *S, CaseOp Op) {
  if (S->ascii)
    return asciiCase(S, Op);
  CodePoints C;
  if (!C.init(S))
    return Error;
  StrBuilder B;
  bool PrevCased = false;
  uint32_t Mapped[unicode::MaxCaseMappingLength];
  for (size_t I = 0; I < C.size(); ++I) {
    uint32_t CP = C[I];
    unsigned N = 1;
    Mapped[0] = CP;
    switch (Op) {
    case CaseOp::Lower:
      N = lowerAt(C, I, Mapped);
      break;
    case CaseOp::Upper:
      N = unicode::toUpperFull(CP, Mapped);
      break;
    case CaseOp::Casefold:
      N = unicode::toFoldFull(CP, Mapped);
      break;
    case CaseOp::Swapcase:
      if (unicode::isUpper(CP))
        N = lowerAt(C, I, Mapped);
      else if (unicode::isLower(CP))
        N = unicode::toUpperFull(CP, Mapped);
      break;
    case CaseOp::Title:
      N = PrevCased ? lowerAt(C, I, Mapped) : unicode::toTitleFull(CP, Mapped);
      PrevCased = unicode::isCased(CP);
      break;
    case CaseOp::Capitalize:
      N = I == 0 ? unicode::toTitleFull(CP, Mapped) : lowerAt(C, I, Mapped);
      break;
    }
    for (unsigned K = 0; K < N; ++K)
      B.appendChar(Mapped[K]);
  }
  return B.finish();
}

#define ADDER_CASE_METHOD(Fn, Qual, Op)                                        \
  Value Fn(const Value *Args, size_t Argc, Tuple *KwNames) {                   \
    if (!checkNoArgs(Qual, Argc - 1, KwNames))                                 \
      return Error;                                                            \
    return convertCase(asStr(Args[0]), Op);                                    \
  }
ADDER_CASE_METHOD(methodLower, "str.lower", CaseOp::Lower)
ADDER_CASE_METHOD(methodUpper, "str.upper", CaseOp::Upper)
ADDER_CASE_METHOD(methodCasefold, "str.casefold", CaseOp::Casefold)
ADDER_CASE_METHOD(methodSwapcase, "str.swapcase", CaseOp::Swapcase)
ADDER_CASE_METHOD(methodTitle, "str.title", CaseOp::Title)
ADDER_CASE_METHOD(methodCapitalize, "str.capitalize", CaseOp::Capitalize)
#undef ADDER_CASE_METHOD

//===--- Predicates -------------------------------------------------------===//

/// True if every character satisfies Pred (false for the empty string).
template <class Pred> Value allChars(Str *S, Pred P) {
  if (S->length == 0)
    return boolValue(false);
  const char *Q = S->data, *End = S->data + S->byteLength;
  while (Q < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(Q, End, CP, true);
    if (!N) {
      CP = uint8_t(*Q);
      N = 1;
    }
    if (!P(CP))
      return boolValue(false);
    Q += N;
  }
  return boolValue(true);
}

#define ADDER_PREDICATE(Fn, Qual, Pred)                                        \
  Value Fn(const Value *Args, size_t Argc, Tuple *KwNames) {                   \
    if (!checkNoArgs(Qual, Argc - 1, KwNames))                                 \
      return Error;                                                            \
    return allChars(asStr(Args[0]), [](uint32_t CP) { return Pred(CP); });     \
  }
ADDER_PREDICATE(methodIsAlnum, "str.isalnum", unicode::isAlnum)
ADDER_PREDICATE(methodIsAlpha, "str.isalpha", unicode::isAlpha)
ADDER_PREDICATE(methodIsDecimal, "str.isdecimal", unicode::isDecimal)
ADDER_PREDICATE(methodIsDigit, "str.isdigit", unicode::isDigit)
ADDER_PREDICATE(methodIsNumeric, "str.isnumeric", unicode::isNumeric)
ADDER_PREDICATE(methodIsSpace, "str.isspace", unicode::isSpace)
#undef ADDER_PREDICATE

Value methodIsPrintable(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("str.isprintable", Argc - 1, KwNames))
    return Error;
  Str *S = asStr(Args[0]);
  if (S->length == 0)
    return boolValue(true);
  return allChars(S, [](uint32_t CP) { return unicode::isPrintable(CP); });
}

Value methodIsAscii(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("str.isascii", Argc - 1, KwNames))
    return Error;
  return boolValue(asStr(Args[0])->ascii);
}

/// isupper/islower: some cased character and none of the other case.
Value caseCheck(Str *S, bool Upper) {
  bool Cased = false;
  const char *Q = S->data, *End = S->data + S->byteLength;
  while (Q < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(Q, End, CP, true);
    if (!N) {
      CP = uint8_t(*Q);
      N = 1;
    }
    Q += N;
    bool Wrong = Upper ? unicode::isLower(CP) : unicode::isUpper(CP);
    if (Wrong || unicode::isTitle(CP))
      return boolValue(false);
    if (Upper ? unicode::isUpper(CP) : unicode::isLower(CP))
      Cased = true;
  }
  return boolValue(Cased);
}

Value methodIsUpper(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("str.isupper", Argc - 1, KwNames))
    return Error;
  return caseCheck(asStr(Args[0]), true);
}

Value methodIsLower(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("str.islower", Argc - 1, KwNames))
    return Error;
  return caseCheck(asStr(Args[0]), false);
}

Value methodIsTitle(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("str.istitle", Argc - 1, KwNames))
    return Error;
  Str *S = asStr(Args[0]);
  bool Cased = false, PrevCased = false;
  const char *Q = S->data, *End = S->data + S->byteLength;
  while (Q < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(Q, End, CP, true);
    if (!N) {
      CP = uint8_t(*Q);
      N = 1;
    }
    Q += N;
    if (unicode::isUpper(CP) || unicode::isTitle(CP)) {
      if (PrevCased)
        return boolValue(false);
      PrevCased = Cased = true;
    } else if (unicode::isLower(CP)) {
      if (!PrevCased)
        return boolValue(false);
      PrevCased = Cased = true;
    } else {
      PrevCased = false;
    }
  }
  return boolValue(Cased);
}

Value methodIsIdentifier(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("str.isidentifier", Argc - 1, KwNames))
    return Error;
  Str *S = asStr(Args[0]);
  const char *Q = S->data, *End = S->data + S->byteLength;
  bool First = true;
  if (Q == End)
    return boolValue(false);
  while (Q < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(Q, End, CP, true);
    if (!N) {
      CP = uint8_t(*Q);
      N = 1;
    }
    Q += N;
    if (First ? !unicode::isXidStart(CP) : !unicode::isXidContinue(CP))
      return boolValue(false);
    First = false;
  }
  return boolValue(true);
}

//===--- Padding ----------------------------------------------------------===//

/// Self with Left and Right copies of Fill around it.
Value pad(Value Self, SWord Left, SWord Right, uint32_t Fill) {
  if (Left < 0)
    Left = 0;
  if (Right < 0)
    Right = 0;
  if (Left == 0 && Right == 0 && isExactStr(Self))
    return Self;
  Str *S = asStr(Self);
  StrBuilder B;
  char Enc[4];
  unsigned FN = encodeUtf8(Fill, Enc);
  if (FN == 1) {
    B.appendRepeated(Enc[0], size_t(Left));
    B.append(S);
    B.appendRepeated(Enc[0], size_t(Right));
  } else {
    for (SWord I = 0; I < Left; ++I)
      B.append(Enc, FN);
    B.append(S);
    for (SWord I = 0; I < Right; ++I)
      B.append(Enc, FN);
  }
  return B.finish();
}

bool parseWidthFill(const char *Qualname, const Value *Args, size_t Argc,
                    Tuple *KwNames, SWord *Width, uint32_t *Fill) {
  if (!checkArgRange(Qualname, Argc - 1, 1, 2, KwNames))
    return false;
  if (!intArg(Args[1], Width))
    return false;
  *Fill = ' ';
  if (Argc > 2) {
    if (!isStr(Args[2])) {
      raise(&adder_type_TypeError,
            "The fill character must be a unicode character, not %s",
            typeName(Args[2]));
      return false;
    }
    Str *F = asStr(Args[2]);
    if (F->length != 1) {
      raise(&adder_type_TypeError,
            "The fill character must be exactly one character long");
      return false;
    }
    uint32_t CP;
    if (!decodeUtf8(F->data, F->data + F->byteLength, CP, true))
      CP = uint8_t(F->data[0]);
    *Fill = CP;
  }
  return true;
}

Value methodCenter(const Value *Args, size_t Argc, Tuple *KwNames) {
  SWord Width;
  uint32_t Fill;
  if (!parseWidthFill("str.center", Args, Argc, KwNames, &Width, &Fill))
    return Error;
  SWord Len = asStr(Args[0])->length;
  if (Width <= Len)
    return pad(Args[0], 0, 0, Fill);
  SWord Marg = Width - Len;
  SWord Left = Marg / 2 + (Marg & Width & 1);
  return pad(Args[0], Left, Marg - Left, Fill);
}

Value methodLJust(const Value *Args, size_t Argc, Tuple *KwNames) {
  SWord Width;
  uint32_t Fill;
  if (!parseWidthFill("str.ljust", Args, Argc, KwNames, &Width, &Fill))
    return Error;
  return pad(Args[0], 0, Width - SWord(asStr(Args[0])->length), Fill);
}

Value methodRJust(const Value *Args, size_t Argc, Tuple *KwNames) {
  SWord Width;
  uint32_t Fill;
  if (!parseWidthFill("str.rjust", Args, Argc, KwNames, &Width, &Fill))
    return Error;
  return pad(Args[0], Width - SWord(asStr(Args[0])->length), 0, Fill);
}

Value methodZFill(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("str.zfill", Argc - 1, KwNames))
    return Error;
  SWord Width;
  if (!intArg(Args[1], &Width))
    return Error;
  Str *S = asStr(Args[0]);
  if (Width <= SWord(S->length))
    return pad(Args[0], 0, 0, ' ');
  SWord Fill = Width - S->length;
  Value R = pad(Args[0], Fill, 0, '0');
  if (R == Error)
    return Error;
  Str *T = asStr(R);
  char C = T->data[Fill];
  if (C == '+' || C == '-') {
    T->data[0] = C;
    T->data[Fill] = '0';
  }
  return R;
}

Value methodExpandTabs(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"tabsize"};
  Value Opt[1];
  if (!parseKeywordArgs("expandtabs", Args + 1, Argc - 1, KwNames, Names, 1, 0,
                        0, Opt))
    return Error;
  SWord TabSize = 8;
  if (Opt[0] != Error && !intArg(Opt[0], &TabSize))
    return Error;
  Str *S = asStr(Args[0]);
  if (!memchr(S->data, '\t', S->byteLength))
    return pad(Args[0], 0, 0, ' ');
  StrBuilder B;
  SWord Column = 0;
  const char *Q = S->data, *End = S->data + S->byteLength;
  while (Q < End) {
    char C = *Q;
    if (C == '\t') {
      if (TabSize > 0) {
        SWord Incr = TabSize - (Column % TabSize);
        Column += Incr;
        B.appendRepeated(' ', size_t(Incr));
      }
      ++Q;
      continue;
    }
    // One character (all its bytes) advances the column by one.
    const char *Next = Q + 1;
    while (Next < End && (uint8_t(*Next) & 0xC0) == 0x80)
      ++Next;
    B.append(Q, size_t(Next - Q));
    ++Column;
    if (C == '\n' || C == '\r')
      Column = 0;
    Q = Next;
  }
  return B.finish();
}

//===--- translate, maketrans, encode -------------------------------------===//

Value methodTranslate(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("str.translate", Argc - 1, KwNames))
    return Error;
  Str *S = asStr(Args[0]);
  Value Table = Args[1];
  StrBuilder B;
  const char *Q = S->data, *End = S->data + S->byteLength;
  while (Q < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(Q, End, CP, true);
    if (!N) {
      CP = uint8_t(*Q);
      N = 1;
    }
    Value M = getItem(Table, makeSmallInt(CP));
    if (M == Error) {
      if (!pendingExceptionMatches(&adder_type_LookupError))
        return Error;
      clearPendingException();
      B.append(Q, N);
    } else if (isNone(M)) {
      // Deleted.
    } else if (isInt(M)) {
      int64_t V;
      if (!adder_int_to_i64(index(M), &V) || V < 0 || V > 0x10FFFF)
        return raise(&adder_type_ValueError,
                     "character mapping must be in range(0x110000)");
      B.appendChar(uint32_t(V));
    } else if (isStr(M)) {
      B.append(asStr(M));
    } else {
      return raise(&adder_type_TypeError,
                   "character mapping must return integer, None or str");
    }
    Q += N;
  }
  return B.finish();
}

/// str.maketrans(x[, y[, z]]), a static method: Args are the arguments.
Value methodMakeTrans(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("str.maketrans", Argc, 1, 3, KwNames))
    return Error;
  Dict *D = dictNew();
  if (!D)
    return Error;
  if (Argc == 1) {
    if (!isObject(Args[0]) || typeOf(Args[0]) != &adder_type_dict)
      return raise(&adder_type_TypeError, "if you give only one argument to "
                                          "maketrans it must be a dict");
    uint32_t Pos = 0;
    Value Key, Item;
    while (dictNext(asDict(Args[0]), &Pos, &Key, &Item)) {
      if (isStr(Key)) {
        Str *K = asStr(Key);
        if (K->length != 1)
          return raise(&adder_type_ValueError,
                       "string keys in translate table must be of length 1");
        uint32_t CP;
        if (!decodeUtf8(K->data, K->data + K->byteLength, CP, true))
          CP = uint8_t(K->data[0]);
        Key = makeSmallInt(CP);
      } else if (!isInt(Key)) {
        return raise(&adder_type_TypeError,
                     "keys in translate table must be strings or integers");
      }
      if (dictSetItem(D, Key, Item) < 0)
        return Error;
    }
    return dictValue(D);
  }
  if (!isStr(Args[0]))
    return raise(&adder_type_TypeError, "first maketrans argument must be a "
                                        "string if there is a second argument");
  if (!isStr(Args[1]))
    return raise(&adder_type_TypeError,
                 "maketrans() argument 2 must be str, not %s",
                 typeName(Args[1]));
  if (Argc > 2 && !isStr(Args[2]))
    return raise(&adder_type_TypeError,
                 "maketrans() argument 3 must be str, not %s",
                 typeName(Args[2]));
  CodePoints X, Y;
  if (!X.init(asStr(Args[0])) || !Y.init(asStr(Args[1])))
    return Error;
  if (X.size() != Y.size())
    return raise(&adder_type_ValueError,
                 "the first two maketrans arguments must have equal length");
  for (size_t I = 0; I < X.size(); ++I)
    if (dictSetItem(D, makeSmallInt(X[I]), makeSmallInt(Y[I])) < 0)
      return Error;
  if (Argc > 2) {
    CodePoints Z;
    if (!Z.init(asStr(Args[2])))
      return Error;
    for (size_t I = 0; I < Z.size(); ++I)
      if (dictSetItem(D, makeSmallInt(Z[I]), none()) < 0)
        return Error;
  }
  return dictValue(D);
}

Value methodEncode(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"encoding", "errors"};
  Value Opt[2];
  if (!parseKeywordArgs("encode", Args + 1, Argc - 1, KwNames, Names, 2, 0, 0,
                        Opt))
    return Error;
  for (unsigned I = 0; I < 2; ++I)
    if (Opt[I] != Error && !isStr(Opt[I]))
      return raise(&adder_type_TypeError,
                   "encode() argument '%s' must be str, not %s", Names[I],
                   typeName(Opt[I]));
  return strEncode(asStr(Args[0]), Opt[0], Opt[1]);
}

} // namespace

//===----------------------------------------------------------------------===//
// Slicing and iteration (declared in objects/Str.h)
//===----------------------------------------------------------------------===//

Value strSlice(Str *S, Value SliceV) {
  SWord Start, Stop, Step;
  SWord N = sliceIndices(SliceV, S->length, &Start, &Stop, &Step);
  if (N < 0)
    return Error;
  if (N == 0)
    return emptyStr();
  if (Step == 1)
    return strSubstring(S, size_t(Start), size_t(Start + N));
  if (S->ascii) {
    if (N == 1)
      return asciiCharStr(uint8_t(S->data[Start]));
    Str *R = strAllocate(size_t(N), size_t(N), true);
    if (!R)
      return Error;
    for (SWord I = 0, J = Start; I < N; ++I, J += Step)
      R->data[I] = S->data[J];
    return strValue(R);
  }
  CodePoints C;
  if (!C.init(S))
    return Error;
  StrBuilder B;
  for (SWord I = 0, J = Start; I < N; ++I, J += Step)
    B.append(C.at(size_t(J)), C.offset(size_t(J) + 1) - C.offset(size_t(J)));
  return B.finish();
}

namespace {

void traceStrIter(Object *O, Tracer &T) {
  T(&reinterpret_cast<StrIter *>(O)->str);
}

Value strIterNext(Value Self) {
  auto *It = reinterpret_cast<StrIter *>(asObject(Self));
  if (It->str == Error)
    return Error;
  Str *S = asStr(It->str);
  if (It->next >= S->byteLength) {
    It->str = Error;
    return Error;
  }
  const char *P = S->data + It->next;
  if (uint8_t(*P) < 0x80) {
    ++It->next;
    return asciiCharStr(uint8_t(*P));
  }
  unsigned N = 1;
  while (It->next + N < S->byteLength && (uint8_t(P[N]) & 0xC0) == 0x80)
    ++N;
  It->next += N;
  return newStr(P, N);
}

} // namespace

extern "C" const Type adder_type_str_ascii_iterator = {
    .header = {&adder_type_type},
    .name = "str_ascii_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(StrIter),
    .trace = traceStrIter,
    .iter = iterSelf,
    .next = strIterNext};

extern "C" const Type adder_type_str_iterator = {
    .header = {&adder_type_type},
    .name = "str_iterator",
    .base = &adder_type_object,
    .instanceSize = sizeof(StrIter),
    .trace = traceStrIter,
    .iter = iterSelf,
    .next = strIterNext};

Value strIter(Value Self) {
  const Type *T = asStr(Self)->ascii ? &adder_type_str_ascii_iterator
                                     : &adder_type_str_iterator;
  auto *It = reinterpret_cast<StrIter *>(gcAlloc(T, sizeof(StrIter)));
  if (!It)
    return Error;
  It->str = Self;
  return fromObject(&It->header);
}

//===----------------------------------------------------------------------===//
// The method table
//===----------------------------------------------------------------------===//

extern const MethodDef StrMethods[] = {
    {"__format__", num::formatMethod<2>, MethodKind::Method},
    {"capitalize", methodCapitalize, MethodKind::Method},
    {"casefold", methodCasefold, MethodKind::Method},
    {"center", methodCenter, MethodKind::Method},
    {"count", methodCount, MethodKind::Method},
    {"encode", methodEncode, MethodKind::Method},
    {"endswith", methodEndsWith, MethodKind::Method},
    {"expandtabs", methodExpandTabs, MethodKind::Method},
    {"find", methodFind, MethodKind::Method},
    {"format", strMethodFormat, MethodKind::Method},
    {"format_map", strMethodFormatMap, MethodKind::Method},
    {"index", methodIndex, MethodKind::Method},
    {"isalnum", methodIsAlnum, MethodKind::Method},
    {"isalpha", methodIsAlpha, MethodKind::Method},
    {"isascii", methodIsAscii, MethodKind::Method},
    {"isdecimal", methodIsDecimal, MethodKind::Method},
    {"isdigit", methodIsDigit, MethodKind::Method},
    {"isidentifier", methodIsIdentifier, MethodKind::Method},
    {"islower", methodIsLower, MethodKind::Method},
    {"isnumeric", methodIsNumeric, MethodKind::Method},
    {"isprintable", methodIsPrintable, MethodKind::Method},
    {"isspace", methodIsSpace, MethodKind::Method},
    {"istitle", methodIsTitle, MethodKind::Method},
    {"isupper", methodIsUpper, MethodKind::Method},
    {"join", methodJoin, MethodKind::Method},
    {"ljust", methodLJust, MethodKind::Method},
    {"lower", methodLower, MethodKind::Method},
    {"lstrip", methodLStrip, MethodKind::Method},
    {"maketrans", methodMakeTrans, MethodKind::StaticMethod},
    {"partition", methodPartition, MethodKind::Method},
    {"removeprefix", methodRemovePrefix, MethodKind::Method},
    {"removesuffix", methodRemoveSuffix, MethodKind::Method},
    {"replace", methodReplace, MethodKind::Method},
    {"rfind", methodRFind, MethodKind::Method},
    {"rindex", methodRIndex, MethodKind::Method},
    {"rjust", methodRJust, MethodKind::Method},
    {"rpartition", methodRPartition, MethodKind::Method},
    {"rsplit", methodRSplit, MethodKind::Method},
    {"rstrip", methodRStrip, MethodKind::Method},
    {"split", methodSplit, MethodKind::Method},
    {"splitlines", methodSplitLines, MethodKind::Method},
    {"startswith", methodStartsWith, MethodKind::Method},
    {"strip", methodStrip, MethodKind::Method},
    {"swapcase", methodSwapcase, MethodKind::Method},
    {"title", methodTitle, MethodKind::Method},
    {"translate", methodTranslate, MethodKind::Method},
    {"upper", methodUpper, MethodKind::Method},
    {"zfill", methodZFill, MethodKind::Method},
};
static_assert(sizeof(StrMethods) / sizeof(StrMethods[0]) == StrMethodCount,
              "update StrMethodCount in objects/Str.h");

} // namespace adder::rt
