//===- ASTEmitter.cpp - -gen-ast backend ----------------------------------===//
//
// Reads frontend/AST.td and emits, in sections selected by macros:
//   GET_AST_ENUMS       enums for field-less sum types, NodeKind (grouped by
//                       category so classof is a range check), name tables
//   GET_AST_CATEGORIES  the abstract base structs (Expr, Stmt, ...)
//   GET_AST_NODES       one struct per node, fields in CPython's order
//   GET_AST_VISITOR     visitFields(): calls a visitor once per field, in
//                       order, with the field's Python name; the AST dumper
//                       and generic walkers are written against it
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TableGen/Error.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace llvm;

namespace {

class ASTEmitter {
  RecordKeeper &RK;
  std::vector<Record *> Categories; // abstract sum types, definition order
  std::vector<Record *> Nodes;      // grouped by category, then definition
  std::vector<Record *> Enums;

public:
  explicit ASTEmitter(RecordKeeper &RK) : RK(RK) {}

  void run(raw_ostream &OS);

private:
  static bool isProduct(Record *R) {
    return R->isSubClassOf("Category") && R->isSubClassOf("Node");
  }
  // The category a node belongs to; a product is its own category.
  static Record *categoryOf(Record *N) {
    return isProduct(N) ? N : N->getValueAsDef("Base");
  }
  static std::string structName(Record *N) {
    return isProduct(N) ? N->getValueAsString("CppName").str()
                        : N->getName().str();
  }
  static std::string categoryCppName(Record *C) {
    return C->getValueAsString("CppName").str();
  }
  std::string fieldDecl(Record *F);
  void emitVisitorCall(raw_ostream &OS, Record *F);
  void emitEnums(raw_ostream &OS);
  void emitCategories(raw_ostream &OS);
  void emitNodes(raw_ostream &OS);
  void emitVisitor(raw_ostream &OS);
};

std::vector<Record *> inDefinitionOrder(std::vector<Record *> Recs) {
  std::sort(Recs.begin(), Recs.end(),
            [](Record *A, Record *B) { return A->getID() < B->getID(); });
  return Recs;
}

std::string ASTEmitter::fieldDecl(Record *F) {
  std::string Name = F->getValueAsString("Name").str();
  auto TypeOf = [&] {
    return categoryCppName(F->getValueAsDef("Type"));
  };
  if (F->isSubClassOf("Child") || F->isSubClassOf("OptChild"))
    return TypeOf() + " *" + Name + " = nullptr;";
  if (F->isSubClassOf("Children") || F->isSubClassOf("OptChildren"))
    return "NodeList<" + TypeOf() + "> " + Name + ";";
  if (F->isSubClassOf("Ident") || F->isSubClassOf("OptIdent"))
    return "Identifier " + Name + ";";
  if (F->isSubClassOf("Idents"))
    return "::adder::Seq<Identifier> " + Name + ";";
  if (F->isSubClassOf("ConstantField"))
    return "ConstantValue " + Name + ";";
  if (F->isSubClassOf("OptString"))
    return "StrRef " + Name + ";";
  if (F->isSubClassOf("IntField"))
    return "int " + Name + " = 0;";
  if (F->isSubClassOf("EnumField"))
    return categoryCppName(F->getValueAsDef("Type")) + " " + Name + "{};";
  if (F->isSubClassOf("EnumList"))
    return "::adder::Seq<" + categoryCppName(F->getValueAsDef("Type")) +
           "> " + Name + ";";
  PrintFatalError(F->getLoc(), "unknown AST field kind");
}

void ASTEmitter::emitVisitorCall(raw_ostream &OS, Record *F) {
  std::string Name = F->getValueAsString("Name").str();
  std::string Q = "\"" + Name + "\"";
  OS << "    ";
  if (F->isSubClassOf("Child"))
    OS << "V.child(" << Q << ", X->" << Name << ", false);\n";
  else if (F->isSubClassOf("OptChild"))
    OS << "V.child(" << Q << ", X->" << Name << ", true);\n";
  else if (F->isSubClassOf("Children"))
    OS << "V.children(" << Q << ", X->" << Name << ", false);\n";
  else if (F->isSubClassOf("OptChildren"))
    OS << "V.children(" << Q << ", X->" << Name << ", true);\n";
  else if (F->isSubClassOf("Ident"))
    OS << "V.identifier(" << Q << ", X->" << Name << ", false);\n";
  else if (F->isSubClassOf("OptIdent"))
    OS << "V.identifier(" << Q << ", X->" << Name << ", true);\n";
  else if (F->isSubClassOf("Idents"))
    OS << "V.identifiers(" << Q << ", X->" << Name << ");\n";
  else if (F->isSubClassOf("ConstantField"))
    OS << "V.constant(" << Q << ", X->" << Name << ");\n";
  else if (F->isSubClassOf("OptString"))
    OS << "V.string(" << Q << ", X->" << Name << ", true);\n";
  else if (F->isSubClassOf("IntField"))
    OS << "V.integer(" << Q << ", X->" << Name << ");\n";
  else if (F->isSubClassOf("EnumField"))
    OS << "V.enumeration(" << Q << ", enumName(X->" << Name << "));\n";
  else if (F->isSubClassOf("EnumList"))
    OS << "V.enumerations(" << Q << ", X->" << Name << ");\n";
  else
    PrintFatalError(F->getLoc(), "unknown AST field kind");
}

void ASTEmitter::emitEnums(raw_ostream &OS) {
  OS << "#ifdef GET_AST_ENUMS\n#undef GET_AST_ENUMS\n";
  for (Record *E : Enums) {
    std::string Name = categoryCppName(E);
    auto Values = E->getValueAsListOfStrings("Values");
    OS << "enum class " << Name << " : uint8_t {";
    for (size_t I = 0; I < Values.size(); ++I)
      OS << (I ? ", " : " ") << Values[I];
    OS << " };\n";
    OS << "inline const char *enumName(" << Name << " V) {\n";
    OS << "  static const char *const Names[] = {";
    for (size_t I = 0; I < Values.size(); ++I)
      OS << (I ? ", " : "") << "\"" << Values[I] << "\"";
    OS << "};\n  return Names[static_cast<unsigned>(V)];\n}\n";
  }
  OS << "enum class NodeKind : uint8_t {\n";
  for (Record *N : Nodes)
    OS << "  " << structName(N) << ",\n";
  OS << "};\n";
  OS << "inline const char *nodeName(NodeKind K) {\n"
        "  static const char *const Names[] = {\n";
  for (Record *N : Nodes)
    OS << "    \"" << N->getValueAsString("PyName") << "\",\n";
  OS << "  };\n  return Names[static_cast<unsigned>(K)];\n}\n";
  OS << "inline bool isLocated(NodeKind K) {\n"
        "  static const bool Located[] = {";
  for (size_t I = 0; I < Nodes.size(); ++I)
    OS << (I ? ", " : "") << (Nodes[I]->getValueAsBit("Located") ? "true" : "false");
  OS << "};\n  return Located[static_cast<unsigned>(K)];\n}\n";
  OS << "#endif\n\n";
}

void ASTEmitter::emitCategories(raw_ostream &OS) {
  OS << "#ifdef GET_AST_CATEGORIES\n#undef GET_AST_CATEGORIES\n";
  for (Record *C : Categories) {
    if (isProduct(C))
      continue; // a product's only node is its own struct
    std::string First, Last;
    for (Record *N : Nodes) {
      if (categoryOf(N) != C)
        continue;
      if (First.empty())
        First = structName(N);
      Last = structName(N);
    }
    if (First.empty())
      PrintFatalError(C->getLoc(), "category without nodes");
    OS << "struct " << categoryCppName(C) << " : Node {\n"
       << "  static bool classof(const Node *N) {\n"
       << "    return N->nodeKind >= NodeKind::" << First
       << " && N->nodeKind <= NodeKind::" << Last << ";\n  }\n};\n";
  }
  OS << "#endif\n\n";
}

void ASTEmitter::emitNodes(raw_ostream &OS) {
  OS << "#ifdef GET_AST_FORWARD\n#undef GET_AST_FORWARD\n";
  for (Record *N : Nodes)
    OS << "struct " << structName(N) << ";\n";
  OS << "#endif\n\n";

  OS << "#ifdef GET_AST_NODES\n#undef GET_AST_NODES\n";
  for (Record *N : Nodes) {
    std::string Name = structName(N);
    std::string Base = isProduct(N) ? "Node" : categoryCppName(categoryOf(N));
    OS << "/// " << N->getValueAsString("PyName") << "\n";
    OS << "struct " << Name << " final : " << Base << " {\n";
    OS << "  static constexpr NodeKind ThisKind = NodeKind::" << Name << ";\n";
    OS << "  static bool classof(const Node *N) { return N->nodeKind == ThisKind; }\n";
    for (Record *F : N->getValueAsListOfDefs("Fields"))
      OS << "  " << fieldDecl(F) << "\n";
    OS << "};\n\n";
  }
  OS << "#endif\n\n";
}

void ASTEmitter::emitVisitor(raw_ostream &OS) {
  OS << "#ifdef GET_AST_VISITOR\n#undef GET_AST_VISITOR\n";
  OS << "template <class VisitorT> void visitFields(Node *N, VisitorT &V) {\n";
  OS << "  switch (N->nodeKind) {\n";
  for (Record *N : Nodes) {
    std::string Name = structName(N);
    auto Fields = N->getValueAsListOfDefs("Fields");
    OS << "  case NodeKind::" << Name << ": {\n";
    if (!Fields.empty())
      OS << "    auto *X = static_cast<" << Name << " *>(N);\n";
    for (Record *F : Fields)
      emitVisitorCall(OS, F);
    OS << "    return;\n  }\n";
  }
  OS << "  }\n}\n#endif\n";
}

void ASTEmitter::run(raw_ostream &OS) {
  emitSourceFileHeader("Python 3.11 AST nodes", OS);
  for (Record *C : inDefinitionOrder(RK.getAllDerivedDefinitions("Category")))
    Categories.push_back(C);
  Enums = inDefinitionOrder(RK.getAllDerivedDefinitions("EnumType"));
  auto AllNodes = inDefinitionOrder(RK.getAllDerivedDefinitions("Node"));
  for (Record *C : Categories)
    for (Record *N : AllNodes)
      if (categoryOf(N) == C)
        Nodes.push_back(N);
  if (Nodes.size() != AllNodes.size())
    PrintFatalError("AST node without a known category");
  if (Nodes.size() > 255)
    PrintFatalError("NodeKind no longer fits in uint8_t");
  emitEnums(OS);
  emitCategories(OS);
  emitNodes(OS);
  emitVisitor(OS);
}

TableGen::Emitter::OptClass<ASTEmitter> X("gen-ast",
                                          "Generate the Python AST nodes");

} // namespace
