//===- TokensEmitter.cpp - -gen-tokens backend ----------------------------===//
//
// Reads frontend/Tokens.td and emits, in sections selected by macros:
//   GET_TOKEN_KINDS       enumerators of TokenKind, in definition order
//   GET_TOKEN_SPELLINGS   a string per kind, for diagnostics
//   GET_KEYWORD_LOOKUP    lookupKeyword(): switch on length, then compare
//   GET_PUNCT_MATCHER     matchPunctuator(): a longest-match trie as nested
//                         switches, so the lexer never loops over a table
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"

#include <algorithm>
#include <map>
#include <vector>

using namespace llvm;

namespace {

std::vector<Record *> inDefinitionOrder(std::vector<Record *> Recs) {
  std::sort(Recs.begin(), Recs.end(),
            [](Record *A, Record *B) { return A->getID() < B->getID(); });
  return Recs;
}

void emitEscaped(raw_ostream &OS, StringRef S) {
  OS << '"';
  OS.write_escaped(S);
  OS << '"';
}

struct Trie {
  std::string Kind; // token kind ending exactly here, empty if none
  std::map<char, Trie> Next;
};

// Emits the matcher for the trie node reached after Depth characters.
// Fallback is the longest punctuator that ends at or above this node, so
// "..x" still yields "." although ".." is only a prefix of "...".
void emitTrie(raw_ostream &OS, const Trie &T, unsigned Depth,
              std::string Fallback, unsigned FallbackLen) {
  std::string Indent(2 + Depth * 2, ' ');
  if (!T.Kind.empty()) {
    Fallback = T.Kind;
    FallbackLen = Depth;
  }
  if (!T.Next.empty()) {
    OS << Indent << "if (P + " << Depth << " < End) {\n";
    OS << Indent << "  switch (P[" << Depth << "]) {\n";
    for (const auto &[C, Sub] : T.Next) {
      OS << Indent << "  case '" << C << "':\n";
      emitTrie(OS, Sub, Depth + 1, Fallback, FallbackLen);
    }
    OS << Indent << "  default: break;\n";
    OS << Indent << "  }\n";
    OS << Indent << "}\n";
  }
  if (!Fallback.empty())
    OS << Indent << "Kind = TokenKind::" << Fallback << "; return "
       << FallbackLen << ";\n";
  else
    OS << Indent << "return 0;\n";
}

void emitTokens(RecordKeeper &RK, raw_ostream &OS) {
  emitSourceFileHeader("Token kinds of the Python 3.11 lexer", OS);
  auto All = inDefinitionOrder(RK.getAllDerivedDefinitions("Token"));

  OS << "#ifdef GET_TOKEN_KINDS\n#undef GET_TOKEN_KINDS\n";
  for (Record *R : All)
    OS << "  " << R->getName() << ",\n";
  OS << "#endif\n\n";

  OS << "#ifdef GET_TOKEN_SPELLINGS\n#undef GET_TOKEN_SPELLINGS\n";
  for (Record *R : All) {
    OS << "  ";
    emitEscaped(OS, R->getValueAsString("Spelling"));
    OS << ",\n";
  }
  OS << "#endif\n\n";

  OS << "#ifdef GET_KEYWORD_LOOKUP\n#undef GET_KEYWORD_LOOKUP\n";
  OS << "static inline bool lookupKeyword(const char *S, size_t N, "
        "TokenKind &Kind) {\n";
  std::map<size_t, std::vector<Record *>> ByLength;
  for (Record *R : All)
    if (R->isSubClassOf("Keyword"))
      ByLength[R->getValueAsString("Spelling").size()].push_back(R);
  OS << "  switch (N) {\n";
  for (auto &[Len, Recs] : ByLength) {
    OS << "  case " << Len << ":\n";
    for (Record *R : Recs) {
      StringRef Sp = R->getValueAsString("Spelling");
      OS << "    if (";
      for (size_t I = 0; I < Sp.size(); ++I)
        OS << (I ? " && " : "") << "S[" << I << "] == '" << Sp[I] << "'";
      OS << ") { Kind = TokenKind::" << R->getName() << "; return true; }\n";
    }
    OS << "    return false;\n";
  }
  OS << "  default:\n    return false;\n  }\n}\n#endif\n\n";

  OS << "#ifdef GET_PUNCT_MATCHER\n#undef GET_PUNCT_MATCHER\n";
  OS << "// Returns the length of the longest punctuator at P (0 if none).\n";
  OS << "static inline unsigned matchPunctuator(const char *P, const char "
        "*End, TokenKind &Kind) {\n";
  Trie Root;
  for (Record *R : All) {
    if (!R->isSubClassOf("Punct"))
      continue;
    Trie *T = &Root;
    for (char C : R->getValueAsString("Spelling"))
      T = &T->Next[C];
    T->Kind = R->getName().str();
  }
  emitTrie(OS, Root, 0, "", 0);
  OS << "}\n#endif\n";
}

TableGen::Emitter::Opt X("gen-tokens", emitTokens,
                         "Generate the lexer's token tables");

} // namespace
