//===- Verifier.cpp - structural checks of the IR -------------------------===//
//
// Run after every stage that produces IR (the AST lowering, the reader,
// passes) so a bad transformation is caught next to its cause rather than
// as an LLVM verifier error or a miscompile later. Reports the first
// problem with the function and block it is in.
//
//===----------------------------------------------------------------------===//

#include "adder/ir/IR.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

using namespace adder::ir;

namespace {

class Verifier {
public:
  explicit Verifier(const Module &M) : module(M) {}
  std::string run();

private:
  const Module &module;
  std::string error;
  const Function *fn = nullptr;
  const Block *block = nullptr;

  bool fail(const llvm::Twine &Message) {
    if (error.empty()) {
      llvm::raw_string_ostream OS(error);
      OS << "in @" << (fn ? fn->name : "?");
      if (block)
        OS << " ^" << block->name;
      OS << ": " << Message;
    }
    return false;
  }
  bool typeAccepts(llvm::StringRef Want, Type Have);
  bool checkInstr(const Instr &I, const llvm::DenseSet<const Value *> &Defined);
  bool checkFunction(const Function &F);
};

bool Verifier::typeAccepts(llvm::StringRef Want, Type Have) {
  if (Want == "any")
    return true;
  if (Want == "object")
    return isWord(Have);
  Type T;
  return parseType(Want, T) && T == Have;
}

bool Verifier::checkInstr(const Instr &I,
                          const llvm::DenseSet<const Value *> &Defined) {
  const OpInfo &Info = I.info();
  if (I.operands.size() < Info.numOperands ||
      (!Info.variadic && I.operands.size() != Info.numOperands))
    return fail(llvm::Twine(Info.mnemonic) + " has " +
                llvm::Twine(I.operands.size()) + " operands");
  for (size_t K = 0; K < I.operands.size(); ++K) {
    const Value *V = I.operands[K];
    if (!V || !Defined.count(V))
      return fail(llvm::Twine(Info.mnemonic) + " uses a value not defined in "
                                               "this function");
    if (K < Info.numOperands && !typeAccepts(Info.operandTypes[K], V->type))
      return fail(llvm::Twine(Info.mnemonic) + " operand " + llvm::Twine(K) +
                  " has type " + typeName(V->type) + ", expected " +
                  Info.operandTypes[K]);
  }
  if (I.successors.size() != Info.successors)
    return fail(llvm::Twine(Info.mnemonic) + " needs " +
                llvm::Twine(unsigned(Info.successors)) + " successors");
  for (const Block *S : I.successors)
    if (!S || S->parent != fn)
      return fail("branch to a block of another function");
  llvm::StringRef Result = Info.result;
  if (Result.empty() && I.hasResult())
    return fail(llvm::Twine(Info.mnemonic) + " has no result");
  if (!Result.empty() && Result != "attr?" && !I.hasResult())
    return fail(llvm::Twine(Info.mnemonic) + " needs a result type");
  if (Result == "operand0") {
    if (I.type != I.operands[0]->type)
      return fail(llvm::Twine(Info.mnemonic) + " result type mismatch");
  } else if (!Result.empty() && Result != "attr" && Result != "attr?") {
    Type T;
    if (!parseType(Result, T) || T != I.type)
      return fail(llvm::Twine(Info.mnemonic) + " must produce " + Result +
                  ", not " + typeName(I.type));
  }
  switch (I.op) {
  case Opcode::LocalGet:
  case Opcode::LocalSet:
  case Opcode::LocalDel:
  case Opcode::LocalCheck: {
    int L = fn->findLocal(I.attr);
    if (L < 0)
      return fail("unknown local $" + I.attr);
    Type T = fn->locals[L].type;
    if (I.op == Opcode::LocalGet && I.type != T)
      return fail("local.get $" + I.attr + " has the wrong type");
    if (I.op == Opcode::LocalSet && I.operands[0]->type != T)
      return fail(llvm::Twine("local.set $") + I.attr + " stores " +
                  typeName(I.operands[0]->type) + " into " + typeName(T));
    break;
  }
  case Opcode::GlobalGet:
  case Opcode::GlobalSet:
  case Opcode::GlobalDel: {
    PyModule *M;
    int Slot;
    if (!module.resolveSlot(I.attr, M, Slot))
      return fail("unknown module slot $" + I.attr);
    break;
  }
  case Opcode::FuncNew:
    if (!module.findFunction(I.attr) || !module.findFunction(I.attr)->signature)
      return fail("func.new of @" + I.attr + ", which has no signature");
    break;
  case Opcode::GenNew: {
    const Function *Resume = module.findFunction(I.attr);
    if (!Resume || !Resume->generatorResume)
      return fail("gen.new of @" + I.attr + ", which is no resume function");
    break;
  }
  case Opcode::Yield:
  case Opcode::YieldValue:
  case Opcode::YieldFromSend:
    if (!fn->generatorResume)
      return fail(llvm::Twine(Info.mnemonic) +
                  " outside a generator's resume function");
    break;
  case Opcode::ModuleImport:
    if (!module.findPyModule(I.attr))
      return fail("import of unknown module " + I.attr);
    break;
  case Opcode::Call: {
    const Function *Callee = module.findFunction(I.attr);
    if (!Callee)
      return fail("call of unknown function @" + I.attr);
    if (Callee->params.size() != I.operands.size())
      return fail("call of @" + I.attr + " with the wrong argument count");
    for (size_t K = 0; K < I.operands.size(); ++K)
      if (Callee->params[K]->type != I.operands[K]->type)
        return fail("call of @" + I.attr + ": argument " + llvm::Twine(K) +
                    " has the wrong type");
    if (Callee->returnType != I.type)
      return fail("call of @" + I.attr + " with the wrong result type");
    break;
  }
  case Opcode::FuncRef:
    if (!module.findFunction(I.attr))
      return fail("reference to unknown function @" + I.attr);
    break;
  case Opcode::Ret:
    if (fn->returnType == Type::Void ? !I.operands.empty()
                                     : (I.operands.size() != 1 ||
                                        I.operands[0]->type != fn->returnType))
      return fail("ret does not match the return type");
    break;
  default:
    break;
  }
  return true;
}

bool Verifier::checkFunction(const Function &F) {
  fn = &F;
  block = nullptr;
  if (F.blocks.empty())
    return fail("function without blocks");
  llvm::DenseSet<const Value *> Defined;
  for (auto &P : F.params)
    Defined.insert(P.get());
  for (auto &B : F.blocks)
    for (auto &I : B->instrs)
      Defined.insert(I.get());
  for (auto &B : F.blocks) {
    block = B.get();
    if (B->parent != &F)
      return fail("block has the wrong parent");
    if (B->handler && B->handler->parent != &F)
      return fail("handler in another function");
    if (B->instrs.empty() || !B->terminator())
      return fail("block does not end with a terminator");
    for (size_t K = 0; K < B->instrs.size(); ++K) {
      const Instr &I = *B->instrs[K];
      if (I.parent != B.get())
        return fail("instruction has the wrong parent");
      if (I.info().terminator && K + 1 != B->instrs.size())
        return fail("terminator in the middle of a block");
      if (!checkInstr(I, Defined))
        return false;
    }
  }
  return true;
}

std::string Verifier::run() {
  llvm::DenseSet<llvm::StringRef> Names;
  for (auto &F : module.functions) {
    if (!Names.insert(F->name).second) {
      fn = F.get();
      fail("duplicate function name");
      return error;
    }
    if (!checkFunction(*F))
      return error;
  }
  return error;
}

} // namespace

std::string adder::ir::verify(const Module &M) { return Verifier(M).run(); }
