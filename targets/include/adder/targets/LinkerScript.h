//===- LinkerScript.h - the linker script for a board -----------*- C++ -*-===//
//
// A board's image layout is a function of its BoardInfo, so the script is
// generated rather than kept as one .ld file per board. The result is for
// ld.lld (19); see LinkerScript.cpp for the layout and the symbols the
// startup code and the HAL read.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_TARGETS_LINKERSCRIPT_H
#define ADDER_TARGETS_LINKERSCRIPT_H

#include "adder/targets/BoardInfo.h"

#include <cstdint>
#include <string>

namespace adder::targets {

/// Pass as HeapSize to give the heap all RAM between .bss and the stack.
inline constexpr uint64_t HeapRestOfRam = ~uint64_t(0);

/// The linker script for board B. HeapSize is --heap: 0 takes the board's
/// default (B.DefaultHeapSize, itself 0 for "the rest of RAM"). If the
/// image's .data + .bss + heap + stack do not fit, ld.lld fails with a
/// message naming the board.
std::string generateLinkerScript(const BoardInfo &B, uint64_t HeapSize = 0);

} // namespace adder::targets

#endif
