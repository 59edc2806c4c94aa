//===- Prune.cpp - drop the runtime code a program cannot reach -----------===//
//
// A type object references every one of its slots and methods, and the
// types a program touches reference most of the runtime, so plain
// reachability keeps nearly everything. After the program is optimized,
// this pass computes what it reaches from its code with two refined kinds
// of edges:
//
//  - a type's slot (repr, binary, iter...) is followed only once reachable
//    code reads that slot of some type: a load at the slot's offset;
//  - a method-table entry (str.upper, math.sqrt) is followed only once its
//    name appears as a string in reachable code or data (attribute names
//    of the program are str constants), unless reachable code looks names
//    up dynamically (functions marked ADDER_DYNAMIC_ATTRIBUTES).
//
// Both sets grow as more code becomes reachable, so it runs to a fixpoint.
// The program's functions are scanned directly; runtime functions through
// the summary stored at build time (RuntimeFacts.h). Then unread slots
// of the reached type objects become null and method tables keep only the
// reached entries; the program's object defines those rewritten globals,
// and the linker's --gc-sections drops every runtime section nothing live
// refers to. Over-approximation (an unrelated load at a slot offset, a
// string that merely equals a method name) only keeps more.
//
//===----------------------------------------------------------------------===//

#include "RuntimeFacts.h"

#include "adder/backend/Backend.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace llvm;
using namespace adder::backend;

namespace {

class Pruner {
public:
  Pruner(Module &M, const RuntimeLayout &L, const RuntimeSummary &S)
      : module(M), dl(M.getDataLayout()), layout(L), summary(S),
        objects(M), facts(M, L) {
    slotOffsets.insert(L.typeSlots.begin(), L.typeSlots.end());
    for (GlobalVariable &G : M.globals())
      if (G.hasMetadata(PrunableTableKind))
        prunableTables.insert(&G);
  }

  void run(bool KeepAll);
  const DenseSet<GlobalValue *> &reachedSet() const { return reached; }

private:
  Module &module;
  const DataLayout &dl;
  const RuntimeLayout &layout;
  const RuntimeSummary &summary;
  RuntimeObjects objects;
  FactCollector facts;

  DenseSet<GlobalValue *> reached;
  SmallVector<GlobalValue *, 256> work;
  DenseSet<uint64_t> slotOffsets, usedSlots;
  /// Slot values of reached types, waiting for their slot to be read.
  DenseMap<uint64_t, SmallVector<Constant *, 16>> pendingSlots;
  StringSet<> usedNames;
  bool allNames = false;
  /// Entries of reached method tables waiting for their name.
  StringMap<SmallVector<Constant *, 2>> pendingMethods;
  /// Method tables only type objects and native modules refer to (so
  /// their entries can be dropped), and the reached ones among them.
  DenseSet<GlobalVariable *> prunableTables, usedTables;
  /// For ADDER_PRUNE_EXPLAIN=name: who reached what.
  GlobalValue *current = nullptr;
  DenseMap<GlobalValue *, GlobalValue *> reachedFrom;

  void reach(GlobalValue *GV) {
    if (!reached.insert(GV).second)
      return;
    work.push_back(GV);
    reachedFrom[GV] = current;
  }
  void apply(const FunctionFacts &F);
  void scan(Constant *C);
  void visitFunction(Function &F);
  void visitSummary(StringRef Name);
  /// Runtime functions reached that the module no longer declares.
  StringSet<> reachedNames;
  SmallVector<StringRef, 64> nameWork;
  void visitGlobal(GlobalVariable &G);
  void visitTypeObject(GlobalVariable &G);
  void visitTable(GlobalVariable *Table);
  void useSlot(uint64_t Offset);
  void useName(StringRef Name);
  void useAllNames();
  bool keepsName(StringRef Name) const {
    return allNames || usedNames.contains(Name);
  }
  StringRef entryName(Constant *Entry) {
    auto S = cStringOf(leafAt(Entry, layout.methodName, dl));
    return S ? *S : StringRef();
  }
  Constant *prunedTable(GlobalVariable *Table, uint64_t &Count);
  void rewrite();
  void report();
};

void Pruner::apply(const FunctionFacts &F) {
  if (F.dynamicAttributes)
    useAllNames();
  for (uint64_t S : F.slotsRead)
    useSlot(S);
  for (GlobalValue *GV : F.references)
    reach(GV);
}

void Pruner::scan(Constant *C) {
  FunctionFacts F;
  facts.collectConstant(C, F);
  apply(F);
}

void Pruner::visitFunction(Function &F) {
  if (!F.isDeclaration()) {
    FunctionFacts Facts;
    facts.collect(F, Facts);
    apply(Facts);
    return;
  }
  // A runtime function: its facts come from the build-time summary.
  visitSummary(F.getName());
}

/// A runtime function by name: optimizing the program deletes the
/// declarations it no longer uses, so some exist only in the summary.
void Pruner::visitSummary(StringRef Name) {
  const SummaryEntry *E = summary.find(Name);
  if (!E)
    return;
  if (E->dynamicAttributes)
    useAllNames();
  for (uint64_t S : E->slotsRead)
    useSlot(S);
  for (StringRef Ref : E->references) {
    if (GlobalValue *GV = module.getNamedValue(Ref))
      reach(GV);
    else if (reachedNames.insert(Ref).second)
      nameWork.push_back(Ref);
  }
}

void Pruner::visitGlobal(GlobalVariable &G) {
  if (!G.hasInitializer())
    return;
  Constant *Init = G.getInitializer();
  if (auto S = cStringOf(&G)) {
    useName(*S);
    return;
  }
  if (prunableTables.contains(&G)) {
    visitTable(&G);
    return;
  }
  if (objects.isStrObject(G)) {
    // A str constant: its text may be an attribute name.
    auto *ST = cast<StructType>(Init->getType());
    Constant *Data = Init->getAggregateElement(ST->getNumElements() - 1);
    if (auto *A = dyn_cast_or_null<ConstantDataArray>(Data))
      useName(A->isCString() ? A->getAsCString() : A->getAsString());
    scan(Init);
    return;
  }
  if (objects.isTypeObject(G)) {
    visitTypeObject(G);
    return;
  }
  scan(Init);
}

/// Scans a type object's fields; a slot waits until code reads it.
void Pruner::visitTypeObject(GlobalVariable &G) {
  std::function<void(Constant *, uint64_t)> Walk = [&](Constant *C,
                                                       uint64_t Base) {
    Type *T = C->getType();
    if (auto *ST = dyn_cast<StructType>(T)) {
      const StructLayout *SL = dl.getStructLayout(ST);
      for (unsigned I = 0; I < ST->getNumElements(); ++I)
        if (Constant *E = C->getAggregateElement(I))
          Walk(E, Base + SL->getElementOffset(I));
      return;
    }
    if (!C->isNullValue() && slotOffsets.contains(Base) &&
        !usedSlots.contains(Base)) {
      pendingSlots[Base].push_back(C);
      return;
    }
    scan(C);
  };
  Walk(G.getInitializer(), 0);
}

/// A reached method table: each entry waits for its name.
void Pruner::visitTable(GlobalVariable *Table) {
  if (!usedTables.insert(Table).second)
    return;
  auto *AT = cast<ArrayType>(Table->getValueType());
  Constant *Init = Table->getInitializer();
  for (unsigned I = 0; I < AT->getNumElements(); ++I) {
    Constant *Entry = Init->getAggregateElement(I);
    StringRef Name = entryName(Entry);
    if (keepsName(Name))
      scan(Entry);
    else
      pendingMethods[Name].push_back(Entry);
  }
}

void Pruner::useSlot(uint64_t Offset) {
  if (!usedSlots.insert(Offset).second)
    return;
  auto It = pendingSlots.find(Offset);
  if (It == pendingSlots.end())
    return;
  SmallVector<Constant *, 16> Waiting = std::move(It->second);
  pendingSlots.erase(It);
  for (Constant *C : Waiting)
    scan(C);
}

void Pruner::useName(StringRef Name) {
  if (!usedNames.insert(Name).second)
    return;
  auto It = pendingMethods.find(Name);
  if (It == pendingMethods.end())
    return;
  SmallVector<Constant *, 2> Waiting = std::move(It->second);
  pendingMethods.erase(It);
  for (Constant *C : Waiting)
    scan(C);
}

void Pruner::useAllNames() {
  if (allNames)
    return;
  allNames = true;
  StringMap<SmallVector<Constant *, 2>> Waiting = std::move(pendingMethods);
  pendingMethods.clear();
  for (auto &E : Waiting)
    for (Constant *C : E.second)
      scan(C);
}

/// The kept entries of Table as a new global (null when none are kept).
Constant *Pruner::prunedTable(GlobalVariable *Table, uint64_t &Count) {
  auto *AT = cast<ArrayType>(Table->getValueType());
  Constant *Init = Table->getInitializer();
  SmallVector<Constant *, 64> Kept;
  for (unsigned I = 0; I < AT->getNumElements(); ++I) {
    Constant *Entry = Init->getAggregateElement(I);
    if (keepsName(entryName(Entry)))
      Kept.push_back(Entry);
  }
  Count = Kept.size();
  if (Kept.size() == AT->getNumElements())
    return Table;
  if (Kept.empty())
    return ConstantPointerNull::get(Table->getType());
  auto *NewTy = ArrayType::get(AT->getElementType(), Kept.size());
  auto *G = new GlobalVariable(module, NewTy, Table->isConstant(),
                               GlobalValue::PrivateLinkage,
                               ConstantArray::get(NewTy, Kept),
                               Table->getName() + ".pruned");
  G->setAlignment(Table->getAlign());
  return G;
}

void Pruner::rewrite() {
  DenseMap<GlobalVariable *, std::pair<Constant *, uint64_t>> NewTables;
  // Points the table field at Off (and its count at CountOff) of G at the
  // pruned table.
  auto Retable = [&](GlobalVariable &G, uint64_t Off, uint64_t CountOff) {
    Constant *Init = G.getInitializer();
    GlobalVariable *T = globalOf(leafAt(Init, Off, dl));
    if (!T || !prunableTables.contains(T))
      return;
    auto It = NewTables.find(T);
    if (It == NewTables.end()) {
      uint64_t Count;
      Constant *N = prunedTable(T, Count);
      It = NewTables.insert({T, {N, Count}}).first;
    }
    auto [New, Count] = It->second;
    if (New == T)
      return;
    Constant *OldCount = leafAt(Init, CountOff, dl);
    Init = withLeaf(Init, Off, New, dl);
    Init = withLeaf(Init, CountOff,
                    ConstantInt::get(OldCount->getType(), Count), dl);
    G.setInitializer(Init);
  };
  for (GlobalVariable &G : module.globals()) {
    if (!reached.contains(&G) || !G.hasInitializer())
      continue;
    if (objects.isTypeObject(G)) {
      Constant *Init = G.getInitializer();
      for (uint64_t Off : layout.typeSlots) {
        Constant *Leaf = leafAt(Init, Off, dl);
        if (Leaf && !Leaf->isNullValue() && !usedSlots.contains(Off))
          Init = withLeaf(Init, Off, Constant::getNullValue(Leaf->getType()),
                          dl);
      }
      G.setInitializer(Init);
      Retable(G, layout.typeMethods, layout.typeMethodCount);
    } else if (objects.isModuleObject(G)) {
      // A runtime module's native definition holds its function table.
      if (GlobalVariable *D =
              globalOf(leafAt(G.getInitializer(), layout.moduleNative, dl)))
        if (D->hasInitializer())
          Retable(*D, layout.nativeFunctions, layout.nativeFunctionCount);
    }
  }
}

void Pruner::run(bool KeepAll) {
  if (KeepAll) {
    usedSlots.insert(layout.typeSlots.begin(), layout.typeSlots.end());
    allNames = true;
  }
  // Roots: everything the program's object defines (its code, its data,
  // the runtime functions compiled with it) and the process entry.
  for (Function &F : module)
    if (!F.isDeclaration() || F.getName() == "main")
      reach(&F);
  for (GlobalVariable &G : module.globals()) {
    if (G.hasInitializer() && !isRuntimeGlobal(G) &&
        !G.getName().starts_with("llvm."))
      reach(&G);
    StringRef N = G.getName();
    if ((N == "llvm.used" || N == "llvm.compiler.used" ||
         N == "llvm.global_ctors") &&
        G.hasInitializer())
      scan(G.getInitializer());
  }
  while (!work.empty() || !nameWork.empty()) {
    if (!nameWork.empty()) {
      visitSummary(nameWork.pop_back_val());
      continue;
    }
    GlobalValue *GV = work.pop_back_val();
    current = GV;
    if (auto *F = dyn_cast<Function>(GV))
      visitFunction(*F);
    else if (auto *G = dyn_cast<GlobalVariable>(GV))
      visitGlobal(*G);
    else if (auto *A = dyn_cast<GlobalAlias>(GV))
      scan(A->getAliasee());
  }
  rewrite();
  report();
}

/// ADDER_PRUNE_STATS=1 prints what was kept; ADDER_PRUNE_EXPLAIN=text
/// prints how a global whose name contains text was reached.
void Pruner::report() {
  if (getenv("ADDER_PRUNE_STATS")) {
    errs() << "prune: " << reached.size() << " globals reached, slots read:";
    for (uint64_t O : usedSlots)
      errs() << ' ' << O;
    errs() << "; " << usedTables.size() << " method tables"
           << (allNames ? " kept whole (dynamic attribute names)" : "")
           << '\n';
  }
  if (const char *Explain = getenv("ADDER_PRUNE_EXPLAIN")) {
    GlobalValue *GV = nullptr;
    for (GlobalValue *R : reached)
      if (R->getName().contains(Explain))
        GV = R;
    for (int Depth = 0; GV && Depth < 60; ++Depth) {
      errs() << "  " << GV->getName() << '\n';
      GV = reachedFrom.lookup(GV);
    }
  }
}

} // namespace

bool adder::backend::pruneRuntime(Module &M, bool KeepAll,
                                  SmallPtrSetImpl<GlobalValue *> &Reached) {
  RuntimeLayout L;
  if (!readLayout(M, L))
    return false;
  RuntimeSummary Summary;
  Summary.take(M);
  Pruner P(M, L, Summary);
  P.run(KeepAll);
  for (GlobalValue *GV : P.reachedSet())
    Reached.insert(GV);
  return true;
}
