//===- ContainersTest.cpp - dict, set, str, bytes, range vs CPython -------===//
//
// The runtime's containers and string methods against CPython's answers.
// gen_container_cases.py wrote, at build time, a few hundred small Python
// snippets with the repr (or the "Type: message" error) CPython gives for
// each; this test evaluates every snippet with a tiny evaluator for that
// Python subset, which drives the runtime only through its protocol
// functions (getAttr, call, getItem, binaryOp...), and requires the same
// text. The whole corpus runs twice: normally, and with the collector in
// stress mode (a collection before every allocation), which catches
// objects the runtime forgot to trace.
//
// A few tests below use the C++ API directly: hash collisions and keys
// whose __eq__ mutates the dict mid-lookup, large randomized dict and set
// workloads against std:: containers, and the ABI entry points compiled
// code calls.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/HAL.h"
#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/Bytes.h"
#include "objects/Dict.h"
#include "objects/IterationBuiltins.h"
#include "objects/List.h"
#include "objects/Set.h"
#include "objects/Tuple.h"
#include "adder/support/Utf8.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace adder::rt;

// The ABI entry points compiled code calls (no header declares them: the
// compiler emits the declarations).
extern "C" {
Value adder_dict_new(void);
int32_t adder_dict_setitem(Value D, Value K, Value V);
Value adder_set_new(const Value *Items, size_t Count);
Value adder_set_from_constants(const Value *Items, size_t Count);
Value adder_dict_from_pairs(const Value *KeysAndValues, size_t Count);
int32_t adder_dict_update(Value D, Value Other);
int32_t adder_dict_merge_kwargs(Value D, Value Other, Value Callee);
int32_t adder_set_add(Value S, Value Item);
int32_t adder_set_update(Value S, Value Iterable);
Value adder_range_new(Value Start, Value Stop, Value Step);
Value adder_dict_get(Value D, Value Key, Value Default);
Value adder_list_getitem_int(Value L, Value Index);
double adder_list_getitem_float(Value L, Value Index);
int32_t adder_list_setitem_int(Value L, Value Index, Value Item);
int32_t adder_list_setitem_float(Value L, Value Index, double Item);
int32_t adder_list_append(Value L, Value Item);
double adder_list_item_float(Value L, size_t I);
Value adder_list_repeat(Value Item, Value Count);
}

//===----------------------------------------------------------------------===//
// The HAL, for a test process (the runtime library has none of its own)
//===----------------------------------------------------------------------===//

extern "C" {
void adder_hal_write(int Stream, const char *Data, size_t Size) {
  fwrite(Data, 1, Size, Stream == 2 ? stderr : stdout);
}
size_t adder_hal_read(char *, size_t) { return 0; }
void adder_hal_exit(int Status) { exit(Status); }
void *adder_hal_heap_region(size_t, size_t *Size) {
  *Size = 0;
  return nullptr;
}
uint64_t adder_hal_ticks_us(void) { return 0; }
double adder_hal_time(void) { return 0; }
void adder_hal_sleep_us(uint64_t) {}
int adder_hal_argc(void) { return 0; }
const char *adder_hal_argv(int) { return ""; }
size_t adder_hal_source_line(const char *, uint32_t, char *, size_t) {
  return 0;
}
const char *adder_hal_platform(void) { return "test"; }
}

namespace {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

Value S(const char *Text) { return strFromCString(Text); }

std::string toString(Value V) {
  Str *Text = asStr(V);
  return std::string(Text->data, Text->byteLength);
}

/// The pending exception as "Type: message" (and clears it).
std::string takeError() {
  Object *E = takePendingException();
  if (!E)
    return "<no exception pending>";
  std::string R = E->type->name;
  Value Msg = str(fromObject(E));
  if (Msg == Error) {
    clearPendingException();
    return R + ": <str failed>";
  }
  return R + ": " + toString(Msg);
}

std::string reprOf(Value V) {
  if (V == Error)
    return "!" + takeError();
  Value R = repr(V);
  if (R == Error)
    return "!repr failed: " + takeError();
  return toString(R);
}

Value typeValue(const Type &T) { return fromObject(&T.header); }

Value callMethod(Value Obj, const char *Name, std::initializer_list<Value> Args) {
  Value M = getAttrCString(Obj, Name);
  if (M == Error)
    return Error;
  Value Buf[8];
  size_t N = 0;
  for (Value A : Args)
    Buf[N++] = A;
  return call(M, Buf, N);
}

//===----------------------------------------------------------------------===//
// Test-only builtins for the evaluator
//===----------------------------------------------------------------------===//

Value lenFn(Value, const Value *Args, size_t Argc, Tuple *) {
  if (Argc != 1)
    return raise(&adder_type_TypeError,
                 "len() takes exactly one argument (%zu given)", Argc);
  SWord N = length(Args[0]);
  return N < 0 ? Error : intFromSWord(N);
}
Value reprFn(Value, const Value *Args, size_t Argc, Tuple *) {
  return repr(Args[0]);
}
Value hashFn(Value, const Value *Args, size_t Argc, Tuple *) {
  SWord H = hash(Args[0]);
  return H == -1 ? Error : intFromSWord(H);
}
Value negFn(Value, const Value *Args, size_t Argc, Tuple *) {
  return unaryOp(Args[0], UnaryOp::Neg);
}
Value powFn(Value, const Value *Args, size_t Argc, Tuple *) {
  if (Argc != 2)
    return raise(&adder_type_TypeError, "pow() takes 2 arguments here");
  return binaryOp(Args[0], Args[1], BinaryOp::Pow);
}

const BuiltinFunction TestLen = {{&adder_type_builtin_function}, "len", lenFn,
                                 Error};
const BuiltinFunction TestRepr = {{&adder_type_builtin_function}, "repr",
                                  reprFn, Error};
const BuiltinFunction TestHash = {{&adder_type_builtin_function}, "hash",
                                  hashFn, Error};
const BuiltinFunction TestNeg = {{&adder_type_builtin_function}, "neg", negFn,
                                 Error};
const BuiltinFunction TestPow = {{&adder_type_builtin_function}, "pow", powFn,
                                 Error};

Value builtinNamed(const std::string &Name) {
  struct Entry {
    const char *name;
    const Object *object;
  };
  static const Entry Table[] = {
      {"None", &adder_none},
      {"True", &adder_true.header},
      {"False", &adder_false.header},
      {"len", &TestLen.header},
      {"repr", &TestRepr.header},
      {"hash", &TestHash.header},
      {"neg", &TestNeg.header},
      {"pow", &TestPow.header},
      {"enumerate", &adder_builtin_enumerate.header},
      {"zip", &adder_builtin_zip.header},
      {"map", &adder_builtin_map.header},
      {"filter", &adder_builtin_filter.header},
      {"reversed", &adder_builtin_reversed.header},
      {"iter", &adder_builtin_iter.header},
      {"next", &adder_builtin_next.header},
      {"sorted", &adder_builtin_sorted.header},
      {"min", &adder_builtin_min.header},
      {"max", &adder_builtin_max.header},
      {"sum", &adder_builtin_sum.header},
      {"any", &adder_builtin_any.header},
      {"all", &adder_builtin_all.header},
      {"dict", &adder_type_dict.header},
      {"set", &adder_type_set.header},
      {"frozenset", &adder_type_frozenset.header},
      {"list", &adder_type_list.header},
      {"tuple", &adder_type_tuple.header},
      {"str", &adder_type_str.header},
      {"bytes", &adder_type_bytes.header},
      {"bytearray", &adder_type_bytearray.header},
      {"memoryview", &adder_type_memoryview.header},
      {"range", &adder_type_range.header},
      {"bool", &adder_type_bool.header},
      {"int", &adder_type_int.header},
      {"float", &adder_type_float.header},
      {"type", &adder_type_type.header},
  };
  for (const Entry &E : Table)
    if (Name == E.name)
      return fromObject(E.object);
  return Error;
}

//===----------------------------------------------------------------------===//
// The evaluator
//===----------------------------------------------------------------------===//

/// Variables of a case. Their Values live in a registered root array,
/// because std::vector storage is invisible to the conservative scan.
constexpr size_t MaxVariables = 32;
Value VariableSlots[MaxVariables];
std::vector<std::string> VariableNames;

class Evaluator {
public:
  explicit Evaluator(const std::string &Text) : Src(Text) {}

  /// Evaluates the whole text as an expression; Error with an exception
  /// pending (or a SyntaxError for what the subset lacks).
  Value expression() {
    Value V = parseExpr();
    if (V == Error)
      return Error;
    skipSpace();
    if (Pos != Src.size())
      return syntaxError("trailing text");
    return V;
  }

  /// True for `del ...` and assignments (not expressions).
  static bool isStatement(const std::string &Text) {
    Evaluator E(Text);
    size_t OpPos, OpLen;
    return Text.compare(0, 4, "del ") == 0 ||
           E.findAssignment(&OpPos, &OpLen) >= 0;
  }

  /// Runs a statement: assignment, augmented assignment, del, or an
  /// expression (whose value is discarded).
  bool statement() {
    skipSpace();
    if (Src.compare(Pos, 4, "del ") == 0) {
      Pos += 4;
      Value Obj, Key;
      if (!parseSubscriptTarget(Src.size(), &Obj, &Key))
        return false;
      return delItem(Obj, Key) == 0;
    }
    size_t OpPos, OpLen;
    int Aug = findAssignment(&OpPos, &OpLen);
    if (Aug < 0)
      return expression() != Error;
    Evaluator Rhs(Src.substr(OpPos + OpLen));
    Value V = Rhs.expression();
    if (V == Error)
      return false;
    std::string Target = trim(Src.substr(0, OpPos));
    bool IsName = isIdentifier(Target);
    if (Aug) {
      Evaluator Lhs(Target);
      Value Old = Lhs.expression();
      if (Old == Error)
        return false;
      BinaryOp Op;
      switch (Aug) {
      case '+': Op = BinaryOp::Add; break;
      case '-': Op = BinaryOp::Sub; break;
      case '*': Op = BinaryOp::Mul; break;
      case '|': Op = BinaryOp::Or; break;
      case '&': Op = BinaryOp::And; break;
      case '^': Op = BinaryOp::Xor; break;
      default: Op = BinaryOp::Mod; break;
      }
      V = inplaceOp(Old, V, Op);
      if (V == Error)
        return false;
    }
    if (IsName)
      return setVariable(Target, V);
    Evaluator Lhs(Target);
    Value Obj, Key;
    if (!Lhs.parseSubscriptTarget(Target.size(), &Obj, &Key))
      return false;
    return setItem(Obj, Key, V) == 0;
  }

private:
  static std::string trim(const std::string &T) {
    size_t B = T.find_first_not_of(' '), E = T.find_last_not_of(' ');
    return B == std::string::npos ? "" : T.substr(B, E - B + 1);
  }
  static bool isIdentifier(const std::string &T) {
    if (T.empty() || !(isalpha(uint8_t(T[0])) || T[0] == '_'))
      return false;
    for (char C : T)
      if (!isalnum(uint8_t(C)) && C != '_')
        return false;
    return true;
  }

  static bool setVariable(const std::string &Name, Value V) {
    for (size_t I = 0; I < VariableNames.size(); ++I)
      if (VariableNames[I] == Name) {
        VariableSlots[I] = V;
        return true;
      }
    if (VariableNames.size() >= MaxVariables)
      return false;
    VariableNames.push_back(Name);
    VariableSlots[VariableNames.size() - 1] = V;
    return true;
  }

  Value syntaxError(const char *What) {
    return raise(&adder_type_SyntaxError, "test evaluator: %s at %zu in %s",
                 What, Pos, Src.c_str());
  }

  /// Finds a top-level `=` or `op=` (0 plain, the op char, -1 none).
  int findAssignment(size_t *OpPos, size_t *OpLen) {
    int Depth = 0;
    char Quote = 0;
    for (size_t I = 0; I < Src.size(); ++I) {
      char C = Src[I];
      if (Quote) {
        if (C == '\\')
          ++I;
        else if (C == Quote)
          Quote = 0;
        continue;
      }
      if (C == '\'' || C == '"')
        Quote = C;
      else if (C == '(' || C == '[' || C == '{')
        ++Depth;
      else if (C == ')' || C == ']' || C == '}')
        --Depth;
      else if (C == '=' && Depth == 0) {
        char Prev = I ? Src[I - 1] : 0;
        char Next = I + 1 < Src.size() ? Src[I + 1] : 0;
        if (Next == '=' || Prev == '=' || Prev == '!' || Prev == '<' ||
            Prev == '>')
          continue;
        if (strchr("+-*|&^%", Prev) && Prev) {
          *OpPos = I - 1;
          *OpLen = 2;
          return Prev;
        }
        *OpPos = I;
        *OpLen = 1;
        return 0;
      }
    }
    return -1;
  }

  /// `obj[key]` ending at End: evaluates obj and key.
  bool parseSubscriptTarget(size_t End, Value *Obj, Value *Key) {
    // The last top-level '[' starts the key.
    int Depth = 0;
    size_t Open = std::string::npos;
    char Quote = 0;
    for (size_t I = Pos; I < End; ++I) {
      char C = Src[I];
      if (Quote) {
        if (C == '\\')
          ++I;
        else if (C == Quote)
          Quote = 0;
        continue;
      }
      if (C == '\'' || C == '"')
        Quote = C;
      else if (C == '(' || C == '{')
        ++Depth;
      else if (C == ')' || C == '}')
        --Depth;
      else if (C == '[') {
        if (Depth == 0)
          Open = I;
        ++Depth;
      } else if (C == ']')
        --Depth;
    }
    if (Open == std::string::npos) {
      syntaxError("expected a subscript target");
      return false;
    }
    Evaluator ObjE(Src.substr(Pos, Open - Pos));
    if ((*Obj = ObjE.expression()) == Error)
      return false;
    Evaluator KeyE(Src.substr(Open + 1, Src.rfind(']', End) - Open - 1));
    if ((*Key = KeyE.parseSubscript()) == Error)
      return false;
    return true;
  }

  void skipSpace() {
    while (Pos < Src.size() && Src[Pos] == ' ')
      ++Pos;
  }
  bool peek(const char *Tok) {
    skipSpace();
    return Src.compare(Pos, strlen(Tok), Tok) == 0;
  }
  bool peekWord(const char *Word) {
    skipSpace();
    size_t N = strlen(Word);
    if (Src.compare(Pos, N, Word) != 0)
      return false;
    return Pos + N >= Src.size() ||
           !(isalnum(uint8_t(Src[Pos + N])) || Src[Pos + N] == '_');
  }
  bool accept(const char *Tok) {
    if (!peek(Tok))
      return false;
    Pos += strlen(Tok);
    return true;
  }
  bool acceptWord(const char *Word) {
    if (!peekWord(Word))
      return false;
    Pos += strlen(Word);
    return true;
  }

  Value parseExpr() { return parseOr(); }

  Value parseOr() {
    Value L = parseAnd();
    while (L != Error && acceptWord("or")) {
      Value R = parseAnd();
      if (R == Error)
        return Error;
      int T = truthy(L);
      if (T < 0)
        return Error;
      if (!T)
        L = R;
    }
    return L;
  }

  Value parseAnd() {
    Value L = parseNot();
    while (L != Error && acceptWord("and")) {
      Value R = parseNot();
      if (R == Error)
        return Error;
      int T = truthy(L);
      if (T < 0)
        return Error;
      if (T)
        L = R;
    }
    return L;
  }

  Value parseNot() {
    if (acceptWord("not")) {
      Value V = parseNot();
      if (V == Error)
        return Error;
      int T = truthy(V);
      return T < 0 ? Error : boolValue(!T);
    }
    return parseComparison();
  }

  Value parseComparison() {
    Value L = parseBitOr();
    if (L == Error)
      return Error;
    Value Result = Error;
    for (;;) {
      enum { None, Cmp, In, NotIn, Is, IsNot } Kind = None;
      CompareOp Op = CompareOp::Eq;
      if (accept("==")) {
        Kind = Cmp;
        Op = CompareOp::Eq;
      } else if (accept("!=")) {
        Kind = Cmp;
        Op = CompareOp::Ne;
      } else if (accept("<=")) {
        Kind = Cmp;
        Op = CompareOp::Le;
      } else if (accept(">=")) {
        Kind = Cmp;
        Op = CompareOp::Ge;
      } else if (accept("<")) {
        Kind = Cmp;
        Op = CompareOp::Lt;
      } else if (accept(">")) {
        Kind = Cmp;
        Op = CompareOp::Gt;
      } else if (acceptWord("in")) {
        Kind = In;
      } else if (peekWord("not")) {
        size_t Save = Pos;
        acceptWord("not");
        if (acceptWord("in"))
          Kind = NotIn;
        else
          Pos = Save;
      } else if (acceptWord("is")) {
        Kind = acceptWord("not") ? IsNot : Is;
      }
      if (Kind == None)
        return Result == Error ? L : Result;
      Value R = parseBitOr();
      if (R == Error)
        return Error;
      Value V;
      if (Kind == Cmp) {
        V = compare(L, R, Op);
      } else if (Kind == In || Kind == NotIn) {
        int C = contains(R, L);
        if (C < 0)
          return Error;
        V = boolValue(Kind == In ? C : !C);
      } else {
        V = boolValue((L == R) == (Kind == Is));
      }
      if (V == Error)
        return Error;
      // Chains: a < b < c is (a < b) and (b < c).
      if (Result != Error) {
        int T = truthy(Result);
        if (T < 0)
          return Error;
        if (!T)
          V = Result;
      }
      Result = V;
      L = R;
    }
  }

  template <class Next>
  Value parseBinary(Next Operand, std::initializer_list<std::pair<const char *, BinaryOp>> Ops) {
    Value L = (this->*Operand)();
    while (L != Error) {
      bool Found = false;
      for (auto &[Tok, Op] : Ops) {
        if (!peek(Tok))
          continue;
        // Do not take '*' of '**', '|' of '|=', and so on.
        size_t N = strlen(Tok);
        char After = Pos + N < Src.size() ? Src[Pos + N] : 0;
        if ((Tok[0] == '*' && N == 1 && After == '*') ||
            (Tok[0] == '/' && N == 1 && After == '/'))
          continue;
        Pos += N;
        Value R = (this->*Operand)();
        if (R == Error)
          return Error;
        L = binaryOp(L, R, Op);
        Found = true;
        break;
      }
      if (!Found)
        break;
    }
    return L;
  }

  Value parseBitOr() {
    return parseBinary(&Evaluator::parseBitXor, {{"|", BinaryOp::Or}});
  }
  Value parseBitXor() {
    return parseBinary(&Evaluator::parseBitAnd, {{"^", BinaryOp::Xor}});
  }
  Value parseBitAnd() {
    return parseBinary(&Evaluator::parseArith, {{"&", BinaryOp::And}});
  }
  Value parseArith() {
    return parseBinary(&Evaluator::parseTerm,
                       {{"+", BinaryOp::Add}, {"-", BinaryOp::Sub}});
  }
  Value parseTerm() {
    return parseBinary(&Evaluator::parseFactor,
                       {{"//", BinaryOp::FloorDiv},
                        {"*", BinaryOp::Mul},
                        {"%", BinaryOp::Mod},
                        {"/", BinaryOp::TrueDiv}});
  }

  Value parseFactor() {
    if (accept("-")) {
      Value V = parseFactor();
      return V == Error ? Error : unaryOp(V, UnaryOp::Neg);
    }
    if (accept("+")) {
      Value V = parseFactor();
      return V == Error ? Error : unaryOp(V, UnaryOp::Pos);
    }
    Value B = parsePostfix();
    if (B != Error && accept("**")) {
      Value E = parseFactor();
      if (E == Error)
        return Error;
      return binaryOp(B, E, BinaryOp::Pow);
    }
    return B;
  }

  /// The inside of [...]: an expression or a slice.
  Value parseSubscript() {
    Value Parts[3] = {none(), none(), none()};
    bool IsSlice = false;
    for (int I = 0; I < 3; ++I) {
      skipSpace();
      if (!peek(":") && !peek("]") && Pos < Src.size()) {
        if ((Parts[I] = parseExpr()) == Error)
          return Error;
      }
      if (I < 2 && accept(":")) {
        IsSlice = true;
        continue;
      }
      break;
    }
    if (!IsSlice)
      return Parts[0];
    return sliceNew(Parts[0], Parts[1], Parts[2]);
  }

  /// Call arguments after '(' up to ')': positional then keyword.
  Value parseCall(Value Callee) {
    Value Buf[24];
    std::vector<std::string> Names;
    Value Positional[24];
    size_t NPos = 0;
    Value KwValues[24];
    while (!accept(")")) {
      skipSpace();
      size_t Save = Pos;
      size_t End = Pos;
      while (End < Src.size() &&
             (isalnum(uint8_t(Src[End])) || Src[End] == '_'))
        ++End;
      size_t After = End;
      while (After < Src.size() && Src[After] == ' ')
        ++After;
      if (End > Pos && After < Src.size() && Src[After] == '=' &&
          (After + 1 >= Src.size() || Src[After + 1] != '=')) {
        std::string Name = Src.substr(Pos, End - Pos);
        Pos = After + 1;
        Value V = parseExpr();
        if (V == Error)
          return Error;
        KwValues[Names.size()] = V;
        Names.push_back(Name);
      } else {
        Pos = Save;
        Value V = parseExpr();
        if (V == Error)
          return Error;
        Positional[NPos++] = V;
      }
      if (!accept(",") && !peek(")"))
        return syntaxError("expected , or ) in call");
    }
    for (size_t I = 0; I < NPos; ++I)
      Buf[I] = Positional[I];
    for (size_t I = 0; I < Names.size(); ++I)
      Buf[NPos + I] = KwValues[I];
    Tuple *Kw = nullptr;
    if (!Names.empty()) {
      Kw = tupleNew(nullptr, Names.size());
      if (!Kw)
        return Error;
      for (size_t I = 0; I < Names.size(); ++I) {
        Value N = S(Names[I].c_str());
        if (N == Error)
          return Error;
        Kw->items[I] = N;
      }
    }
    return call(Callee, Buf, NPos, Kw);
  }

  Value parsePostfix() {
    Value V = parseAtom();
    while (V != Error) {
      if (accept(".")) {
        size_t Start = Pos;
        while (Pos < Src.size() &&
               (isalnum(uint8_t(Src[Pos])) || Src[Pos] == '_'))
          ++Pos;
        std::string Name = Src.substr(Start, Pos - Start);
        V = getAttrCString(V, Name.c_str());
      } else if (accept("(")) {
        V = parseCall(V);
      } else if (accept("[")) {
        Value Key = parseSubscript();
        if (Key == Error)
          return Error;
        if (!accept("]"))
          return syntaxError("expected ]");
        V = getItem(V, Key);
      } else {
        break;
      }
    }
    return V;
  }

  /// Items up to Close, separated by commas; a dict when Colon pairs are
  /// used. Returns the count, -1 on error.
  int parseItems(const char *Close, Value *Items, bool *SawColon,
                 bool *TrailingComma) {
    int N = 0;
    *SawColon = false;
    *TrailingComma = false;
    while (!accept(Close)) {
      Value V = parseExpr();
      if (V == Error)
        return -1;
      Items[N++] = V;
      if (accept(":")) {
        *SawColon = true;
        Value W = parseExpr();
        if (W == Error)
          return -1;
        Items[N++] = W;
      }
      *TrailingComma = false;
      if (accept(","))
        *TrailingComma = true;
      else if (!peek(Close)) {
        syntaxError("expected , or closing bracket");
        return -1;
      }
      if (N >= 60) {
        syntaxError("too many items");
        return -1;
      }
    }
    return N;
  }

  Value parseString(bool IsBytes) {
    char Quote = Src[Pos++];
    std::string Out;
    while (Pos < Src.size() && Src[Pos] != Quote) {
      char C = Src[Pos++];
      if (C != '\\') {
        Out += C;
        continue;
      }
      char E = Src[Pos++];
      auto Hex = [&](int Digits) {
        uint32_t V = uint32_t(std::stoul(Src.substr(Pos, Digits), nullptr, 16));
        Pos += Digits;
        return V;
      };
      auto Put = [&](uint32_t CP) {
        if (IsBytes) {
          Out += char(CP);
          return;
        }
        char Buf[4];
        Out.append(Buf, adder::encodeUtf8(CP, Buf));
      };
      switch (E) {
      case 'n': Out += '\n'; break;
      case 't': Out += '\t'; break;
      case 'r': Out += '\r'; break;
      case '0': Out += '\0'; break;
      case '\\': Out += '\\'; break;
      case '\'': Out += '\''; break;
      case '"': Out += '"'; break;
      case 'x': Put(Hex(2)); break;
      case 'u': Put(Hex(4)); break;
      case 'U': Put(Hex(8)); break;
      default: Out += '\\'; Out += E; break;
      }
    }
    ++Pos; // closing quote
    if (IsBytes) {
      Bytes *B = bytesNew(Out.data(), Out.size());
      return B ? bytesValue(B) : Error;
    }
    Str *R = strNew(Out.data(), Out.size());
    return R ? fromObject(&R->header) : Error;
  }

  Value parseAtom() {
    skipSpace();
    if (Pos >= Src.size())
      return syntaxError("unexpected end");
    char C = Src[Pos];
    if (C == '\'' || C == '"')
      return parseString(false);
    if (C == 'b' && Pos + 1 < Src.size() &&
        (Src[Pos + 1] == '\'' || Src[Pos + 1] == '"')) {
      ++Pos;
      return parseString(true);
    }
    if (isdigit(uint8_t(C))) {
      size_t Start = Pos;
      bool IsFloat = false;
      while (Pos < Src.size() &&
             (isdigit(uint8_t(Src[Pos])) || Src[Pos] == '.' ||
              Src[Pos] == 'e' || Src[Pos] == '_')) {
        IsFloat |= Src[Pos] == '.' || Src[Pos] == 'e';
        ++Pos;
      }
      Value Text = S(Src.substr(Start, Pos - Start).c_str());
      if (Text == Error)
        return Error;
      if (IsFloat) {
        double D = adder_float_parse(asStr(Text));
        return errorPending() ? Error : floatNew(D);
      }
      return adder_int_parse(asStr(Text), makeSmallInt(10));
    }
    if (isalpha(uint8_t(C)) || C == '_') {
      size_t Start = Pos;
      while (Pos < Src.size() &&
             (isalnum(uint8_t(Src[Pos])) || Src[Pos] == '_'))
        ++Pos;
      std::string Name = Src.substr(Start, Pos - Start);
      for (size_t I = 0; I < VariableNames.size(); ++I)
        if (VariableNames[I] == Name)
          return VariableSlots[I];
      Value B = builtinNamed(Name);
      if (B == Error)
        return raise(&adder_type_NameError, "name '%s' is not defined",
                     Name.c_str());
      return B;
    }
    Value Items[64];
    bool Colon, Trailing;
    if (accept("(")) {
      int N = parseItems(")", Items, &Colon, &Trailing);
      if (N < 0)
        return Error;
      if (N == 1 && !Trailing)
        return Items[0];
      Tuple *T = tupleNew(Items, size_t(N));
      return T ? tupleValue(T) : Error;
    }
    if (accept("[")) {
      int N = parseItems("]", Items, &Colon, &Trailing);
      return N < 0 ? Error : listFromArray(Items, size_t(N));
    }
    if (accept("{")) {
      int N = parseItems("}", Items, &Colon, &Trailing);
      if (N < 0)
        return Error;
      if (N == 0 || Colon) {
        Value D = adder_dict_new();
        for (int I = 0; D != Error && I < N; I += 2)
          if (adder_dict_setitem(D, Items[I], Items[I + 1]) < 0)
            return Error;
        return D;
      }
      // The test's set displays are all constants: more than two of them
      // go through CPython's folded-frozenset construction.
      return N > 2 ? adder_set_from_constants(Items, size_t(N))
                   : adder_set_new(Items, size_t(N));
    }
    return syntaxError("unexpected character");
  }

  std::string Src;
  size_t Pos = 0;
};

/// Runs one case ("stmt ;; stmt ;; expr") and returns the repr of its
/// value or "!Type: message".
std::string runCase(const std::string &Case) {
  VariableNames.clear();
  for (Value &V : VariableSlots)
    V = Error;
  size_t Start = 0;
  for (;;) {
    size_t Sep = Case.find(" ;; ", Start);
    std::string Part = Case.substr(Start, Sep == std::string::npos
                                              ? std::string::npos
                                              : Sep - Start);
    Evaluator E(Part);
    if (Sep == std::string::npos) {
      // The last part's value, or None after a statement.
      if (Evaluator::isStatement(Part))
        return E.statement() ? "None" : "!" + takeError();
      return reprOf(E.expression());
    }
    if (!E.statement())
      return "!" + takeError();
    Start = Sep + 4;
  }
}

struct Case {
  std::string text, expected;
};

std::vector<Case> loadCases() {
  std::vector<Case> Cases;
  std::ifstream In(ADDER_CONTAINER_CASES);
  std::string Line;
  while (std::getline(In, Line)) {
    size_t Tab = Line.find('\t');
    if (Tab == std::string::npos)
      continue;
    Cases.push_back({Line.substr(0, Tab), Line.substr(Tab + 1)});
  }
  return Cases;
}

void runCorpus(bool Stress) {
  std::vector<Case> Cases = loadCases();
  ASSERT_GT(Cases.size(), 500u) << "missing cases file " ADDER_CONTAINER_CASES;
  size_t Failures = 0;
  size_t CollectionsBefore = gcStats().collections;
  for (const Case &C : Cases) {
    gcSetStress(Stress);
    std::string Got = runCase(C.text);
    gcSetStress(false);
    if (Got != C.expected) {
      ++Failures;
      ADD_FAILURE() << "case: " << C.text << "\n  CPython: " << C.expected
                    << "\n  adder:   " << Got;
    }
  }
  EXPECT_EQ(Failures, 0u) << "of " << Cases.size() << " cases";
  if (Stress) // a collection before every allocation really happened
    EXPECT_GT(gcStats().collections - CollectionsBefore, Cases.size());
}

} // namespace

TEST(Containers, CPythonCorpus) { runCorpus(false); }

TEST(Containers, CPythonCorpusUnderGCStress) { runCorpus(true); }

//===----------------------------------------------------------------------===//
// Direct tests of the C++ API
//===----------------------------------------------------------------------===//

namespace {

/// A key type whose hash is constant (every key collides) and whose ==
/// compares a payload; optionally it mutates a dict during comparison.
struct ProbeKey {
  Object header;
  SWord payload;
};
Value MutationTarget = Error;
int Comparisons = 0;

SWord probeHash(Value) { return 42; }
Value probeCompare(Value A, Value B, CompareOp Op) {
  if (Op != CompareOp::Eq || !isObject(B) || typeOf(B) != typeOf(A))
    return notImplemented();
  ++Comparisons;
  if (MutationTarget != Error) {
    // Replace the dict's table underneath the lookup.
    Value T = MutationTarget;
    MutationTarget = Error;
    for (int I = 0; I < 50; ++I)
      dictSetItem(asDict(T), makeSmallInt(1000 + I), none());
  }
  auto *X = reinterpret_cast<ProbeKey *>(asObject(A));
  auto *Y = reinterpret_cast<ProbeKey *>(asObject(B));
  return boolValue(X->payload == Y->payload);
}
Value probeRepr(Value V) {
  StrBuilder B;
  B.appendFormat("K%zd", reinterpret_cast<ProbeKey *>(asObject(V))->payload);
  return B.finish();
}

const Type ProbeKeyType = {.header = {&adder_type_type},
                           .name = "ProbeKey",
                           .base = &adder_type_object,
                           .instanceSize = sizeof(ProbeKey),
                           .repr = probeRepr,
                           .hash = probeHash,
                           .compare = probeCompare};

Value probeKey(SWord Payload) {
  auto *K = reinterpret_cast<ProbeKey *>(gcAlloc(&ProbeKeyType, sizeof(ProbeKey)));
  K->payload = Payload;
  return fromObject(&K->header);
}

} // namespace

TEST(Containers, DictCollidingKeys) {
  Dict *D = dictNew();
  for (int I = 0; I < 40; ++I)
    ASSERT_EQ(dictSetItem(D, probeKey(I), makeSmallInt(I * 10)), 0);
  EXPECT_EQ(D->used, 40u);
  for (int I = 0; I < 40; ++I)
    EXPECT_EQ(dictLookup(D, probeKey(I)), makeSmallInt(I * 10));
  EXPECT_EQ(dictLookup(D, probeKey(99)), Error);
  EXPECT_FALSE(errorPending());
  for (int I = 0; I < 40; I += 2)
    ASSERT_EQ(dictDelItem(D, probeKey(I)), 0);
  for (int I = 0; I < 40; ++I)
    EXPECT_EQ(dictLookup(D, probeKey(I)),
              I % 2 ? makeSmallInt(I * 10) : Error);
  EXPECT_EQ(reprOf(dictValue(D)).substr(0, 18), "{K1: 10, K3: 30, K");
}

TEST(Containers, DictLookupRestartsWhenEqMutates) {
  Dict *D = dictNew();
  ASSERT_EQ(dictSetItem(D, probeKey(1), S("one")), 0);
  ASSERT_EQ(dictSetItem(D, probeKey(2), S("two")), 0);
  MutationTarget = dictValue(D);
  Value V = dictLookup(D, probeKey(2));
  EXPECT_EQ(reprOf(V), "'two'");
  EXPECT_EQ(D->used, 52u);
}

TEST(Containers, SetCollidingKeysAndMutation) {
  Value Items[3] = {probeKey(1), probeKey(2), probeKey(3)};
  Value Set_ = adder_set_new(Items, 3);
  ASSERT_NE(Set_, Error);
  EXPECT_EQ(length(Set_), 3);
  EXPECT_EQ(contains(Set_, probeKey(2)), 1);
  EXPECT_EQ(contains(Set_, probeKey(7)), 0);
  EXPECT_EQ(adder_set_add(Set_, probeKey(2)), 0);
  EXPECT_EQ(length(Set_), 3);
}

TEST(Containers, DictRandomizedAgainstStdMap) {
  std::mt19937 Rng(12345);
  Dict *D = dictNew();
  std::map<long, long> Ref;
  for (int Step = 0; Step < 20000; ++Step) {
    long K = long(Rng() % 2000) - 1000;
    switch (Rng() % 4) {
    case 0:
    case 1: {
      long V = long(Rng() % 100000);
      ASSERT_EQ(dictSetItem(D, makeSmallInt(K), makeSmallInt(V)), 0);
      Ref[K] = V;
      break;
    }
    case 2: {
      int R = dictDelItem(D, makeSmallInt(K));
      if (Ref.erase(K))
        ASSERT_EQ(R, 0);
      else {
        ASSERT_EQ(R, -1);
        clearPendingException();
      }
      break;
    }
    default: {
      Value V = dictLookup(D, makeSmallInt(K));
      auto It = Ref.find(K);
      ASSERT_EQ(V, It == Ref.end() ? Error : makeSmallInt(It->second));
    }
    }
    ASSERT_EQ(D->used, Ref.size());
  }
  // Iteration visits exactly the live keys.
  uint32_t Pos = 0;
  Value K, V;
  size_t N = 0;
  while (dictNext(D, &Pos, &K, &V)) {
    ASSERT_EQ(makeSmallInt(Ref.at(smallIntValue(K))), V);
    ++N;
  }
  EXPECT_EQ(N, Ref.size());
}

TEST(Containers, SetRandomizedAgainstStdMap) {
  std::mt19937 Rng(777);
  Set *St = setNewFromIterable(&adder_type_set, Error);
  std::map<long, bool> Ref;
  for (int Step = 0; Step < 20000; ++Step) {
    long K = long(Rng() % 3000);
    if (Rng() % 3) {
      ASSERT_EQ(setAdd(St, makeSmallInt(K)), 0);
      Ref[K] = true;
    } else {
      ASSERT_EQ(setDiscard(St, makeSmallInt(K)), Ref.erase(K) ? 1 : 0);
    }
    ASSERT_EQ(St->used, Ref.size());
  }
  for (long K = 0; K < 3000; ++K)
    ASSERT_EQ(setContains(St, makeSmallInt(K)), Ref.count(K) ? 1 : 0);
}

TEST(Containers, AbiEntryPoints) {
  Value KV[4] = {S("a"), makeSmallInt(1), S("b"), makeSmallInt(2)};
  Value D = adder_dict_from_pairs(KV, 2);
  EXPECT_EQ(reprOf(D), "{'a': 1, 'b': 2}");
  EXPECT_EQ(adder_dict_get(D, S("b"), none()), makeSmallInt(2));
  EXPECT_EQ(adder_dict_get(D, S("z"), makeSmallInt(7)), makeSmallInt(7));

  Value E = adder_dict_new();
  ASSERT_EQ(adder_dict_update(E, D), 0);
  EXPECT_EQ(reprOf(E), "{'a': 1, 'b': 2}");
  Value L = listFromArray(KV, 2);
  EXPECT_EQ(adder_dict_update(E, L), -1);
  EXPECT_EQ(takeError(), "TypeError: 'list' object is not a mapping");

  Value Callee = fromObject(&adder_builtin_sorted.header);
  Value F = adder_dict_new();
  ASSERT_EQ(adder_dict_merge_kwargs(F, D, Callee), 0);
  EXPECT_EQ(adder_dict_merge_kwargs(F, D, Callee), -1);
  std::string Msg = takeError();
  EXPECT_NE(Msg.find("got multiple values for keyword argument 'a'"),
            std::string::npos)
      << Msg;
  EXPECT_EQ(adder_dict_merge_kwargs(F, L, Callee), -1);
  Msg = takeError();
  EXPECT_NE(Msg.find("argument after ** must be a mapping, not list"),
            std::string::npos)
      << Msg;

  Value Items[3] = {makeSmallInt(3), makeSmallInt(1), makeSmallInt(3)};
  Value St = adder_set_new(Items, 3);
  EXPECT_EQ(reprOf(St), "{1, 3}");
  ASSERT_EQ(adder_set_update(St, L), 0); // adds 'a' and 1
  EXPECT_EQ(length(St), 3);

  Value R = adder_range_new(makeSmallInt(1), makeSmallInt(10), makeSmallInt(3));
  EXPECT_EQ(reprOf(R), "range(1, 10, 3)");
  EXPECT_EQ(reprOf(listFromIterable(R)), "[1, 4, 7]");
  EXPECT_EQ(adder_range_new(makeSmallInt(1), makeSmallInt(10), makeSmallInt(0)),
            Error);
  EXPECT_EQ(takeError(), "ValueError: range() arg 3 must not be zero");
}

namespace {
SWord Counter;
Value countFn(Value, const Value *, size_t, Tuple *) {
  return makeSmallInt(++Counter);
}
const BuiltinFunction CountUp = {{&adder_type_builtin_function}, "count",
                                 countFn, Error};
} // namespace

TEST(Containers, IterCallableSentinel) {
  Counter = 0;
  Value Args[2] = {fromObject(&CountUp.header), makeSmallInt(4)};
  Value It = call(fromObject(&adder_builtin_iter.header), Args, 2);
  ASSERT_NE(It, Error);
  EXPECT_STREQ(typeName(It), "callable_iterator");
  EXPECT_EQ(reprOf(listFromIterable(It)), "[1, 2, 3]");
  // Exhausted for good: the callable is not called again.
  EXPECT_EQ(iterNext(It), Error);
  EXPECT_FALSE(errorPending());
  EXPECT_EQ(Counter, 4);
}

TEST(Containers, BigDictsAndSetsSurviveCollections) {
  gcSetStress(false);
  Value D = adder_dict_new();
  Value St = adder_set_new(nullptr, 0);
  for (int I = 0; I < 5000; ++I) {
    Value Key = str(makeSmallInt(I));
    ASSERT_NE(Key, Error);
    ASSERT_EQ(adder_dict_setitem(D, Key, listFromArray(&Key, 1)), 0);
    ASSERT_EQ(adder_set_add(St, Key), 0);
    if (I % 1000 == 0)
      gcCollect();
  }
  gcCollect();
  for (int I = 0; I < 5000; I += 7) {
    Value Key = str(makeSmallInt(I));
    Value V = getItem(D, Key);
    ASSERT_NE(V, Error);
    EXPECT_EQ(reprOf(V), "['" + std::to_string(I) + "']");
    EXPECT_EQ(contains(St, Key), 1);
  }
}

TEST(Containers, ListKindsConvertWithoutLosingItems) {
  gcSetStress(true);
  Value Items[3] = {floatNew(0.5), floatNew(1.5), floatNew(2.5)};
  Value L = listFromArray(Items, 3);
  ASSERT_NE(L, Error);
  EXPECT_EQ(asList(L)->kind(), ListFloats);
  // A store that does not fit boxes every float, collecting before each
  // allocation: the items boxed so far must survive.
  ASSERT_EQ(adder_list_setitem_int(L, makeSmallInt(1), S("x")), 0);
  EXPECT_EQ(asList(L)->kind(), ListValues);
  EXPECT_EQ(reprOf(L), "[0.5, 'x', 2.5]");

  Value Flags = adder_list_repeat(boolValue(true), makeSmallInt(5));
  EXPECT_EQ(asList(Flags)->kind(), ListBools);
  ASSERT_EQ(adder_list_setitem_int(Flags, makeSmallInt(-1), boolValue(false)),
            0);
  EXPECT_EQ(asList(Flags)->kind(), ListBools);
  ASSERT_EQ(adder_list_append(Flags, makeSmallInt(7)), 0);
  EXPECT_EQ(asList(Flags)->kind(), ListValues);
  EXPECT_EQ(reprOf(Flags), "[True, True, True, True, False, 7]");

  // NaN is never stored unboxed; an empty list takes its first item's kind.
  Value Nan = floatNew(__builtin_nan(""));
  Value E = listFromArray(nullptr, 0);
  ASSERT_EQ(adder_list_append(E, Nan), 0);
  EXPECT_EQ(asList(E)->kind(), ListValues);
  EXPECT_EQ(adder_list_getitem_int(E, makeSmallInt(0)), Nan);
  Value F = listFromArray(nullptr, 0);
  ASSERT_EQ(adder_list_append(F, floatNew(3.0)), 0);
  EXPECT_EQ(asList(F)->kind(), ListFloats);
  EXPECT_EQ(adder_list_getitem_float(F, makeSmallInt(-1)), 3.0);
  EXPECT_EQ(adder_list_setitem_float(F, makeSmallInt(0), 4.5), 0);
  EXPECT_EQ(adder_list_item_float(F, 0), 4.5);
  gcSetStress(false);
}

TEST(Containers, ListKindConversionFailsCleanlyWhenHeapIsLocked) {
  // 1e300 is boxed on every target (no immediate float holds it).
  Value Items[2] = {floatNew(1e300), floatNew(2.0)};
  Value L = listFromArray(Items, 2);
  ASSERT_EQ(asList(L)->kind(), ListFloats);
  gcLock();
  EXPECT_EQ(adder_list_setitem_int(L, makeSmallInt(0), none()), -1);
  EXPECT_EQ(adder_list_getitem_int(L, makeSmallInt(0)), Error);
  // Reading 2.0 needs no allocation where it is an immediate float.
  Value Second = adder_list_getitem_int(L, makeSmallInt(1));
  EXPECT_EQ(Second == Error, !ImmediateFloats);
  gcUnlock();
  EXPECT_EQ(takeError(), "MemoryError: ");
  // Unchanged by the failed conversion.
  EXPECT_EQ(asList(L)->kind(), ListFloats);
  EXPECT_EQ(reprOf(L), "[1e+300, 2.0]");
}

//===----------------------------------------------------------------------===//
// main: the heap needs the outermost stack frame for its conservative scan.
//===----------------------------------------------------------------------===//

int main(int Argc, char **Argv) {
  constexpr size_t HeapSize = size_t(64) << 20;
  void *Region = aligned_alloc(4096, HeapSize);
  // The frame address, not a local's: every slot of main's frame is below
  // it and gets scanned.
  heapInit(Region, HeapSize, __builtin_frame_address(0));
  gcAddRoots(VariableSlots, MaxVariables);
  testing::InitGoogleTest(&Argc, Argv);
  return RUN_ALL_TESTS();
}
