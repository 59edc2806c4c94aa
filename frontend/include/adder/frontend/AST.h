//===- AST.h - the Python abstract syntax tree ------------------*- C++ -*-===//
//
// Nodes and fields mirror CPython 3.11's `ast` module exactly; they are
// generated from frontend/AST.td. Everything lives in the parser's arena:
// nodes are plain structs with no destructors, lists are (pointer, count)
// pairs, strings are StrRefs into the arena. The header is freestanding so
// the firmware REPL links the same parser.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_FRONTEND_AST_H
#define ADDER_FRONTEND_AST_H

#include "adder/support/StrRef.h"
#include "adder/support/Vector.h"

namespace adder::ast {

/// Identifiers are interned by the parser: equal names share one pointer.
using Identifier = StrRef;

#define GET_AST_ENUMS
#include "adder/AST.inc"

/// A source position. Columns are UTF-8 byte offsets from the start of
/// the line, 0-based, as CPython's col_offset.
struct Node {
  NodeKind nodeKind{}; // set by the allocator (see Parser::make)
  /// Set on expressions written inside parentheses: `(a)` is a Name, but
  /// `(a): int = 1` is not a simple annotation target.
  bool parenthesized = false;
  uint32_t line = 0, col = 0, endLine = 0, endCol = 0;
};

template <class T> using NodeList = ::adder::Seq<T *>;

/// The value of a Constant node. Numbers keep their source spelling (so
/// arbitrarily large ints survive without a bigint in the parser); strings
/// hold decoded UTF-8 (lone surrogates in generalized UTF-8); bytes hold
/// the decoded bytes.
struct ConstantValue {
  enum class Kind : uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,
    Float,
    Complex,
    Str,
    Bytes
  };
  Kind kind = Kind::None;
  StrRef text;
};

#define GET_AST_CATEGORIES
#include "adder/AST.inc"

#define GET_AST_FORWARD
#include "adder/AST.inc"

#define GET_AST_NODES
#include "adder/AST.inc"

#define GET_AST_VISITOR
#include "adder/AST.inc"

/// LLVM-style casting on NodeKind, without RTTI.
template <class T> bool isa(const Node *N) { return N && T::classof(N); }
template <class T> T *cast(Node *N) {
  ADDER_ASSERT(isa<T>(N), "cast to the wrong AST node kind");
  return static_cast<T *>(N);
}
template <class T> const T *cast(const Node *N) {
  ADDER_ASSERT(isa<T>(N), "cast to the wrong AST node kind");
  return static_cast<const T *>(N);
}
template <class T> T *dyn_cast(Node *N) {
  return isa<T>(N) ? static_cast<T *>(N) : nullptr;
}
template <class T> const T *dyn_cast(const Node *N) {
  return isa<T>(N) ? static_cast<const T *>(N) : nullptr;
}

} // namespace adder::ast

#endif
