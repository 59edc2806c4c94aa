//===- ASTDump.cpp - ast.dump() for adder's AST ---------------------------===//
//
// Prints the tree in exactly the format of CPython's ast.dump(tree) with
// default arguments: every field as name=value, optional fields omitted
// when absent, constants as repr() would show them. This is what makes
// `adder parse --dump-ast` directly comparable with CPython, so number and
// string printing here follow CPython's repr rules to the character.
//
//===----------------------------------------------------------------------===//

#include "adder/frontend/HostParse.h"
#include "adder/support/FloatConv.h"
#include "adder/support/Unicode.h"
#include "adder/support/Utf8.h"

#include <string>
#include <vector>

using namespace adder;
using namespace adder::ast;

void adder::appendStrRepr(std::string &Out, StrRef S) {
  bool Single = false, Double = false;
  for (char C : S) {
    Single |= C == '\'';
    Double |= C == '"';
  }
  char Quote = Single && !Double ? '"' : '\'';
  Out += Quote;
  const char *P = S.begin(), *End = S.end();
  char Buf[16];
  while (P < End) {
    uint32_t CP;
    unsigned N = decodeUtf8(P, End, CP, /*AllowSurrogates=*/true);
    if (N == 0) { // cannot happen for parser output; show the byte
      CP = static_cast<uint8_t>(*P);
      N = 1;
    }
    if (CP == uint32_t(Quote) || CP == '\\') {
      Out += '\\';
      Out += char(CP);
    } else if (CP == '\t') {
      Out += "\\t";
    } else if (CP == '\n') {
      Out += "\\n";
    } else if (CP == '\r') {
      Out += "\\r";
    } else if (CP < ' ' || CP == 0x7F) {
      formatString(Buf, sizeof(Buf), "\\x%02x", CP);
      Out += Buf;
    } else if (CP < 0x7F || unicode::isPrintable(CP)) {
      Out.append(P, N);
    } else if (CP <= 0xFF) {
      formatString(Buf, sizeof(Buf), "\\x%02x", CP);
      Out += Buf;
    } else if (CP <= 0xFFFF) {
      formatString(Buf, sizeof(Buf), "\\u%04x", CP);
      Out += Buf;
    } else {
      formatString(Buf, sizeof(Buf), "\\U%08x", CP);
      Out += Buf;
    }
    P += N;
  }
  Out += Quote;
}

namespace {

/// repr() of a bytes object.
void reprBytes(std::string &Out, StrRef S) {
  bool Single = false, Double = false;
  for (char C : S) {
    Single |= C == '\'';
    Double |= C == '"';
  }
  char Quote = Single && !Double ? '"' : '\'';
  Out += 'b';
  Out += Quote;
  char Buf[8];
  for (char Ch : S) {
    uint8_t C = static_cast<uint8_t>(Ch);
    if (C == uint8_t(Quote) || C == '\\') {
      Out += '\\';
      Out += char(C);
    } else if (C == '\t') {
      Out += "\\t";
    } else if (C == '\n') {
      Out += "\\n";
    } else if (C == '\r') {
      Out += "\\r";
    } else if (C < ' ' || C >= 0x7F) {
      formatString(Buf, sizeof(Buf), "\\x%02x", unsigned(C));
      Out += Buf;
    } else {
      Out += char(C);
    }
  }
  Out += Quote;
}

/// The decimal value of an int literal of any base, digits only.
std::string intLiteralToDecimal(StrRef Text) {
  std::string Digits;
  unsigned Base = 10;
  uint32_t I = 0;
  if (Text.size > 1 && Text[0] == '0') {
    char P = char(Text[1] | 0x20);
    if (P == 'x' || P == 'o' || P == 'b') {
      Base = P == 'x' ? 16 : P == 'o' ? 8 : 2;
      I = 2;
    }
  }
  for (; I < Text.size; ++I)
    if (Text[I] != '_')
      Digits += Text[I];
  if (Base == 10) {
    size_t Z = Digits.find_first_not_of('0');
    return Z == std::string::npos ? "0" : Digits.substr(Z);
  }
  // Accumulate in base 10^9 limbs, least significant first.
  std::vector<uint32_t> Limbs{0};
  for (char C : Digits) {
    unsigned D = C <= '9' ? unsigned(C - '0') : unsigned((C | 0x20) - 'a' + 10);
    uint64_t Carry = D;
    for (uint32_t &L : Limbs) {
      uint64_t V = uint64_t(L) * Base + Carry;
      L = uint32_t(V % 1000000000u);
      Carry = V / 1000000000u;
    }
    if (Carry)
      Limbs.push_back(uint32_t(Carry));
  }
  std::string Out = std::to_string(Limbs.back());
  char Buf[16];
  for (size_t K = Limbs.size() - 1; K-- > 0;) {
    formatString(Buf, sizeof(Buf), "%09u", Limbs[K]);
    Out += Buf;
  }
  return Out;
}

double floatLiteralValue(StrRef Text) {
  std::string Clean;
  for (char C : Text)
    if (C != '_' && C != 'j' && C != 'J')
      Clean += C;
  double V = 0;
  floatconv::parseDouble(Clean.data(), Clean.size(), &V);
  return V;
}

void reprConstant(std::string &Out, const ConstantValue &V) {
  char Buf[floatconv::MaxReprLength];
  switch (V.kind) {
  case ConstantValue::Kind::None:
    Out += "None";
    return;
  case ConstantValue::Kind::True:
    Out += "True";
    return;
  case ConstantValue::Kind::False:
    Out += "False";
    return;
  case ConstantValue::Kind::Ellipsis:
    Out += "Ellipsis";
    return;
  case ConstantValue::Kind::Int:
    Out += intLiteralToDecimal(V.text);
    return;
  case ConstantValue::Kind::Float:
    Out.append(Buf, floatconv::formatRepr(floatLiteralValue(V.text), Buf));
    return;
  case ConstantValue::Kind::Complex: {
    // complex.__repr__ of a pure imaginary: the imaginary part in 'r'
    // format without the ".0" that float repr adds, then 'j'.
    std::string Imag(Buf, floatconv::formatRepr(floatLiteralValue(V.text), Buf));
    if (Imag.size() > 2 && Imag.compare(Imag.size() - 2, 2, ".0") == 0)
      Imag.resize(Imag.size() - 2);
    Out += Imag;
    Out += 'j';
    return;
  }
  case ConstantValue::Kind::Str:
    appendStrRepr(Out, V.text);
    return;
  case ConstantValue::Kind::Bytes:
    reprBytes(Out, V.text);
    return;
  }
}

/// The field visitor of GET_AST_VISITOR, printing "name=value" pairs.
class Dumper {
public:
  explicit Dumper(std::string &Out) : out(Out) {}

  void node(const Node *N) {
    out += nodeName(N->nodeKind);
    out += '(';
    bool SavedFirst = first;
    first = true;
    visitFields(const_cast<Node *>(N), *this);
    first = SavedFirst;
    out += ')';
  }

  void child(const char *Name, const Node *N, bool Optional) {
    if (!N && Optional)
      return;
    field(Name);
    if (N)
      node(N);
    else
      out += "None";
  }
  template <class T>
  void children(const char *Name, const Seq<T *> &L, bool) {
    field(Name);
    out += '[';
    for (uint32_t I = 0; I < L.size; ++I) {
      if (I)
        out += ", ";
      if (L[I])
        node(L[I]);
      else
        out += "None";
    }
    out += ']';
  }
  void identifier(const char *Name, StrRef Id, bool Optional) {
    if (!Id.present() && Optional)
      return;
    field(Name);
    appendStrRepr(out, Id);
  }
  void identifiers(const char *Name, const Seq<StrRef> &L) {
    field(Name);
    out += '[';
    for (uint32_t I = 0; I < L.size; ++I) {
      if (I)
        out += ", ";
      appendStrRepr(out, L[I]);
    }
    out += ']';
  }
  void constant(const char *Name, const ConstantValue &V) {
    field(Name);
    reprConstant(out, V);
  }
  void string(const char *Name, StrRef S, bool Optional) {
    if (!S.present() && Optional)
      return;
    field(Name);
    appendStrRepr(out, S);
  }
  void integer(const char *Name, int V) {
    field(Name);
    out += std::to_string(V);
  }
  void enumeration(const char *Name, const char *Value) {
    field(Name);
    out += Value;
    out += "()";
  }
  template <class E> void enumerations(const char *Name, const Seq<E> &L) {
    field(Name);
    out += '[';
    for (uint32_t I = 0; I < L.size; ++I) {
      if (I)
        out += ", ";
      out += enumName(L[I]);
      out += "()";
    }
    out += ']';
  }

private:
  void field(const char *Name) {
    if (!first)
      out += ", ";
    first = false;
    out += Name;
    out += '=';
  }

  std::string &out;
  bool first = true;
};

} // namespace

std::string adder::dumpAST(const Node *Root) {
  std::string Out;
  Dumper D(Out);
  D.node(Root);
  return Out;
}
