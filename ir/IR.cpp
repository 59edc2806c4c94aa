//===- IR.cpp - IR types, the op table, functions and modules -------------===//

#include "adder/ir/IR.h"

#include "llvm/ADT/StringSwitch.h"

using namespace adder::ir;

namespace {
const OpInfo OpTable[] = {
#define GET_OP_INFO
#include "adder/IROps.inc"
};
} // namespace

const OpInfo &adder::ir::opInfo(Opcode Op) {
  return OpTable[static_cast<unsigned>(Op)];
}

bool adder::ir::parseOpcode(llvm::StringRef Mnemonic, Opcode &Out) {
  for (unsigned I = 0; I < sizeof(OpTable) / sizeof(OpTable[0]); ++I)
    if (Mnemonic == OpTable[I].mnemonic) {
      Out = static_cast<Opcode>(I);
      return true;
    }
  return false;
}

const char *adder::ir::typeName(Type T) {
  switch (T) {
  case Type::Void: return "void";
  case Type::Bool: return "bool";
  case Type::Int: return "int";
  case Type::Float: return "float";
  case Type::None: return "none";
  case Type::Str: return "str";
  case Type::List: return "list";
  case Type::Tuple: return "tuple";
  case Type::Dict: return "dict";
  case Type::Set: return "set";
  case Type::Func: return "func";
  case Type::Object: return "object";
  case Type::I32: return "i32";
  case Type::Ptr: return "ptr";
  case Type::Index: return "index";
  }
  return "?";
}

bool adder::ir::parseType(llvm::StringRef Name, Type &Out) {
  static const Type All[] = {Type::Void, Type::Bool,  Type::Int,   Type::Float,
                             Type::None, Type::Str,   Type::List,  Type::Tuple,
                             Type::Dict, Type::Set,   Type::Func,  Type::Object,
                             Type::I32,  Type::Ptr,   Type::Index};
  for (Type T : All)
    if (Name == typeName(T)) {
      Out = T;
      return true;
    }
  return false;
}

Block *Function::addBlock(std::string Name) {
  blocks.push_back(std::make_unique<Block>(std::move(Name)));
  blocks.back()->parent = this;
  return blocks.back().get();
}

Param *Function::addParam(std::string Name, Type T) {
  params.push_back(
      std::make_unique<Param>(unsigned(params.size()), std::move(Name), T));
  return params.back().get();
}

int Function::findLocal(llvm::StringRef Name) const {
  for (size_t I = 0; I < locals.size(); ++I)
    if (locals[I].name == Name)
      return int(I);
  return -1;
}

void Function::renumber() {
  unsigned N = 0;
  for (auto &B : blocks)
    for (auto &I : B->instrs)
      if (I->hasResult())
        I->id = N++;
}

Function *Module::addFunction(std::string Name) {
  functions.push_back(std::make_unique<Function>());
  functions.back()->name = std::move(Name);
  functions.back()->parent = this;
  return functions.back().get();
}

Function *Module::findFunction(llvm::StringRef Name) const {
  for (auto &F : functions)
    if (F->name == Name)
      return F.get();
  return nullptr;
}

int PyModule::findSlot(llvm::StringRef Name) const {
  for (size_t I = 0; I < slots.size(); ++I)
    if (slots[I] == Name)
      return int(I);
  return -1;
}

PyModule *Module::addPyModule(std::string Name, std::string File) {
  pyModules.push_back(std::make_unique<PyModule>());
  pyModules.back()->name = std::move(Name);
  pyModules.back()->file = std::move(File);
  return pyModules.back().get();
}

PyModule *Module::findPyModule(llvm::StringRef Name) const {
  for (auto &M : pyModules)
    if (M->name == Name)
      return M.get();
  return nullptr;
}

bool Module::resolveSlot(llvm::StringRef Ref, PyModule *&M, int &Slot) const {
  size_t Colon = Ref.rfind(':');
  if (Colon == llvm::StringRef::npos)
    return false;
  M = findPyModule(Ref.substr(0, Colon));
  if (!M)
    return false;
  Slot = M->findSlot(Ref.substr(Colon + 1));
  return Slot >= 0;
}
