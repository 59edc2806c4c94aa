//===- BoardConsole.h - running an emulated board with piped input -*- C++ -*-===//
//
// A board's console is a serial line, which has no end-of-file. When
// `adder run --target=<board>` gets its input from a pipe or a file, the
// emulator's stdin is fed through a pipe that, after the last byte, carries
// Ctrl-D (the board HAL's end of input) for as long as the guest reads, so
// that input() raises EOFError and sys.stdin.read() returns, as on the host.
// At a terminal the emulator reads the terminal itself.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_TOOLS_BOARDCONSOLE_H
#define ADDER_TOOLS_BOARDCONSOLE_H

#include <string>
#include <vector>

namespace adder::driver {

/// Runs Program with Argv (Argv[0] included); returns its exit status, or -1
/// with Msg set if it could not be started or was killed by a signal.
int runEmulator(const std::string &Program, const std::vector<std::string> &Argv,
                std::string &Msg);

} // namespace adder::driver

#endif
