//===- BuiltinsEmitter.cpp - -gen-builtins backend ------------------------===//
//
// Reads runtime/Builtins.td and emits:
//   GET_RUNTIME_FUNCTIONS  RuntimeFunctionInfo initializers (the ABI the
//                          backend declares and calls)
//   GET_BUILTINS           BuiltinSig arrays and BuiltinInfo initializers
//                          (the typing rules sema applies)
//
// The backend checks each runtime function's LLVM type against its record
// when it loads the runtime bitcode (backend/Lower.cpp), and a unit test
// checks every record against every runtime build.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TableGen/Error.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"

#include <algorithm>

using namespace llvm;

namespace {

std::vector<Record *> ordered(std::vector<Record *> Recs) {
  std::sort(Recs.begin(), Recs.end(),
            [](Record *A, Record *B) { return A->getID() < B->getID(); });
  return Recs;
}

/// The ABI type vocabulary (see Builtins.td); anything else is a typo.
void checkAbiType(StringRef AbiType, ArrayRef<SMLoc> Loc, bool IsResult) {
  static const char *const Known[] = {"word", "double", "i1",  "i32",
                                      "i64",  "size",   "ptr"};
  for (const char *K : Known)
    if (AbiType == K)
      return;
  if (IsResult && AbiType == "void")
    return;
  PrintFatalError(Loc, "unknown ABI type '" + AbiType + "'");
}

void emitBuiltins(RecordKeeper &RK, raw_ostream &OS) {
  emitSourceFileHeader("Runtime ABI and Python builtins", OS);
  auto Fns = ordered(RK.getAllDerivedDefinitions("RuntimeFn"));

  OS << "#ifdef GET_RUNTIME_FUNCTIONS\n#undef GET_RUNTIME_FUNCTIONS\n";
  for (Record *R : Fns) {
    checkAbiType(R->getValueAsString("Result"), R->getLoc(), true);
    for (StringRef P : R->getValueAsListOfStrings("Params"))
      checkAbiType(P, R->getLoc(), false);
    OS << "  {\"" << R->getName() << "\", \"" << R->getValueAsString("Result")
       << "\", \"" << join(R->getValueAsListOfStrings("Params"), ",")
       << "\", AbiError::";
    StringRef E = R->getValueAsDef("Error")->getName();
    OS << (E == "NoError"          ? "None"
           : E == "ZeroResult"     ? "ZeroResult"
           : E == "NegativeResult" ? "NegativeResult"
           : E == "NaNResult"      ? "NaNResult"
                                   : "Pending")
       << "},\n";
  }
  OS << "#endif\n\n";

  OS << "#ifdef GET_BUILTINS\n#undef GET_BUILTINS\n";
  auto Builtins = ordered(RK.getAllDerivedDefinitions("Builtin"));
  unsigned N = 0;
  for (Record *R : Builtins) {
    auto Sigs = R->getValueAsListOfDefs("Sigs");
    OS << "static const BuiltinSig Sigs" << N << "[] = {";
    for (Record *S : Sigs) {
      // A fast entry is called like any runtime function, so it must be
      // declared as one (its signature and error convention).
      StringRef Fast = S->getValueAsString("Fast");
      Record *FastDef = Fast.empty() ? nullptr : RK.getDef(Fast);
      if (!Fast.empty() && (!FastDef || !FastDef->isSubClassOf("RuntimeFn")))
        PrintFatalError(R->getLoc(), "fast entry '" + Fast +
                                         "' is not a RuntimeFn");
      OS << "{\"" << join(S->getValueAsListOfStrings("Args"), ",") << "\", \""
         << S->getValueAsString("Result") << "\", \""
         << Fast << "\"}, ";
    }
    if (Sigs.empty())
      OS << "{\"\", \"\", \"\"}";
    OS << "};\n";
    ++N;
  }
  OS << "static const BuiltinInfo BuiltinTable[] = {\n";
  N = 0;
  for (Record *R : Builtins) {
    OS << "  {\"" << R->getValueAsString("Module") << "\", \""
       << R->getValueAsString("Name") << "\", \""
       << R->getValueAsString("Symbol") << "\", \""
       << R->getValueAsString("Kind") << "\", \""
       << R->getValueAsString("ConstType") << "\", \""
       << R->getValueAsString("ConstValue") << "\", Sigs" << N << ", "
       << R->getValueAsListOfDefs("Sigs").size() << "},\n";
    ++N;
  }
  OS << "};\n#endif\n";
}

TableGen::Emitter::Opt X("gen-builtins", emitBuiltins,
                         "Generate the runtime ABI and builtin tables");

} // namespace
