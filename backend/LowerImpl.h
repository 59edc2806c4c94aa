//===- LowerImpl.h - IR to LLVM lowering (internals) ------------*- C++ -*-===//
//
// The lowering works inside the runtime's bitcode module: runtime
// functions and static objects (types, None, builtin functions) are looked
// up by name there. Module-level pieces (static objects for constants,
// module objects, signatures, entries) are in Lower.cpp; instructions in
// LowerInstr.cpp.
//
// Error edges: an IR instruction that may raise is followed by a test of
// its error convention and a branch to a landing block of its block's
// handler. The landing block records the traceback entry (with the line
// arriving through a phi) and continues at the handler, or returns the
// error value when the function has no handler there.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_BACKEND_LOWERIMPL_H
#define ADDER_BACKEND_LOWERIMPL_H

#include "adder/backend/Backend.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/IRBuilder.h"

namespace adder::backend {

struct ModuleGlobals {
  llvm::GlobalVariable *slots = nullptr;   // [N x word]
  llvm::GlobalVariable *object = nullptr;  // the Module object
  llvm::Function *import = nullptr;        // runs the body once
};

struct Landing {
  llvm::BasicBlock *block = nullptr;
  llvm::PHINode *line = nullptr;
};

class Lowering {
public:
  Lowering(const ir::Module &P, llvm::Module &M, const LowerOptions &O);
  bool run(std::string &Error);

  const ir::Module &program;
  llvm::Module &module;
  const LowerOptions &options;
  llvm::LLVMContext &ctx;
  llvm::IRBuilder<> b;
  unsigned wordBits;
  llvm::IntegerType *wordTy, *i32Ty, *i16Ty, *i8Ty, *i1Ty;
  llvm::Type *doubleTy;
  llvm::PointerType *ptrTy;
  std::string error;
  /// Set once any program code can raise (an error path is lowered); a
  /// program that cannot needs no exception reporting at all.
  bool canRaise = false;
  /// sizeof and alignof a runtime list (runtime/core/Layout.cpp).
  uint64_t listSize = 0, listAlign = 0;

  //--- Module level (Lower.cpp) ---------------------------------------------//
  llvm::DenseMap<const ir::Function *, llvm::Function *> typed, generic;
  llvm::DenseMap<const ir::Function *, llvm::GlobalVariable *> codeInfos,
      signatures;
  llvm::DenseMap<const ir::PyModule *, ModuleGlobals> modules;
  llvm::StringMap<llvm::Constant *> strObjects, cStrings, bigInts, kwTuples,
      classLayouts;

  bool fail(const llvm::Twine &Message) {
    if (error.empty())
      error = Message.str();
    return false;
  }
  llvm::Type *llvmType(ir::Type T);
  llvm::Function *runtimeFunction(llvm::StringRef Name);
  llvm::Constant *runtimeGlobal(llvm::StringRef Name);
  llvm::Constant *word(uint64_t V) { return llvm::ConstantInt::get(wordTy, V); }
  llvm::Constant *taggedInt(int64_t V) {
    return word(uint64_t(V) * 2 + 1);
  }
  llvm::Constant *asWord(llvm::Constant *Ptr) {
    return llvm::ConstantExpr::getPtrToInt(Ptr, wordTy);
  }
  llvm::Constant *cString(llvm::StringRef S);
  llvm::GlobalVariable *cStringArray(llvm::ArrayRef<llvm::StringRef> Strings,
                                     const llvm::Twine &Name);
  llvm::Constant *strObject(llvm::StringRef S);
  llvm::Constant *intConstant(llvm::StringRef Decimal);
  llvm::Constant *bytesObject(llvm::StringRef S);
  llvm::Constant *kwNamesTuple(llvm::StringRef CommaNames);
  void markProgramFunction(llvm::Function *F);
  void markCold(llvm::Function *F);
  llvm::Constant *classLayout(llvm::StringRef Key);
  llvm::Constant *siteCache(unsigned Words);
  llvm::GlobalVariable *codeInfo(const ir::Function *F);
  llvm::GlobalVariable *signature(const ir::Function *F);
  void declareModule(const ir::PyModule *M);
  void defineImport(const ir::PyModule *M);
  void declareFunction(const ir::Function *F);
  bool defineGenericEntry(const ir::Function *F);
  void defineProgramMain();
  int64_t smallIntMax() const {
    return int64_t((~uint64_t(0)) >> (64 - wordBits + 2));
  }

  //--- Function level (LowerInstr.cpp) --------------------------------------//
  const ir::Function *irFn = nullptr;
  llvm::Function *fn = nullptr;
  const ir::Block *irBlock = nullptr;
  llvm::DenseMap<const ir::Block *, llvm::BasicBlock *> blocks;
  llvm::DenseMap<const ir::Value *, llvm::Value *> values;
  llvm::StringMap<llvm::AllocaInst *> locals, boundFlags;
  llvm::DenseMap<const ir::Block *, Landing> landings;
  llvm::BasicBlock *failBlock = nullptr; // returns the error value
  llvm::BasicBlock *allocaBlock = nullptr;
  uint32_t line = 0;

  bool lowerFunction(const ir::Function *F);
  bool lowerInstr(const ir::Instr &I);
  llvm::Value *operand(const ir::Instr &I, unsigned N) {
    return values.lookup(I.operands[N]);
  }
  /// Branches to the error path when Cond holds.
  void errorIf(llvm::Value *Cond);
  /// Whether the local Name is bound (an i1).
  llvm::Value *localIsBound(llvm::StringRef Name);
  /// errorIf for a double result of the NaNResult convention.
  void errorIfNaNAndPending(llvm::Value *R);
  /// Branches to the error path unconditionally (the exception is pending).
  void raiseNow();
  /// Jumps to the handler without a traceback entry (re-raise).
  void reraiseNow();
  llvm::BasicBlock *failure();
  Landing &landingFor(const ir::Block *Handler);
  llvm::Value *pendingIsSet();
  llvm::MDNode *pointerAccessTag();
  llvm::Value *callRuntime(llvm::StringRef Name,
                           llvm::ArrayRef<llvm::Value *> Args);
  /// Calls a runtime ABI function and tests its error convention.
  llvm::Value *callChecked(llvm::StringRef Name,
                           llvm::ArrayRef<llvm::Value *> Args);
  llvm::Value *isTagged(llvm::Value *A);
  llvm::Value *bothTagged(llvm::Value *A, llvm::Value *B);
  llvm::Value *untag(llvm::Value *A) { return b.CreateAShr(A, 1); }
  llvm::Value *retag(llvm::Value *A) {
    return b.CreateOr(b.CreateShl(A, 1), 1);
  }
  llvm::Value *intBinary(const ir::Instr &I);
  llvm::Value *intCompare(const ir::Instr &I);
  llvm::Value *intUnary(const ir::Instr &I);
  llvm::Value *floatBinary(const ir::Instr &I);
  llvm::Value *indexBinary(const ir::Instr &I);
  llvm::Value *typeCheck(llvm::Value *V, ir::Type T);
  /// Tells LLVM that V, a typed list, is a list object: its header can be
  /// read anywhere V is, so loops load it once (FastLoops.cpp).
  void assumeList(llvm::Value *V);
  /// Whether F's parameters of type T pass as pointers (lists do, so the
  /// parameter can say it points to a list object).
  bool listByPointer(const ir::Function *F, ir::Type T) const;
  /// Args (words) converted to the parameter types of Callee, a typed entry.
  llvm::SmallVector<llvm::Value *, 8>
  typedArgs(llvm::Function *Callee, llvm::ArrayRef<llvm::Value *> Args);
  /// The double in V, a float (immediate or Float object, see Value.h).
  llvm::Value *unboxFloat(llvm::Value *V);
  llvm::Value *boxedBool(llvm::Value *B);
  llvm::AllocaInst *entryAlloca(llvm::Type *T, unsigned Count,
                                const llvm::Twine &Name);
  llvm::Value *errorValue(ir::Type T);

  //--- Generators (LowerGenerator.cpp) --------------------------------------//
  /// Where each local of a resume function lives in the generator's frame:
  /// word locals are traced Values, the others raw bytes after them.
  struct FrameLayout {
    std::vector<unsigned> offset;     // per local, bytes from the frame
    std::vector<unsigned> flagOffset; // per non-word local: its bound flag
    unsigned words = 0, rawBytes = 0;
  };
  llvm::DenseMap<const ir::Function *, FrameLayout> frameLayouts;
  /// The frame of the generator being resumed, and the blocks each yield
  /// point resumes at (case K of the dispatch on the state).
  llvm::Value *resumeFrame = nullptr;
  std::vector<llvm::BasicBlock *> resumePoints;

  const FrameLayout &frameLayout(const ir::Function *Resume);
  llvm::Value *frameAddress(llvm::Value *Frame, unsigned Offset);
  /// Copies locals between the allocas and a frame (Load: frame to allocas).
  void transferLocals(const ir::Function *From, llvm::Value *Frame,
                      const ir::Function *Layout, bool Load);
  /// In the alloca block of a resume function: reload the locals.
  void beginResume();
  /// Ends the alloca block of a resume function: dispatch on the state.
  void dispatchResume();
  llvm::Value *lowerGenNew(const ir::Instr &I);
  void lowerYield(const ir::Instr &I);
  void lowerYieldFromSend(const ir::Instr &I);
};

unsigned binaryOpIndex(llvm::StringRef Name);
unsigned compareOpIndex(llvm::StringRef Name);

} // namespace adder::backend

#endif
