//===- BoardsEmitter.cpp - -gen-boards backend ----------------------------===//
//
// Reads targets/*/Boards.td (CPU -> Chip class -> Board def, see that file)
// and emits, in sections selected by macros:
//   GET_BOARD_ENUMS   the kind enums of adder::targets (FloatABI,
//                     ConsoleDriver, TicksDriver, FeatureTier) and their
//                     toString(); included by BoardInfo.h
//   GET_BOARD_TABLE   `BoardTable[]`: one constexpr BoardInfo per board, in
//                     definition order; included by BoardInfo.cpp
//   GET_BOARD_CONFIG  for board-side code: an #if/#elif chain over the
//                     ADDER_BOARD_<NAME> macros, each branch defining the
//                     ADDER_* constants the startup and drivers read; a
//                     build without a board macro stops with #error.
//
// Records are checked here so a malformed board fails at build time with
// the .td location, not at boot: every Board must also be a Chip, names
// must be unique, and stack + heap must fit in RAM.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TableGen/Error.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace llvm;

namespace {

std::vector<Record *> inDefinitionOrder(std::vector<Record *> Recs) {
  std::sort(Recs.begin(), Recs.end(),
            [](Record *A, Record *B) { return A->getID() < B->getID(); });
  return Recs;
}

void emitString(raw_ostream &OS, StringRef S) {
  OS << '"';
  OS.write_escaped(S);
  OS << '"';
}

std::string hex(uint64_t V) {
  std::string S;
  raw_string_ostream(S) << format_hex(V, 10);
  return S;
}

/// "mps2-an385" -> "ADDER_BOARD_MPS2_AN385"
std::string boardMacro(StringRef Name) {
  std::string M = "ADDER_BOARD_";
  for (char C : Name)
    M += isAlnum(C) ? toUpper(C) : '_';
  return M;
}

/// "mps2-an385" -> "mps2_an385", for names of per-board arrays.
std::string cIdent(StringRef Name) {
  std::string M;
  for (char C : Name)
    M += isAlnum(C) ? C : '_';
  return M;
}

std::string upper(StringRef S) { return S.upper(); }

class BoardsEmitter {
  RecordKeeper &RK;
  std::vector<Record *> Boards;

public:
  explicit BoardsEmitter(RecordKeeper &RK) : RK(RK) {}
  void run(raw_ostream &OS);

private:
  void check();
  void emitEnum(raw_ostream &OS, StringRef EnumName, StringRef Class);
  void emitEnums(raw_ostream &OS);
  void emitTable(raw_ostream &OS);
  void emitConfig(raw_ostream &OS);

  static std::vector<std::string> supportSources(Record *B) {
    std::vector<std::string> S = {"cortex-m/Startup.cpp", "cortex-m/HAL.cpp",
                                  "cortex-m/Libm.cpp"};
    S.push_back(B->getValueAsDef("Console")
                    ->getValueAsDef("Driver")
                    ->getValueAsString("Source")
                    .str());
    S.push_back(B->getValueAsDef("Ticks")
                    ->getValueAsDef("Driver")
                    ->getValueAsString("Source")
                    .str());
    return S;
  }
  static std::string features(Record *Cpu) {
    std::string F =
        Cpu->getValueAsDef("Fpu")->getValueAsString("Features").str();
    StringRef Extra = Cpu->getValueAsString("ExtraFeatures");
    if (!Extra.empty())
      F += (F.empty() ? "" : ",") + Extra.str();
    return F;
  }
};

void BoardsEmitter::check() {
  StringSet<> Names;
  for (Record *B : Boards) {
    if (!B->isSubClassOf("Chip"))
      PrintFatalError(B, "board '" + B->getName() +
                             "' must also inherit from a Chip class");
    StringRef Name = B->getValueAsString("Name");
    if (!Names.insert(Name).second)
      PrintFatalError(B, "duplicate board name '" + Name + "'");
    int64_t Ram = B->getValueAsDef("Ram")->getValueAsInt("Size");
    int64_t Need =
        B->getValueAsInt("StackSize") + B->getValueAsInt("DefaultHeapSize");
    if (Need >= Ram)
      PrintFatalError(B, "board '" + Name +
                             "': StackSize + DefaultHeapSize exceed its RAM");
    if (B->getValueAsInt("StackSize") % 8)
      PrintFatalError(B, "board '" + Name +
                             "': StackSize must be a multiple of 8 (AAPCS)");
  }
}

void BoardsEmitter::emitEnum(raw_ostream &OS, StringRef EnumName,
                             StringRef Class) {
  auto Kinds = inDefinitionOrder(RK.getAllDerivedDefinitions(Class));
  OS << "enum class " << EnumName << " : uint8_t {";
  for (size_t I = 0; I < Kinds.size(); ++I)
    OS << (I ? ", " : " ") << Kinds[I]->getValueAsString("Name");
  OS << " };\n";
  OS << "constexpr std::string_view toString(" << EnumName << " K) {\n";
  OS << "  switch (K) {\n";
  for (Record *K : Kinds)
    OS << "  case " << EnumName << "::" << K->getValueAsString("Name")
       << ": return \"" << K->getValueAsString("Name") << "\";\n";
  OS << "  }\n  return \"?\";\n}\n\n";
}

void BoardsEmitter::emitEnums(raw_ostream &OS) {
  OS << "#ifdef GET_BOARD_ENUMS\n#undef GET_BOARD_ENUMS\n";
  emitEnum(OS, "FloatABI", "FloatABI");
  emitEnum(OS, "ConsoleDriver", "ConsoleDriver");
  emitEnum(OS, "TicksDriver", "TicksDriver");
  emitEnum(OS, "FeatureTier", "FeatureTier");
  OS << "#endif // GET_BOARD_ENUMS\n\n";
}

void BoardsEmitter::emitTable(raw_ostream &OS) {
  OS << "#ifdef GET_BOARD_TABLE\n#undef GET_BOARD_TABLE\n";
  // Arrays referenced by the table's spans.
  for (Record *B : Boards) {
    std::string Id = cIdent(B->getValueAsString("Name"));
    auto Args = B->getValueAsListOfStrings("QemuArgs");
    if (!Args.empty()) {
      OS << "static constexpr std::string_view QemuArgs_" << Id << "[] = {";
      for (StringRef A : Args) {
        emitString(OS, A);
        OS << ", ";
      }
      OS << "};\n";
    }
    OS << "static constexpr std::string_view Sources_" << Id << "[] = {";
    for (const std::string &S : supportSources(B)) {
      emitString(OS, S);
      OS << ", ";
    }
    OS << "};\n";
  }
  OS << "\nstatic constexpr BoardInfo BoardTable[] = {\n";
  for (Record *B : Boards) {
    StringRef Name = B->getValueAsString("Name");
    std::string Id = cIdent(Name);
    Record *Cpu = B->getValueAsDef("Cpu");
    Record *Flash = B->getValueAsDef("Flash");
    Record *Ram = B->getValueAsDef("Ram");
    Record *Console = B->getValueAsDef("Console");
    Record *Ticks = B->getValueAsDef("Ticks");
    auto Str = [&](StringRef Field, StringRef V) {
      OS << "    ." << Field << " = ";
      emitString(OS, V);
      OS << ",\n";
    };
    auto Num = [&](StringRef Field, const std::string &V) {
      OS << "    ." << Field << " = " << V << ",\n";
    };
    OS << "  {\n";
    Str("Name", Name);
    Str("Chip", B->getValueAsString("ChipName"));
    Str("Triple", Cpu->getValueAsString("Triple"));
    Str("Cpu", Cpu->getValueAsString("LLVMName"));
    Str("Features", features(Cpu));
    Num("FloatAbi",
        "FloatABI::" +
            Cpu->getValueAsDef("ABI")->getValueAsString("Name").str());
    Str("Fpu", Cpu->getValueAsDef("Fpu")->getValueAsString("Name"));
    Num("Flash", "{" + hex(Flash->getValueAsInt("Origin")) + ", " +
                     hex(Flash->getValueAsInt("Size")) + "}");
    Num("Ram", "{" + hex(Ram->getValueAsInt("Origin")) + ", " +
                   hex(Ram->getValueAsInt("Size")) + "}");
    Num("StackSize", std::to_string(B->getValueAsInt("StackSize")));
    Num("DefaultHeapSize", std::to_string(B->getValueAsInt("DefaultHeapSize")));
    Num("VectorCount", std::to_string(16 + B->getValueAsInt("IrqCount")));
    Num("CoreClockHz", std::to_string(B->getValueAsInt("CoreClockHz")));
    Num("Console",
        "ConsoleDriver::" +
            Console->getValueAsDef("Driver")->getValueAsString("Name").str());
    Num("ConsoleBase", hex(Console->getValueAsInt("Base")));
    Num("ConsoleBaud", std::to_string(B->getValueAsInt("ConsoleBaud")));
    Num("Ticks",
        "TicksDriver::" +
            Ticks->getValueAsDef("Driver")->getValueAsString("Name").str());
    Num("Tier", "FeatureTier::" +
                    B->getValueAsDef("Tier")->getValueAsString("Name").str());
    Str("QemuMachine", B->getValueAsString("QemuMachine"));
    Num("QemuArgs", B->getValueAsListOfStrings("QemuArgs").empty()
                        ? std::string("{}")
                        : "QemuArgs_" + Id);
    Str("PicolibcMultilib", Cpu->getValueAsString("PicolibcMultilib"));
    Str("LibgccMultilib", Cpu->getValueAsString("LibgccMultilib"));
    Num("SupportSources", "Sources_" + Id);
    Str("BoardMacro", boardMacro(Name));
    OS << "  },\n";
  }
  OS << "};\n#endif // GET_BOARD_TABLE\n\n";
}

void BoardsEmitter::emitConfig(raw_ostream &OS) {
  OS << "#ifdef GET_BOARD_CONFIG\n#undef GET_BOARD_CONFIG\n";
  bool First = true;
  for (Record *B : Boards) {
    StringRef Name = B->getValueAsString("Name");
    Record *Cpu = B->getValueAsDef("Cpu");
    Record *Flash = B->getValueAsDef("Flash");
    Record *Ram = B->getValueAsDef("Ram");
    Record *Console = B->getValueAsDef("Console");
    Record *Ticks = B->getValueAsDef("Ticks");
    auto Def = [&](StringRef Macro, const std::string &V) {
      OS << "#define ADDER_" << Macro << " " << V << "\n";
    };
    auto U = [](int64_t V) { return hex(V) + "u"; };
    OS << (First ? "#if" : "#elif") << " defined(" << boardMacro(Name) << ")\n";
    First = false;
    Def("BOARD_NAME", "\"" + Name.str() + "\"");
    Def("CHIP_NAME", "\"" + B->getValueAsString("ChipName").str() + "\"");
    Def("FLASH_ORIGIN", U(Flash->getValueAsInt("Origin")));
    Def("FLASH_SIZE", U(Flash->getValueAsInt("Size")));
    Def("RAM_ORIGIN", U(Ram->getValueAsInt("Origin")));
    Def("RAM_SIZE", U(Ram->getValueAsInt("Size")));
    Def("CORE_CLOCK_HZ", std::to_string(B->getValueAsInt("CoreClockHz")) + "u");
    Def("IRQ_COUNT", std::to_string(B->getValueAsInt("IrqCount")));
    Def("HAS_FPU", Cpu->getValueAsDef("Fpu")->getValueAsString("Name").empty()
                       ? "0"
                       : "1");
    Def("CONSOLE_" +
            Console->getValueAsDef("Driver")->getValueAsString("Macro").str(),
        "1");
    Def("CONSOLE_BASE", U(Console->getValueAsInt("Base")));
    Def("CONSOLE_CLOCK_HZ",
        std::to_string(Console->getValueAsInt("ClockHz")) + "u");
    Def("CONSOLE_BAUD", std::to_string(B->getValueAsInt("ConsoleBaud")) + "u");
    Def("CONSOLE_TX_PIN", std::to_string(Console->getValueAsInt("TxPin")));
    Def("CONSOLE_RX_PIN", std::to_string(Console->getValueAsInt("RxPin")));
    Def("CONSOLE_PIN_FUNCTION",
        std::to_string(Console->getValueAsInt("PinFunction")));
    Def("TICKS_" +
            Ticks->getValueAsDef("Driver")->getValueAsString("Macro").str(),
        "1");
    Def("TICKS_BASE", U(Ticks->getValueAsInt("Base")));
    Def("TIER_" + upper(B->getValueAsDef("Tier")->getValueAsString("Name")),
        "1");
  }
  OS << (First ? "#if 1\n" : "#else\n")
     << "#error \"board code must be compiled with -DADDER_BOARD_<NAME>"
        " (adder-board-tool cflags <board>)\"\n#endif\n";
  OS << "#endif // GET_BOARD_CONFIG\n";
}

void BoardsEmitter::run(raw_ostream &OS) {
  emitSourceFileHeader("Boards: CPUs, chips, memory maps, console drivers", OS);
  Boards = inDefinitionOrder(RK.getAllDerivedDefinitions("Board"));
  check();
  emitEnums(OS);
  emitTable(OS);
  emitConfig(OS);
}

void emitBoards(RecordKeeper &RK, raw_ostream &OS) {
  BoardsEmitter(RK).run(OS);
}

TableGen::Emitter::Opt X("gen-boards", emitBoards,
                         "Generate the board table and board configs");

} // namespace
