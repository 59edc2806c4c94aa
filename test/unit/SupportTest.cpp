//===- SupportTest.cpp - arena, builder, formatting, UTF-8 ----------------===//

#include "adder/support/Arena.h"
#include "adder/support/Format.h"
#include "adder/support/Utf8.h"
#include "adder/support/Vector.h"

#include <gtest/gtest.h>
#include <string>

using namespace adder;

TEST(Arena, AlignsAndGrowsAcrossChunks) {
  Arena A(hostChunkSource(), 256);
  for (int I = 0; I < 1000; ++I) {
    void *P = A.allocate(24, 8);
    ASSERT_NE(P, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(P) % 8, 0u);
  }
  void *Big = A.allocate(10000, 16);
  ASSERT_NE(Big, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(Big) % 16, 0u);
  EXPECT_FALSE(A.outOfMemory());
}

TEST(Arena, ReportsExhaustion) {
  struct Budget {
    size_t Left;
  } B{1024};
  ChunkSource Src{[](void *C, size_t N) -> void * {
                    auto *Bu = static_cast<Budget *>(C);
                    if (N > Bu->Left)
                      return nullptr;
                    Bu->Left -= N;
                    return ::operator new(N);
                  },
                  [](void *, void *P, size_t) { ::operator delete(P); }, &B};
  Arena A(Src, 512);
  EXPECT_NE(A.allocate(100), nullptr);
  EXPECT_EQ(A.allocate(4000), nullptr);
  EXPECT_TRUE(A.outOfMemory());
}

TEST(Builder, GrowsBeyondInlineStorage) {
  Arena A(hostChunkSource());
  Builder<int, 2> B(A);
  for (int I = 0; I < 100; ++I)
    ASSERT_TRUE(B.push(I));
  Seq<int> L = B.finish();
  ASSERT_EQ(L.size, 100u);
  for (int I = 0; I < 100; ++I)
    EXPECT_EQ(L[I], I);
}

TEST(Format, Directives) {
  char Buf[128];
  formatString(Buf, sizeof(Buf), "%s:%d:%u %c %x %X %02x %% %.*s", "f", -12,
               7u, 'q', 255u, 255u, 5u, 2, "abc");
  EXPECT_STREQ(Buf, "f:-12:7 q ff FF 05 % ab");
  formatString(Buf, sizeof(Buf), "%zu %ld %.*s", size_t(42), -5L, 2, "xyz");
  EXPECT_STREQ(Buf, "42 -5 xy");
}

TEST(Format, Truncates) {
  char Buf[5];
  size_t N = formatString(Buf, sizeof(Buf), "%s", "abcdefgh");
  EXPECT_EQ(N, 8u);
  EXPECT_STREQ(Buf, "abcd");
}

TEST(Utf8, RoundTripsAllScalarValues) {
  for (uint32_t CP = 0; CP <= 0x10FFFF; CP += (CP < 0x3000 ? 1 : 97)) {
    char Buf[4];
    unsigned N = encodeUtf8(CP, Buf);
    uint32_t Back = 0;
    bool Surrogate = CP >= 0xD800 && CP <= 0xDFFF;
    EXPECT_EQ(decodeUtf8(Buf, Buf + N, Back, Surrogate), Surrogate ? 3u : N);
    if (!Surrogate)
      EXPECT_EQ(Back, CP);
    EXPECT_EQ(decodeUtf8(Buf, Buf + N, Back), Surrogate ? 0u : N);
  }
}

TEST(Utf8, RejectsMalformed) {
  uint32_t CP;
  const char Overlong[] = "\xC0\x80";
  EXPECT_EQ(decodeUtf8(Overlong, Overlong + 2, CP), 0u);
  const char Truncated[] = "\xE2\x82";
  EXPECT_EQ(decodeUtf8(Truncated, Truncated + 2, CP), 0u);
  const char TooBig[] = "\xF4\x90\x80\x80";
  EXPECT_EQ(decodeUtf8(TooBig, TooBig + 4, CP), 0u);
}
