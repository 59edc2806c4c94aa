//===- Format.h - printf-style formatting without libc ----------*- C++ -*-===//
//
// Diagnostics in freestanding code need "expected ':' after 'if' on line
// %d" without snprintf. formatString understands %s %d %u %c %x %X %%,
// the 'l'/'z' length modifiers, and %S for an adder::StrRef. It always
// NUL-terminates and truncates instead of overflowing.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_SUPPORT_FORMAT_H
#define ADDER_SUPPORT_FORMAT_H

#include "adder/support/StrRef.h"
#include <stdarg.h>

namespace adder {

size_t formatString(char *Buf, size_t Size, const char *Fmt, ...)
    __attribute__((format(printf, 3, 4)));
size_t formatStringV(char *Buf, size_t Size, const char *Fmt, va_list Args);

} // namespace adder

#endif
