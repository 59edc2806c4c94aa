//===- NumbersTest.cpp - int, float, complex, math, formatting vs CPython -===//
//
// Replays the cases gen_number_cases.py wrote with CPython (fixed seed):
// each line is an operation on encoded operands and the repr of CPython's
// result, or its exception as "Type: message". The runtime must agree
// exactly. A few direct tests check what the cases cannot see: the inline
// small-int fast paths at the edges of the tagged range and the ABI's
// unboxed entry points.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Heap.h"
#include "adder/runtime/Numbers.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace adder::rt {
// From the core (objects/Tuple.h, objects/Dict.h), declared here so the
// test builds against the real core and the stand-in alike.
Tuple *tupleNew(const Value *Items, size_t Count);
Dict *dictNew();
int dictSetItem(Dict *D, Value Key, Value Item);
} // namespace adder::rt

using namespace adder::rt;

extern "C" void *__libc_stack_end;

namespace {

/// Operands live in arrays on the C stack (never in malloc'd vectors), so
/// the conservative scan keeps them alive across collections.
constexpr size_t MaxOperands = 16;

struct RuntimeEnv : ::testing::Environment {
  void SetUp() override {
    // Conservative stack scanning must reach main's frame: use the top of
    // the main thread's stack as glibc recorded it.
    size_t Size = size_t(256) << 20;
    heapInit(std::malloc(Size), Size, __libc_stack_end);
    // The generator lifts CPython's limit too.
    adder_int_max_str_digits = 0;
  }
};
const auto *Env = ::testing::AddGlobalTestEnvironment(new RuntimeEnv);

std::string unhex(const std::string &H) {
  std::string S;
  for (size_t I = 0; I + 1 < H.size(); I += 2)
    S.push_back(char(std::stoi(H.substr(I, 2), nullptr, 16)));
  return S;
}

Value makeStr(const std::string &S) {
  return fromObject(&strNew(S.data(), S.size())->header);
}

std::string text(Value V) {
  Str *S = asStr(V);
  return std::string(S->data, S->byteLength);
}

double bitsToDouble(const std::string &Hex) {
  uint64_t B = std::stoull(Hex, nullptr, 16);
  double D;
  std::memcpy(&D, &B, 8);
  return D;
}

/// Decodes one operand starting at Toks[I] (advancing I).
Value decode(const std::vector<std::string> &Toks, size_t &I) {
  const std::string &T = Toks[I++];
  switch (T[0]) {
  case 'i':
    return adder_int_parse(asStr(makeStr(T.substr(1))), makeSmallInt(10));
  case 'f':
    return floatNew(bitsToDouble(T.substr(1)));
  case 'T':
    return boolValue(true);
  case 'F':
    return boolValue(false);
  case 'N':
    return none();
  case 's':
    return makeStr(unhex(T.substr(1)));
  case 'c': {
    size_t Comma = T.find(',');
    return adder_complex_new(bitsToDouble(T.substr(1, Comma - 1)),
                             bitsToDouble(T.substr(Comma + 1)));
  }
  case 't': {
    size_t N = std::stoul(T.substr(1));
    Value Items[MaxOperands];
    for (size_t K = 0; K < N && K < MaxOperands; ++K)
      Items[K] = decode(Toks, I);
    return fromObject(&tupleNew(Items, N)->header);
  }
  case 'd': {
    size_t N = std::stoul(T.substr(1));
    Dict *D = dictNew();
    for (size_t K = 0; K < N; ++K) {
      Value Key = decode(Toks, I);
      Value Item = decode(Toks, I);
      dictSetItem(D, Key, Item);
    }
    return fromObject(reinterpret_cast<Object *>(D));
  }
  }
  ADD_FAILURE() << "bad token " << T;
  return none();
}

const MethodDef *mathFunction(const std::string &Name) {
  for (size_t I = 0; I < adder_math_function_count; ++I)
    if (Name == adder_math_functions[I].name)
      return &adder_math_functions[I];
  return nullptr;
}

Value evaluate(const std::string &Op, const Value *A, size_t NumArgs) {
  static const std::map<std::string, BinaryOp> Binary = {
      {"add", BinaryOp::Add},       {"sub", BinaryOp::Sub},
      {"mul", BinaryOp::Mul},       {"truediv", BinaryOp::TrueDiv},
      {"floordiv", BinaryOp::FloorDiv}, {"mod", BinaryOp::Mod},
      {"pow", BinaryOp::Pow},       {"lshift", BinaryOp::LShift},
      {"rshift", BinaryOp::RShift}, {"and", BinaryOp::And},
      {"or", BinaryOp::Or},         {"xor", BinaryOp::Xor}};
  static const std::map<std::string, CompareOp> Compare = {
      {"lt", CompareOp::Lt}, {"le", CompareOp::Le}, {"eq", CompareOp::Eq},
      {"ne", CompareOp::Ne}, {"gt", CompareOp::Gt}, {"ge", CompareOp::Ge}};
  if (auto It = Binary.find(Op); It != Binary.end())
    return binaryOp(A[0], A[1], It->second);
  if (auto It = Compare.find(Op); It != Compare.end())
    return compare(A[0], A[1], It->second);
  if (Op == "divmod")
    return adder_divmod(A[0], A[1]);
  if (Op == "pow3")
    return adder_pow(A[0], A[1], A[2]);
  if (Op == "neg")
    return unaryOp(A[0], UnaryOp::Neg);
  if (Op == "pos")
    return unaryOp(A[0], UnaryOp::Pos);
  if (Op == "invert")
    return unaryOp(A[0], UnaryOp::Invert);
  if (Op == "abs")
    return adder_abs(A[0]);
  if (Op == "hash") {
    SWord H = hash(A[0]);
    return H == -1 && errorPending() ? Error : adder_int_from_i64(H);
  }
  if (Op == "repr")
    return A[0];
  if (Op == "str")
    return str(A[0]);
  if (Op == "bool") {
    int T = truthy(A[0]);
    return T < 0 ? Error : boolValue(T);
  }
  if (Op == "int")
    return adder_to_int(A[0]);
  if (Op == "float")
    return adder_to_float(A[0]);
  if (Op == "intbase")
    return adder_construct_int(A, NumArgs, nullptr);
  if (Op == "complex")
    return adder_construct_complex(A, NumArgs, nullptr);
  if (Op == "round")
    return adder_round(A[0], Error);
  if (Op == "round2")
    return adder_round(A[0], A[1]);
  if (Op == "format")
    return adder_format_value(A[0], A[1]);
  if (Op == "strmod")
    return adder_str_mod(A[0], A[1]);
  if (Op.rfind("math.", 0) == 0) {
    const MethodDef *M = mathFunction(Op.substr(5));
    if (!M) {
      ADD_FAILURE() << "no math." << Op.substr(5);
      return none();
    }
    return M->call(A, NumArgs, nullptr);
  }
  ADD_FAILURE() << "unknown op " << Op;
  return none();
}

/// Result as the generator wrote it: repr, or "Type: message".
std::string outcome(Value R) {
  if (R == Error) {
    Object *E = takePendingException();
    if (!E)
      return "<Error without exception>";
    Value Msg = str(fromObject(E));
    std::string M = Msg == Error ? "<str failed>" : text(Msg);
    clearPendingException();
    return std::string("!") + E->type->name + ": " + M;
  }
  if (errorPending()) {
    clearPendingException();
    return "<result with exception pending>";
  }
  Value S = repr(R);
  if (S == Error) {
    clearPendingException();
    return "<repr failed>";
  }
  return text(S);
}

/// Runs every case whose op satisfies Pick; reports up to 30 mismatches.
void runCases(bool (*Pick)(const std::string &)) {
  std::ifstream In(ADDER_NUMBER_CASES);
  ASSERT_TRUE(In) << "cannot open " << ADDER_NUMBER_CASES;
  std::string Line;
  size_t LineNo = 0, Run = 0, Failed = 0;
  while (std::getline(In, Line)) {
    ++LineNo;
    std::vector<std::string> Toks;
    size_t P = 0;
    while (P <= Line.size()) {
      size_t Q = Line.find(' ', P);
      if (Q == std::string::npos)
        Q = Line.size();
      Toks.push_back(Line.substr(P, Q - P));
      P = Q + 1;
    }
    if (Toks.size() < 2 || !Pick(Toks[0]))
      continue;
    ++Run;
    Value Args[MaxOperands];
    size_t NumArgs = 0;
    size_t I = 1;
    while (I + 1 < Toks.size() && NumArgs < MaxOperands)
      Args[NumArgs++] = decode(Toks, I);
    const std::string &E = Toks.back();
    std::string Expected =
        E[0] == 'r' ? unhex(E.substr(1)) : "!" + unhex(E.substr(1));
    std::string Got = outcome(evaluate(Toks[0], Args, NumArgs));
    if (Got != Expected) {
      ++Failed;
      if (Failed <= 30) {
        std::string Shown;
        for (size_t K = 0; K < NumArgs; ++K)
          Shown += " " + outcome(Args[K]);
        ADD_FAILURE() << "line " << LineNo << ": " << Toks[0] << Shown
                      << "\n  expected: " << Expected
                      << "\n  got:      " << Got;
      }
    }
  }
  EXPECT_EQ(Failed, 0u) << "of " << Run << " cases";
  EXPECT_GT(Run, 0u);
}

bool isBinary(const std::string &Op) {
  return Op == "add" || Op == "sub" || Op == "mul" || Op == "truediv" ||
         Op == "floordiv" || Op == "mod" || Op == "pow" || Op == "lshift" ||
         Op == "rshift" || Op == "and" || Op == "or" || Op == "xor" ||
         Op == "divmod" || Op == "pow3";
}
bool isCompare(const std::string &Op) {
  return Op == "lt" || Op == "le" || Op == "eq" || Op == "ne" || Op == "gt" ||
         Op == "ge";
}
bool isUnary(const std::string &Op) {
  return Op == "neg" || Op == "pos" || Op == "invert" || Op == "abs" ||
         Op == "hash" || Op == "repr" || Op == "str" || Op == "bool" ||
         Op == "round" || Op == "round2";
}
bool isConversion(const std::string &Op) {
  return Op == "int" || Op == "float" || Op == "intbase" || Op == "complex";
}

} // namespace

TEST(Numbers, BinaryOperators) { runCases(isBinary); }
TEST(Numbers, Comparisons) { runCases(isCompare); }
TEST(Numbers, UnaryAndRounding) { runCases(isUnary); }
TEST(Numbers, Conversions) { runCases(isConversion); }
TEST(Numbers, FormatSpec) {
  runCases([](const std::string &Op) { return Op == "format"; });
}
TEST(Numbers, PercentFormat) {
  runCases([](const std::string &Op) { return Op == "strmod"; });
}
TEST(Numbers, MathModule) {
  runCases([](const std::string &Op) { return Op.rfind("math.", 0) == 0; });
}

TEST(Numbers, TaggedFastPathsAtTheEdges) {
  Value Max = makeSmallInt(SmallIntMax), Min = makeSmallInt(SmallIntMin);
  Value One = makeSmallInt(1), MinusOne = makeSmallInt(-1);
  // Overflow leaves the small range and comes back normalized.
  Value Big = intAdd(Max, One);
  ASSERT_TRUE(isBigIntObject(Big));
  EXPECT_EQ(intSub(Big, One), Max);
  EXPECT_TRUE(isBigIntObject(intSub(Min, One)));
  EXPECT_EQ(intAdd(intSub(Min, One), One), Min);
  EXPECT_TRUE(isBigIntObject(intNeg(Min)));
  EXPECT_EQ(intNeg(intNeg(Min)), Min);
  EXPECT_TRUE(isBigIntObject(intMul(Max, makeSmallInt(2))));
  EXPECT_EQ(intMul(makeSmallInt(-3), makeSmallInt(7)), makeSmallInt(-21));
  EXPECT_TRUE(isBigIntObject(intFloorDiv(Min, MinusOne)));
  EXPECT_EQ(intFloorDiv(makeSmallInt(-7), makeSmallInt(2)), makeSmallInt(-4));
  EXPECT_EQ(intMod(makeSmallInt(-7), makeSmallInt(2)), makeSmallInt(1));
  EXPECT_EQ(intMod(makeSmallInt(7), makeSmallInt(-2)), makeSmallInt(-1));
  EXPECT_EQ(intMod(Min, MinusOne), makeSmallInt(0));
  EXPECT_TRUE(intLt(Min, Max));
  EXPECT_TRUE(intLt(Max, Big));
  EXPECT_FALSE(intEq(Max, Big));
  EXPECT_EQ(adder_int_invert(makeSmallInt(5)), makeSmallInt(-6));
  EXPECT_EQ(adder_int_xor(makeSmallInt(5), makeSmallInt(3)), makeSmallInt(6));
  EXPECT_EQ(intFromI64(int64_t(SmallIntMax)), Max);
  // Division by zero goes to the slow path and raises.
  EXPECT_EQ(intFloorDiv(One, makeSmallInt(0)), Error);
  EXPECT_EQ(outcome(Error),
            "!ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(intMod(One, makeSmallInt(0)), Error);
  EXPECT_EQ(outcome(Error), "!ZeroDivisionError: integer modulo by zero");
}

TEST(Numbers, UnboxedEntryPoints) {
  EXPECT_EQ(adder_int_truediv(makeSmallInt(1), makeSmallInt(3)), 1.0 / 3);
  EXPECT_EQ(adder_float_floordiv(-7.5, 2.0), -4.0);
  EXPECT_EQ(adder_float_mod(-7.5, 2.0), 0.5);
  EXPECT_TRUE(std::signbit(adder_float_mod(-0.0, -2.0)));
  adder_float_truediv(1.0, 0.0);
  EXPECT_EQ(outcome(Error), "!ZeroDivisionError: float division by zero");
  EXPECT_EQ(adder_float_pow_int(2.0, makeSmallInt(10)), 1024.0);
  EXPECT_EQ(outcome(adder_float_pow(-8.0, 1.0 / 3)),
            "(1.0000000000000002+1.7320508075688772j)");
  EXPECT_EQ(adder_math_sqrt_f(2.0), std::sqrt(2.0));
  adder_math_sqrt_f(-1.0);
  EXPECT_EQ(outcome(Error), "!ValueError: math domain error");
  EXPECT_EQ(outcome(adder_float_to_int(1e20)), "100000000000000000000");
  EXPECT_EQ(outcome(adder_int_to_str(adder_int_from_i64(INT64_MIN))),
            "'-9223372036854775808'");
  EXPECT_EQ(outcome(adder_hex(adder_int_from_i64(-255))), "'-0xff'");
  EXPECT_EQ(outcome(adder_bin(boolValue(true))), "'0b1'");
  EXPECT_TRUE(adder_float_int_compare(0.5, makeSmallInt(0), CompareOp::Gt));
  EXPECT_EQ(adder_float_hash(1.5), hash(floatNew(1.5)));
}

TEST(Numbers, ImmediateFloatsCoverTheCommonRangeAndRoundTrip) {
  // Which doubles are immediate: zeros and biased exponents 769..1279.
  struct Case {
    double value;
    bool immediate;
  } Cases[] = {
      {0.0, true},          {-0.0, true},           {1.0, true},
      {-2.5, true},         {0.1, true},            {1e-70, true},
      {1e70, true},         {std::ldexp(1.0, -254), true},
      {std::ldexp(1.0, 256), true},
      {std::ldexp(1.9999999999999998, 256), true},
      {std::ldexp(1.0, -255), false},
      {std::ldexp(1.9999999999999998, -255), false},
      {std::ldexp(1.0, 257), false},
      {5e-324, false},      {1e300, false},         {-1e-300, false},
      {HUGE_VAL, false},    {-HUGE_VAL, false},     {std::nan(""), false},
  };
  for (const Case &C : Cases) {
    Value V = floatNew(C.value);
    ASSERT_NE(V, Error);
    EXPECT_EQ(isImmediateFloat(V), C.immediate && ImmediateFloats)
        << C.value;
    EXPECT_EQ(isObject(V), !isImmediateFloat(V)) << C.value;
    EXPECT_EQ(typeOf(V), &adder_type_float);
    EXPECT_TRUE(isExactFloat(V));
    uint64_t In, Out;
    double Back = floatValue(V);
    std::memcpy(&In, &C.value, 8);
    std::memcpy(&Out, &Back, 8);
    EXPECT_EQ(In, Out) << C.value; // bit for bit, sign of zero and nan too
  }
  // Immediates are never taken for small ints or objects.
  Value Half = floatNew(0.5);
  EXPECT_FALSE(isSmallInt(Half));
  EXPECT_FALSE(isInt(Half));
  EXPECT_FALSE(isExactInt(Half));
}

TEST(Numbers, MathTableIsSorted) {
  for (size_t I = 1; I < adder_math_function_count; ++I)
    EXPECT_LT(std::strcmp(adder_math_functions[I - 1].name,
                          adder_math_functions[I].name),
              0)
        << adder_math_functions[I].name;
  EXPECT_EQ(adder_math_constant_count, 5u);
}
