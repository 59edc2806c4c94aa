//===- HostParse.cpp - host hooks and diagnostic rendering ----------------===//

#include "adder/frontend/HostParse.h"
#include "adder/support/UnicodeNames.h"
#include "adder/support/Utf8.h"

#include <vector>

using namespace adder;

namespace {

bool lookupNameHook(const char *Name, size_t Length, uint32_t &CP) {
  return unicode::lookupName(Name, Length, CP);
}

StrRef normalizeHook(StrRef Name, Arena &A) {
  std::u32string Codes;
  const char *P = Name.begin();
  while (P < Name.end()) {
    uint32_t CP;
    unsigned N = decodeUtf8(P, Name.end(), CP);
    if (!N)
      return Name; // the lexer validated names; keep as is if not
    Codes.push_back(CP);
    P += N;
  }
  std::u32string Norm = unicode::nfkcNormalize(Codes);
  std::string Utf8;
  char Buf[4];
  for (char32_t C : Norm)
    Utf8.append(Buf, encodeUtf8(uint32_t(C), Buf));
  char *Copy = A.copyString(Utf8.data(), Utf8.size());
  return Copy ? StrRef(Copy, uint32_t(Utf8.size())) : StrRef();
}

/// The text of 1-based line Line, without its newline.
StrRef lineText(const SourceText &Source, uint32_t Line) {
  if (!Source.data || Line == 0)
    return StrRef();
  const char *P = Source.data, *End = Source.data + Source.size;
  for (uint32_t L = 1; L < Line && P < End; ++P)
    if (*P == '\n')
      ++L;
  const char *E = P;
  while (E < End && *E != '\n')
    ++E;
  return StrRef(P, uint32_t(E - P));
}

} // namespace

ParseOptions adder::hostParseOptions(ParseMode Mode) {
  ParseOptions O;
  O.mode = Mode;
  O.lookupUnicodeName = lookupNameHook;
  O.normalizeIdentifier = normalizeHook;
  return O;
}

unsigned adder::characterColumn(const SourceText &Source, uint32_t Line,
                                uint32_t ByteCol) {
  StrRef L = lineText(Source, Line);
  uint32_t Limit = ByteCol < L.size ? ByteCol : L.size;
  return countCodePoints(L.begin(), L.begin() + Limit) + 1 +
         (ByteCol > L.size ? ByteCol - L.size : 0);
}

std::string adder::renderDiagnostic(const std::string &FileName,
                                    const SourceText &Source,
                                    const Diagnostic &D) {
  std::string Out = FileName;
  if (D.line == 0) {
    Out += ": error: ";
    Out += D.message;
    Out += '\n';
    return Out;
  }
  unsigned Col = characterColumn(Source, D.line, D.col);
  Out += ':' + std::to_string(D.line) + ':' + std::to_string(Col) +
         ": error: ";
  Out += D.message;
  Out += '\n';
  StrRef L = lineText(Source, D.line);
  if (L.present()) {
    // Show the line with tabs kept so the caret lines up in a terminal.
    Out += "    ";
    Out.append(L.begin(), L.size);
    Out += "\n    ";
    const char *P = L.begin();
    for (unsigned I = 1; I < Col && P < L.end(); ++I) {
      Out += *P == '\t' ? '\t' : ' ';
      uint32_t CP;
      unsigned N = decodeUtf8(P, L.end(), CP, true);
      P += N ? N : 1;
    }
    Out += "^\n";
  }
  return Out;
}
