//===- RuntimeAbi.cpp - the runtime bitcode against Builtins.td -----------===//
//
// The compiler calls runtime functions by the signatures Builtins.td gives;
// the runtime defines them in C++. Nothing in C linkage ties the two, so
// the backend compares each definition's LLVM type with its record before
// calling it, and RuntimeAbiTest compares all of them for every runtime
// build. A drifted definition is then a clear error, not a miscompile.
//
//===----------------------------------------------------------------------===//

#include "adder/backend/Backend.h"
#include "adder/sema/Program.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/DerivedTypes.h"

using namespace llvm;

namespace {

/// The LLVM type an ABI type name lowers to on a target with WordBits-wide
/// words (see Builtins.td for the vocabulary).
Type *abiType(StringRef Name, LLVMContext &C, unsigned WordBits) {
  if (Name == "word" || Name == "size")
    return IntegerType::get(C, WordBits);
  if (Name == "ptr")
    return PointerType::get(C, 0);
  if (Name == "double")
    return Type::getDoubleTy(C);
  if (Name == "i1")
    return Type::getInt1Ty(C);
  if (Name == "i32")
    return Type::getInt32Ty(C);
  if (Name == "i64")
    return Type::getInt64Ty(C);
  if (Name == "void")
    return Type::getVoidTy(C);
  return nullptr;
}

std::string typeString(Type *T) {
  std::string S;
  raw_string_ostream OS(S);
  T->print(OS);
  return S;
}

} // namespace

bool adder::backend::checkRuntimeFunction(const Function &F,
                                          const sema::RuntimeFunctionInfo &Info,
                                          std::string &Why) {
  LLVMContext &C = F.getContext();
  unsigned WordBits = F.getDataLayout().getPointerSizeInBits();
  SmallVector<StringRef, 6> Params;
  StringRef(Info.params).split(Params, ',', -1, false);
  SmallVector<Type *, 6> Want;
  for (StringRef P : Params)
    Want.push_back(abiType(P, C, WordBits));
  FunctionType *Expected =
      FunctionType::get(abiType(Info.result, C, WordBits), Want, false);
  if (F.getFunctionType() == Expected)
    return true;
  Why = "runtime function '" + F.getName().str() + "' has type " +
        typeString(F.getFunctionType()) + " but runtime/Builtins.td says " +
        typeString(Expected);
  return false;
}

std::vector<std::string>
adder::backend::checkRuntimeAbi(const Module &Runtime) {
  std::vector<std::string> Problems;
  for (const sema::RuntimeFunctionInfo &Info : sema::allRuntimeFunctions()) {
    const Function *F = Runtime.getFunction(Info.name);
    std::string Why;
    if (!F || F->isDeclaration())
      Problems.push_back("the runtime does not define '" +
                         std::string(Info.name) + "'");
    else if (!checkRuntimeFunction(*F, Info, Why))
      Problems.push_back(Why);
  }
  return Problems;
}
