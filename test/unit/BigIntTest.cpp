//===- BigIntTest.cpp - runtime/bigint against CPython --------------------===//
//
// Two kinds of test. Known values check a few results everyone can verify
// by eye (2**200, 60!, floor division of negatives, int('0x_ff', 0)). The
// differential test replays the cases gen_bigint_cases.py wrote at build
// time, with CPython's answers, and requires every one to match bit for
// bit. Every output and scratch buffer is allocated at exactly its
// advertised bound with guard limbs behind it and garbage inside, so the
// size contracts in BigInt.h are tested along with the results.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Limbs.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace adder::bigint;

namespace {

constexpr Limb Guard = 0xDEADBEEF;
constexpr Limb Garbage = 0xA5A5A5A5;

/// An owned integer, built from hex independently of the library.
struct Int {
  std::vector<Limb> L;
  bool Neg = false;
  BigView v() const { return {L.data(), uint32_t(L.size()), Neg}; }
};

Int fromHex(const std::string &S) {
  Int R;
  size_t I = 0;
  if (!S.empty() && S[0] == '-') {
    R.Neg = true;
    I = 1;
  }
  std::string Digits = S.substr(I);
  for (size_t End = Digits.size(); End > 0; End = End > 8 ? End - 8 : 0) {
    size_t Begin = End > 8 ? End - 8 : 0;
    R.L.push_back(
        Limb(std::stoul(Digits.substr(Begin, End - Begin), nullptr, 16)));
  }
  while (!R.L.empty() && R.L.back() == 0)
    R.L.pop_back();
  if (R.L.empty())
    R.Neg = false;
  return R;
}

std::string toHex(BigView V) {
  if (V.Len == 0)
    return "0";
  std::string S = V.Neg ? "-" : "";
  char Buf[16];
  std::snprintf(Buf, sizeof Buf, "%x", V.Limbs[V.Len - 1]);
  S += Buf;
  for (uint32_t I = V.Len - 1; I-- > 0;) {
    std::snprintf(Buf, sizeof Buf, "%08x", V.Limbs[I]);
    S += Buf;
  }
  return S;
}

std::string toHex(int64_t V) {
  char Buf[24];
  if (V < 0)
    std::snprintf(Buf, sizeof Buf, "-%llx",
                  (unsigned long long)(0 - uint64_t(V)));
  else
    std::snprintf(Buf, sizeof Buf, "%llx", (unsigned long long)V);
  return Buf;
}

/// N limbs of garbage followed by guard limbs; intact() tells whether the
/// operation stayed inside its N.
struct Region {
  std::vector<Limb> V;
  size_t N;
  explicit Region(uint64_t Size) : N(size_t(Size)) {
    V.assign(N + 4, Garbage);
    for (size_t I = N; I < N + 4; ++I)
      V[I] = Guard;
  }
  Limb *data() { return V.data(); }
  bool intact() const {
    for (size_t I = N; I < N + 4; ++I)
      if (V[I] != Guard)
        return false;
    return true;
  }
};

struct Out {
  Region R;
  BigBuf B;
  explicit Out(uint64_t Cap) : R(Cap), B(buffer(R.data(), uint32_t(Cap))) {}
  std::string hex() const { return toHex(view(B)); }
};

const char *statusName(Status S) {
  switch (S) {
  case Status::Ok:
    return "Ok";
  case Status::ZeroDivision:
    return "ZeroDivision";
  case Status::ZeroModulo:
    return "ZeroModulo";
  case Status::ZeroTrueDivision:
    return "ZeroTrueDivision";
  case Status::DivisionOverflow:
    return "DivisionOverflow";
  case Status::FloatOverflow:
    return "FloatOverflow";
  case Status::ModulusZero:
    return "ModulusZero";
  case Status::NotInvertible:
    return "NotInvertible";
  case Status::NegativeSqrt:
    return "NegativeSqrt";
  case Status::InvalidBase:
    return "InvalidBase";
  case Status::InvalidLiteral:
    return "InvalidLiteral";
  case Status::TooManyDigits:
    return "TooManyDigits";
  }
  return "?";
}

std::string err(Status S) { return std::string("!") + statusName(S); }

std::string doubleHex(double D) {
  uint64_t B;
  std::memcpy(&B, &D, 8);
  char Buf[24];
  std::snprintf(Buf, sizeof Buf, "%016llx", (unsigned long long)B);
  return Buf;
}

double doubleOfHex(const std::string &S) {
  uint64_t B = std::stoull(S, nullptr, 16);
  double D;
  std::memcpy(&D, &B, 8);
  return D;
}

std::string hexBytes(const std::string &S) {
  std::string R;
  for (size_t I = 0; I + 1 < S.size(); I += 2)
    R += char(std::stoi(S.substr(I, 2), nullptr, 16));
  return R;
}

// Checked wrappers: each allocates exactly the advertised sizes, runs the
// operation and fails the test if a guard was touched.
#define CHECK_REGIONS(...)                                                     \
  do {                                                                         \
    for (const Region *R_ : {__VA_ARGS__})                                     \
      EXPECT_TRUE(R_->intact()) << "buffer overrun";                           \
  } while (0)

std::string runAdd(const Int &A, const Int &B, bool Subtract) {
  Out O(addBound(A.v(), B.v()));
  (Subtract ? sub : add)(O.B, A.v(), B.v());
  CHECK_REGIONS(&O.R);
  return O.hex();
}

std::string runMul(const Int &A, const Int &B) {
  Out O(mulBound(A.v(), B.v()));
  Region S(mulScratch(A.v(), B.v()));
  mul(O.B, A.v(), B.v(), S.data());
  CHECK_REGIONS(&O.R, &S);
  return O.hex();
}

std::string runDivMod(const Int &A, const Int &B) {
  Out Q(quotientBound(A.v(), B.v())), R(remainderBound(A.v(), B.v()));
  Region S(divModScratch(A.v(), B.v()));
  Status St = divMod(&Q.B, &R.B, A.v(), B.v(), S.data());
  CHECK_REGIONS(&Q.R, &R.R, &S);
  if (St != Status::Ok)
    return err(St);
  // The one-output forms must agree with the two-output one.
  Out Q2(quotientBound(A.v(), B.v())), R2(remainderBound(A.v(), B.v()));
  Region S2(divModScratch(A.v(), B.v()));
  divMod(&Q2.B, nullptr, A.v(), B.v(), S2.data());
  divMod(nullptr, &R2.B, A.v(), B.v(), S2.data());
  CHECK_REGIONS(&Q2.R, &R2.R, &S2);
  EXPECT_EQ(Q2.hex(), Q.hex());
  EXPECT_EQ(R2.hex(), R.hex());
  return Q.hex() + " " + R.hex();
}

std::string runTrueDiv(const Int &A, const Int &B) {
  Region S(trueDivideScratch(A.v(), B.v()));
  double D = 0;
  Status St = trueDivide(D, A.v(), B.v(), S.data());
  CHECK_REGIONS(&S);
  return St == Status::Ok ? doubleHex(D) : err(St);
}

std::string runPow(const Int &A, const Int &E) {
  uint64_t N = powBound(A.v(), E.v());
  Out O(N);
  Region S(powScratch(A.v(), E.v()));
  pow(O.B, A.v(), E.v(), S.data());
  CHECK_REGIONS(&O.R, &S);
  return O.hex();
}

std::string runPowMod(const Int &A, const Int &E, const Int &M) {
  Out O(powModBound(A.v(), E.v(), M.v()));
  Region S(powModScratch(A.v(), E.v(), M.v()));
  Status St = powMod(O.B, A.v(), E.v(), M.v(), S.data());
  CHECK_REGIONS(&O.R, &S);
  return St == Status::Ok ? O.hex() : err(St);
}

std::string runShift(const Int &A, uint64_t N, bool Left) {
  Out O(Left ? shiftLeftBound(A.v(), N) : shiftRightBound(A.v(), N));
  (Left ? shiftLeft : shiftRight)(O.B, A.v(), N);
  CHECK_REGIONS(&O.R);
  return O.hex();
}

std::string runBitwise(void (*Op)(BigBuf &, BigView, BigView), const Int &A,
                       const Int &B) {
  Out O(bitwiseBound(A.v(), B.v()));
  Op(O.B, A.v(), B.v());
  CHECK_REGIONS(&O.R);
  return O.hex();
}

std::string runUnary(void (*Op)(BigBuf &, BigView), uint32_t Bound,
                     const Int &A) {
  Out O(Bound);
  Op(O.B, A.v());
  CHECK_REGIONS(&O.R);
  return O.hex();
}

std::string runGcd(const Int &A, const Int &B) {
  Out O(gcdBound(A.v(), B.v()));
  Region S(gcdScratch(A.v(), B.v()));
  gcd(O.B, A.v(), B.v(), S.data());
  CHECK_REGIONS(&O.R, &S);
  return O.hex();
}

std::string runIsqrt(const Int &A) {
  Out O(isqrtBound(A.v()));
  Region S(isqrtScratch(A.v()));
  Status St = isqrt(O.B, A.v(), S.data());
  CHECK_REGIONS(&O.R, &S);
  return St == Status::Ok ? O.hex() : err(St);
}

std::string runToString(const Int &A, unsigned Base, size_t MaxDigits = 0) {
  size_t Cap = toStringBound(A.v(), Base);
  std::string Text(Cap + 8, '#');
  Region S(toStringScratch(A.v(), Base));
  size_t Len = 0;
  Status St = toString(Text.data(), Cap, Len, A.v(), Base, S.data(), MaxDigits);
  CHECK_REGIONS(&S);
  EXPECT_EQ(Text.substr(Cap), std::string(8, '#')) << "string overrun";
  return St == Status::Ok ? Text.substr(0, Len) : err(St);
}

std::string runParse(const std::string &Text, unsigned Base,
                     size_t MaxDigits = 0) {
  Out O(parseIntBound(Text.size(), Base));
  Status St = parseInt(O.B, Text.data(), Text.size(), Base, MaxDigits);
  CHECK_REGIONS(&O.R);
  return St == Status::Ok ? O.hex() : err(St);
}

std::string runFromDouble(double D) {
  Out O(FromDoubleLimbs);
  fromDouble(O.B, D);
  CHECK_REGIONS(&O.R);
  return O.hex();
}

//===-- Known values ------------------------------------------------------===//

Int fromDecimal(const std::string &S) {
  Out O(parseIntBound(S.size(), 10));
  EXPECT_EQ(parseInt(O.B, S.data(), S.size(), 10), Status::Ok);
  Int R;
  R.L.assign(O.B.Limbs, O.B.Limbs + O.B.Len);
  R.Neg = O.B.Neg;
  return R;
}

Int small(int64_t V) {
  Int R;
  Limb S[2];
  BigView B = viewOfInt64(V, S);
  R.L.assign(B.Limbs, B.Limbs + B.Len);
  R.Neg = B.Neg;
  return R;
}

TEST(BigIntKnown, PowersAndFactorial) {
  EXPECT_EQ(runToString(fromHex(runPow(small(2), small(200))), 10),
            "1606938044258990275541962092341162602522202993782792835301376");
  EXPECT_EQ(runShift(small(1), 200, true), runPow(small(2), small(200)));
  Int F = small(1);
  for (int I = 2; I <= 60; ++I)
    F = fromHex(runMul(F, small(I)));
  EXPECT_EQ(runToString(F, 10), "832098711274139014427634118322336438075417"
                                "2606361245952449277696409600000000000000");
  EXPECT_EQ(runToString(fromHex(runPow(small(3), small(100))), 10),
            "515377520732011331036461129765621272702107522001");
  EXPECT_EQ(runPow(small(0), small(0)), "1");
  EXPECT_EQ(runPow(small(-1), fromDecimal("1000000000000000000001")), "-1");
}

TEST(BigIntKnown, FloorSemantics) {
  EXPECT_EQ(runDivMod(small(-7), small(2)), "-4 1");
  EXPECT_EQ(runDivMod(small(-7), small(3)).substr(3), "2");
  EXPECT_EQ(runDivMod(small(7), small(-2)), "-4 -1");
  EXPECT_EQ(runDivMod(small(-7), small(-2)), "3 -1");
  EXPECT_EQ(runUnary(invert, invertBound(small(5).v()), small(5)), "-6");
  EXPECT_EQ(runShift(small(-5), 1, false), "-3");
  EXPECT_EQ(runShift(small(-1), 100, true), "-10000000000000000000000000");
  EXPECT_EQ(runShift(small(-1), 1000, false), "-1");
  EXPECT_EQ(runDivMod(fromHex("-ffffffffffffffff"), fromHex("100000000")),
            "-100000000 1");
}

TEST(BigIntKnown, Errors) {
  Out Q(4), R(4);
  EXPECT_EQ(divMod(&Q.B, &R.B, small(1).v(), small(0).v(), nullptr),
            Status::ZeroDivision);
  EXPECT_EQ(divMod(nullptr, &R.B, small(1).v(), small(0).v(), nullptr),
            Status::ZeroModulo);
  EXPECT_STREQ(statusMessage(Status::ZeroModulo), "integer modulo by zero");
  EXPECT_EQ(runTrueDiv(small(1), small(0)), "!ZeroTrueDivision");
  EXPECT_EQ(runPowMod(small(3), small(-1), small(7)), "5");
  EXPECT_EQ(runPowMod(small(2), small(-1), small(4)), "!NotInvertible");
  EXPECT_EQ(runPowMod(small(2), small(3), small(0)), "!ModulusZero");
  EXPECT_EQ(runIsqrt(small(-1)), "!NegativeSqrt");
  EXPECT_EQ(runParse("12", 1), "!InvalidBase");
  EXPECT_EQ(runParse("12", 37), "!InvalidBase");
  double D;
  Int Big = fromHex(runShift(small(1), 1024, true));
  EXPECT_EQ(toDouble(Big.v(), D), Status::FloatOverflow);
  EXPECT_EQ(runTrueDiv(fromHex(runShift(small(1), 2000, true)), small(3)),
            "!DivisionOverflow");
}

TEST(BigIntKnown, Hash) {
  EXPECT_EQ(hash(fromHex(runShift(small(1), 61, true)).v()), 1);
  EXPECT_EQ(hash(fromHex(runShift(small(-1), 100, true)).v()), -549755813888);
  EXPECT_EQ(hash(small(-1).v()), -2);
  EXPECT_EQ(hash(fromHex(runShift(small(-1), 61, true)).v()), -2);
  EXPECT_EQ(hash(fromHex("1fffffffffffffff").v()), 0);
  EXPECT_EQ(hash(fromHex("10000000000000000").v()), 8);
}

TEST(BigIntKnown, Parsing) {
  EXPECT_EQ(runParse("0x_ff", 0), "ff");
  EXPECT_EQ(runParse("  -0B1_01\n", 0), "-5");
  EXPECT_EQ(runParse("0o17", 8), "f");
  EXPECT_EQ(runParse("0b1", 16), "b1");
  EXPECT_EQ(runParse("0_0", 0), "0");
  EXPECT_EQ(runParse("012", 0), "!InvalidLiteral");
  EXPECT_EQ(runParse("1__0", 10), "!InvalidLiteral");
  EXPECT_EQ(runParse("_1", 10), "!InvalidLiteral");
  EXPECT_EQ(runParse("1_", 10), "!InvalidLiteral");
  EXPECT_EQ(runParse("", 10), "!InvalidLiteral");
  EXPECT_EQ(runParse("+ 1", 10), "!InvalidLiteral");
  EXPECT_EQ(runParse(std::string("1\0", 2), 10), "!InvalidLiteral");
  EXPECT_EQ(runParse("zz", 36), "50f");
  Out O(fromDigitsBound(3, 16));
  EXPECT_EQ(fromDigits(O.B, "fFf", 3, 16), Status::Ok);
  EXPECT_EQ(O.hex(), "fff");
  EXPECT_EQ(fromDigits(O.B, "1_0", 3, 16), Status::InvalidLiteral);
}

TEST(BigIntKnown, MaxStrDigits) {
  // CPython 3.11's default int_max_str_digits is 4300.
  Int Big = fromHex(runPow(small(10), small(4300)));
  Int Fits = fromHex(runPow(small(10), small(4299)));
  EXPECT_EQ(runToString(Big, 10, 4300), "!TooManyDigits");
  EXPECT_EQ(runToString(Fits, 10, 4300).size(), 4300u);
  Int NegFits = Fits;
  NegFits.Neg = true;
  EXPECT_EQ(runToString(NegFits, 10, 4300).size(), 4301u);
  Int Huge = fromHex(runPow(small(10), small(20000)));
  EXPECT_EQ(runToString(Huge, 10, 4300), "!TooManyDigits");
  EXPECT_NE(runToString(Huge, 16, 4300)[0], '!');
  EXPECT_EQ(runParse(std::string(4301, '1'), 10, 4300), "!TooManyDigits");
  EXPECT_EQ(runParse(std::string(4301, '1') + "!", 10, 4300), "!TooManyDigits");
  EXPECT_NE(runParse(std::string(4300, '1'), 10, 4300)[0], '!');
  EXPECT_NE(runParse(std::string(5000, 'f'), 16, 4300)[0], '!');
}

TEST(BigIntKnown, Int64AndDoubles) {
  int64_t V;
  EXPECT_TRUE(toInt64(fromHex("-8000000000000000").v(), V));
  EXPECT_EQ(V, INT64_MIN);
  EXPECT_FALSE(toInt64(fromHex("8000000000000000").v(), V));
  Out O(Int64Limbs);
  fromInt64(O.B, INT64_MIN);
  EXPECT_EQ(O.hex(), "-8000000000000000");
  EXPECT_EQ(runFromDouble(-1.5), "-1");
  EXPECT_EQ(runFromDouble(1e300).size(), 250u);
  EXPECT_EQ(compareWithDouble(small(1).v(), 1.0), 0);
  EXPECT_EQ(compareWithDouble(small(1).v(), 1.5), -1);
  EXPECT_EQ(compareWithDouble(small(-2).v(), -1.5), -1);
  double D;
  EXPECT_EQ(trueDivide(D, small(0).v(), small(-5).v(), nullptr), Status::Ok);
  EXPECT_TRUE(std::signbit(D));
}

TEST(BigIntKnown, InPlace) {
  // The operations documented as alias-safe, with Out == the first input.
  Int A = fromHex("ffffffffffffffffffffffff");
  std::vector<Limb> Store(A.L);
  Store.resize(8, Garbage);
  BigBuf B{Store.data(), 8, uint32_t(A.L.size()), false};
  add(B, view(B), small(1).v());
  EXPECT_EQ(toHex(view(B)), "1000000000000000000000000");
  shiftLeft(B, view(B), 40);
  EXPECT_EQ(toHex(view(B)), "10000000000000000000000000000000000");
  shiftRight(B, view(B), 41);
  EXPECT_EQ(toHex(view(B)), "800000000000000000000000");
  bitXor(B, view(B), fromHex("-1").v());
  EXPECT_EQ(toHex(view(B)), "-800000000000000000000001");
  sub(B, small(0).v(), view(B));
  EXPECT_EQ(toHex(view(B)), "800000000000000000000001");
  invert(B, view(B));
  EXPECT_EQ(toHex(view(B)), "-800000000000000000000002");
}

//===-- Karatsuba against schoolbook
//---------------------------------------===//

TEST(BigIntKaratsuba, MatchesSchoolbook) {
  std::mt19937 Rng(7);
  for (int Iter = 0; Iter < 300; ++Iter) {
    uint32_t LA = 1 + Rng() % 400, LB = 1 + Rng() % 400;
    if (Iter % 3 == 0)
      LB = LA;
    std::vector<Limb> A(LA), B(LB);
    for (auto &X : A)
      X = Rng() % 4 == 0 ? 0xFFFFFFFF : Rng();
    for (auto &X : B)
      X = Rng() % 4 == 0 ? 0xFFFFFFFF : Rng();
    A.back() |= 1;
    B.back() |= 1;
    bool Square = Iter % 5 == 0;
    const std::vector<Limb> &BB = Square ? A : B;
    uint32_t LBB = uint32_t(BB.size());
    std::vector<Limb> Ref(LA + LBB), Got(LA + LBB);
    detail::mulSchoolbook(Ref.data(), A.data(), LA, BB.data(), LBB);
    Region S(detail::mulScratchLimbs(LA, LBB));
    detail::mulLimbs(Got.data(), A.data(), LA, BB.data(), LBB, S.data());
    EXPECT_TRUE(S.intact());
    ASSERT_EQ(Ref, Got) << "LA=" << LA << " LB=" << LBB;
  }
}

//===-- Differential cases from CPython ----------------------------------===//

TEST(BigIntCPython, AllCases) {
  // ADDER_BIGINT_CASES in the environment replays another file, e.g. one
  // written by gen_bigint_cases.py with a different --seed.
  const char *Path = std::getenv("ADDER_BIGINT_CASES");
  if (!Path)
    Path = ADDER_BIGINT_CASES;
  std::ifstream In(Path);
  ASSERT_TRUE(In.good()) << "missing " << Path;
  std::map<std::string, std::pair<int, int>> Counts; // op -> (run, failed)
  std::string Line;
  int LineNo = 0, Reported = 0;
  while (std::getline(In, Line)) {
    ++LineNo;
    std::istringstream SS(Line);
    std::vector<std::string> F;
    for (std::string T; SS >> T;)
      F.push_back(T);
    if (F.empty())
      continue;
    const std::string &Op = F[0];
    std::string Expected, Got;
    auto Rest = [&](size_t From) {
      std::string R;
      for (size_t I = From; I < F.size(); ++I)
        R += (I > From ? " " : "") + F[I];
      return R;
    };
    if (Op == "add" || Op == "sub") {
      Got = runAdd(fromHex(F[1]), fromHex(F[2]), Op == "sub");
      Expected = F[3];
    } else if (Op == "mul") {
      Got = runMul(fromHex(F[1]), fromHex(F[2]));
      Expected = F[3];
    } else if (Op == "sqr") {
      Int A = fromHex(F[1]);
      Got = runMul(A, A);
      Expected = F[2];
    } else if (Op == "divmod") {
      Got = runDivMod(fromHex(F[1]), fromHex(F[2]));
      Expected = Rest(3);
    } else if (Op == "truediv") {
      Got = runTrueDiv(fromHex(F[1]), fromHex(F[2]));
      Expected = F[3];
    } else if (Op == "pow") {
      Got = runPow(fromHex(F[1]), fromHex(F[2]));
      Expected = F[3];
    } else if (Op == "powmod") {
      Got = runPowMod(fromHex(F[1]), fromHex(F[2]), fromHex(F[3]));
      Expected = F[4];
    } else if (Op == "lshift" || Op == "rshift") {
      Got = runShift(fromHex(F[1]), std::stoull(F[2], nullptr, 16),
                     Op == "lshift");
      Expected = F[3];
    } else if (Op == "and") {
      Got = runBitwise(bitAnd, fromHex(F[1]), fromHex(F[2]));
      Expected = F[3];
    } else if (Op == "or") {
      Got = runBitwise(bitOr, fromHex(F[1]), fromHex(F[2]));
      Expected = F[3];
    } else if (Op == "xor") {
      Got = runBitwise(bitXor, fromHex(F[1]), fromHex(F[2]));
      Expected = F[3];
    } else if (Op == "invert") {
      Int A = fromHex(F[1]);
      Got = runUnary(invert, invertBound(A.v()), A);
      Expected = F[2];
    } else if (Op == "neg" || Op == "abs") {
      Int A = fromHex(F[1]);
      Got = runUnary(Op == "neg" ? negate : adder::bigint::abs, A.v().Len, A);
      Expected = F[2];
    } else if (Op == "cmp") {
      Got = toHex(compare(fromHex(F[1]).v(), fromHex(F[2]).v()));
      Expected = F[3];
    } else if (Op == "bitlen") {
      Got = toHex(int64_t(bitLength(fromHex(F[1]).v())));
      Expected = F[2];
    } else if (Op == "bitcount") {
      Got = toHex(int64_t(bitCount(fromHex(F[1]).v())));
      Expected = F[2];
    } else if (Op == "int64") {
      int64_t V;
      Got = toInt64(fromHex(F[1]).v(), V) ? toHex(V) : "!";
      Expected = F[2];
    } else if (Op == "float") {
      double D;
      Status St = toDouble(fromHex(F[1]).v(), D);
      Got = St == Status::Ok ? doubleHex(D) : err(St);
      Expected = F[2];
    } else if (Op == "fromfloat") {
      Got = runFromDouble(doubleOfHex(F[1]));
      Expected = F[2];
    } else if (Op == "cmpfloat") {
      Got = toHex(compareWithDouble(fromHex(F[1]).v(), doubleOfHex(F[2])));
      Expected = F[3];
    } else if (Op == "hash") {
      Got = toHex(hash(fromHex(F[1]).v()));
      Expected = F[2];
    } else if (Op == "gcd") {
      Got = runGcd(fromHex(F[1]), fromHex(F[2]));
      Expected = F[3];
    } else if (Op == "isqrt") {
      Got = runIsqrt(fromHex(F[1]));
      Expected = F[2];
    } else if (Op == "str") {
      Got = runToString(fromHex(F[1]), unsigned(std::stoi(F[2])));
      Expected = F[3];
    } else if (Op == "parse") {
      std::string Text = F[2] == "-" ? "" : hexBytes(F[2]);
      Got = runParse(Text, unsigned(std::stoi(F[1])));
      Expected = F[3];
    } else {
      ADD_FAILURE() << "line " << LineNo << ": unknown op " << Op;
      continue;
    }
    auto &C = Counts[Op];
    ++C.first;
    if (Got != Expected) {
      ++C.second;
      if (++Reported <= 20)
        ADD_FAILURE() << "line " << LineNo << " (" << Op << "): expected "
                      << Expected.substr(0, 200) << " got "
                      << Got.substr(0, 200);
    }
  }
  int Total = 0, Failed = 0;
  for (auto &[Op, C] : Counts) {
    std::printf("  %-10s %6d cases, %d failed\n", Op.c_str(), C.first,
                C.second);
    Total += C.first;
    Failed += C.second;
  }
  std::printf("  %d cases against CPython, %d failed\n", Total, Failed);
  EXPECT_EQ(Failed, 0);
  EXPECT_GT(Total, 10000);
}

//===-- Timing (reported, not asserted) -----------------------------------===//

TEST(BigIntPerf, TwoToTheHundredThousandInDecimal) {
  using Clock = std::chrono::steady_clock;
  auto T0 = Clock::now();
  std::string Hex = runPow(small(2), small(100000));
  auto T1 = Clock::now();
  std::string Dec = runToString(fromHex(Hex), 10);
  auto T2 = Clock::now();
  Int P = fromHex(Hex);
  Int Sq = fromHex(runMul(P, P));
  auto T3 = Clock::now();
  auto Ms = [](auto D) {
    return std::chrono::duration<double, std::milli>(D).count();
  };
  std::printf("  2**100000: pow %.2f ms, str() %.2f ms (%zu digits), "
              "squaring it %.2f ms\n",
              Ms(T1 - T0), Ms(T2 - T1), Dec.size(), Ms(T3 - T2));
  EXPECT_EQ(Dec.size(), 30103u);
  EXPECT_EQ(Dec.substr(0, 20), "99900209301438450794");
  EXPECT_EQ(Dec.substr(Dec.size() - 20), "55304734389883109376");
  // And back.
  auto T4 = Clock::now();
  EXPECT_EQ(runParse(Dec, 10), Hex);
  std::printf("  int() of those digits %.2f ms\n", Ms(Clock::now() - T4));
}

} // namespace
