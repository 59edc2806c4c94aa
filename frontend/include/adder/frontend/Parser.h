//===- Parser.h - Python 3.11 parser ----------------------------*- C++ -*-===//
//
// parse() turns source text into the AST of CPython's `ast` module for the
// three modes of compile(): "exec" (Module), "single" (Interactive) and
// "eval" (Expression). It reports the first syntax error CPython would
// report, with CPython's message where one exists. The parser is portable
// (freestanding, arena-allocated); features that need large host-only
// tables are optional hooks.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_FRONTEND_PARSER_H
#define ADDER_FRONTEND_PARSER_H

#include "adder/frontend/AST.h"
#include "adder/frontend/Diagnostic.h"
#include "adder/frontend/Source.h"

namespace adder {

enum class ParseMode : uint8_t { File, Interactive, Eval };

struct ParseOptions {
  ParseMode mode = ParseMode::File;
  /// Resolves a "\N{NAME}" escape (case-insensitively); null on targets
  /// without the Unicode name table, where such escapes are an error.
  bool (*lookupUnicodeName)(const char *Name, size_t Length,
                            uint32_t &CodePoint) = nullptr;
  /// NFKC-normalizes a non-ASCII identifier (CPython does, so `ℌ` and `H`
  /// are the same name); returns the normalized UTF-8 in the arena. Null
  /// leaves identifiers as written.
  StrRef (*normalizeIdentifier)(StrRef Name, Arena &A) = nullptr;
  /// Deepest expression nesting accepted before reporting "too complex";
  /// bounds the parser's stack use (firmware sets it lower).
  unsigned maxNesting = 1000;
};

struct ParseResult {
  ast::Mod *module = nullptr; // null on error
  Diagnostic error;
};

ParseResult parse(const SourceText &Source, Arena &A,
                  const ParseOptions &Options = ParseOptions());

} // namespace adder

#endif
