//===- RuntimeAbiTest.cpp - every runtime build against Builtins.td -------===//
//
// Each runtime bitcode the build produced must define every function of
// runtime/Builtins.td with the record's signature: the compiler calls them
// by those signatures on every target. And none may need static
// constructors.
//
//===----------------------------------------------------------------------===//

#include "adder/backend/Backend.h"

#include "llvm/IR/LLVMContext.h"

#include <gtest/gtest.h>
#include <filesystem>

namespace {

TEST(RuntimeAbi, EveryBuildMatchesBuiltinsTd) {
  unsigned Builds = 0;
  for (const auto &Entry :
       std::filesystem::directory_iterator(ADDER_BUILD_LIB_DIR)) {
    std::string Name = Entry.path().filename().string();
    if (Name.rfind("runtime-", 0) != 0 || Entry.path().extension() != ".bc")
      continue;
    llvm::LLVMContext Context;
    std::string Error;
    auto M = adder::backend::loadRuntime(Context, Entry.path().string(), Error);
    ASSERT_TRUE(M) << Error;
    for (const std::string &Problem : adder::backend::checkRuntimeAbi(*M))
      ADD_FAILURE() << Name << ": " << Problem;
    // Static constructors would run before the heap exists, and they keep
    // whatever they touch alive in every program.
    const llvm::GlobalVariable *Ctors = M->getNamedGlobal("llvm.global_ctors");
    EXPECT_TRUE(!Ctors || !Ctors->hasInitializer() ||
                Ctors->getInitializer()->isNullValue())
        << Name << " has static constructors";
    ++Builds;
  }
  // The host and the three Cortex-M variants.
  EXPECT_GE(Builds, 4u);
}

} // namespace
