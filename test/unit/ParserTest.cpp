//===- ParserTest.cpp - parser behaviour beyond what ast.dump shows -------===//
//
// The stdlib check and the lit tests compare parse results with CPython;
// these tests cover what they cannot: resource limits, the host hooks being
// absent (as on firmware), identifier interning and token metadata.
//
//===----------------------------------------------------------------------===//

#include "adder/frontend/HostParse.h"
#include "adder/frontend/Lexer.h"
#include "ParseFuzzInput.h"

#include <gtest/gtest.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <cstring>
#include <string>

using namespace adder;

namespace {

struct Parsed {
  Arena A{hostChunkSource()};
  SourceText Source;
  ParseResult R;
};

void parseInto(Parsed &P, const std::string &Text,
               ParseOptions O = hostParseOptions()) {
  Diagnostic Err;
  ASSERT_TRUE(decodeSource(Text.data(), Text.size(), P.A, P.Source, Err));
  P.R = parse(P.Source, P.A, O);
}

std::string errorOf(const std::string &Text,
                    ParseOptions O = hostParseOptions()) {
  Parsed P;
  parseInto(P, Text, O);
  return P.R.module ? std::string("<no error>") : std::string(P.R.error.message);
}

} // namespace

TEST(Parser, InternsIdentifiers) {
  Parsed P;
  parseInto(P, "spam = 1\nspam = spam + 1\n");
  ASSERT_NE(P.R.module, nullptr);
  auto *M = ast::cast<ast::Module>(P.R.module);
  auto *A0 = ast::cast<ast::Assign>(M->body[0]);
  auto *A1 = ast::cast<ast::Assign>(M->body[1]);
  auto *N0 = ast::cast<ast::Name>(A0->targets[0]);
  auto *N1 = ast::cast<ast::Name>(ast::cast<ast::BinOp>(A1->value)->left);
  EXPECT_EQ(N0->id.data, N1->id.data);
}

TEST(Parser, RecordsPositions) {
  Parsed P;
  parseInto(P, "x = 1\nif x:\n    y = f(x,\n          2)\n");
  ASSERT_NE(P.R.module, nullptr);
  auto *M = ast::cast<ast::Module>(P.R.module);
  auto *If = ast::cast<ast::If>(M->body[1]);
  EXPECT_EQ(If->line, 2u);
  auto *Assign = ast::cast<ast::Assign>(If->body[0]);
  EXPECT_EQ(Assign->line, 3u);
  EXPECT_EQ(Assign->col, 4u);
  EXPECT_EQ(Assign->endLine, 4u);
  EXPECT_EQ(Assign->endCol, 12u);
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  EXPECT_EQ(errorOf(std::string(100000, '-') + "1\n"),
            "too many nested expressions");
  EXPECT_EQ(errorOf(std::string(300, '[') + std::string(300, ']') + "\n"),
            "too many nested parentheses");
  EXPECT_EQ(errorOf("x = " + std::string(100000, '~') + "1\n"),
            "too many nested expressions");
  std::string Lambdas;
  for (int I = 0; I < 5000; ++I)
    Lambdas += "lambda: ";
  EXPECT_EQ(errorOf(Lambdas + "0\n"), "too many nested expressions");
  // Within limits, deep but legal nesting parses.
  EXPECT_EQ(errorOf(std::string(150, '(') + "1" + std::string(150, ')') + "\n"),
            "<no error>");
}

TEST(Parser, TooManyIndentationLevels) {
  std::string S;
  for (int I = 0; I < 101; ++I)
    S += std::string(I, ' ') + "if x:\n";
  S += std::string(101, ' ') + "pass\n";
  EXPECT_EQ(errorOf(S), "too many levels of indentation");
}

TEST(Parser, NamedEscapesNeedTheHostHook) {
  ParseOptions O = hostParseOptions();
  EXPECT_EQ(errorOf("'\\N{BULLET}'\n", O), "<no error>");
  O.lookupUnicodeName = nullptr;
  EXPECT_EQ(errorOf("'\\N{BULLET}'\n", O),
            "\\N{...} escapes are not supported on this target");
}

TEST(Parser, NormalizesIdentifiersWithTheHostHook) {
  Parsed P;
  parseInto(P, "\xe2\x84\x8c = 1\n"); // U+210C, NFKC 'H'
  ASSERT_NE(P.R.module, nullptr);
  EXPECT_EQ(dumpAST(P.R.module),
            "Module(body=[Assign(targets=[Name(id='H', ctx=Store())], "
            "value=Constant(value=1))], type_ignores=[])");
}

TEST(Parser, OutOfMemoryIsReported) {
  std::string Src;
  for (int I = 0; I < 200; ++I)
    Src += "def f" + std::to_string(I) + "(a, b=[1, 2, 3]):\n    return "
           "{'k': a + b * " + std::to_string(I) + "}\n";
  for (size_t Budget = 256; Budget < 200000; Budget = Budget * 3 / 2) {
    struct B {
      size_t Left;
    } Left{Budget};
    ChunkSource Src2{[](void *C, size_t N) -> void * {
                       auto *Bu = static_cast<B *>(C);
                       if (N > Bu->Left)
                         return nullptr;
                       Bu->Left -= N;
                       return std::malloc(N);
                     },
                     [](void *, void *P, size_t) { std::free(P); }, &Left};
    Arena A(Src2, 1024);
    SourceText Source;
    Diagnostic Err;
    if (!decodeSource(Src.data(), Src.size(), A, Source, Err)) {
      EXPECT_STREQ(Err.message, "out of memory reading source");
      continue;
    }
    ParseResult R = parse(Source, A, hostParseOptions());
    if (!R.module)
      EXPECT_STREQ(R.error.message, "out of memory while parsing");
  }
}

// Inputs the fuzzer once crashed on, replayed through the same paths
// (including the out-of-memory one) so the fixes stay fixed.
TEST(Parser, FuzzRegressions) {
  unsigned Count = 0;
  for (const auto &Entry :
       std::filesystem::directory_iterator(ADDER_FUZZ_REGRESSIONS)) {
    std::ifstream In(Entry.path(), std::ios::binary);
    std::string Bytes((std::istreambuf_iterator<char>(In)),
                      std::istreambuf_iterator<char>());
    EXPECT_TRUE(adder::fuzz::parseFuzzInput(
        reinterpret_cast<const uint8_t *>(Bytes.data()), Bytes.size(),
        /*AlwaysTinyArena=*/true))
        << Entry.path();
    ++Count;
  }
  EXPECT_GE(Count, 2u);
}

TEST(Lexer, TokenLevelsTrackBrackets) {
  Arena A(hostChunkSource());
  const char Text[] = "f(a[1], {b})\n"; // the array's NUL is the sentinel
  LexResult L = tokenize(Text, sizeof(Text) - 1, A);
  ASSERT_FALSE(L.error.present);
  // f ( a [ 1 ] , { b } ) NEWLINE
  const unsigned Levels[] = {0, 1, 1, 2, 2, 1, 1, 2, 2, 1, 0, 0};
  for (unsigned I = 0; I < 12; ++I)
    EXPECT_EQ(L.tokens[I].level, Levels[I]) << "token " << I;
}

TEST(Lexer, NumbersFollowedByKeywords) {
  // CPython accepts `1if x else 2` (with a deprecation warning).
  EXPECT_EQ(errorOf("y = 1if x else 2\n"), "<no error>");
  EXPECT_EQ(errorOf("y = 0x1for\n"), "invalid syntax");
  EXPECT_EQ(errorOf("y = 1abc\n"), "invalid decimal literal");
}
