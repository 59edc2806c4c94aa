//===- SpecialNames.cpp - the static special-name strs --------------------===//
//
// Built by a constexpr function so the table is constant-initialized data
// (no static constructor), with each hash computed as hashBytes does.
//
//===----------------------------------------------------------------------===//

#include "objects/SpecialNames.h"

namespace adder::rt {

namespace {

constexpr SpecialNameStr makeName(const char *S) {
  SpecialNameStr R{};
  R.header = {&adder_type_str};
  uint64_t H = 14695981039346656037ull;
  uint32_t N = 0;
  for (; S[N]; ++N) {
    R.data[N] = S[N];
    H = (H ^ uint8_t(S[N])) * 1099511628211ull;
  }
  R.data[N] = 0;
  R.length = N;
  R.byteLength = N;
  SWord Hash = SWord(H);
  R.hash = Hash == -1 ? -2 : Hash;
  R.ascii = 1;
  R.interned = 1;
  return R;
}

struct Table {
  SpecialNameStr Names[unsigned(SN::Count)];
};

constexpr Table makeTable() {
  Table T{};
  unsigned I = 0;
#define ADDER_SN_INIT(Id, S) T.Names[I++] = makeName(S);
  ADDER_SPECIAL_NAMES(ADDER_SN_INIT)
#undef ADDER_SN_INIT
  return T;
}

constexpr Table Names = makeTable();

} // namespace

const SpecialNameStr SpecialNameTable[unsigned(SN::Count)] = {
#define ADDER_SN_COPY(Id, S) Names.Names[unsigned(SN::Id)],
    ADDER_SPECIAL_NAMES(ADDER_SN_COPY)
#undef ADDER_SN_COPY
};

} // namespace adder::rt
