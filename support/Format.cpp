//===- Format.cpp - printf-style formatting without libc ------------------===//

#include "adder/support/Format.h"

namespace adder {

namespace {

struct Sink {
  char *Buf;
  size_t Size;
  size_t Len = 0;
  void put(char C) {
    if (Len + 1 < Size)
      Buf[Len] = C;
    ++Len;
  }
  void puts(const char *S, size_t N) {
    for (size_t I = 0; I < N; ++I)
      put(S[I]);
  }
};

void putUnsigned(Sink &S, unsigned long long V, unsigned Base, bool Upper,
                 unsigned MinDigits) {
  char Tmp[24];
  unsigned N = 0;
  const char *Digits = Upper ? "0123456789ABCDEF" : "0123456789abcdef";
  do {
    Tmp[N++] = Digits[V % Base];
    V /= Base;
  } while (V);
  while (N < MinDigits && N < sizeof(Tmp))
    Tmp[N++] = '0';
  while (N)
    S.put(Tmp[--N]);
}

} // namespace

size_t formatStringV(char *Buf, size_t Size, const char *Fmt, va_list Args) {
  Sink S{Buf, Size};
  for (const char *P = Fmt; *P; ++P) {
    if (*P != '%') {
      S.put(*P);
      continue;
    }
    ++P;
    unsigned Width = 0;
    bool ZeroPad = false;
    if (*P == '0') {
      ZeroPad = true;
      ++P;
    }
    while (*P >= '0' && *P <= '9')
      Width = Width * 10 + unsigned(*P++ - '0');
    bool Precision = false;
    int PrecisionValue = 0;
    if (*P == '.' && P[1] == '*') {
      Precision = true;
      PrecisionValue = va_arg(Args, int);
      P += 2;
    }
    int Long = 0;
    while (*P == 'l' || *P == 'z') {
      Long = *P == 'z' ? 2 : Long + 1;
      ++P;
    }
    switch (*P) {
    case '%':
      S.put('%');
      break;
    case 'c':
      S.put(char(va_arg(Args, int)));
      break;
    case 's': {
      const char *Str = va_arg(Args, const char *);
      if (!Str)
        Str = "(null)";
      size_t N = 0;
      while ((!Precision || N < size_t(PrecisionValue)) && Str[N])
        ++N;
      S.puts(Str, N);
      break;
    }
    case 'd':
    case 'i': {
      long long V = Long == 2   ? (long long)va_arg(Args, ptrdiff_t)
                    : Long >= 1 ? (Long == 1 ? va_arg(Args, long)
                                             : va_arg(Args, long long))
                                : va_arg(Args, int);
      unsigned long long U = (unsigned long long)V;
      if (V < 0) {
        S.put('-');
        U = 0 - U;
      }
      putUnsigned(S, U, 10, false, ZeroPad ? Width : 0);
      break;
    }
    case 'u':
    case 'x':
    case 'X': {
      unsigned long long V =
          Long == 2   ? (unsigned long long)va_arg(Args, size_t)
          : Long >= 1 ? (Long == 1 ? va_arg(Args, unsigned long)
                                   : va_arg(Args, unsigned long long))
                      : va_arg(Args, unsigned);
      putUnsigned(S, V, *P == 'u' ? 10 : 16, *P == 'X', ZeroPad ? Width : 0);
      break;
    }
    default:
      ADDER_UNREACHABLE("unsupported format directive");
    }
  }
  if (Size)
    Buf[S.Len < Size ? S.Len : Size - 1] = 0;
  return S.Len;
}

size_t formatString(char *Buf, size_t Size, const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  size_t N = formatStringV(Buf, Size, Fmt, Args);
  va_end(Args);
  return N;
}

} // namespace adder
