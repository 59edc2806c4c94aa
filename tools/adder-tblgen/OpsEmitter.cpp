//===- OpsEmitter.cpp - -gen-ops backend ----------------------------------===//
//
// Reads ir/Ops.td and emits:
//   GET_OP_ENUM   the Opcode enumerators, in definition order
//   GET_OP_INFO   one OpInfo initializer per op (see ir/IR.h), so the
//                 printer, reader, verifier and lowering share one table
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TableGen/Error.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"

#include <algorithm>
#include <vector>

using namespace llvm;

namespace {

std::string cppName(StringRef AttrKind) {
  std::string S = AttrKind.str();
  S[0] = char(toupper(S[0]));
  return S;
}

void emitOps(RecordKeeper &RK, raw_ostream &OS) {
  emitSourceFileHeader("Operations of adder's typed IR", OS);
  auto Ops = RK.getAllDerivedDefinitions("Op");
  std::sort(Ops.begin(), Ops.end(),
            [](Record *A, Record *B) { return A->getID() < B->getID(); });

  OS << "#ifdef GET_OP_ENUM\n#undef GET_OP_ENUM\n";
  for (Record *R : Ops)
    OS << "  " << R->getName() << ",\n";
  OS << "#endif\n\n";

  OS << "#ifdef GET_OP_INFO\n#undef GET_OP_INFO\n";
  for (Record *R : Ops) {
    auto Operands = R->getValueAsListOfStrings("Operands");
    bool Variadic = !Operands.empty() && Operands.back() == "...";
    if (Variadic)
      Operands.pop_back();
    for (StringRef T : Operands)
      if (T == "...")
        PrintFatalError(R->getLoc(), "'...' must be the last operand type");
    OS << "  {\"" << R->getValueAsString("Mnemonic") << "\", "
       << Operands.size() << ", " << (Variadic ? "true" : "false") << ", {";
    for (size_t I = 0; I < Operands.size(); ++I)
      OS << (I ? ", " : "") << '"' << Operands[I] << '"';
    OS << "}, \"" << R->getValueAsString("Result") << "\", AttrKind::"
       << cppName(R->getValueAsDef("Attribute")->getValueAsString("Kind"))
       << ", " << R->getValueAsInt("Successors") << ", "
       << (R->getValueAsBit("MayRaise") ? "true" : "false") << ", "
       << (R->getValueAsBit("Terminator") ? "true" : "false") << ", "
       << (R->getValueAsBit("Pure") ? "true" : "false") << "},\n";
  }
  OS << "#endif\n";
}

TableGen::Emitter::Opt X("gen-ops", emitOps, "Generate the IR op table");

} // namespace
