//===- ASTWalk.h - walking the AST through its generated field visitor ----===//
//
// visitFields(N, V) (generated from the AST's TableGen records) calls V
// back once per field of N: child/children for nodes, and identifier,
// constant, string, integer, enumeration... for leaf fields. Most walkers
// only care about child nodes; these bases supply the rest.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_FRONTEND_ASTWALK_H
#define ADDER_FRONTEND_ASTWALK_H

#include "adder/frontend/AST.h"

namespace adder::ast {

/// The leaf-field callbacks of visitFields, all ignored.
struct IgnoreLeafFields {
  void identifier(const char *, StrRef, bool) {}
  void identifiers(const char *, const Seq<StrRef> &) {}
  void constant(const char *, const ConstantValue &) {}
  void string(const char *, StrRef, bool) {}
  void integer(const char *, int) {}
  void enumeration(const char *, const char *) {}
  template <class E> void enumerations(const char *, const Seq<E> &) {}
};

/// A walker whose Derived::walk(Node *) sees every non-null child node of
/// the nodes it passes to visitFields.
template <class Derived> struct ChildWalker : IgnoreLeafFields {
  void child(const char *, Node *C, bool) {
    if (C)
      static_cast<Derived *>(this)->walk(C);
  }
  template <class T> void children(const char *, const Seq<T *> &L, bool) {
    for (T *C : L)
      if (C)
        static_cast<Derived *>(this)->walk(C);
  }
};

} // namespace adder::ast

#endif
