//===- BoardInfo.cpp - the board table ------------------------------------===//
//
// The table itself is generated (GET_BOARD_TABLE in adder/Boards.inc); this
// file only gives it a home and a lookup. There are a handful of boards, so
// a linear scan is the right data structure.
//
//===----------------------------------------------------------------------===//

#include "adder/targets/BoardInfo.h"

namespace adder::targets {

namespace {
#define GET_BOARD_TABLE
#include "adder/Boards.inc"
} // namespace

std::span<const BoardInfo> allBoards() { return BoardTable; }

const BoardInfo *findBoard(std::string_view Name) {
  for (const BoardInfo &B : BoardTable)
    if (B.Name == Name)
      return &B;
  return nullptr;
}

} // namespace adder::targets
