//===- Reader.cpp - reading the IR's textual form -------------------------===//
//
// Parses what Printer.cpp prints, so IR can be written by hand in lit
// tests, round-tripped, and fed to the backend (`adder build x.ir`).
// Operands and branch targets may be used before they are defined; they
// are resolved when the function's closing brace is reached.
//
//===----------------------------------------------------------------------===//

#include "adder/ir/IR.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdlib>

using namespace adder::ir;
using llvm::StringRef;

namespace {

enum class Tok {
  End,
  Ident,   // module, const.int, int, lt ...
  Number,  // 12, -3, 1.5e3
  String,  // "..."
  Bytes,   // b"..."
  Percent, // %name or %12
  Dollar,  // $name
  At,      // @name
  Caret,   // ^name
  Bang,    // !12
  Punct,   // ( ) [ ] { } , : = ->
};

class Reader {
public:
  explicit Reader(StringRef Text) : text(Text) { next(); }
  std::unique_ptr<Module> run(std::string &Error);

private:
  StringRef text;
  size_t pos = 0;
  unsigned line = 1, col = 1;
  Tok tok = Tok::End;
  std::string value; // identifier/number/string contents
  unsigned tokLine = 1, tokCol = 1;
  std::string error;

  void next();
  bool fail(const llvm::Twine &Message) {
    if (error.empty())
      error = (llvm::Twine(tokLine) + ":" + llvm::Twine(tokCol) +
               ": error: " + Message)
                  .str();
    return false;
  }
  bool is(Tok K, StringRef V = "") const {
    return tok == K && (V.empty() || value == V);
  }
  bool accept(Tok K, StringRef V = "") {
    if (!is(K, V))
      return false;
    next();
    return true;
  }
  bool expect(Tok K, StringRef V, const char *What) {
    if (accept(K, V))
      return true;
    return fail(llvm::Twine("expected ") + What);
  }
  bool parseString(std::string &Out) {
    if (!is(Tok::String))
      return fail("expected a string");
    Out = value;
    next();
    return true;
  }
  bool parseUnsigned(unsigned &Out) {
    if (!is(Tok::Number))
      return fail("expected a number");
    Out = unsigned(strtoul(value.c_str(), nullptr, 10));
    next();
    return true;
  }
  bool parseType(Type &Out) {
    if (!is(Tok::Ident) || !adder::ir::parseType(value, Out))
      return fail("expected a type");
    next();
    return true;
  }
  bool parseStringList(std::vector<std::string> &Out);
  bool parseFunction(Module &M);
};

void Reader::next() {
  // Skip blanks and ';' comments.
  for (;;) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' ||
                                 text[pos] == '\n' || text[pos] == '\r')) {
      if (text[pos] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
      ++pos;
    }
    if (pos < text.size() && text[pos] == ';') {
      while (pos < text.size() && text[pos] != '\n')
        ++pos;
      continue;
    }
    break;
  }
  tokLine = line;
  tokCol = col;
  value.clear();
  if (pos >= text.size()) {
    tok = Tok::End;
    return;
  }
  auto IsIdent = [](char C) {
    return isalnum(static_cast<unsigned char>(C)) || C == '_' || C == '.' ||
           C == '$' || static_cast<unsigned char>(C) >= 0x80;
  };
  auto Advance = [&](size_t N) {
    pos += N;
    col += unsigned(N);
  };
  char C = text[pos];
  auto ReadName = [&] {
    size_t Start = pos;
    // Slot references are "module:name"; names may contain '<>#' (as in
    // "__main__.<module>" or "f#3"). A ':' not followed by a name character
    // ends the name ("local $x: int").
    auto InName = [&](size_t P) {
      return P < text.size() &&
             ((IsIdent(text[P]) && text[P] != '$') || text[P] == '<' ||
              text[P] == '>' || text[P] == '#');
    };
    while (InName(pos) || (pos < text.size() && text[pos] == ':' &&
                           InName(pos + 1)))
      Advance(1);
    value = text.slice(Start, pos).str();
  };
  auto ReadQuoted = [&]() -> bool {
    Advance(1); // opening quote
    while (pos < text.size() && text[pos] != '"') {
      char D = text[pos];
      if (D == '\\' && pos + 1 < text.size()) {
        char E = text[pos + 1];
        if (E == 'n') {
          value += '\n';
          Advance(2);
        } else if (E == 'x' && pos + 3 < text.size()) {
          value += char(strtoul(text.substr(pos + 2, 2).str().c_str(), nullptr, 16));
          Advance(4);
        } else {
          value += E;
          Advance(2);
        }
        continue;
      }
      if (D == '\n')
        return false;
      value += D;
      Advance(1);
    }
    if (pos >= text.size())
      return false;
    Advance(1);
    return true;
  };
  switch (C) {
  case '%': case '$': case '@': case '^': case '!': {
    tok = C == '%' ? Tok::Percent : C == '$' ? Tok::Dollar
        : C == '@' ? Tok::At : C == '^' ? Tok::Caret : Tok::Bang;
    Advance(1);
    ReadName();
    return;
  }
  case '"':
    tok = ReadQuoted() ? Tok::String : Tok::End;
    if (tok == Tok::End)
      fail("unterminated string");
    return;
  case '-':
    if (pos + 1 < text.size() && text[pos + 1] == '>') {
      tok = Tok::Punct;
      value = "->";
      Advance(2);
      return;
    }
    [[fallthrough]];
  default:
    break;
  }
  if (C == 'b' && pos + 1 < text.size() && text[pos + 1] == '"') {
    Advance(1);
    tok = ReadQuoted() ? Tok::Bytes : Tok::End;
    return;
  }
  if (isdigit(static_cast<unsigned char>(C)) || C == '-') {
    size_t Start = pos;
    Advance(1);
    while (pos < text.size() &&
           (isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '.' ||
            ((text[pos] == '-' || text[pos] == '+') &&
             (text[pos - 1] == 'e' || text[pos - 1] == 'E'))))
      Advance(1);
    tok = Tok::Number;
    value = text.slice(Start, pos).str();
    return;
  }
  if (IsIdent(C)) {
    tok = Tok::Ident;
    ReadName();
    return;
  }
  tok = Tok::Punct;
  value = std::string(1, C);
  Advance(1);
}

bool Reader::parseStringList(std::vector<std::string> &Out) {
  if (!expect(Tok::Punct, "[", "'['"))
    return false;
  while (!is(Tok::Punct, "]")) {
    std::string S;
    if (!parseString(S))
      return false;
    Out.push_back(S);
    if (!accept(Tok::Punct, ","))
      break;
  }
  return expect(Tok::Punct, "]", "']'");
}

bool Reader::parseFunction(Module &M) {
  if (!is(Tok::At))
    return fail("expected @name after func");
  Function *F = M.addFunction(value);
  next();
  if (!expect(Tok::Punct, "(", "'('"))
    return false;
  while (!is(Tok::Punct, ")")) {
    if (!is(Tok::Percent))
      return fail("expected a parameter");
    std::string Name = value;
    next();
    Type T;
    if (!expect(Tok::Punct, ":", "':'") || !parseType(T))
      return false;
    F->addParam(Name, T);
    if (!accept(Tok::Punct, ","))
      break;
  }
  if (!expect(Tok::Punct, ")", "')'") || !expect(Tok::Punct, "->", "'->'") ||
      !parseType(F->returnType))
    return false;
  // Attributes of the function, up to '{'.
  while (!is(Tok::Punct, "{")) {
    if (accept(Tok::Ident, "signature")) {
      PySignature S;
      if (!parseString(S.name) || !expect(Tok::Ident, "qualname", "qualname") ||
          !parseString(S.qualname) ||
          !expect(Tok::Ident, "posonly", "posonly") || !parseUnsigned(S.posOnly) ||
          !expect(Tok::Ident, "positional", "positional") ||
          !parseUnsigned(S.positional) ||
          !expect(Tok::Ident, "kwonly", "kwonly") || !parseUnsigned(S.kwOnly))
        return false;
      S.varArgs = accept(Tok::Ident, "varargs");
      S.varKeywords = accept(Tok::Ident, "varkeywords");
      if (!expect(Tok::Ident, "names", "names") || !parseStringList(S.names))
        return false;
      if (accept(Tok::Ident, "freevars") && !parseStringList(S.freeVars))
        return false;
      if (accept(Tok::Ident, "doc") && !parseString(S.doc.emplace()))
        return false;
      F->signature = S;
    } else if (accept(Tok::Ident, "takes_self")) {
      F->takesSelf = true;
    } else if (accept(Tok::Ident, "generator")) {
      F->generatorResume = true;
    } else if (accept(Tok::Ident, "cold")) {
      F->cold = true;
    } else if (accept(Tok::Ident, "code")) {
      if (!parseString(F->codeName))
        return false;
    } else if (accept(Tok::Ident, "in")) {
      std::string Name;
      if (!parseString(Name))
        return false;
      if (!(F->pyModule = M.findPyModule(Name)))
        return fail("unknown module " + Name);
    } else if (accept(Tok::Ident, "local")) {
      if (!is(Tok::Dollar))
        return fail("expected $name");
      Local L{value, Type::Object};
      next();
      if (!expect(Tok::Punct, ":", "':'") || !parseType(L.type))
        return false;
      F->locals.push_back(L);
    } else {
      return fail("expected '{' or a function attribute");
    }
  }
  next(); // '{'
  llvm::StringMap<Block *> Blocks;
  auto GetBlock = [&](const std::string &Name) {
    Block *&B = Blocks[Name];
    if (!B) {
      B = F->addBlock(Name);
    }
    return B;
  };
  llvm::StringMap<Value *> Values;
  for (auto &P : F->params)
    Values[P->name] = P.get();
  struct Pending {
    Instr *I;
    std::vector<std::pair<std::string, unsigned>> Operands; // name, line
  };
  std::vector<Pending> Fixups;
  std::vector<Block *> Order;
  Block *Cur = nullptr;
  while (!accept(Tok::Punct, "}")) {
    if (is(Tok::End))
      return fail("expected '}'");
    if (is(Tok::Caret)) {
      Cur = GetBlock(value);
      Order.push_back(Cur);
      next();
      if (accept(Tok::Punct, "[")) {
        if (!expect(Tok::Ident, "handler", "handler") || !is(Tok::Caret))
          return fail("expected a handler block");
        Cur->handler = GetBlock(value);
        next();
        if (!expect(Tok::Punct, "]", "']'"))
          return false;
      }
      if (!expect(Tok::Punct, ":", "':'"))
        return false;
      continue;
    }
    if (!Cur)
      return fail("instruction outside a block");
    std::string Result;
    if (is(Tok::Percent)) {
      Result = value;
      next();
      if (!expect(Tok::Punct, "=", "'='"))
        return false;
    }
    if (!is(Tok::Ident))
      return fail("expected an operation");
    Opcode Op;
    if (!parseOpcode(value, Op))
      return fail("unknown operation '" + value + "'");
    next();
    auto I = std::make_unique<Instr>(Op, Type::Void);
    Instr *Raw = I.get();
    switch (I->info().attr) {
    case AttrKind::None:
      break;
    case AttrKind::Int:
    case AttrKind::Op:
      if (!is(Tok::Number) && !is(Tok::Ident))
        return fail("expected an attribute");
      I->attr = value;
      next();
      break;
    case AttrKind::Float:
      if (!is(Tok::Number) && !is(Tok::Ident))
        return fail("expected a float");
      I->floatAttr = strtod(value.c_str(), nullptr);
      next();
      break;
    case AttrKind::Str:
      if (!parseString(I->attr))
        return false;
      break;
    case AttrKind::Bytes:
      if (!is(Tok::Bytes))
        return fail("expected bytes");
      I->attr = value;
      next();
      break;
    case AttrKind::Callee:
      if (!is(Tok::At))
        return fail("expected @callee");
      I->attr = value;
      next();
      break;
    case AttrKind::Slot:
      if (!is(Tok::Dollar))
        return fail("expected $slot");
      I->attr = value;
      next();
      break;
    }
    Pending P{Raw, {}};
    while (is(Tok::Percent)) {
      P.Operands.push_back({value, tokLine});
      next();
      if (!accept(Tok::Punct, ","))
        break;
    }
    if (accept(Tok::Punct, "->")) {
      do {
        if (!is(Tok::Caret))
          return fail("expected a block");
        I->successors.push_back(GetBlock(value));
        next();
      } while (accept(Tok::Punct, ","));
    }
    if (accept(Tok::Punct, ":") && !parseType(I->type))
      return false;
    if (is(Tok::Bang)) {
      I->line = unsigned(strtoul(value.c_str(), nullptr, 10));
      next();
    }
    if (!Result.empty()) {
      if (!I->hasResult())
        return fail("a result needs a type");
      if (Values.count(Result))
        return fail("%" + Result + " defined twice");
      Values[Result] = Raw;
    }
    I->parent = Cur;
    Cur->instrs.push_back(std::move(I));
    Fixups.push_back(std::move(P));
  }
  for (Pending &P : Fixups)
    for (auto &[Name, Line] : P.Operands) {
      auto It = Values.find(Name);
      if (It == Values.end()) {
        tokLine = Line;
        tokCol = 1;
        return fail("use of undefined value %" + Name);
      }
      P.I->operands.push_back(It->second);
    }
  // Blocks in the order they are defined (a forward reference created some
  // earlier), so that printing what was read gives back the same text.
  // Blocks referenced but never defined have no instructions; they go last
  // and the verifier reports them.
  std::stable_sort(F->blocks.begin(), F->blocks.end(),
                   [&](const std::unique_ptr<Block> &A,
                       const std::unique_ptr<Block> &B) {
                     auto Rank = [&](const Block *X) {
                       auto It = std::find(Order.begin(), Order.end(), X);
                       return size_t(It - Order.begin());
                     };
                     return Rank(A.get()) < Rank(B.get());
                   });
  return true;
}

std::unique_ptr<Module> Reader::run(std::string &Error) {
  auto M = std::make_unique<Module>();
  std::vector<std::pair<PyModule *, std::string>> Inits;
  while (accept(Tok::Ident, "module")) {
    std::string Name, File;
    if (!parseString(Name) || !expect(Tok::Ident, "file", "'file'") ||
        !parseString(File)) {
      Error = error;
      return nullptr;
    }
    PyModule *P = M->addPyModule(Name, File);
    if (accept(Tok::Ident, "init")) {
      if (!is(Tok::At)) {
        fail("expected @function after init");
        Error = error;
        return nullptr;
      }
      Inits.push_back({P, value});
      next();
    }
    if (!expect(Tok::Ident, "slots", "'slots'") ||
        !parseStringList(P->slots)) {
      Error = error;
      return nullptr;
    }
  }
  while (accept(Tok::Ident, "func"))
    if (!parseFunction(*M)) {
      Error = error;
      return nullptr;
    }
  if (!is(Tok::End)) {
    fail("expected 'func'");
    Error = error;
    return nullptr;
  }
  for (auto &[P, Name] : Inits)
    if (!(P->init = M->findFunction(Name))) {
      Error = "init function @" + Name + " is not defined";
      return nullptr;
    }
  return M;
}

} // namespace

std::unique_ptr<Module> adder::ir::parseModule(llvm::StringRef Text,
                                               std::string &Error) {
  return Reader(Text).run(Error);
}
