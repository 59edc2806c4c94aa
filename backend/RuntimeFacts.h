//===- RuntimeFacts.h - what pruning knows about the runtime ----*- C++ -*-===//
//
// Shared by the build-time preparation of the runtime and the per-program
// pruning: where the runtime keeps its tables (published by
// runtime/core/Layout.cpp), how to read and rewrite fields of constant
// initializers, and the facts about a function pruning needs (what it
// refers to, which type slots it reads, whether it looks attributes up by
// computed names). At build time the facts of every runtime function are
// stored in the prepared bitcode (the summary), so a program is pruned
// without reading the runtime's code.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_BACKEND_RUNTIMEFACTS_H
#define ADDER_BACKEND_RUNTIMEFACTS_H

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"

#include <optional>
#include <string>

namespace adder::backend {

/// Metadata on runtime globals (set by classifyRuntimeData): method tables
/// only type objects and native modules refer to, and the globals each
/// program defines for itself because pruning rewrites them.
inline constexpr const char *PrunableTableKind = "adder.prunable";
inline constexpr const char *ProgramSideKind = "adder.program_side";
/// The global holding the summary of the runtime's functions.
inline constexpr const char *SummaryGlobal = "adder.runtime.summary";
/// The annotation of ADDER_DYNAMIC_ATTRIBUTES functions.
inline constexpr const char *DynamicAttributesNote = "adder.dynamic-attributes";

/// Field offsets published by the runtime (runtime/core/Layout.cpp).
struct RuntimeLayout {
  llvm::SmallVector<uint64_t, 24> typeSlots;
  uint64_t typeMethods = 0, typeMethodCount = 0, moduleNative = 0,
           nativeFunctions = 0, nativeFunctionCount = 0, methodName = 0;
  uint64_t listSize = 0, listAlign = 0;
};
bool readLayout(const llvm::Module &M, RuntimeLayout &L);

/// The scalar inside aggregate constant C at byte offset Off, or null.
llvm::Constant *leafAt(llvm::Constant *C, uint64_t Off,
                       const llvm::DataLayout &DL);
/// C with the scalar at byte offset Off replaced by New (same type).
llvm::Constant *withLeaf(llvm::Constant *C, uint64_t Off, llvm::Constant *New,
                         const llvm::DataLayout &DL);
/// The global a pointer constant designates (through casts and GEPs).
llvm::GlobalVariable *globalOf(llvm::Constant *C);
/// The NUL-terminated string a constant points to, if it is one.
std::optional<llvm::StringRef> cStringOf(llvm::Constant *C);

/// Recognizes the runtime's objects by their header's type pointer.
class RuntimeObjects {
public:
  explicit RuntimeObjects(llvm::Module &M);
  bool isTypeObject(const llvm::GlobalVariable &G) const {
    return isInstanceOf(G, typeType);
  }
  bool isStrObject(const llvm::GlobalVariable &G) const {
    return isInstanceOf(G, strType);
  }
  bool isModuleObject(const llvm::GlobalVariable &G) const {
    return isInstanceOf(G, moduleType);
  }

private:
  bool isInstanceOf(const llvm::GlobalVariable &G,
                    const llvm::GlobalVariable *Type) const;
  const llvm::DataLayout &dl;
  llvm::GlobalVariable *typeType, *strType, *moduleType;
};

/// What pruning needs to know about one function.
struct FunctionFacts {
  bool dynamicAttributes = false;
  llvm::SmallVector<uint64_t, 4> slotsRead;
  llvm::SmallVector<llvm::GlobalValue *, 16> references;
};

/// Computes FunctionFacts from a function's body.
class FactCollector {
public:
  FactCollector(llvm::Module &M, const RuntimeLayout &L);
  void collect(llvm::Function &F, FunctionFacts &Out) const;
  /// Slot reads among the constant expressions of C (a type's slot
  /// addressed directly) and the globals C refers to.
  void collectConstant(llvm::Constant *C, FunctionFacts &Out) const;

private:
  void noteOffset(const llvm::Value *Ptr, FunctionFacts &Out) const;
  const llvm::DataLayout &dl;
  RuntimeObjects objects;
  llvm::DenseSet<uint64_t> slotOffsets;
  llvm::DenseSet<const llvm::Function *> dynamic;
};

/// Functions annotated with Note (llvm.global.annotations).
llvm::DenseSet<const llvm::Function *> annotatedFunctions(llvm::Module &M,
                                                          llvm::StringRef Note);

/// The summary of the runtime's functions, as stored by prepareRuntime:
/// facts by function name, references by name.
struct SummaryEntry {
  bool dynamicAttributes = false;
  llvm::SmallVector<uint64_t, 4> slotsRead;
  llvm::SmallVector<llvm::StringRef, 16> references;
};
class RuntimeSummary {
public:
  /// Reads (and removes) the summary global of M; empty if absent.
  void take(llvm::Module &M);
  const SummaryEntry *find(llvm::StringRef Function) const {
    auto It = entries.find(Function);
    return It == entries.end() ? nullptr : &It->second;
  }

private:
  std::string text;
  llvm::StringMap<SummaryEntry> entries;
};

/// Build time: stores the facts of every defined function of M in M.
void storeRuntimeSummary(llvm::Module &M, const RuntimeLayout &L);

} // namespace adder::backend

#endif
