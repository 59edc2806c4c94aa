//===- RuntimeFacts.cpp - layouts, initializers, function facts -----------===//

#include "RuntimeFacts.h"

#include "adder/backend/Backend.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Operator.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace adder::backend;

namespace {

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

bool adder::backend::readLayout(const Module &M, RuntimeLayout &L) {
  SmallVector<uint64_t, 8> T, List;
  if (!readOffsets(M, "adder_layout_type_slots", L.typeSlots) ||
      !readOffsets(M, "adder_layout_tables", T) || T.size() != 6 ||
      !readOffsets(M, "adder_layout_list", List) || List.size() != 2)
    return false;
  L.listSize = List[0];
  L.listAlign = List[1];
  L.typeMethods = T[0];
  L.typeMethodCount = T[1];
  L.moduleNative = T[2];
  L.nativeFunctions = T[3];
  L.nativeFunctionCount = T[4];
  L.methodName = T[5];
  return true;
}

Constant *adder::backend::leafAt(Constant *C, uint64_t Off,
                                 const DataLayout &DL) {
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

Constant *adder::backend::withLeaf(Constant *C, uint64_t Off, Constant *New,
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

GlobalVariable *adder::backend::globalOf(Constant *C) {
  if (!C)
    return nullptr;
  return dyn_cast<GlobalVariable>(C->stripPointerCasts());
}

std::optional<StringRef> adder::backend::cStringOf(Constant *C) {
  GlobalVariable *G = globalOf(C);
  if (!G || !G->hasInitializer())
    return std::nullopt;
  auto *A = dyn_cast<ConstantDataArray>(G->getInitializer());
  if (!A || !A->isCString())
    return std::nullopt;
  return A->getAsCString();
}

//===----------------------------------------------------------------------===//
// Runtime objects and function facts
//===----------------------------------------------------------------------===//

RuntimeObjects::RuntimeObjects(Module &M)
    : dl(M.getDataLayout()), typeType(M.getNamedGlobal("adder_type_type")),
      strType(M.getNamedGlobal("adder_type_str")),
      moduleType(M.getNamedGlobal("adder_type_module")) {}

bool RuntimeObjects::isInstanceOf(const GlobalVariable &G,
                                  const GlobalVariable *Type) const {
  return Type && G.hasInitializer() &&
         globalOf(leafAt(const_cast<Constant *>(G.getInitializer()), 0, dl)) == Type;
}

DenseSet<const Function *> adder::backend::annotatedFunctions(Module &M,
                                                              StringRef Note) {
  DenseSet<const Function *> Out;
  GlobalVariable *A = M.getNamedGlobal("llvm.global.annotations");
  if (!A || !A->hasInitializer())
    return Out;
  auto *Arr = dyn_cast<ConstantArray>(A->getInitializer());
  if (!Arr)
    return Out;
  for (Use &U : Arr->operands()) {
    auto *E = dyn_cast<ConstantStruct>(U.get());
    if (!E || E->getNumOperands() < 2)
      continue;
    auto Text = cStringOf(E->getOperand(1));
    if (Text && *Text == Note)
      if (auto *F = dyn_cast<Function>(E->getOperand(0)->stripPointerCasts()))
        Out.insert(F);
  }
  return Out;
}

FactCollector::FactCollector(Module &M, const RuntimeLayout &L)
    : dl(M.getDataLayout()), objects(M),
      dynamic(annotatedFunctions(M, DynamicAttributesNote)) {
  slotOffsets.insert(L.typeSlots.begin(), L.typeSlots.end());
}

/// A pointer at a constant offset from a base that may be a type: a read
/// of that slot if the offset is a slot's.
void FactCollector::noteOffset(const Value *Ptr, FunctionFacts &Out) const {
  if (!Ptr->getType()->isPointerTy())
    return;
  APInt Offset(dl.getIndexTypeSizeInBits(Ptr->getType()), 0);
  const Value *Base = Ptr->stripAndAccumulateConstantOffsets(
      dl, Offset, /*AllowNonInbounds=*/true);
  if (!Offset.isNonNegative() || Offset.getActiveBits() > 32 ||
      !slotOffsets.contains(Offset.getZExtValue()))
    return;
  // Locals, and globals other than type objects, are not types.
  if (isa<AllocaInst>(Base))
    return;
  if (auto *G = dyn_cast<GlobalVariable>(Base))
    if (!objects.isTypeObject(*G))
      return;
  Out.slotsRead.push_back(Offset.getZExtValue());
}

void FactCollector::collectConstant(Constant *C, FunctionFacts &Out) const {
  if (auto *GV = dyn_cast<GlobalValue>(C)) {
    Out.references.push_back(GV);
    return;
  }
  if (auto *CE = dyn_cast<ConstantExpr>(C))
    noteOffset(CE, Out);
  for (Use &U : C->operands())
    if (auto *Op = dyn_cast<Constant>(U.get()))
      collectConstant(Op, Out);
}

void FactCollector::collect(Function &F, FunctionFacts &Out) const {
  Out.dynamicAttributes = dynamic.contains(&F);
  for (BasicBlock &BB : F)
    for (Instruction &I : BB) {
      if (auto *L = dyn_cast<LoadInst>(&I))
        noteOffset(L->getPointerOperand(), Out);
      else if (auto *S = dyn_cast<StoreInst>(&I))
        noteOffset(S->getPointerOperand(), Out);
      else if (isa<GetElementPtrInst>(&I))
        noteOffset(&I, Out);
      for (Use &U : I.operands())
        if (auto *C = dyn_cast<Constant>(U.get()))
          collectConstant(C, Out);
    }
}

//===----------------------------------------------------------------------===//
// Build-time classification and the summary
//===----------------------------------------------------------------------===//

bool adder::backend::classifyRuntimeData(Module &M) {
  RuntimeLayout L;
  if (!readLayout(M, L))
    return false;
  const DataLayout &DL = M.getDataLayout();
  MDNode *Empty = MDNode::get(M.getContext(), {});
  RuntimeObjects Objects(M);
  auto Table = [&](Constant *Field) {
    GlobalVariable *T = globalOf(Field);
    if (T && T->hasInitializer() && isa<ArrayType>(T->getValueType()) &&
        onlyInInitializers(T)) {
      T->setMetadata(PrunableTableKind, Empty);
      T->setMetadata(ProgramSideKind, Empty);
    }
  };
  for (GlobalVariable &G : M.globals()) {
    if (Objects.isTypeObject(G)) {
      G.setMetadata(ProgramSideKind, Empty);
      Table(leafAt(G.getInitializer(), L.typeMethods, DL));
    }
    if (Objects.isModuleObject(G))
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

// The summary is text, one line per defined function:
//   name TAB dynamic(0/1) TAB slot,slot... TAB ref ref ...
void adder::backend::storeRuntimeSummary(Module &M, const RuntimeLayout &L) {
  FactCollector Collector(M, L);
  std::string Text;
  raw_string_ostream OS(Text);
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    FunctionFacts Facts;
    Collector.collect(F, Facts);
    OS << F.getName() << '\t' << (Facts.dynamicAttributes ? '1' : '0')
       << '\t';
    DenseSet<uint64_t> Slots(Facts.slotsRead.begin(), Facts.slotsRead.end());
    ListSeparator Comma(",");
    for (uint64_t S : Slots)
      OS << Comma << S;
    OS << '\t';
    DenseSet<GlobalValue *> Seen;
    ListSeparator Space(" ");
    for (GlobalValue *GV : Facts.references)
      if (Seen.insert(GV).second && !GV->getName().starts_with("llvm."))
        OS << Space << GV->getName();
    OS << '\n';
  }
  OS.flush();
  Constant *Data = ConstantDataArray::getString(M.getContext(), Text,
                                                /*AddNull=*/false);
  // External, so that optimizing a program does not delete it before
  // pruning reads it (it is removed before any object is written).
  auto *G = new GlobalVariable(M, Data->getType(), true,
                               GlobalValue::ExternalLinkage, Data,
                               SummaryGlobal);
  G->setVisibility(GlobalValue::HiddenVisibility);
}

void RuntimeSummary::take(Module &M) {
  GlobalVariable *G = M.getNamedGlobal(SummaryGlobal);
  if (!G || !G->hasInitializer())
    return;
  if (auto *A = dyn_cast<ConstantDataArray>(G->getInitializer()))
    text = A->getAsString().str();
  G->eraseFromParent();
  StringRef Rest(text);
  while (!Rest.empty()) {
    StringRef Line;
    std::tie(Line, Rest) = Rest.split('\n');
    SmallVector<StringRef, 4> Fields;
    Line.split(Fields, '\t');
    if (Fields.size() != 4)
      continue;
    SummaryEntry &E = entries[Fields[0]];
    E.dynamicAttributes = Fields[1] == "1";
    SmallVector<StringRef, 8> Slots;
    Fields[2].split(Slots, ',', -1, false);
    for (StringRef S : Slots) {
      uint64_t V;
      if (!S.getAsInteger(10, V))
        E.slotsRead.push_back(V);
    }
    Fields[3].split(E.references, ' ', -1, false);
  }
}
