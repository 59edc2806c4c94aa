//===- HostParse.h - parsing on the host ------------------------*- C++ -*-===//
//
// The host's way into the portable parser: ParseOptions with the host's
// Unicode hooks (character names for "\N{...}", NFKC for identifiers), and
// rendering of diagnostics as `file:line:col: error: message` followed by
// the source line and a caret, columns counted in characters like
// CPython's SyntaxError.offset.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_FRONTEND_HOSTPARSE_H
#define ADDER_FRONTEND_HOSTPARSE_H

#include "adder/frontend/Parser.h"

#include <string>

namespace adder {

/// ParseOptions with every host hook installed.
ParseOptions hostParseOptions(ParseMode Mode = ParseMode::File);

/// Formats D for the terminal. Source is the decoded text (may be empty
/// when decoding itself failed).
std::string renderDiagnostic(const std::string &FileName,
                             const SourceText &Source, const Diagnostic &D);

/// CPython's 1-based SyntaxError.offset for a byte column on a line.
unsigned characterColumn(const SourceText &Source, uint32_t Line,
                         uint32_t ByteCol);

/// Appends repr() of the str S (generalized UTF-8) to Out, as CPython
/// prints it (quotes, escapes, non-printable characters).
void appendStrRepr(std::string &Out, StrRef S);

/// Prints the AST as `ast.dump(tree)` would (no attributes).
std::string dumpAST(const ast::Node *Root);

} // namespace adder

#endif
