//===- BytesMethods.cpp - the methods of bytes and bytearray --------------===//
//
// bytes and bytearray share one implementation of their read-only methods:
// each works on a (pointer, size) view of the receiver, and methods that
// return byte strings return the receiver's kind (bytearray.strip() is a
// bytearray), as CPython does. Byte-string text operations are ASCII-only
// by definition (b'\xe9'.upper() is itself), which keeps them small. The
// bytearray-only mutators follow.
//
//===----------------------------------------------------------------------===//

#include "objects/BytesInternal.h"

#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "adder/support/CharClass.h"
#include "objects/Class.h"
#include "objects/List.h"
#include "objects/MethodHelpers.h"
#include "objects/Tuple.h"

#include <string.h>

namespace adder::rt {

using namespace bytesimpl;

namespace {

#define QUAL(Self, Name)                                                       \
  (isByteArray(Self) ? "bytearray." Name : "bytes." Name)

//===--- Methods shared by bytes and bytearray ------------------------------===//

Value methodDecode(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"encoding", "errors"};
  Value Opt[2];
  if (!parseKeywordArgs("decode", Args + 1, Argc - 1, KwNames, Names, 2, 0, 0,
                        Opt))
    return Error;
  for (unsigned I = 0; I < 2; ++I)
    if (Opt[I] != Error && !isStr(Opt[I]))
      return raise(&adder_type_TypeError,
                   "decode() argument '%s' must be str, not %s", Names[I],
                   typeName(Opt[I]));
  Span S = spanOf(Args[0]);
  return bytesDecode(S.data, S.size, Opt[0], Opt[1]);
}

Value methodHex(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"sep", "bytes_per_sep"};
  Value Opt[2];
  if (!parseKeywordArgs("hex", Args + 1, Argc - 1, KwNames, Names, 2, 0, 0,
                        Opt))
    return Error;
  char Sep = 0;
  SWord PerSep = 1;
  if (Opt[0] != Error) {
    Span SepBytes;
    if (isStr(Opt[0])) {
      SepBytes = {asStr(Opt[0])->data, asStr(Opt[0])->byteLength};
      if (asStr(Opt[0])->length != 1)
        return raise(&adder_type_ValueError, "sep must be length 1.");
      if (!asStr(Opt[0])->ascii)
        return raise(&adder_type_ValueError, "sep must be ASCII.");
    } else if (!getBuffer(Opt[0], &SepBytes.data, &SepBytes.size)) {
      return raise(&adder_type_TypeError, "sep must be str or bytes.");
    } else if (SepBytes.size != 1) {
      return raise(&adder_type_ValueError, "sep must be length 1.");
    }
    Sep = SepBytes.data[0];
  }
  if (Opt[1] != Error && !indexAsSize(Opt[1], &PerSep, SizeOverflow::Argument))
    return Error;
  Span S = spanOf(Args[0]);
  StrBuilder B;
  static const char Digits[] = "0123456789abcdef";
  SWord Group = PerSep < 0 ? -PerSep : PerSep;
  for (size_t I = 0; I < S.size; ++I) {
    if (Sep && Group && I) {
      // Groups count from the right for a positive bytes_per_sep.
      bool Boundary = PerSep > 0 ? (S.size - I) % size_t(Group) == 0
                                 : I % size_t(Group) == 0;
      if (Boundary)
        B.append(&Sep, 1);
    }
    char Pair[2] = {Digits[uint8_t(S.data[I]) >> 4],
                    Digits[uint8_t(S.data[I]) & 15]};
    B.append(Pair, 2);
  }
  return B.finish();
}

/// bytes.fromhex / bytearray.fromhex (class methods: Args[0] is the class,
/// or the string itself when called unbound through the type object).
Value fromHexImpl(const Value *Args, size_t Argc, Tuple *KwNames,
                  bool Array) {
  if (Argc && !isStr(Args[0]) && typeFromValue(Args[0])) {
    ++Args;
    --Argc;
  }
  if (!checkOneArg(Array ? "bytearray.fromhex" : "bytes.fromhex", Argc,
                   KwNames))
    return Error;
  if (!isStr(Args[0]))
    return raise(&adder_type_TypeError,
                 "fromhex() argument must be str, not %s", typeName(Args[0]));
  Str *S = asStr(Args[0]);
  StrBuilder Out;
  size_t I = 0, N = S->byteLength;
  while (I < N) {
    if (S->data[I] == ' ' || S->data[I] == '\t' || S->data[I] == '\n' ||
        S->data[I] == '\r' || S->data[I] == '\x0b' || S->data[I] == '\x0c') {
      ++I;
      continue;
    }
    int Hi = hexDigitValue(S->data[I]);
    int Lo = I + 1 < N ? hexDigitValue(S->data[I + 1]) : -1;
    if (Hi < 0 || Lo < 0)
      return raise(&adder_type_ValueError,
                   "non-hexadecimal number found in fromhex() arg at "
                   "position %zu",
                   Hi < 0 ? I : I + 1);
    char B = char(Hi * 16 + Lo);
    Out.append(&B, 1);
    I += 2;
  }
  if (Array) {
    ByteArray *B = byteArrayNew(Out.data(), Out.size());
    return B ? fromObject(&B->header) : Error;
  }
  Bytes *B = bytesNew(Out.data(), Out.size());
  return B ? bytesValue(B) : Error;
}

Value methodFromHexBytes(const Value *Args, size_t Argc, Tuple *KwNames) {
  return fromHexImpl(Args, Argc, KwNames, false);
}
Value methodFromHexArray(const Value *Args, size_t Argc, Tuple *KwNames) {
  return fromHexImpl(Args, Argc, KwNames, true);
}

/// The (sub[, start[, end]]) arguments of the search methods: sub is a
/// bytes-like object or an int.
bool parseSearch(const char *Qualname, const Value *Args, size_t Argc,
                 Tuple *KwNames, Span *Sub, char *Byte, SWord *Start,
                 SWord *End) {
  if (!checkTupleArgs(Qualname, Argc - 1, 1, 3, KwNames))
    return false;
  if (isInt(Args[1])) {
    uint8_t B;
    if (!byteArg(Args[1], &B, "byte must be in range(0, 256)"))
      return false;
    *Byte = char(B);
    *Sub = {Byte, 1};
  } else if (!getBuffer(Args[1], &Sub->data, &Sub->size)) {
    raise(&adder_type_TypeError,
          "argument should be integer or bytes-like object, not '%s'",
          typeName(Args[1]));
    return false;
  }
  *Start = 0;
  *End = SmallIntMax;
  if (Argc > 2 && !parseSliceBound(Args[2], Start))
    return false;
  if (Argc > 3 && !parseSliceBound(Args[3], End))
    return false;
  adjustIndices(*Start, *End, SWord(spanOf(Args[0]).size));
  return true;
}

Value searchImpl(const Value *Args, size_t Argc, Tuple *KwNames,
                 const char *Qualname, bool Reverse, bool Raise) {
  Span Sub;
  char Byte;
  SWord Start, End;
  if (!parseSearch(Qualname, Args, Argc, KwNames, &Sub, &Byte, &Start, &End))
    return Error;
  Span S = spanOf(Args[0]);
  SWord R = -1;
  if (End - Start >= SWord(Sub.size)) {
    if (Sub.size == 0)
      R = Reverse ? End : Start;
    else {
      SWord F = Reverse ? rfindIn(S.data + Start, size_t(End - Start),
                                  Sub.data, Sub.size)
                        : findIn(S.data + Start, size_t(End - Start), Sub.data,
                                 Sub.size);
      R = F < 0 ? -1 : Start + F;
    }
  }
  if (R < 0 && Raise)
    return raise(&adder_type_ValueError, "subsection not found");
  return makeSmallInt(R);
}

Value methodFind(const Value *Args, size_t Argc, Tuple *KwNames) {
  return searchImpl(Args, Argc, KwNames, QUAL(Args[0], "find"), false, false);
}
Value methodRFind(const Value *Args, size_t Argc, Tuple *KwNames) {
  return searchImpl(Args, Argc, KwNames, QUAL(Args[0], "rfind"), true, false);
}
Value methodIndex(const Value *Args, size_t Argc, Tuple *KwNames) {
  return searchImpl(Args, Argc, KwNames, QUAL(Args[0], "index"), false, true);
}
Value methodRIndex(const Value *Args, size_t Argc, Tuple *KwNames) {
  return searchImpl(Args, Argc, KwNames, QUAL(Args[0], "rindex"), true, true);
}

Value methodCount(const Value *Args, size_t Argc, Tuple *KwNames) {
  Span Sub;
  char Byte;
  SWord Start, End;
  if (!parseSearch(QUAL(Args[0], "count"), Args, Argc, KwNames, &Sub, &Byte,
                   &Start, &End))
    return Error;
  if (End - Start < SWord(Sub.size))
    return makeSmallInt(0);
  if (Sub.size == 0)
    return makeSmallInt(End - Start + 1);
  Span S = spanOf(Args[0]);
  SWord N = 0;
  for (SWord I = Start; I + SWord(Sub.size) <= End;) {
    if (memcmp(S.data + I, Sub.data, Sub.size) == 0) {
      ++N;
      I += SWord(Sub.size);
    } else {
      ++I;
    }
  }
  return makeSmallInt(N);
}

Value matchImpl(const Value *Args, size_t Argc, Tuple *KwNames,
                const char *Name, bool AtEnd) {
  if (!checkTupleArgs(isByteArray(Args[0]) ? (AtEnd ? "bytearray.endswith"
                                                    : "bytearray.startswith")
                                           : (AtEnd ? "bytes.endswith"
                                                    : "bytes.startswith"),
                      Argc - 1, 1, 3, KwNames))
    return Error;
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
  } else {
    Span Check;
    if (!getBuffer(Pat, &Check.data, &Check.size))
      return raise(&adder_type_TypeError,
                   "%s first arg must be bytes or a tuple of bytes, not %s",
                   Name, typeName(Pat));
  }
  Span S = spanOf(Args[0]);
  for (size_t I = 0; I < NC; ++I) {
    Span P;
    if (!bufferArg(Cands[I], &P))
      return Error;
    SWord St = Start, En = End;
    adjustIndices(St, En, SWord(S.size));
    En -= SWord(P.size);
    if (En < St)
      continue;
    if (P.size == 0)
      return boolValue(true);
    if (memcmp(S.data + (AtEnd ? En : St), P.data, P.size) == 0)
      return boolValue(true);
  }
  return boolValue(false);
}

Value methodStartsWith(const Value *Args, size_t Argc, Tuple *KwNames) {
  return matchImpl(Args, Argc, KwNames, "startswith", false);
}
Value methodEndsWith(const Value *Args, size_t Argc, Tuple *KwNames) {
  return matchImpl(Args, Argc, KwNames, "endswith", true);
}

bool appendPiece(List *L, Value Self, const char *D, size_t N) {
  Value V = makeLike(Self, D, N);
  return V != Error && listAppend(L, V);
}

Value splitImpl(const Value *Args, size_t Argc, Tuple *KwNames, bool Reverse) {
  static const char *const Names[] = {"sep", "maxsplit"};
  Value Opt[2];
  if (!parseKeywordArgs(Reverse ? "rsplit" : "split", Args + 1, Argc - 1,
                        KwNames, Names, 2, 0, 0, Opt))
    return Error;
  Span Sep = {nullptr, 0};
  if (Opt[0] != Error && !isNone(Opt[0])) {
    if (!bufferArg(Opt[0], &Sep))
      return Error;
    if (Sep.size == 0)
      return raise(&adder_type_ValueError, "empty separator");
  }
  SWord MaxCount = -1;
  if (Opt[1] != Error && !indexAsSize(Opt[1], &MaxCount, SizeOverflow::Argument))
    return Error;
  if (MaxCount < 0)
    MaxCount = SmallIntMax;
  Value Self = Args[0];
  Span S = spanOf(Self);
  List *L = listNew(0);
  if (!L)
    return Error;
  SWord N = SWord(S.size);
  if (!Sep.data) {
    if (!Reverse) {
      SWord I = 0;
      while (MaxCount-- > 0) {
        while (I < N && isSpaceByte(uint8_t(S.data[I])))
          ++I;
        if (I == N)
          break;
        SWord J = I++;
        while (I < N && !isSpaceByte(uint8_t(S.data[I])))
          ++I;
        if (!appendPiece(L, Self, S.data + J, size_t(I - J)))
          return Error;
        S = spanOf(Self);
      }
      while (I < N && isSpaceByte(uint8_t(S.data[I])))
        ++I;
      if (I < N && !appendPiece(L, Self, S.data + I, size_t(N - I)))
        return Error;
    } else {
      SWord I = N - 1;
      while (MaxCount-- > 0) {
        while (I >= 0 && isSpaceByte(uint8_t(S.data[I])))
          --I;
        if (I < 0)
          break;
        SWord J = I--;
        while (I >= 0 && !isSpaceByte(uint8_t(S.data[I])))
          --I;
        if (!appendPiece(L, Self, S.data + I + 1, size_t(J - I)))
          return Error;
        S = spanOf(Self);
      }
      while (I >= 0 && isSpaceByte(uint8_t(S.data[I])))
        --I;
      if (I >= 0 && !appendPiece(L, Self, S.data, size_t(I + 1)))
        return Error;
    }
  } else if (!Reverse) {
    SWord I = 0;
    while (MaxCount-- > 0) {
      SWord F = findIn(S.data + I, size_t(N - I), Sep.data, Sep.size);
      if (F < 0)
        break;
      if (!appendPiece(L, Self, S.data + I, size_t(F)))
        return Error;
      S = spanOf(Self);
      I += F + SWord(Sep.size);
    }
    if (!appendPiece(L, Self, S.data + I, size_t(N - I)))
      return Error;
  } else {
    SWord J = N;
    while (MaxCount-- > 0) {
      SWord F = rfindIn(S.data, size_t(J), Sep.data, Sep.size);
      if (F < 0)
        break;
      SWord After = F + SWord(Sep.size);
      if (!appendPiece(L, Self, S.data + After, size_t(J - After)))
        return Error;
      S = spanOf(Self);
      J = F;
    }
    if (!appendPiece(L, Self, S.data, size_t(J)))
      return Error;
  }
  if (Reverse)
    for (uint32_t I = 0, J = L->size; I + 1 < J; ++I, --J)
      listSwapItems(L, I, J - 1);
  return fromObject(&L->header);
}

Value methodSplit(const Value *Args, size_t Argc, Tuple *KwNames) {
  return splitImpl(Args, Argc, KwNames, false);
}
Value methodRSplit(const Value *Args, size_t Argc, Tuple *KwNames) {
  return splitImpl(Args, Argc, KwNames, true);
}

Value methodSplitLines(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"keepends"};
  Value Opt[1];
  if (!parseKeywordArgs("splitlines", Args + 1, Argc - 1, KwNames, Names, 1, 0,
                        0, Opt))
    return Error;
  int Keep = 0;
  if (Opt[0] != Error && (Keep = truthy(Opt[0])) < 0)
    return Error;
  Value Self = Args[0];
  Span S = spanOf(Self);
  List *L = listNew(0);
  if (!L)
    return Error;
  size_t I = 0, J = 0, N = S.size;
  while (I < N) {
    while (I < N && S.data[I] != '\n' && S.data[I] != '\r')
      ++I;
    size_t Eol = I;
    if (I < N) {
      if (S.data[I] == '\r' && I + 1 < N && S.data[I + 1] == '\n')
        I += 2;
      else
        ++I;
      if (Keep)
        Eol = I;
    }
    if (!appendPiece(L, Self, S.data + J, Eol - J))
      return Error;
    S = spanOf(Self);
    J = I;
  }
  return fromObject(&L->header);
}

Value partitionImpl(const Value *Args, size_t Argc, Tuple *KwNames,
                    bool Reverse) {
  if (!checkOneArg(Reverse ? QUAL(Args[0], "rpartition")
                           : QUAL(Args[0], "partition"),
                   Argc - 1, KwNames))
    return Error;
  Span Sep;
  if (!bufferArg(Args[1], &Sep))
    return Error;
  if (Sep.size == 0)
    return raise(&adder_type_ValueError, "empty separator");
  Value Self = Args[0];
  Span S = spanOf(Self);
  SWord F = Reverse ? rfindIn(S.data, S.size, Sep.data, Sep.size)
                    : findIn(S.data, S.size, Sep.data, Sep.size);
  Value Parts[3];
  if (F < 0) {
    Value All = makeLike(Self, S.data, S.size);
    Value Empty1 = makeLike(Self, nullptr, 0);
    Value Empty2 = makeLike(Self, nullptr, 0);
    if (All == Error || Empty1 == Error || Empty2 == Error)
      return Error;
    Parts[0] = Reverse ? Empty1 : All;
    Parts[1] = Empty2;
    Parts[2] = Reverse ? All : Empty1;
  } else {
    size_t SepSize = Sep.size;
    Parts[0] = makeLike(Self, S.data, size_t(F));
    Parts[1] = makeLike(Self, Sep.data, SepSize);
    S = spanOf(Self);
    Parts[2] = makeLike(Self, S.data + F + SepSize, S.size - size_t(F) - SepSize);
    if (Parts[0] == Error || Parts[1] == Error || Parts[2] == Error)
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

Value methodJoin(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg(QUAL(Args[0], "join"), Argc - 1, KwNames))
    return Error;
  Value Seq = Args[1];
  if (!isList(Seq) && !isTuple(Seq)) {
    Value It = getIter(Seq);
    if (It == Error || (Seq = listFromIterable(It)) == Error)
      return Error;
  }
  const Value *Items = isList(Seq) ? listValuesForRead(asList(Seq))
                                   : asTuple(Seq)->items;
  if (!Items)
    return Error;
  size_t N = isList(Seq) ? asList(Seq)->size : asTuple(Seq)->size;
  StrBuilder Out;
  for (size_t I = 0; I < N; ++I) {
    Span P;
    if (!getBuffer(Items[I], &P.data, &P.size))
      return raise(&adder_type_TypeError,
                   "sequence item %zu: expected a bytes-like object, %s found",
                   I, typeName(Items[I]));
    if (I) {
      Span Sep = spanOf(Args[0]);
      Out.append(Sep.data, Sep.size);
    }
    Out.append(P.data, P.size);
  }
  if (Out.failed())
    return Error;
  return makeLike(Args[0], Out.data(), Out.size());
}

enum StripSide { StripLeft = 1, StripRight = 2, StripBoth = 3 };

Value stripImpl(const Value *Args, size_t Argc, Tuple *KwNames,
                const char *Qualname, int Side) {
  if (!checkArgRange(Qualname, Argc - 1, 0, 1, KwNames))
    return Error;
  Span Chars = {nullptr, 0};
  if (Argc > 1 && !isNone(Args[1]) && !bufferArg(Args[1], &Chars))
    return Error;
  Span S = spanOf(Args[0]);
  auto Strip = [&](uint8_t C) {
    return Chars.data ? memchr(Chars.data, C, Chars.size) != nullptr
                      : isSpaceByte(C);
  };
  size_t I = 0, J = S.size;
  if (Side & StripLeft)
    while (I < J && Strip(uint8_t(S.data[I])))
      ++I;
  if (Side & StripRight)
    while (J > I && Strip(uint8_t(S.data[J - 1])))
      --J;
  if (I == 0 && J == S.size)
    return sameOrCopy(Args[0]);
  return makeLike(Args[0], S.data + I, J - I);
}

Value methodStrip(const Value *Args, size_t Argc, Tuple *KwNames) {
  return stripImpl(Args, Argc, KwNames, QUAL(Args[0], "strip"), StripBoth);
}
Value methodLStrip(const Value *Args, size_t Argc, Tuple *KwNames) {
  return stripImpl(Args, Argc, KwNames, QUAL(Args[0], "lstrip"), StripLeft);
}
Value methodRStrip(const Value *Args, size_t Argc, Tuple *KwNames) {
  return stripImpl(Args, Argc, KwNames, QUAL(Args[0], "rstrip"), StripRight);
}

Value methodReplace(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange(QUAL(Args[0], "replace"), Argc - 1, 2, 3, KwNames))
    return Error;
  Span Old, New;
  if (!bufferArg(Args[1], &Old) || !bufferArg(Args[2], &New))
    return Error;
  SWord MaxCount = -1;
  if (Argc > 3 && !indexAsSize(Args[3], &MaxCount, SizeOverflow::Argument))
    return Error;
  if (MaxCount < 0)
    MaxCount = SmallIntMax;
  Span S = spanOf(Args[0]);
  StrBuilder Out;
  SWord Done = 0;
  if (Old.size == 0) {
    for (size_t I = 0; I <= S.size; ++I) {
      if (Done < MaxCount) {
        Out.append(New.data, New.size);
        ++Done;
      }
      if (I < S.size)
        Out.append(S.data + I, 1);
    }
  } else {
    size_t I = 0;
    while (I < S.size) {
      SWord F = Done < MaxCount
                    ? findIn(S.data + I, S.size - I, Old.data, Old.size)
                    : -1;
      if (F < 0) {
        Out.append(S.data + I, S.size - I);
        break;
      }
      Out.append(S.data + I, size_t(F));
      Out.append(New.data, New.size);
      ++Done;
      I += size_t(F) + Old.size;
    }
  }
  if (Out.failed())
    return Error;
  return makeLike(Args[0], Out.data(), Out.size());
}

enum class ByteCase { Lower, Upper, Swap, Title, Capitalize };

Value caseImpl(const Value *Args, size_t Argc, Tuple *KwNames,
               const char *Qualname, ByteCase Op) {
  if (!checkNoArgs(Qualname, Argc - 1, KwNames))
    return Error;
  Span S = spanOf(Args[0]);
  Value R = makeLike(Args[0], nullptr, S.size);
  if (R == Error)
    return Error;
  char *Out = isByteArray(R) ? asByteArray(R)->data : asBytes(R)->data;
  S = spanOf(Args[0]);
  bool PrevCased = false;
  for (size_t I = 0; I < S.size; ++I) {
    uint8_t C = uint8_t(S.data[I]);
    bool Up = false, Down = false;
    switch (Op) {
    case ByteCase::Lower:
      Down = true;
      break;
    case ByteCase::Upper:
      Up = true;
      break;
    case ByteCase::Swap:
      Up = isLowerByte(C);
      Down = isUpperByte(C);
      break;
    case ByteCase::Title:
      Up = !PrevCased;
      Down = PrevCased;
      PrevCased = isAlphaByte(C);
      break;
    case ByteCase::Capitalize:
      Up = I == 0;
      Down = I != 0;
      break;
    }
    if (Up && isLowerByte(C))
      C = uint8_t(C - 32);
    else if (Down && isUpperByte(C))
      C = uint8_t(C + 32);
    Out[I] = char(C);
  }
  return R;
}

#define ADDER_BYTES_CASE(Fn, Name, Op)                                         \
  Value Fn(const Value *Args, size_t Argc, Tuple *KwNames) {                   \
    return caseImpl(Args, Argc, KwNames, QUAL(Args[0], Name), Op);             \
  }
ADDER_BYTES_CASE(methodLower, "lower", ByteCase::Lower)
ADDER_BYTES_CASE(methodUpper, "upper", ByteCase::Upper)
ADDER_BYTES_CASE(methodSwapcase, "swapcase", ByteCase::Swap)
ADDER_BYTES_CASE(methodTitle, "title", ByteCase::Title)
ADDER_BYTES_CASE(methodCapitalize, "capitalize", ByteCase::Capitalize)
#undef ADDER_BYTES_CASE

template <class Pred>
Value allBytes(const Value *Args, size_t Argc, Tuple *KwNames,
               const char *Qualname, Pred P) {
  if (!checkNoArgs(Qualname, Argc - 1, KwNames))
    return Error;
  Span S = spanOf(Args[0]);
  if (S.size == 0)
    return boolValue(false);
  for (size_t I = 0; I < S.size; ++I)
    if (!P(uint8_t(S.data[I])))
      return boolValue(false);
  return boolValue(true);
}

Value methodIsAlnum(const Value *Args, size_t Argc, Tuple *KwNames) {
  return allBytes(Args, Argc, KwNames, QUAL(Args[0], "isalnum"),
                  [](uint8_t C) { return isAlphaByte(C) || isDigitByte(C); });
}
Value methodIsAlpha(const Value *Args, size_t Argc, Tuple *KwNames) {
  return allBytes(Args, Argc, KwNames, QUAL(Args[0], "isalpha"),
                  [](uint8_t C) { return isAlphaByte(C); });
}
Value methodIsDigit(const Value *Args, size_t Argc, Tuple *KwNames) {
  return allBytes(Args, Argc, KwNames, QUAL(Args[0], "isdigit"),
                  [](uint8_t C) { return isDigitByte(C); });
}
Value methodIsSpace(const Value *Args, size_t Argc, Tuple *KwNames) {
  return allBytes(Args, Argc, KwNames, QUAL(Args[0], "isspace"),
                  [](uint8_t C) { return isSpaceByte(C); });
}

Value methodIsAscii(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs(QUAL(Args[0], "isascii"), Argc - 1, KwNames))
    return Error;
  Span S = spanOf(Args[0]);
  for (size_t I = 0; I < S.size; ++I)
    if (uint8_t(S.data[I]) >= 0x80)
      return boolValue(false);
  return boolValue(true);
}

Value caseCheck(const Value *Args, size_t Argc, Tuple *KwNames,
                const char *Qualname, bool Upper) {
  if (!checkNoArgs(Qualname, Argc - 1, KwNames))
    return Error;
  Span S = spanOf(Args[0]);
  bool Cased = false;
  for (size_t I = 0; I < S.size; ++I) {
    uint8_t C = uint8_t(S.data[I]);
    if (Upper ? isLowerByte(C) : isUpperByte(C))
      return boolValue(false);
    Cased |= Upper ? isUpperByte(C) : isLowerByte(C);
  }
  return boolValue(Cased);
}

Value methodIsUpper(const Value *Args, size_t Argc, Tuple *KwNames) {
  return caseCheck(Args, Argc, KwNames, QUAL(Args[0], "isupper"), true);
}
Value methodIsLower(const Value *Args, size_t Argc, Tuple *KwNames) {
  return caseCheck(Args, Argc, KwNames, QUAL(Args[0], "islower"), false);
}

/// istitle(): uppercase bytes only after uncased ones, lowercase only
/// after cased ones, and at least one cased byte.
Value methodIsTitle(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs(QUAL(Args[0], "istitle"), Argc - 1, KwNames))
    return Error;
  Span S = spanOf(Args[0]);
  bool Cased = false, PreviousCased = false;
  for (size_t I = 0; I < S.size; ++I) {
    uint8_t C = uint8_t(S.data[I]);
    if (isUpperByte(C)) {
      if (PreviousCased)
        return boolValue(false);
      PreviousCased = Cased = true;
    } else if (isLowerByte(C)) {
      if (!PreviousCased)
        return boolValue(false);
      PreviousCased = Cased = true;
    } else {
      PreviousCased = false;
    }
  }
  return boolValue(Cased);
}

/// expandtabs(tabsize=8): columns restart after \n and \r.
Value methodExpandTabs(const Value *Args, size_t Argc, Tuple *KwNames) {
  static const char *const Names[] = {"tabsize"};
  Value Opt[1];
  if (!parseKeywordArgs("expandtabs", Args + 1, Argc - 1, KwNames, Names, 1, 0,
                        0, Opt))
    return Error;
  SWord TabSize = 8;
  if (Opt[0] != Error) {
    if (!isInt(Opt[0]))
      return raise(&adder_type_TypeError,
                   "'%s' object cannot be interpreted as an integer",
                   typeName(Opt[0]));
    if (!indexAsSize(Opt[0], &TabSize, SizeOverflow::Argument))
      return Error;
  }
  StrBuilder B;
  Span S = spanOf(Args[0]);
  SWord Column = 0;
  for (size_t I = 0; I < S.size; ++I) {
    char C = S.data[I];
    if (C == '\t') {
      if (TabSize > 0) {
        SWord Incr = TabSize - (Column % TabSize);
        Column += Incr;
        if (!B.appendRepeated(' ', size_t(Incr)))
          return Error;
      }
      continue;
    }
    if (!B.append(&C, 1))
      return Error;
    ++Column;
    if (C == '\n' || C == '\r')
      Column = 0;
  }
  return makeLike(Args[0], B.data(), B.size());
}

/// center/ljust/rjust: Where is 0 left-justify, 1 center, 2 right.
Value padImpl(const Value *Args, size_t Argc, Tuple *KwNames,
              const char *Qualname, const char *Name, int Where) {
  if (!checkArgRange(Qualname, Argc - 1, 1, 2, KwNames))
    return Error;
  SWord Width;
  if (!isInt(Args[1]))
    return raise(&adder_type_TypeError,
                 "'%s' object cannot be interpreted as an integer",
                 typeName(Args[1]));
  if (!indexAsSize(Args[1], &Width, SizeOverflow::Argument))
    return Error;
  char Fill = ' ';
  if (Argc > 2) {
    Span F;
    if (!getBuffer(Args[2], &F.data, &F.size) || F.size != 1)
      return raise(&adder_type_TypeError,
                   "%s() argument 2 must be a byte string of length 1, not %s",
                   Name, typeName(Args[2]));
    Fill = F.data[0];
  }
  Span S = spanOf(Args[0]);
  if (Width <= SWord(S.size))
    return sameOrCopy(Args[0]);
  SWord Marg = Width - SWord(S.size);
  SWord Left = Where == 0 ? 0
               : Where == 2 ? Marg
                            : Marg / 2 + (Marg & Width & 1);
  Value R = makeLike(Args[0], nullptr, size_t(Width));
  if (R == Error)
    return Error;
  char *Out = isByteArray(R) ? asByteArray(R)->data : asBytes(R)->data;
  S = spanOf(Args[0]);
  memset(Out, Fill, size_t(Left));
  memcpy(Out + Left, S.data, S.size);
  memset(Out + Left + S.size, Fill, size_t(Marg - Left));
  return R;
}

Value methodCenter(const Value *Args, size_t Argc, Tuple *KwNames) {
  return padImpl(Args, Argc, KwNames, QUAL(Args[0], "center"), "center", 1);
}
Value methodLJust(const Value *Args, size_t Argc, Tuple *KwNames) {
  return padImpl(Args, Argc, KwNames, QUAL(Args[0], "ljust"), "ljust", 0);
}
Value methodRJust(const Value *Args, size_t Argc, Tuple *KwNames) {
  return padImpl(Args, Argc, KwNames, QUAL(Args[0], "rjust"), "rjust", 2);
}

Value methodZFill(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg(QUAL(Args[0], "zfill"), Argc - 1, KwNames))
    return Error;
  SWord Width;
  if (!isInt(Args[1]))
    return raise(&adder_type_TypeError,
                 "'%s' object cannot be interpreted as an integer",
                 typeName(Args[1]));
  if (!indexAsSize(Args[1], &Width, SizeOverflow::Argument))
    return Error;
  Span S = spanOf(Args[0]);
  if (Width <= SWord(S.size))
    return sameOrCopy(Args[0]);
  SWord Fill = Width - SWord(S.size);
  Value R = makeLike(Args[0], nullptr, size_t(Width));
  if (R == Error)
    return Error;
  char *Out = isByteArray(R) ? asByteArray(R)->data : asBytes(R)->data;
  S = spanOf(Args[0]);
  memset(Out, '0', size_t(Fill));
  memcpy(Out + Fill, S.data, S.size);
  if (Out[Fill] == '+' || Out[Fill] == '-') {
    Out[0] = Out[Fill];
    Out[Fill] = '0';
  }
  return R;
}

Value affixImpl(const Value *Args, size_t Argc, Tuple *KwNames,
                const char *Qualname, bool Suffix) {
  if (!checkOneArg(Qualname, Argc - 1, KwNames))
    return Error;
  Span A;
  if (!bufferArg(Args[1], &A))
    return Error;
  Span S = spanOf(Args[0]);
  if (A.size && A.size <= S.size) {
    size_t Pos = Suffix ? S.size - A.size : 0;
    if (memcmp(S.data + Pos, A.data, A.size) == 0)
      return Suffix ? makeLike(Args[0], S.data, Pos)
                    : makeLike(Args[0], S.data + A.size, S.size - A.size);
  }
  return sameOrCopy(Args[0]);
}

Value methodRemovePrefix(const Value *Args, size_t Argc, Tuple *KwNames) {
  return affixImpl(Args, Argc, KwNames, QUAL(Args[0], "removeprefix"), false);
}
Value methodRemoveSuffix(const Value *Args, size_t Argc, Tuple *KwNames) {
  return affixImpl(Args, Argc, KwNames, QUAL(Args[0], "removesuffix"), true);
}

Value methodTranslate(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange(QUAL(Args[0], "translate"), Argc - 1, 1, 2, KwNames))
    return Error;
  Span Table = {nullptr, 0}, Delete = {"", 0};
  if (!isNone(Args[1])) {
    if (!bufferArg(Args[1], &Table))
      return Error;
    if (Table.size != 256)
      return raise(&adder_type_ValueError,
                   "translation table must be 256 characters long");
  }
  if (Argc > 2 && !bufferArg(Args[2], &Delete))
    return Error;
  Span S = spanOf(Args[0]);
  StrBuilder Out;
  for (size_t I = 0; I < S.size; ++I) {
    uint8_t C = uint8_t(S.data[I]);
    if (Delete.size && memchr(Delete.data, C, Delete.size))
      continue;
    char R = Table.data ? Table.data[C] : char(C);
    Out.append(&R, 1);
  }
  if (Out.failed())
    return Error;
  return makeLike(Args[0], Out.data(), Out.size());
}

/// bytes.maketrans(from, to), a static method.
Value methodMakeTrans(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("bytes.maketrans", Argc, 2, 2, KwNames))
    return Error;
  Span From, To;
  if (!bufferArg(Args[0], &From) || !bufferArg(Args[1], &To))
    return Error;
  if (From.size != To.size)
    return raise(&adder_type_ValueError,
                 "maketrans arguments must have same length");
  Bytes *B = bytesNew(nullptr, 256);
  if (!B)
    return Error;
  for (unsigned I = 0; I < 256; ++I)
    B->data[I] = char(I);
  for (size_t I = 0; I < From.size; ++I)
    B->data[uint8_t(From.data[I])] = To.data[I];
  return bytesValue(B);
}

//===--- bytearray methods ------------------------------------------------===//

Value methodAppend(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("bytearray.append", Argc - 1, KwNames))
    return Error;
  uint8_t V;
  if (!byteArg(Args[1], &V, "byte must be in range(0, 256)"))
    return Error;
  char C = char(V);
  ByteArray *B = asByteArray(Args[0]);
  return replaceRange(B, B->size, 0, &C, 1) ? none() : Error;
}

Value methodExtend(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("bytearray.extend", Argc - 1, KwNames))
    return Error;
  ByteArray *B = asByteArray(Args[0]);
  Span S;
  if (getBuffer(Args[1], &S.data, &S.size))
    return replaceRange(B, B->size, 0, S.data, S.size) ? none() : Error;
  if (isInt(Args[1]) || !slotIterable(Args[1]))
    return raise(&adder_type_TypeError, "can't extend bytearray with %s",
                 typeName(Args[1]));
  StrBuilder Tmp;
  if (!collectInitializer(Args[1], Tmp, "byte must be in range(0, 256)",
                          /*RejectStr=*/false))
    return Error;
  return replaceRange(B, B->size, 0, Tmp.data(), Tmp.size()) ? none() : Error;
}

Value methodPop(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("bytearray.pop", Argc - 1, 0, 1, KwNames))
    return Error;
  ByteArray *B = asByteArray(Args[0]);
  SWord I = -1;
  if (Argc > 1 && !indexAsSize(Args[1], &I, SizeOverflow::Argument))
    return Error;
  if (B->size == 0)
    return raise(&adder_type_IndexError, "pop from empty bytearray");
  if (I < 0)
    I += B->size;
  if (I < 0 || I >= SWord(B->size))
    return raise(&adder_type_IndexError, "pop index out of range");
  uint8_t V = uint8_t(B->data[I]);
  memmove(B->data + I, B->data + I + 1, B->size - size_t(I) - 1);
  --B->size;
  return makeSmallInt(V);
}

Value methodInsert(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkArgRange("bytearray.insert", Argc - 1, 2, 2, KwNames))
    return Error;
  ByteArray *B = asByteArray(Args[0]);
  SWord I;
  if (!indexAsSize(Args[1], &I, SizeOverflow::Argument))
    return Error;
  uint8_t V;
  if (!byteArg(Args[2], &V, "byte must be in range(0, 256)"))
    return Error;
  if (I < 0) {
    I += B->size;
    if (I < 0)
      I = 0;
  } else if (I > SWord(B->size)) {
    I = B->size;
  }
  char C = char(V);
  return replaceRange(B, size_t(I), 0, &C, 1) ? none() : Error;
}

Value methodRemove(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkOneArg("bytearray.remove", Argc - 1, KwNames))
    return Error;
  uint8_t V;
  if (!byteArg(Args[1], &V, "byte must be in range(0, 256)"))
    return Error;
  ByteArray *B = asByteArray(Args[0]);
  const void *P = memchr(B->data, V, B->size);
  if (!P)
    return raise(&adder_type_ValueError, "value not found in bytearray");
  size_t I = size_t(static_cast<const char *>(P) - B->data);
  memmove(B->data + I, B->data + I + 1, B->size - I - 1);
  --B->size;
  return none();
}

Value methodClear(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("bytearray.clear", Argc - 1, KwNames))
    return Error;
  ByteArray *B = asByteArray(Args[0]);
  B->size = 0;
  B->capacity = 0;
  B->data = nullptr;
  return none();
}

Value methodCopy(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("bytearray.copy", Argc - 1, KwNames))
    return Error;
  ByteArray *B = asByteArray(Args[0]);
  ByteArray *R = byteArrayNew(B->data, B->size);
  return R ? fromObject(&R->header) : Error;
}

Value methodReverse(const Value *Args, size_t Argc, Tuple *KwNames) {
  if (!checkNoArgs("bytearray.reverse", Argc - 1, KwNames))
    return Error;
  ByteArray *B = asByteArray(Args[0]);
  for (size_t I = 0, J = B->size; I + 1 < J; ++I, --J) {
    char T = B->data[I];
    B->data[I] = B->data[J - 1];
    B->data[J - 1] = T;
  }
  return none();
}

#define ADDER_SHARED_METHODS                                                   \
  {"capitalize", methodCapitalize, MethodKind::Method},                        \
      {"center", methodCenter, MethodKind::Method},                            \
      {"count", methodCount, MethodKind::Method},                              \
      {"decode", methodDecode, MethodKind::Method},                            \
      {"endswith", methodEndsWith, MethodKind::Method},                        \
      {"expandtabs", methodExpandTabs, MethodKind::Method},                    \
      {"find", methodFind, MethodKind::Method},                                \
      {"hex", methodHex, MethodKind::Method},                                  \
      {"index", methodIndex, MethodKind::Method},                              \
      {"isalnum", methodIsAlnum, MethodKind::Method},                          \
      {"isalpha", methodIsAlpha, MethodKind::Method},                          \
      {"isascii", methodIsAscii, MethodKind::Method},                          \
      {"isdigit", methodIsDigit, MethodKind::Method},                          \
      {"islower", methodIsLower, MethodKind::Method},                          \
      {"isspace", methodIsSpace, MethodKind::Method},                          \
      {"istitle", methodIsTitle, MethodKind::Method},                          \
      {"isupper", methodIsUpper, MethodKind::Method},                          \
      {"join", methodJoin, MethodKind::Method},                                \
      {"ljust", methodLJust, MethodKind::Method},                              \
      {"lower", methodLower, MethodKind::Method},                              \
      {"lstrip", methodLStrip, MethodKind::Method},                            \
      {"maketrans", methodMakeTrans, MethodKind::StaticMethod},                \
      {"partition", methodPartition, MethodKind::Method},                      \
      {"removeprefix", methodRemovePrefix, MethodKind::Method},                \
      {"removesuffix", methodRemoveSuffix, MethodKind::Method},                \
      {"replace", methodReplace, MethodKind::Method},                          \
      {"rfind", methodRFind, MethodKind::Method},                              \
      {"rindex", methodRIndex, MethodKind::Method},                            \
      {"rjust", methodRJust, MethodKind::Method},                              \
      {"rpartition", methodRPartition, MethodKind::Method},                    \
      {"rsplit", methodRSplit, MethodKind::Method},                            \
      {"rstrip", methodRStrip, MethodKind::Method},                            \
      {"split", methodSplit, MethodKind::Method},                              \
      {"splitlines", methodSplitLines, MethodKind::Method},                    \
      {"startswith", methodStartsWith, MethodKind::Method},                    \
      {"strip", methodStrip, MethodKind::Method},                              \
      {"swapcase", methodSwapcase, MethodKind::Method},                        \
      {"title", methodTitle, MethodKind::Method},                              \
      {"translate", methodTranslate, MethodKind::Method},                      \
      {"upper", methodUpper, MethodKind::Method},                              \
      {"zfill", methodZFill, MethodKind::Method}

} // namespace

extern const MethodDef bytesimpl::BytesMethods[] = {
    ADDER_SHARED_METHODS,
    {"fromhex", methodFromHexBytes, MethodKind::ClassMethod},
};

extern const MethodDef bytesimpl::ByteArrayMethods[] = {
    ADDER_SHARED_METHODS,
    {"append", methodAppend, MethodKind::Method},
    {"clear", methodClear, MethodKind::Method},
    {"copy", methodCopy, MethodKind::Method},
    {"extend", methodExtend, MethodKind::Method},
    {"fromhex", methodFromHexArray, MethodKind::ClassMethod},
    {"insert", methodInsert, MethodKind::Method},
    {"pop", methodPop, MethodKind::Method},
    {"remove", methodRemove, MethodKind::Method},
    {"reverse", methodReverse, MethodKind::Method},
};

#undef ADDER_SHARED_METHODS

#undef QUAL

static_assert(sizeof(BytesMethods) / sizeof(BytesMethods[0]) ==
                  BytesMethodCount,
              "update BytesMethodCount in BytesInternal.h");
static_assert(sizeof(ByteArrayMethods) / sizeof(ByteArrayMethods[0]) ==
                  ByteArrayMethodCount,
              "update ByteArrayMethodCount in BytesInternal.h");

} // namespace adder::rt
