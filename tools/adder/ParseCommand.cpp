//===- ParseCommand.cpp - `adder parse` -----------------------------------===//
//
// Parses Python files with adder's frontend. Without options it only checks
// syntax; --dump-ast prints what CPython's ast.dump() prints, --dump-tokens
// the token stream. Several files may be given (the stdlib parse check
// passes hundreds at once); with more than one, each output is preceded by
// a `==> FILE <==` line. --time reports the throughput.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "adder/frontend/HostParse.h"
#include "adder/frontend/Lexer.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace llvm;
using namespace adder;

namespace {

cl::SubCommand &command() {
  static cl::SubCommand Cmd("parse", "Parse Python source files and report "
                                     "syntax errors as CPython would");
  return Cmd;
}

cl::OptionCategory &category() { return adder::driver::parseCategory(); }

struct Options {
  cl::list<std::string> Files{cl::Positional, cl::desc("<file.py>..."),
                              cl::OneOrMore, cl::sub(command()),
                              cl::cat(category())};
  cl::opt<bool> DumpAST{"dump-ast",
                        cl::desc("Print the AST exactly as Python's "
                                 "ast.dump(ast.parse(source)) does"),
                        cl::sub(command()), cl::cat(category())};
  cl::opt<bool> DumpTokens{"dump-tokens",
                           cl::desc("Print one line per token: "
                                    "line:col kind 'text'"),
                           cl::sub(command()), cl::cat(category())};
  cl::opt<std::string> Mode{
      "mode",
      cl::desc("Parse as compile()'s mode: exec (a module, the default), "
               "single (one interactive statement) or eval (an expression)"),
      cl::init("exec"), cl::sub(command()), cl::cat(category())};
  cl::opt<bool> Time{"time",
                     cl::desc("Report bytes parsed, time taken and MB/s on "
                              "stderr"),
                     cl::sub(command()), cl::cat(category())};
};

Options &options() {
  static Options O;
  return O;
}

void dumpTokens(const SourceText &Source, Arena &A, raw_ostream &OS) {
  LexResult L = tokenize(Source.data, Source.size, A);
  for (const Token &T : L.tokens) {
    OS << T.line << ':' << T.col << ' ' << tokenSpelling(T.kind);
    if (T.length) {
      OS << " '";
      OS.write_escaped(StringRef(Source.data + T.offset, T.length));
      OS << '\'';
    }
    OS << '\n';
  }
  if (L.error.present)
    OS << "error: " << L.error.message << '\n';
}

} // namespace

cl::OptionCategory &adder::driver::parseCategory() {
  static cl::OptionCategory Cat("adder parse options");
  return Cat;
}

cl::SubCommand &adder::driver::parseSubCommand() {
  options();
  return command();
}

int adder::driver::runParseCommand() {
  Options &O = options();
  ParseMode Mode = ParseMode::File;
  if (O.Mode == "single") {
    Mode = ParseMode::Interactive;
  } else if (O.Mode == "eval") {
    Mode = ParseMode::Eval;
  } else if (O.Mode != "exec") {
    errs() << "adder parse: unknown --mode '" << O.Mode
           << "' (expected exec, single or eval)\n";
    return 2;
  }
  ParseOptions PO = hostParseOptions(Mode);
  bool Multiple = O.Files.size() > 1;
  int Status = 0;
  size_t TotalBytes = 0;
  auto Begin = std::chrono::steady_clock::now();
  for (const std::string &File : O.Files) {
    auto Buf = MemoryBuffer::getFileOrSTDIN(File, /*IsText=*/false);
    if (!Buf) {
      errs() << File << ": error: " << Buf.getError().message() << '\n';
      Status = 1;
      continue;
    }
    TotalBytes += (*Buf)->getBufferSize();
    Arena A(hostChunkSource(), 256 * 1024);
    SourceText Source;
    Diagnostic Err;
    if (Multiple && (O.DumpAST || O.DumpTokens))
      outs() << "==> " << File << " <==\n";
    if (!decodeSource((*Buf)->getBufferStart(), (*Buf)->getBufferSize(), A,
                      Source, Err)) {
      errs() << renderDiagnostic(File, Source, Err);
      if (Multiple && O.DumpAST)
        outs() << "error\n";
      Status = 1;
      continue;
    }
    if (O.DumpTokens) {
      dumpTokens(Source, A, outs());
      continue;
    }
    ParseResult R = parse(Source, A, PO);
    if (!R.module) {
      errs() << renderDiagnostic(File, Source, R.error);
      if (Multiple && O.DumpAST)
        outs() << "error\n";
      Status = 1;
      continue;
    }
    if (O.DumpAST)
      outs() << dumpAST(R.module) << '\n';
  }
  if (O.Time) {
    double Seconds = std::chrono::duration<double>(
                         std::chrono::steady_clock::now() - Begin)
                         .count();
    errs() << format("parsed %zu files, %.1f MB in %.3f s: %.1f MB/s\n",
                     O.Files.size(), TotalBytes / 1e6, Seconds,
                     TotalBytes / 1e6 / (Seconds > 0 ? Seconds : 1e-9));
  }
  return Status;
}
