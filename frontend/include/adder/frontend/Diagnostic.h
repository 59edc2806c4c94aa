//===- Diagnostic.h - syntax errors from the frontend -----------*- C++ -*-===//
//
// The frontend reports one error per parse, as CPython does: the first
// that CPython's own rules would report. A Diagnostic is a plain value so
// the firmware REPL can turn it into a SyntaxError object and the host
// driver can print `file:line:col: error: message` with the source line.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_FRONTEND_DIAGNOSTIC_H
#define ADDER_FRONTEND_DIAGNOSTIC_H

#include "adder/support/Format.h"

namespace adder {

/// The Python exception class a frontend error corresponds to.
enum class ErrorKind : uint8_t { SyntaxError, IndentationError, TabError };

inline const char *errorKindName(ErrorKind K) {
  switch (K) {
  case ErrorKind::SyntaxError:
    return "SyntaxError";
  case ErrorKind::IndentationError:
    return "IndentationError";
  case ErrorKind::TabError:
    return "TabError";
  }
  return "SyntaxError";
}

struct Diagnostic {
  bool present = false;
  ErrorKind kind = ErrorKind::SyntaxError;
  /// 1-based line; 0-based byte column into the (decoded) line. Line 0
  /// means the error concerns the file as a whole (its encoding).
  uint32_t line = 0, col = 0;
  char message[240] = {0};

  void set(ErrorKind K, uint32_t Line, uint32_t Col, const char *Fmt, ...)
      __attribute__((format(printf, 5, 6))) {
    va_list Args;
    va_start(Args, Fmt);
    formatStringV(message, sizeof(message), Fmt, Args);
    va_end(Args);
    present = true;
    kind = K;
    line = Line;
    col = Col;
  }
};

} // namespace adder

#endif
