//===- Prune.cpp - drop the runtime code a program cannot reach -----------===//
//
// Linking the whole runtime with the program lets GlobalDCE delete what is
// unreferenced, but a type object references every one of its slots and
// methods, and the types a program touches reference most of the runtime.
// This pass computes reachability from the entry points with two refined
// kinds of edges:
//
//  - a type's slot (repr, binary, iter...) is followed only once reachable
//    code reads that slot of some type: a load at the slot's offset;
//  - a method-table entry (str.upper, math.sqrt) is followed only once its
//    name appears as a string in reachable code or data (attribute names
//    of the program are str constants), unless reachable code looks names
//    up dynamically (functions marked ADDER_DYNAMIC_ATTRIBUTES).
//
// Both sets grow as more code becomes reachable, so it runs to a fixpoint;
// then unreached slots become null, method tables keep only reached
// entries, and GlobalDCE removes the rest. The offsets come from
// runtime/core/Layout.cpp. Over-approximation (an unrelated load at a slot
// offset, a string that merely equals a method name) only keeps more.
//
//===----------------------------------------------------------------------===//

#include "adder/backend/Backend.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace {

/// Metadata on runtime globals, set when the runtime is prepared
/// (classifyRuntimeData): method tables only type objects and native
/// modules refer to, and the globals each program defines for itself
/// because pruning rewrites them.
const char *const PrunableTableKind = "adder.prunable";
const char *const ProgramSideKind = "adder.program_side";

/// Field offsets published by the runtime (runtime/core/Layout.cpp).
struct RuntimeLayout {
  SmallVector<uint64_t, 24> typeSlots;
  uint64_t typeMethods = 0, typeMethodCount = 0, moduleNative = 0,
           nativeFunctions = 0, nativeFunctionCount = 0, methodName = 0;
};

bool readOffsets(const Module &M, StringRef Name,
                 SmallVectorImpl<uint64_t> &Out) {
  const GlobalVariable *G = M.getGlobalVariable(Name, true);
  if (!G || !G->hasInitializer())
    return false;
  auto *A = dyn_cast<ConstantDataArray>(G->getInitializer());
  if (!A)
    return false;
  for (unsigned I = 0; I < A->getNumElements(); ++I)
    Out.push_back(A->getElementAsInteger(I));
  return true;
}

bool readLayout(const Module &M, RuntimeLayout &L) {
  SmallVector<uint64_t, 8> T;
  if (!readOffsets(M, "adder_layout_type_slots", L.typeSlots) ||
      !readOffsets(M, "adder_layout_tables", T) || T.size() != 6)
    return false;
  L.typeMethods = T[0];
  L.typeMethodCount = T[1];
  L.moduleNative = T[2];
  L.nativeFunctions = T[3];
  L.nativeFunctionCount = T[4];
  L.methodName = T[5];
  return true;
}

/// The scalar inside aggregate constant C at byte offset Off, or null.
Constant *leafAt(Constant *C, uint64_t Off, const DataLayout &DL) {
  Type *T = C->getType();
  if (auto *ST = dyn_cast<StructType>(T)) {
    const StructLayout *SL = DL.getStructLayout(ST);
    if (Off >= SL->getSizeInBytes())
      return nullptr;
    unsigned I = SL->getElementContainingOffset(Off);
    Constant *E = C->getAggregateElement(I);
    return E ? leafAt(E, Off - SL->getElementOffset(I), DL) : nullptr;
  }
  if (auto *AT = dyn_cast<ArrayType>(T)) {
    uint64_t Size = DL.getTypeAllocSize(AT->getElementType());
    if (!Size || Off / Size >= AT->getNumElements())
      return nullptr;
    Constant *E = C->getAggregateElement(unsigned(Off / Size));
    return E ? leafAt(E, Off % Size, DL) : nullptr;
  }
  return Off == 0 ? C : nullptr;
}

/// C with the scalar at byte offset Off replaced by New (same type).
Constant *withLeaf(Constant *C, uint64_t Off, Constant *New,
                   const DataLayout &DL) {
  Type *T = C->getType();
  if (auto *ST = dyn_cast<StructType>(T)) {
    const StructLayout *SL = DL.getStructLayout(ST);
    unsigned I = SL->getElementContainingOffset(Off);
    SmallVector<Constant *, 32> Elems;
    for (unsigned K = 0; K < ST->getNumElements(); ++K)
      Elems.push_back(C->getAggregateElement(K));
    Elems[I] = withLeaf(Elems[I], Off - SL->getElementOffset(I), New, DL);
    return ConstantStruct::get(ST, Elems);
  }
  if (auto *AT = dyn_cast<ArrayType>(T)) {
    uint64_t Size = DL.getTypeAllocSize(AT->getElementType());
    SmallVector<Constant *, 32> Elems;
    for (unsigned K = 0; K < AT->getNumElements(); ++K)
      Elems.push_back(C->getAggregateElement(K));
    unsigned I = unsigned(Off / Size);
    Elems[I] = withLeaf(Elems[I], Off % Size, New, DL);
    return ConstantArray::get(AT, Elems);
  }
  return New;
}

/// The global a pointer constant designates (through casts and GEPs).
GlobalVariable *globalOf(Constant *C) {
  if (!C)
    return nullptr;
  return dyn_cast<GlobalVariable>(C->stripPointerCasts());
}

/// The NUL-terminated string a constant points to, if it is one.
std::optional<StringRef> cStringOf(Constant *C) {
  GlobalVariable *G = globalOf(C);
  if (!G || !G->hasInitializer())
    return std::nullopt;
  auto *A = dyn_cast<ConstantDataArray>(G->getInitializer());
  if (!A || !A->isCString())
    return std::nullopt;
  return A->getAsCString();
}

class Pruner {
public:
  Pruner(Module &M, const RuntimeLayout &L)
      : module(M), dl(M.getDataLayout()), layout(L) {
    slotOffsets.insert(L.typeSlots.begin(), L.typeSlots.end());
    typeType = M.getNamedGlobal("adder_type_type");
    strType = M.getNamedGlobal("adder_type_str");
    moduleType = M.getNamedGlobal("adder_type_module");
  }

  void run(bool KeepAll);
  const DenseSet<GlobalValue *> &reachedSet() const { return reached; }

private:
  Module &module;
  const DataLayout &dl;
  const RuntimeLayout &layout;
  GlobalVariable *typeType, *strType, *moduleType;

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
  DenseSet<Function *> dynamicAttributes;

  void findDynamicAttributeFunctions();
  void findPrunableTables();
  bool isTypeObject(GlobalVariable *G) {
    return G->hasInitializer() && typeType &&
           globalOf(leafAt(G->getInitializer(), 0, dl)) == typeType;
  }
  bool isInstanceOf(GlobalVariable *G, GlobalVariable *Type) {
    return G->hasInitializer() && Type &&
           globalOf(leafAt(G->getInitializer(), 0, dl)) == Type;
  }

  GlobalValue *current = nullptr;
  DenseMap<GlobalValue *, GlobalValue *> reachedFrom;
  void reach(GlobalValue *GV) {
    if (!reached.insert(GV).second)
      return;
    // The runtime is loaded lazily: read a function's body once reached.
    if (GV->isMaterializable())
      if (Error E = GV->materialize())
        consumeError(std::move(E));
    work.push_back(GV);
    reachedFrom[GV] = current;
  }
  void scan(Constant *C);
  void scanFields(Constant *C, uint64_t Base,
                  function_ref<bool(uint64_t, Constant *)> Special);
  void visitFunction(Function &F);
  void visitGlobal(GlobalVariable &G);
  void visitTable(GlobalVariable *Table);
  void noteOffset(Value *Ptr);
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
};

void Pruner::findDynamicAttributeFunctions() {
  GlobalVariable *A = module.getNamedGlobal("llvm.global.annotations");
  if (!A)
    return;
  if (auto *Arr = dyn_cast<ConstantArray>(A->getInitializer()))
    for (Use &U : Arr->operands()) {
      auto *E = dyn_cast<ConstantStruct>(U.get());
      if (!E || E->getNumOperands() < 2)
        continue;
      auto Note = cStringOf(E->getOperand(1));
      if (Note && *Note == "adder.dynamic-attributes")
        if (auto *F = dyn_cast<Function>(E->getOperand(0)->stripPointerCasts()))
          dynamicAttributes.insert(F);
    }
  // The annotations would keep every annotated function alive.
  A->eraseFromParent();
}

void Pruner::findPrunableTables() {
  for (GlobalVariable &G : module.globals())
    if (G.hasMetadata(PrunableTableKind))
      prunableTables.insert(&G);
}

void Pruner::scan(Constant *C) {
  if (auto *GV = dyn_cast<GlobalValue>(C)) {
    reach(GV);
    return;
  }
  if (auto *CE = dyn_cast<ConstantExpr>(C))
    noteOffset(CE);
  for (Use &U : C->operands())
    if (auto *Op = dyn_cast<Constant>(U.get()))
      scan(Op);
}

/// Scans every scalar of aggregate C; Special(offset, leaf) may claim a
/// field (return true) instead of scanning it.
void Pruner::scanFields(Constant *C, uint64_t Base,
                        function_ref<bool(uint64_t, Constant *)> Special) {
  Type *T = C->getType();
  if (auto *ST = dyn_cast<StructType>(T)) {
    const StructLayout *SL = dl.getStructLayout(ST);
    for (unsigned I = 0; I < ST->getNumElements(); ++I)
      if (Constant *E = C->getAggregateElement(I))
        scanFields(E, Base + SL->getElementOffset(I), Special);
    return;
  }
  if (auto *AT = dyn_cast<ArrayType>(T)) {
    if (!AT->getElementType()->isAggregateType()) {
      scan(C);
      return;
    }
    uint64_t Size = dl.getTypeAllocSize(AT->getElementType());
    for (unsigned I = 0; I < AT->getNumElements(); ++I)
      if (Constant *E = C->getAggregateElement(I))
        scanFields(E, Base + I * Size, Special);
    return;
  }
  if (!Special(Base, C))
    scan(C);
}

/// A pointer at a constant offset from its base: if the offset is a slot's,
/// the slot is read somewhere.
void Pruner::noteOffset(Value *Ptr) {
  if (!Ptr->getType()->isPointerTy())
    return;
  APInt Offset(dl.getIndexTypeSizeInBits(Ptr->getType()), 0);
  const Value *Base = Ptr->stripAndAccumulateConstantOffsets(
      dl, Offset, /*AllowNonInbounds=*/true);
  if (!Offset.isNonNegative() || Offset.getActiveBits() > 32 ||
      !slotOffsets.contains(Offset.getZExtValue()))
    return;
  // Locals and globals other than type objects are not types.
  if (isa<AllocaInst>(Base))
    return;
  if (auto *G = dyn_cast<GlobalVariable>(Base))
    if (!isTypeObject(const_cast<GlobalVariable *>(G)))
      return;
  if (getenv("ADDER_PRUNE_STATS") && !usedSlots.contains(Offset.getZExtValue()))
    errs() << "slot " << Offset.getZExtValue() << " read in "
           << (current ? current->getName() : "?") << "\n";
  useSlot(Offset.getZExtValue());
}

void Pruner::visitFunction(Function &F) {
  if (dynamicAttributes.contains(&F))
    useAllNames();
  for (BasicBlock &BB : F)
    for (Instruction &I : BB) {
      if (auto *L = dyn_cast<LoadInst>(&I))
        noteOffset(L->getPointerOperand());
      else if (auto *S = dyn_cast<StoreInst>(&I))
        noteOffset(S->getPointerOperand());
      else if (isa<GetElementPtrInst>(&I))
        noteOffset(&I);
      for (Use &U : I.operands())
        if (auto *C = dyn_cast<Constant>(U.get()))
          scan(C);
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
  if (isInstanceOf(&G, strType)) {
    // A str constant: its text may be an attribute name.
    Constant *Data = Init->getAggregateElement(
        cast<StructType>(Init->getType())->getNumElements() - 1);
    if (auto *A = dyn_cast_or_null<ConstantDataArray>(Data))
      useName(A->isCString() ? A->getAsCString() : A->getAsString());
    scan(Init);
    return;
  }
  if (isTypeObject(&G)) {
    scanFields(Init, 0, [&](uint64_t Off, Constant *Leaf) {
      if (Leaf->isNullValue() || !slotOffsets.contains(Off) ||
          usedSlots.contains(Off))
        return false;
      pendingSlots[Off].push_back(Leaf);
      return true;
    });
    return;
  }
  scan(Init);
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
  auto Replacement = [&](GlobalVariable *T) {
    auto It = NewTables.find(T);
    if (It != NewTables.end())
      return It->second;
    uint64_t Count;
    Constant *N = prunedTable(T, Count);
    return NewTables[T] = {N, Count};
  };
  /// Points the table field at Off (and its count at CountOff) of G at
  /// the pruned table.
  auto Retable = [&](GlobalVariable &G, uint64_t Off, uint64_t CountOff) {
    Constant *Init = G.getInitializer();
    GlobalVariable *T = globalOf(leafAt(Init, Off, dl));
    if (!T || !prunableTables.contains(T))
      return;
    auto [New, Count] = Replacement(T);
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
    if (isTypeObject(&G)) {
      Constant *Init = G.getInitializer();
      for (uint64_t Off : layout.typeSlots) {
        Constant *Leaf = leafAt(Init, Off, dl);
        if (Leaf && !Leaf->isNullValue() && !usedSlots.contains(Off))
          Init = withLeaf(Init, Off, Constant::getNullValue(Leaf->getType()),
                          dl);
      }
      G.setInitializer(Init);
      Retable(G, layout.typeMethods, layout.typeMethodCount);
    }
  }
  // Native module definitions are reached through module objects.
  for (GlobalVariable &G : module.globals())
    if (reached.contains(&G) && isInstanceOf(&G, moduleType))
      if (GlobalVariable *D =
              globalOf(leafAt(G.getInitializer(), layout.moduleNative, dl)))
        if (D->hasInitializer())
          Retable(*D, layout.nativeFunctions, layout.nativeFunctionCount);
}

void Pruner::run(bool KeepAll) {
  findDynamicAttributeFunctions();
  findPrunableTables();
  if (KeepAll) {
    usedSlots.insert(layout.typeSlots.begin(), layout.typeSlots.end());
    allNames = true;
  }
  // The roots: the process entry, the runtime's entry the board startup
  // code calls, and the program.
  for (Function &F : module)
    if (adder::backend::isProgramFunction(F) || F.getName() == "main" ||
        F.getName() == "adder_runtime_main")
      if (!F.isDeclaration() || F.isMaterializable())
        reach(&F);
  for (GlobalVariable &G : module.globals()) {
    if (G.getName().starts_with("adder_program_") && G.hasInitializer())
      reach(&G);
    if (G.getName().starts_with("llvm.") && G.hasInitializer())
      scan(G.getInitializer()); // llvm.used, llvm.global_ctors
  }
  while (!work.empty()) {
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
  if (getenv("ADDER_PRUNE_STATS")) {
    unsigned Types = 0;
    for (GlobalVariable &G : module.globals())
      Types += isTypeObject(&G);
    errs() << "prune: " << reached.size() << " reached, " << Types
           << " types, slots used:";
    for (uint64_t O : usedSlots)
      errs() << ' ' << O;
    errs() << ", tables " << prunableTables.size() << "/" << usedTables.size()
           << (allNames ? ", all names" : "") << "\n";
  }
  if (const char *Explain = getenv("ADDER_PRUNE_EXPLAIN")) {
    GlobalValue *GV = nullptr;
    for (GlobalValue *R : reached)
      if (R->getName().contains(Explain))
        GV = R;
    for (int Depth = 0; GV && Depth < 60; ++Depth) {
      errs() << "  " << GV->getName() << "\n";
      GV = reachedFrom.lookup(GV);
    }
  }
}

/// True when nothing but initializers of globals refers to V (directly or
/// through constant expressions): no code indexes it.
bool onlyInInitializers(const Value *V) {
  for (const User *U : V->users()) {
    if (isa<Instruction>(U))
      return false;
    if (isa<GlobalVariable>(U))
      continue;
    if (!onlyInInitializers(U))
      return false;
  }
  return true;
}

} // namespace

bool adder::backend::classifyRuntimeData(Module &M) {
  RuntimeLayout L;
  if (!readLayout(M, L))
    return false;
  const DataLayout &DL = M.getDataLayout();
  LLVMContext &C = M.getContext();
  MDNode *Empty = MDNode::get(C, {});
  GlobalVariable *TypeType = M.getNamedGlobal("adder_type_type");
  GlobalVariable *ModuleType = M.getNamedGlobal("adder_type_module");
  auto HeaderIs = [&](GlobalVariable &G, GlobalVariable *T) {
    return T && G.hasInitializer() &&
           globalOf(leafAt(G.getInitializer(), 0, DL)) == T;
  };
  auto Table = [&](Constant *Field) {
    GlobalVariable *T = globalOf(Field);
    if (T && T->hasInitializer() && isa<ArrayType>(T->getValueType()) &&
        onlyInInitializers(T)) {
      T->setMetadata(PrunableTableKind, Empty);
      T->setMetadata(ProgramSideKind, Empty);
    }
  };
  for (GlobalVariable &G : M.globals()) {
    if (HeaderIs(G, TypeType)) {
      G.setMetadata(ProgramSideKind, Empty);
      Table(leafAt(G.getInitializer(), L.typeMethods, DL));
    }
    if (HeaderIs(G, ModuleType))
      if (GlobalVariable *D =
              globalOf(leafAt(G.getInitializer(), L.moduleNative, DL)))
        if (D->hasInitializer()) {
          D->setMetadata(ProgramSideKind, Empty);
          Table(leafAt(D->getInitializer(), L.nativeFunctions, DL));
        }
  }
  return true;
}

bool adder::backend::isProgramSideData(const GlobalVariable &G) {
  return G.hasMetadata(ProgramSideKind);
}

bool adder::backend::pruneRuntime(Module &M, bool KeepAll,
                                  SmallPtrSetImpl<GlobalValue *> &Reached) {
  RuntimeLayout L;
  if (!readLayout(M, L))
    return false;
  Pruner P(M, L);
  P.run(KeepAll);
  for (GlobalValue *GV : P.reachedSet())
    Reached.insert(GV);
  return true;
}
