//===- UnboxedListReads.cpp - read list floats without a box --------------===//
//
// irgen reads an item of a list sema knows holds floats as
// `rt.call @adder_list_getitem_int` (or @adder_list_item in a for loop)
// followed by `unbox.float`. It keeps the boxed read because a float that
// goes back to object code must stay the same object (`l[0] in l` finds a
// NaN by identity). When every use of the read is an unbox.float, nothing
// can see the object, so the read becomes the _float variant, which takes
// the double straight out of a Floats list without boxing it.
//
//===----------------------------------------------------------------------===//

#include "adder/ir/Passes.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

using namespace adder::ir;

namespace {

const char *floatVariant(const Instr &I) {
  if (I.op != Opcode::RtCall)
    return nullptr;
  if (I.attr == "adder_list_getitem_int")
    return "adder_list_getitem_float";
  if (I.attr == "adder_list_item")
    return "adder_list_item_float";
  return nullptr;
}

} // namespace

void adder::ir::readListFloatsUnboxed(Function &F) {
  // Per candidate read: whether every use so far is an unbox.float.
  llvm::DenseMap<const Value *, bool> OnlyUnboxed;
  for (auto &B : F.blocks)
    for (auto &I : B->instrs)
      if (floatVariant(*I))
        OnlyUnboxed[I.get()] = false; // no use seen yet: leave it alone
  if (OnlyUnboxed.empty())
    return;
  llvm::DenseMap<const Value *, unsigned> Uses;
  for (auto &B : F.blocks)
    for (auto &I : B->instrs)
      for (Value *Op : I->operands) {
        auto It = OnlyUnboxed.find(Op);
        if (It == OnlyUnboxed.end())
          continue;
        bool Unbox = I->op == Opcode::UnboxFloat;
        It->second = (Uses[Op]++ == 0 || It->second) && Unbox;
      }

  // Rewrite the reads, then point each unbox.float's users at the read.
  llvm::DenseMap<const Value *, Value *> Replace;
  for (auto &B : F.blocks)
    for (auto &I : B->instrs) {
      if (I->op == Opcode::UnboxFloat) {
        auto It = OnlyUnboxed.find(I->operands[0]);
        if (It != OnlyUnboxed.end() && It->second)
          Replace[I.get()] = I->operands[0];
        continue;
      }
      auto It = OnlyUnboxed.find(I.get());
      if (It != OnlyUnboxed.end() && It->second) {
        I->attr = floatVariant(*I);
        I->type = Type::Float;
      }
    }
  if (Replace.empty())
    return;
  for (auto &B : F.blocks) {
    for (auto &I : B->instrs)
      for (Value *&Op : I->operands)
        if (auto It = Replace.find(Op); It != Replace.end())
          Op = It->second;
    llvm::erase_if(B->instrs, [&](const std::unique_ptr<Instr> &I) {
      return Replace.count(I.get()) != 0;
    });
  }
}
