//===- CharClass.h - ASCII character helpers --------------------*- C++ -*-===//
//
// Character tests shared by the lexer, the runtime and the number
// parsers, which all read ASCII digits the same way.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_CHARCLASS_H
#define ADDER_SUPPORT_CHARCLASS_H

namespace adder {

/// The value of a hex digit (either case), or -1 for any other character.
inline int hexDigitValue(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  if (C >= 'a' && C <= 'f')
    return C - 'a' + 10;
  if (C >= 'A' && C <= 'F')
    return C - 'A' + 10;
  return -1;
}

} // namespace adder

#endif
