//===- Mangle.cpp - private name mangling in class bodies -----------------===//
//
// Inside a class body, and every function nested in it, a name of the form
// __spam (at least two leading underscores, at most one trailing) is
// rewritten to _Class__spam, as CPython's compiler does (_Py_Mangle):
// variable names, attribute names, parameters, except-handler names,
// global/nonlocal declarations, and the names `def` and `class` bind. The
// AST is rewritten once, before scope analysis, so every later stage sees
// the mangled names; a function or class keeps its own unmangled __name__
// (recorded in Unmangled for scope analysis).
//
//===----------------------------------------------------------------------===//

#include "adder/sema/Scopes.h"
#include "adder/frontend/ASTWalk.h"

#include <string.h>

using namespace adder;
using namespace adder::ast;

namespace {

struct Mangler : ChildWalker<Mangler> {
  Arena &arena;
  llvm::DenseMap<const Node *, Identifier> &unmangled;
  /// The class whose body is being walked (its name without leading
  /// underscores), empty outside classes.
  StrRef privateOf;

  Identifier mangle(Identifier Name) {
    if (privateOf.empty() || Name.size < 3 || Name[0] != '_' ||
        Name[1] != '_')
      return Name;
    if (Name[Name.size - 1] == '_' && Name[Name.size - 2] == '_')
      return Name;
    for (char C : Name)
      if (C == '.')
        return Name;
    uint32_t Size = 1 + privateOf.size + Name.size;
    auto *Buf = static_cast<char *>(arena.allocate(Size + 1, 1));
    if (!Buf)
      return Name; // the parser's arena is exhausted; leave it be
    Buf[0] = '_';
    memcpy(Buf + 1, privateOf.data, privateOf.size);
    memcpy(Buf + 1 + privateOf.size, Name.data, Name.size);
    Buf[Size] = 0;
    return Identifier(Buf, Size);
  }

  /// The name a def or class statement binds.
  void bindingName(Node *N, Identifier &Name) {
    Identifier M = mangle(Name);
    if (M.data != Name.data) {
      unmangled[N] = Name;
      Name = M;
    }
  }

  void walk(Node *N) {
    switch (N->nodeKind) {
    case NodeKind::Name:
      cast<Name>(N)->id = mangle(cast<Name>(N)->id);
      break;
    case NodeKind::Attribute:
      cast<Attribute>(N)->attr = mangle(cast<Attribute>(N)->attr);
      break;
    case NodeKind::Arg:
      cast<Arg>(N)->arg = mangle(cast<Arg>(N)->arg);
      break;
    case NodeKind::ExceptHandler:
      if (cast<ExceptHandler>(N)->name.present())
        cast<ExceptHandler>(N)->name = mangle(cast<ExceptHandler>(N)->name);
      break;
    case NodeKind::Global:
      for (Identifier &I : cast<Global>(N)->names)
        I = mangle(I);
      break;
    case NodeKind::Nonlocal:
      for (Identifier &I : cast<Nonlocal>(N)->names)
        I = mangle(I);
      break;
    case NodeKind::FunctionDef:
      bindingName(N, cast<FunctionDef>(N)->name);
      break;
    case NodeKind::AsyncFunctionDef:
      bindingName(N, cast<AsyncFunctionDef>(N)->name);
      break;
    case NodeKind::ClassDef: {
      auto *C = cast<ClassDef>(N);
      Identifier Own = C->name;
      bindingName(N, C->name);
      // Decorators, bases and keywords belong to the enclosing scope.
      children("decorator_list", C->decorator_list, false);
      children("bases", C->bases, false);
      children("keywords", C->keywords, false);
      StrRef Saved = privateOf;
      uint32_t Skip = 0;
      while (Skip < Own.size && Own[Skip] == '_')
        ++Skip;
      privateOf = StrRef(Own.data + Skip, Own.size - Skip);
      children("body", C->body, false);
      privateOf = Saved;
      return;
    }
    default:
      break;
    }
    visitFields(N, *this);
  }
};

} // namespace

void adder::sema::manglePrivateNames(
    ast::Module *M, Arena &A,
    llvm::DenseMap<const ast::Node *, ast::Identifier> &Unmangled) {
  Mangler Walker{{}, A, Unmangled, StrRef()};
  Walker.walk(M);
}
