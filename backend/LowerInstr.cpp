//===- LowerInstr.cpp - IR to LLVM: function bodies -----------------------===//
//
// Each IR instruction becomes LLVM IR directly or a call into the runtime.
// Int arithmetic is expanded here: a tag check on both operands and an
// overflow-checked machine operation on the tagged words, with the
// runtime's bigint routine as the slow path, so a hot loop over ints is a
// few instructions and still exact. Float arithmetic is native except
// where Python's rules need the runtime (// % ** and division by zero).
//
//===----------------------------------------------------------------------===//

#include "LowerImpl.h"

#include "adder/sema/Program.h"

#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"

using namespace adder;
using namespace adder::backend;
using namespace llvm;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

AllocaInst *Lowering::entryAlloca(Type *T, unsigned Count, const Twine &Name) {
  IRBuilder<> E(allocaBlock, allocaBlock->begin());
  return E.CreateAlloca(T, ConstantInt::get(i32Ty, Count ? Count : 1), Name);
}

Value *Lowering::errorValue(ir::Type T) {
  Type *LT = llvmType(T);
  if (LT->isVoidTy())
    return nullptr;
  // A float function returns NaN when it raised (errorIfNaNAndPending).
  if (LT->isDoubleTy())
    return ConstantFP::getNaN(LT);
  return Constant::getNullValue(LT);
}

BasicBlock *Lowering::failure() {
  if (!failBlock) {
    failBlock = BasicBlock::Create(ctx, "fail", fn);
    IRBuilder<> F(failBlock);
    if (Value *V = errorValue(irFn->returnType))
      F.CreateRet(V);
    else
      F.CreateRetVoid();
  }
  return failBlock;
}

Landing &Lowering::landingFor(const ir::Block *Handler) {
  Landing &L = landings[Handler];
  if (!L.block) {
    L.block = BasicBlock::Create(ctx, "landing", fn);
    IRBuilder<> LB(L.block);
    L.line = LB.CreatePHI(i32Ty, 4, "line");
    Function *Add = runtimeFunction("adder_traceback_add");
    if (Add)
      LB.CreateCall(Add, {codeInfo(irFn), L.line})
          ->setCallingConv(Add->getCallingConv());
    LB.CreateBr(Handler ? blocks.lookup(Handler) : failure());
  }
  return L;
}

void Lowering::errorIf(Value *Cond) {
  canRaise = true;
  Landing &L = landingFor(irBlock->handler);
  BasicBlock *Cont = BasicBlock::Create(ctx, "ok", fn);
  MDBuilder MD(ctx);
  b.CreateCondBr(Cond, L.block, Cont, MD.createUnlikelyBranchWeights());
  L.line->addIncoming(ConstantInt::get(i32Ty, line), b.GetInsertBlock());
  b.SetInsertPoint(Cont);
}

Value *Lowering::localIsBound(StringRef Name) {
  // A word local is unbound while 0; an unboxed one has a flag.
  if (AllocaInst *F = boundFlags.lookup(Name))
    return b.CreateLoad(i1Ty, F);
  return b.CreateICmpNE(b.CreateLoad(wordTy, locals.lookup(Name)), word(0));
}

void Lowering::errorIfNaNAndPending(Value *R) {
  // Only a NaN result can mean an error, so the pending slot is read on
  // that path alone: an inlined fast path keeps at most a register compare.
  BasicBlock *Check = BasicBlock::Create(ctx, "nan.check", fn);
  BasicBlock *Done = BasicBlock::Create(ctx, "nan.done", fn);
  b.CreateCondBr(b.CreateFCmpUNO(R, R), Check, Done,
                 MDBuilder(ctx).createUnlikelyBranchWeights());
  b.SetInsertPoint(Check);
  errorIf(pendingIsSet());
  b.CreateBr(Done);
  b.SetInsertPoint(Done);
}

void Lowering::raiseNow() {
  canRaise = true;
  Landing &L = landingFor(irBlock->handler);
  L.line->addIncoming(ConstantInt::get(i32Ty, line), b.GetInsertBlock());
  b.CreateBr(L.block);
  b.SetInsertPoint(BasicBlock::Create(ctx, "after.raise", fn));
}

void Lowering::reraiseNow() {
  canRaise = true;
  b.CreateBr(irBlock->handler ? blocks.lookup(irBlock->handler) : failure());
  b.SetInsertPoint(BasicBlock::Create(ctx, "after.reraise", fn));
}

/// The alias tag clang gives an access to a C++ pointer variable (the
/// nodes are uniqued, so these are the runtime's own): the pending
/// exception is then known not to change when a float or int is stored,
/// and a loop tests it with a load from before the loop.
MDNode *Lowering::pointerAccessTag() {
  MDBuilder MD(ctx);
  MDNode *Char = MD.createTBAAScalarTypeNode("omnipotent char",
                                             MD.createTBAARoot("Simple C++ TBAA"));
  MDNode *Pointer = MD.createTBAAScalarTypeNode("any pointer", Char);
  return MD.createTBAAStructTagNode(Pointer, Pointer, 0);
}

Value *Lowering::pendingIsSet() {
  Constant *Slot = runtimeGlobal("adder_pending_exception");
  LoadInst *Pending = b.CreateLoad(ptrTy, Slot);
  Pending->setMetadata(LLVMContext::MD_tbaa, pointerAccessTag());
  return b.CreateICmpNE(Pending, ConstantPointerNull::get(ptrTy));
}

Value *Lowering::callRuntime(StringRef Name, ArrayRef<Value *> Args) {
  Function *F = runtimeFunction(Name);
  if (!F)
    return UndefValue::get(wordTy);
  FunctionType *FT = F->getFunctionType();
  SmallVector<Value *, 8> Converted;
  for (size_t I = 0; I < Args.size(); ++I) {
    Value *A = Args[I];
    Type *Want = I < FT->getNumParams() ? FT->getParamType(unsigned(I))
                                        : A->getType();
    if (A->getType() != Want) {
      if (A->getType()->isIntegerTy() && Want->isIntegerTy())
        A = b.CreateZExtOrTrunc(A, Want);
      else if (A->getType()->isIntegerTy() && Want->isPointerTy())
        A = b.CreateIntToPtr(A, Want);
      else if (A->getType()->isPointerTy() && Want->isIntegerTy())
        A = b.CreatePtrToInt(A, Want);
    }
    Converted.push_back(A);
  }
  if (Converted.size() != FT->getNumParams()) {
    fail("runtime function '" + Name + "' called with " +
         Twine(Converted.size()) + " arguments, it takes " +
         Twine(FT->getNumParams()));
    return UndefValue::get(wordTy);
  }
  CallInst *C = b.CreateCall(F, Converted);
  C->setCallingConv(F->getCallingConv());
  if (C->getType()->isPointerTy())
    return b.CreatePtrToInt(C, wordTy);
  return C;
}

Value *Lowering::callChecked(StringRef Name, ArrayRef<Value *> Args) {
  Value *R = callRuntime(Name, Args);
  const sema::RuntimeFunctionInfo *Info = sema::findRuntimeFunction(Name);
  if (!Info) {
    fail("'" + Name + "' is not in runtime/Builtins.td");
    return R;
  }
  switch (Info->error) {
  case sema::AbiError::None:
    break;
  case sema::AbiError::ZeroResult:
    errorIf(b.CreateICmpEQ(R, Constant::getNullValue(R->getType())));
    break;
  case sema::AbiError::NegativeResult:
    errorIf(b.CreateICmpSLT(R, Constant::getNullValue(R->getType())));
    break;
  case sema::AbiError::Pending:
    errorIf(pendingIsSet());
    break;
  case sema::AbiError::NaNResult:
    errorIfNaNAndPending(R);
    break;
  }
  return R;
}

Value *Lowering::isTagged(Value *A) {
  return b.CreateICmpNE(b.CreateAnd(A, word(1)), word(0));
}

Value *Lowering::bothTagged(Value *A, Value *B) {
  return b.CreateICmpNE(b.CreateAnd(b.CreateAnd(A, B), word(1)), word(0));
}

Value *Lowering::boxedBool(Value *B) {
  return b.CreateSelect(B, asWord(runtimeGlobal("adder_true")),
                        asWord(runtimeGlobal("adder_false")));
}

Value *Lowering::unboxFloat(Value *V) {
  // The runtime's decoder (immediate or Float object), inlined once the
  // runtime bitcode is linked in.
  return callRuntime("adder_float_value", {V});
}

SmallVector<Value *, 8> Lowering::typedArgs(Function *Callee,
                                            ArrayRef<Value *> Args) {
  SmallVector<Value *, 8> Out(Args.begin(), Args.end());
  for (unsigned I = 0; I < Out.size(); ++I)
    if (Callee->getArg(I)->getType()->isPointerTy() &&
        Out[I]->getType()->isIntegerTy())
      Out[I] = b.CreateIntToPtr(Out[I], ptrTy);
  return Out;
}

void Lowering::assumeList(Value *V) {
  if (!listSize || !V->getType()->isIntegerTy())
    return;
  Value *P = b.CreateIntToPtr(V, ptrTy);
  OperandBundleDef Facts[] = {
      OperandBundleDef("align", std::vector<Value *>{P, word(listAlign)}),
      OperandBundleDef("dereferenceable",
                       std::vector<Value *>{P, word(listSize)})};
  b.CreateAssumption(ConstantInt::getTrue(ctx), Facts);
}

Value *Lowering::typeCheck(Value *V, ir::Type T) {
  auto TypeIs = [&](StringRef TypeName) {
    // Objects only: small ints and immediate floats have no header.
    BasicBlock *Start = b.GetInsertBlock();
    BasicBlock *Obj = BasicBlock::Create(ctx, "isobj", fn);
    BasicBlock *Join = BasicBlock::Create(ctx, "typeis", fn);
    b.CreateCondBr(b.CreateICmpNE(b.CreateAnd(V, word(3)), word(0)), Join,
                   Obj);
    b.SetInsertPoint(Obj);
    Value *TypePtr = b.CreateLoad(ptrTy, b.CreateIntToPtr(V, ptrTy));
    Value *Is = b.CreateICmpEQ(TypePtr, runtimeGlobal(TypeName));
    BasicBlock *ObjEnd = b.GetInsertBlock();
    b.CreateBr(Join);
    b.SetInsertPoint(Join);
    PHINode *P = b.CreatePHI(i1Ty, 2);
    P->addIncoming(ConstantInt::getFalse(ctx), Start);
    P->addIncoming(Is, ObjEnd);
    return P;
  };
  switch (T) {
  case ir::Type::Int:
    return b.CreateOr(isTagged(V), TypeIs("adder_type_int"));
  case ir::Type::Float:
    if (wordBits == 64)
      return b.CreateOr(b.CreateICmpEQ(b.CreateAnd(V, word(3)), word(2)),
                        TypeIs("adder_type_float"));
    return TypeIs("adder_type_float");
  case ir::Type::Bool:
    return b.CreateOr(b.CreateICmpEQ(V, asWord(runtimeGlobal("adder_true"))),
                      b.CreateICmpEQ(V, asWord(runtimeGlobal("adder_false"))));
  case ir::Type::None:
    return b.CreateICmpEQ(V, asWord(runtimeGlobal("adder_none")));
  case ir::Type::Str:
    return TypeIs("adder_type_str");
  case ir::Type::List:
    return TypeIs("adder_type_list");
  case ir::Type::Tuple:
    return TypeIs("adder_type_tuple");
  default:
    return ConstantInt::getTrue(ctx);
  }
}

//===----------------------------------------------------------------------===//
// Int and float arithmetic
//===----------------------------------------------------------------------===//

Value *Lowering::intBinary(const ir::Instr &I) {
  Value *A = operand(I, 0), *B = operand(I, 1);
  StringRef Op = I.attr;
  unsigned OpIndex = binaryOpIndex(Op);
  BasicBlock *Fast = BasicBlock::Create(ctx, "int.fast", fn);
  BasicBlock *Slow = BasicBlock::Create(ctx, "int.slow", fn);
  BasicBlock *Join = BasicBlock::Create(ctx, "int.done", fn);
  MDBuilder MD(ctx);
  Value *Tagged = bothTagged(A, B);
  // Operand conditions of the fast path beyond both being small ints.
  if (Op == "floordiv" || Op == "mod")
    Tagged = b.CreateAnd(Tagged, b.CreateAnd(b.CreateICmpNE(B, word(1)),
                                             b.CreateICmpNE(B, word(-1))));
  else if (Op == "rshift")
    Tagged = b.CreateAnd(Tagged, b.CreateICmpSGE(B, word(1)));
  bool AlwaysSlow = Op == "pow" || Op == "lshift" || Op == "matmul";
  if (AlwaysSlow)
    b.CreateBr(Slow);
  else
    b.CreateCondBr(Tagged, Fast, Slow, MD.createLikelyBranchWeights());

  b.SetInsertPoint(Fast);
  Value *R = nullptr;
  Value *Overflow = nullptr;
  auto WithOverflow = [&](Intrinsic::ID ID, Value *X, Value *Y) {
    Value *Pair = b.CreateBinaryIntrinsic(ID, X, Y);
    Overflow = b.CreateExtractValue(Pair, 1);
    return b.CreateExtractValue(Pair, 0);
  };
  if (Op == "add") {
    R = WithOverflow(Intrinsic::sadd_with_overflow, A, b.CreateSub(B, word(1)));
  } else if (Op == "sub") {
    R = WithOverflow(Intrinsic::ssub_with_overflow, A, b.CreateSub(B, word(1)));
  } else if (Op == "mul") {
    R = WithOverflow(Intrinsic::smul_with_overflow, untag(A),
                     b.CreateSub(B, word(1)));
    R = b.CreateOr(R, word(1));
  } else if (Op == "and") {
    R = b.CreateAnd(A, B);
  } else if (Op == "or") {
    R = b.CreateOr(A, B);
  } else if (Op == "xor") {
    R = b.CreateOr(b.CreateXor(A, B), word(1));
  } else if (Op == "floordiv" || Op == "mod") {
    Value *X = untag(A), *Y = untag(B);
    Value *Q = b.CreateSDiv(X, Y);
    Value *Rem = b.CreateSRem(X, Y);
    // Python rounds toward negative infinity.
    Value *Adjust = b.CreateAnd(
        b.CreateICmpNE(Rem, word(0)),
        b.CreateICmpSLT(b.CreateXor(Rem, Y), word(0)));
    if (Op == "floordiv")
      R = retag(b.CreateSub(Q, b.CreateZExt(Adjust, wordTy)));
    else
      R = retag(b.CreateSelect(Adjust, b.CreateAdd(Rem, Y), Rem));
  } else if (Op == "rshift") {
    Value *Shift = untag(B);
    Value *Max = word(wordBits - 1);
    Shift = b.CreateSelect(b.CreateICmpSGT(Shift, Max), Max, Shift);
    R = retag(b.CreateAShr(untag(A), Shift));
  } else {
    R = word(1); // unreachable: always-slow ops
  }
  BasicBlock *FastEnd = b.GetInsertBlock();
  if (Overflow)
    b.CreateCondBr(Overflow, Slow, Join, MD.createUnlikelyBranchWeights());
  else
    b.CreateBr(Join);

  b.SetInsertPoint(Slow);
  Value *S = callRuntime("adder_int_binary_slow",
                         {A, B, ConstantInt::get(i32Ty, OpIndex)});
  errorIf(b.CreateICmpEQ(S, word(0)));
  BasicBlock *SlowEnd = b.GetInsertBlock();
  b.CreateBr(Join);

  b.SetInsertPoint(Join);
  PHINode *P = b.CreatePHI(wordTy, 2);
  if (!AlwaysSlow)
    P->addIncoming(R, FastEnd);
  P->addIncoming(S, SlowEnd);
  if (AlwaysSlow)
    Fast->eraseFromParent();
  return P;
}

/// The signed integer predicate of a comparison op's attribute (ints and
/// tagged ints compare alike: tagging preserves order).
static CmpInst::Predicate signedPredicate(StringRef Op) {
  return Op == "lt"   ? CmpInst::ICMP_SLT
         : Op == "le" ? CmpInst::ICMP_SLE
         : Op == "gt" ? CmpInst::ICMP_SGT
         : Op == "ge" ? CmpInst::ICMP_SGE
         : Op == "eq" ? CmpInst::ICMP_EQ
                      : CmpInst::ICMP_NE;
}

Value *Lowering::intCompare(const ir::Instr &I) {
  Value *A = operand(I, 0), *B = operand(I, 1);
  CmpInst::Predicate Pred = signedPredicate(I.attr);
  BasicBlock *Fast = BasicBlock::Create(ctx, "cmp.fast", fn);
  BasicBlock *Slow = BasicBlock::Create(ctx, "cmp.slow", fn);
  BasicBlock *Join = BasicBlock::Create(ctx, "cmp.done", fn);
  MDBuilder MD(ctx);
  b.CreateCondBr(bothTagged(A, B), Fast, Slow, MD.createLikelyBranchWeights());
  b.SetInsertPoint(Fast);
  // Tagging preserves order: compare the words.
  Value *R = b.CreateICmp(Pred, A, B);
  b.CreateBr(Join);
  b.SetInsertPoint(Slow);
  Value *S = callRuntime("adder_int_compare_op",
                         {A, B, ConstantInt::get(i32Ty, compareOpIndex(I.attr))});
  if (S->getType() != i1Ty)
    S = b.CreateICmpNE(S, Constant::getNullValue(S->getType()));
  b.CreateBr(Join);
  b.SetInsertPoint(Join);
  PHINode *P = b.CreatePHI(i1Ty, 2);
  P->addIncoming(R, Fast);
  P->addIncoming(S, Slow);
  return P;
}

Value *Lowering::intUnary(const ir::Instr &I) {
  Value *A = operand(I, 0);
  StringRef Op = I.attr;
  if (Op == "pos")
    return A;
  unsigned Index = Op == "neg" ? 0 : Op == "invert" ? 2 : 3; // 3: abs
  BasicBlock *Fast = BasicBlock::Create(ctx, "neg.fast", fn);
  BasicBlock *Slow = BasicBlock::Create(ctx, "neg.slow", fn);
  BasicBlock *Join = BasicBlock::Create(ctx, "neg.done", fn);
  MDBuilder MD(ctx);
  b.CreateCondBr(isTagged(A), Fast, Slow, MD.createLikelyBranchWeights());
  b.SetInsertPoint(Fast);
  Value *R;
  Value *Overflow = nullptr;
  if (Op == "invert") {
    R = b.CreateOr(b.CreateNot(A), word(1));
  } else {
    // -(2a+1) as a tagged word is 2 - A.
    Value *Pair =
        b.CreateBinaryIntrinsic(Intrinsic::ssub_with_overflow, word(2), A);
    Value *Neg = b.CreateExtractValue(Pair, 0);
    Overflow = b.CreateExtractValue(Pair, 1);
    R = Op == "abs" ? b.CreateSelect(b.CreateICmpSLT(A, word(0)), Neg, A) : Neg;
    if (Op == "abs")
      Overflow = b.CreateAnd(Overflow, b.CreateICmpSLT(A, word(0)));
  }
  BasicBlock *FastEnd = b.GetInsertBlock();
  if (Overflow)
    b.CreateCondBr(Overflow, Slow, Join,
                   MDBuilder(ctx).createUnlikelyBranchWeights());
  else
    b.CreateBr(Join);
  b.SetInsertPoint(Slow);
  Value *S = callRuntime("adder_int_unary_slow",
                         {A, ConstantInt::get(i32Ty, Index)});
  errorIf(b.CreateICmpEQ(S, word(0)));
  BasicBlock *SlowEnd = b.GetInsertBlock();
  b.CreateBr(Join);
  b.SetInsertPoint(Join);
  PHINode *P = b.CreatePHI(wordTy, 2);
  P->addIncoming(R, FastEnd);
  P->addIncoming(S, SlowEnd);
  return P;
}

/// Machine arithmetic on index values: small ints, so add, sub and mul of
/// two cannot overflow the word (nsw tells LLVM so).
Value *Lowering::indexBinary(const ir::Instr &I) {
  Value *A = operand(I, 0), *B = operand(I, 1);
  StringRef Op = I.attr;
  if (Op == "add")
    return b.CreateNSWAdd(A, B);
  if (Op == "sub")
    return b.CreateNSWSub(A, B);
  if (Op == "mul")
    return b.CreateNSWMul(A, B);
  assert(Op == "floordiv" && "index.binary: unknown operator");
  // Python rounds toward negative infinity; B is known non-zero.
  Value *Q = b.CreateSDiv(A, B);
  Value *Rem = b.CreateSRem(A, B);
  Value *Adjust = b.CreateAnd(b.CreateICmpNE(Rem, word(0)),
                              b.CreateICmpSLT(b.CreateXor(Rem, B), word(0)));
  return b.CreateSub(Q, b.CreateZExt(Adjust, wordTy));
}

Value *Lowering::floatBinary(const ir::Instr &I) {
  Value *A = operand(I, 0), *B = operand(I, 1);
  StringRef Op = I.attr;
  if (Op == "add")
    return b.CreateFAdd(A, B);
  if (Op == "sub")
    return b.CreateFSub(A, B);
  if (Op == "mul")
    return b.CreateFMul(A, B);
  Value *Zero = ConstantFP::get(doubleTy, 0.0);
  if (Op == "truediv") {
    // Division by zero raises; the runtime says so.
    BasicBlock *Fast = BasicBlock::Create(ctx, "fdiv", fn);
    BasicBlock *Slow = BasicBlock::Create(ctx, "fdiv.zero", fn);
    BasicBlock *Join = BasicBlock::Create(ctx, "fdiv.done", fn);
    MDBuilder MD(ctx);
    b.CreateCondBr(b.CreateFCmpUNE(B, Zero), Fast, Slow,
                   MD.createLikelyBranchWeights());
    b.SetInsertPoint(Fast);
    Value *R = b.CreateFDiv(A, B);
    b.CreateBr(Join);
    b.SetInsertPoint(Slow);
    Value *S = callChecked("adder_float_binary_slow",
                           {A, B, ConstantInt::get(i32Ty, binaryOpIndex(Op))});
    BasicBlock *SlowEnd = b.GetInsertBlock();
    b.CreateBr(Join);
    b.SetInsertPoint(Join);
    PHINode *P = b.CreatePHI(doubleTy, 2);
    P->addIncoming(R, Fast);
    P->addIncoming(S, SlowEnd);
    return P;
  }
  return callChecked("adder_float_binary_slow",
                     {A, B, ConstantInt::get(i32Ty, binaryOpIndex(Op))});
}

//===----------------------------------------------------------------------===//
// Instructions
//===----------------------------------------------------------------------===//

bool Lowering::lowerInstr(const ir::Instr &I) {
  using ir::Opcode;
  line = I.line;
  Value *R = nullptr;
  auto Op = [&](unsigned N) { return operand(I, N); };
  switch (I.op) {
  case Opcode::ConstInt:
    R = intConstant(I.attr);
    break;
  case Opcode::ConstFloat:
    R = ConstantFP::get(doubleTy, I.floatAttr);
    break;
  case Opcode::ConstBool:
    R = ConstantInt::get(i1Ty, I.attr == "1");
    break;
  case Opcode::ConstNone:
    R = asWord(runtimeGlobal("adder_none"));
    break;
  case Opcode::ConstStr:
    R = asWord(strObject(I.attr));
    break;
  case Opcode::ConstBytes:
    R = asWord(bytesObject(I.attr));
    break;
  case Opcode::ConstRuntime:
    R = asWord(runtimeGlobal(I.attr));
    break;
  case Opcode::ConstI32:
    R = ConstantInt::get(i32Ty, std::stoll(I.attr));
    break;
  case Opcode::LayoutRef:
    R = classLayout(I.attr);
    break;
  case Opcode::SiteCache:
    // Words of AttrSiteCache {layout, index}, or of MethodSiteCache: four
    // entries of {type, version, function, slot} (two on 32-bit targets,
    // whose RAM is scarce).
    R = siteCache(I.attr == "method" ? (wordBits == 64 ? 16 : 8) : 2);
    break;
  case Opcode::FuncRef:
    R = asWord(generic.lookup(program.findFunction(I.attr)));
    break;
  case Opcode::FuncNew: {
    const ir::Function *F = program.findFunction(I.attr);
    R = callChecked("adder_function_new",
                    {signature(F), generic.lookup(F), Op(0), Op(1), Op(2),
                     asWord(modules[F->pyModule].object)});
    break;
  }
  case Opcode::ModuleImport: {
    const ir::PyModule *M = program.findPyModule(I.attr);
    CallInst *C = b.CreateCall(modules[M].import, {});
    errorIf(b.CreateICmpEQ(C, word(0)));
    R = C;
    break;
  }
  case Opcode::ArrayNew:
    R = entryAlloca(wordTy, unsigned(std::stoul(I.attr)), "args");
    break;
  case Opcode::ArraySet:
    b.CreateStore(Op(1), b.CreateConstGEP1_32(wordTy, Op(0),
                                              unsigned(std::stoul(I.attr))));
    break;
  case Opcode::ArrayGet:
    R = b.CreateLoad(wordTy, b.CreateConstGEP1_32(wordTy, Op(0),
                                                  unsigned(std::stoul(I.attr))));
    break;
  case Opcode::LocalGet: {
    AllocaInst *A = locals.lookup(I.attr);
    R = b.CreateLoad(A->getAllocatedType(), A);
    break;
  }
  case Opcode::LocalSet: {
    AllocaInst *A = locals.lookup(I.attr);
    // A list copied from a parameter or another local was assumed there.
    const ir::Value *Stored = I.operands[0];
    if (Stored->type == ir::Type::List && Stored->kind == ir::Value::Kind::Instr &&
        static_cast<const ir::Instr *>(Stored)->op != Opcode::LocalGet)
      assumeList(Op(0));
    b.CreateStore(Op(0), A);
    if (AllocaInst *F = boundFlags.lookup(I.attr))
      b.CreateStore(ConstantInt::getTrue(ctx), F);
    break;
  }
  case Opcode::LocalBound:
    R = localIsBound(I.attr);
    break;
  case Opcode::LocalCheck:
  case Opcode::LocalDel: {
    AllocaInst *A = locals.lookup(I.attr);
    AllocaInst *F = boundFlags.lookup(I.attr);
    BasicBlock *Bad = BasicBlock::Create(ctx, "unbound", fn);
    BasicBlock *Ok = BasicBlock::Create(ctx, "bound", fn);
    MDBuilder MD(ctx);
    b.CreateCondBr(localIsBound(I.attr), Ok, Bad,
                   MD.createLikelyBranchWeights());
    b.SetInsertPoint(Bad);
    callRuntime("adder_raise_unbound_local", {asWord(strObject(I.attr))});
    raiseNow();
    b.CreateUnreachable();
    b.SetInsertPoint(Ok);
    if (I.op == Opcode::LocalDel) {
      if (F)
        b.CreateStore(ConstantInt::getFalse(ctx), F);
      else
        b.CreateStore(word(0), A);
    }
    break;
  }
  case Opcode::GlobalGet:
  case Opcode::GlobalSet:
  case Opcode::GlobalDel: {
    ir::PyModule *M;
    int Slot;
    program.resolveSlot(I.attr, M, Slot);
    ModuleGlobals &G = modules[M];
    Value *Addr = b.CreateConstGEP2_32(G.slots->getValueType(), G.slots, 0,
                                       unsigned(Slot));
    StringRef Name = StringRef(I.attr).substr(StringRef(I.attr).rfind(':') + 1);
    if (I.op == Opcode::GlobalSet) {
      // Once the module has a namespace dict (globals(), __dict__), the
      // name may live there instead of in its slot.
      Value *Extra = b.CreateLoad(
          ptrTy, b.CreateStructGEP(G.object->getValueType(), G.object, 5));
      BasicBlock *Slow = BasicBlock::Create(ctx, "global.dict", fn);
      BasicBlock *Fast = BasicBlock::Create(ctx, "global.slot", fn);
      BasicBlock *Done = BasicBlock::Create(ctx, "global.stored", fn);
      MDBuilder MD(ctx);
      b.CreateCondBr(b.CreateIsNull(Extra), Fast, Slow,
                     MD.createLikelyBranchWeights());
      b.SetInsertPoint(Fast);
      b.CreateStore(Op(0), Addr);
      b.CreateBr(Done);
      b.SetInsertPoint(Slow);
      callRuntime("adder_global_store",
                  {asWord(G.object), asWord(strObject(Name)), Op(0),
                   ConstantInt::get(i32Ty, Slot)});
      b.CreateBr(Done);
      b.SetInsertPoint(Done);
      break;
    }
    Value *V = b.CreateLoad(wordTy, Addr);
    BasicBlock *Start = b.GetInsertBlock();
    BasicBlock *Missing = BasicBlock::Create(ctx, "global.unbound", fn);
    BasicBlock *Join = BasicBlock::Create(ctx, "global", fn);
    MDBuilder MD(ctx);
    b.CreateCondBr(b.CreateICmpEQ(V, word(0)), Missing, Join,
                   MD.createUnlikelyBranchWeights());
    b.SetInsertPoint(Missing);
    if (I.op == Opcode::GlobalDel) {
      // The name may have moved to the module's namespace dict.
      BasicBlock *Deleted = BasicBlock::Create(ctx, "global.deleted", fn);
      callChecked("adder_global_delete",
                  {asWord(G.object), asWord(strObject(Name))});
      b.CreateBr(Deleted);
      b.SetInsertPoint(Join);
      b.CreateStore(word(0), Addr);
      b.CreateBr(Deleted);
      b.SetInsertPoint(Deleted);
      break;
    }
    // Not bound in the module: a name set dynamically, the builtin of that
    // name (resolved here, so the runtime needs no table of builtins), or
    // a NameError.
    Value *Builtin = word(0);
    if (const sema::BuiltinInfo *B = sema::findBuiltin("", Name)) {
      StringRef Symbol = StringRef(B->kind) == "constant"
                             ? StringRef(B->constValue)
                             : StringRef(B->symbol);
      if (!Symbol.empty())
        Builtin = asWord(runtimeGlobal(Symbol));
    }
    Value *F = callChecked("adder_global_fallback",
                           {asWord(G.object), asWord(strObject(Name)), Builtin});
    BasicBlock *MissingEnd = b.GetInsertBlock();
    b.CreateBr(Join);
    b.SetInsertPoint(Join);
    PHINode *P = b.CreatePHI(wordTy, 2);
    P->addIncoming(V, Start);
    P->addIncoming(F, MissingEnd);
    R = P;
    break;
  }
  case Opcode::CellNew:
    R = callChecked("adder_cell_new", {word(0)});
    break;
  case Opcode::CellGet: {
    Value *Addr = b.CreateConstGEP1_32(
        i8Ty, b.CreateIntToPtr(Op(0), ptrTy), wordBits / 8);
    Value *V = b.CreateLoad(wordTy, Addr);
    BasicBlock *Bad = BasicBlock::Create(ctx, "cell.unbound", fn);
    BasicBlock *Ok = BasicBlock::Create(ctx, "cell", fn);
    MDBuilder MD(ctx);
    b.CreateCondBr(b.CreateICmpEQ(V, word(0)), Bad, Ok,
                   MD.createUnlikelyBranchWeights());
    b.SetInsertPoint(Bad);
    // A free variable's cell comes from the closure; a local's (shared
    // with nested functions) from a local.
    ir::Value *From = I.operands[0];
    bool Free = From->kind == ir::Value::Kind::Instr &&
                static_cast<ir::Instr *>(From)->op == ir::Opcode::ClosureCell;
    callRuntime(Free ? "adder_raise_unbound_free" : "adder_raise_unbound_local",
                {asWord(strObject(I.attr))});
    raiseNow();
    b.CreateUnreachable();
    b.SetInsertPoint(Ok);
    R = V;
    break;
  }
  case Opcode::CellSet:
    b.CreateStore(Op(1), b.CreateConstGEP1_32(
                             i8Ty, b.CreateIntToPtr(Op(0), ptrTy), wordBits / 8));
    break;
  case Opcode::ClosureCell: {
    // A generator's body reads the closure of the function that made it.
    Value *Self = fn->getArg(0);
    if (irFn->generatorResume)
      Self = callRuntime("adder_generator_function", {Self});
    R = callRuntime("adder_function_closure",
                    {Self, ConstantInt::get(i32Ty, std::stoul(I.attr))});
    break;
  }
  case Opcode::GenNew:
    R = lowerGenNew(I);
    break;
  case Opcode::Yield:
    lowerYield(I);
    break;
  case Opcode::YieldValue:
    // The sent value is the resume function's argument; the freeze keeps a
    // use after a later yield visible as a dominance error.
    R = b.CreateFreeze(fn->getArg(1));
    break;
  case Opcode::YieldFromSend:
    lowerYieldFromSend(I);
    return error.empty();
  case Opcode::BoxFloat:
    R = callChecked("adder_box_float", {Op(0)});
    break;
  case Opcode::BoxBool:
    R = boxedBool(Op(0));
    break;
  case Opcode::UnboxFloat:
    R = unboxFloat(Op(0));
    break;
  case Opcode::Cast:
    R = Op(0);
    break;
  case Opcode::Narrow: {
    Value *Ok = typeCheck(Op(0), I.type);
    BasicBlock *Bad = BasicBlock::Create(ctx, "narrow.bad", fn);
    BasicBlock *Good = BasicBlock::Create(ctx, "narrow", fn);
    b.CreateCondBr(Ok, Good, Bad);
    b.SetInsertPoint(Bad);
    callRuntime("adder_raise_argument_type",
                {cString(irFn->codeName), cString(I.attr),
                 cString(ir::typeName(I.type)), Op(0)});
    raiseNow();
    b.CreateUnreachable();
    b.SetInsertPoint(Good);
    R = Op(0);
    if (I.type == ir::Type::Float)
      R = unboxFloat(R);
    else if (I.type == ir::Type::Bool)
      R = b.CreateICmpEQ(R, asWord(runtimeGlobal("adder_true")));
    break;
  }
  case Opcode::IntBinary:
    R = intBinary(I);
    break;
  case Opcode::IntTrueDiv: {
    Value *A = Op(0), *B = Op(1);
    // Ints below 2**53 convert exactly, so the division rounds correctly.
    Value *Limit = word(uint64_t(1) << 54);
    auto Small = [&](Value *V) {
      Value *Abs = b.CreateSelect(b.CreateICmpSLT(V, word(0)),
                                  b.CreateNeg(V), V);
      return b.CreateICmpULT(Abs, Limit);
    };
    Value *Fast = b.CreateAnd(b.CreateAnd(bothTagged(A, B),
                                          b.CreateICmpNE(B, word(1))),
                              b.CreateAnd(Small(A), Small(B)));
    BasicBlock *FastB = BasicBlock::Create(ctx, "div.fast", fn);
    BasicBlock *SlowB = BasicBlock::Create(ctx, "div.slow", fn);
    BasicBlock *Join = BasicBlock::Create(ctx, "div.done", fn);
    b.CreateCondBr(Fast, FastB, SlowB,
                   MDBuilder(ctx).createLikelyBranchWeights());
    b.SetInsertPoint(FastB);
    Value *Q = b.CreateFDiv(b.CreateSIToFP(untag(A), doubleTy),
                            b.CreateSIToFP(untag(B), doubleTy));
    b.CreateBr(Join);
    b.SetInsertPoint(SlowB);
    Value *S = callChecked("adder_int_truediv", {A, B});
    BasicBlock *SlowEnd = b.GetInsertBlock();
    b.CreateBr(Join);
    b.SetInsertPoint(Join);
    PHINode *P = b.CreatePHI(doubleTy, 2);
    P->addIncoming(Q, FastB);
    P->addIncoming(S, SlowEnd);
    R = P;
    break;
  }
  case Opcode::IntUnary:
    R = intUnary(I);
    break;
  case Opcode::IntCompare:
    R = intCompare(I);
    break;
  case Opcode::IntToFloat: {
    Value *A = Op(0);
    BasicBlock *FastB = BasicBlock::Create(ctx, "tofloat.fast", fn);
    BasicBlock *SlowB = BasicBlock::Create(ctx, "tofloat.slow", fn);
    BasicBlock *Join = BasicBlock::Create(ctx, "tofloat.done", fn);
    b.CreateCondBr(isTagged(A), FastB, SlowB,
                   MDBuilder(ctx).createLikelyBranchWeights());
    b.SetInsertPoint(FastB);
    Value *F = b.CreateSIToFP(untag(A), doubleTy);
    b.CreateBr(Join);
    b.SetInsertPoint(SlowB);
    Value *S = callChecked("adder_int_to_float", {A});
    BasicBlock *SlowEnd = b.GetInsertBlock();
    b.CreateBr(Join);
    b.SetInsertPoint(Join);
    PHINode *P = b.CreatePHI(doubleTy, 2);
    P->addIncoming(F, FastB);
    P->addIncoming(S, SlowEnd);
    R = P;
    break;
  }
  case Opcode::BoolToInt:
    R = b.CreateSelect(Op(0), taggedInt(1), taggedInt(0));
    break;
  case Opcode::IntTruthy:
    R = b.CreateICmpNE(Op(0), taggedInt(0));
    break;
  case Opcode::FloatBinary:
    R = floatBinary(I);
    break;
  case Opcode::FloatUnary:
    if (I.attr == "abs")
      R = b.CreateUnaryIntrinsic(Intrinsic::fabs, Op(0));
    else
      R = b.CreateFNeg(Op(0));
    break;
  case Opcode::FloatCompare: {
    StringRef P = I.attr;
    CmpInst::Predicate Pred = P == "lt"   ? CmpInst::FCMP_OLT
                              : P == "le" ? CmpInst::FCMP_OLE
                              : P == "gt" ? CmpInst::FCMP_OGT
                              : P == "ge" ? CmpInst::FCMP_OGE
                              : P == "eq" ? CmpInst::FCMP_OEQ
                                          : CmpInst::FCMP_UNE;
    R = b.CreateFCmp(Pred, Op(0), Op(1));
    break;
  }
  case Opcode::FloatTruthy:
    R = b.CreateFCmpUNE(Op(0), ConstantFP::get(doubleTy, 0.0));
    break;
  case Opcode::BoolNot:
    R = b.CreateNot(Op(0));
    break;
  case Opcode::IntIsSmall:
    R = isTagged(Op(0));
    break;
  case Opcode::IndexFromInt:
    R = untag(Op(0));
    break;
  case Opcode::IndexToInt:
    // A small int by construction: the shift cannot overflow.
    R = b.CreateOr(b.CreateShl(Op(0), 1, "", /*HasNUW=*/false,
                               /*HasNSW=*/true),
                   1);
    break;
  case Opcode::IndexBinary:
    R = indexBinary(I);
    break;
  case Opcode::IndexCompare:
    R = b.CreateICmp(signedPredicate(I.attr), Op(0), Op(1));
    break;
  case Opcode::IsSame: {
    // Unboxed floats are the same object when their bits are (x is x).
    Value *A = Op(0), *B = Op(1);
    if (A->getType()->isDoubleTy()) {
      A = b.CreateBitCast(A, b.getInt64Ty());
      B = b.CreateBitCast(B, b.getInt64Ty());
    }
    R = b.CreateICmpEQ(A, B);
    break;
  }
  case Opcode::ObjBinary:
    R = callChecked("adder_binary", {Op(0), Op(1),
                                     ConstantInt::get(i32Ty, binaryOpIndex(I.attr))});
    break;
  case Opcode::ObjInplace:
    R = callChecked("adder_inplace", {Op(0), Op(1),
                                      ConstantInt::get(i32Ty, binaryOpIndex(I.attr))});
    break;
  case Opcode::ObjUnary: {
    unsigned Index = I.attr == "neg" ? 0 : I.attr == "pos" ? 1 : 2;
    R = callChecked("adder_unary", {Op(0), ConstantInt::get(i32Ty, Index)});
    break;
  }
  case Opcode::ObjCompare:
    R = callChecked("adder_compare",
                    {Op(0), Op(1), ConstantInt::get(i32Ty, compareOpIndex(I.attr))});
    break;
  case Opcode::ObjCompareBool: {
    Value *C = callChecked("adder_compare_bool",
                           {Op(0), Op(1),
                            ConstantInt::get(i32Ty, compareOpIndex(I.attr))});
    R = b.CreateICmpNE(C, Constant::getNullValue(C->getType()));
    break;
  }
  case Opcode::ObjTruthy: {
    Value *C = callChecked("adder_truthy", {Op(0)});
    R = b.CreateICmpNE(C, Constant::getNullValue(C->getType()));
    break;
  }
  case Opcode::ObjContains: {
    Value *C = callChecked("adder_contains", {Op(0), Op(1)});
    R = b.CreateICmpNE(C, Constant::getNullValue(C->getType()));
    break;
  }
  case Opcode::ObjGetAttr:
    R = callChecked("adder_getattr", {Op(0), asWord(strObject(I.attr))});
    break;
  case Opcode::ObjSetAttr:
    callChecked("adder_setattr", {Op(0), asWord(strObject(I.attr)), Op(1)});
    break;
  case Opcode::ObjDelAttr:
    callChecked("adder_delattr", {Op(0), asWord(strObject(I.attr))});
    break;
  case Opcode::ObjGetItem:
    R = callChecked("adder_getitem", {Op(0), Op(1)});
    break;
  case Opcode::ObjSetItem:
    callChecked("adder_setitem", {Op(0), Op(1), Op(2)});
    break;
  case Opcode::ObjDelItem:
    callChecked("adder_delitem", {Op(0), Op(1)});
    break;
  case Opcode::ObjIter:
    R = callChecked("adder_iter", {Op(0)});
    break;
  case Opcode::ObjCall: {
    SmallVector<StringRef, 4> Names;
    if (!I.attr.empty())
      StringRef(I.attr).split(Names, ',');
    unsigned NArgs = unsigned(I.operands.size() - 1);
    AllocaInst *Arr = entryAlloca(wordTy, NArgs, "callargs");
    for (unsigned K = 0; K < NArgs; ++K)
      b.CreateStore(Op(K + 1), b.CreateConstGEP1_32(wordTy, Arr, K));
    Value *Kw = Names.empty() ? static_cast<Value *>(word(0))
                              : kwNamesTuple(I.attr);
    R = callChecked("adder_call",
                    {Op(0), Arr, word(NArgs - Names.size()), Kw});
    break;
  }
  case Opcode::ObjCallMethod: {
    // The receiver goes in slot 0 of the argument array; when there is
    // none (a bound attribute) the call starts at slot 1.
    SmallVector<StringRef, 4> Names;
    if (!I.attr.empty())
      StringRef(I.attr).split(Names, ',');
    unsigned NArgs = unsigned(I.operands.size() - 2);
    AllocaInst *Arr = entryAlloca(wordTy, NArgs + 1, "callargs");
    b.CreateStore(Op(1), Arr);
    for (unsigned K = 0; K < NArgs; ++K)
      b.CreateStore(Op(K + 2), b.CreateConstGEP1_32(wordTy, Arr, K + 1));
    Value *HasSelf = b.CreateICmpNE(Op(1), word(0));
    Value *Args =
        b.CreateSelect(HasSelf, Arr, b.CreateConstGEP1_32(wordTy, Arr, 1));
    uint64_t NPos = NArgs - Names.size();
    Value *Argc = b.CreateSelect(HasSelf, word(NPos + 1), word(NPos));
    Value *Kw = Names.empty() ? static_cast<Value *>(word(0))
                              : kwNamesTuple(I.attr);
    R = callChecked("adder_call", {Op(0), Args, Argc, Kw});
    break;
  }
  case Opcode::Call: {
    const ir::Function *Callee = program.findFunction(I.attr);
    Function *F = typed.lookup(Callee);
    SmallVector<Value *, 8> Args;
    for (unsigned K = 0; K < I.operands.size(); ++K)
      Args.push_back(Op(K));
    CallInst *C = b.CreateCall(F, typedArgs(F, Args));
    if (ir::isWord(Callee->returnType))
      errorIf(b.CreateICmpEQ(C, word(0)));
    else if (Callee->returnType == ir::Type::Float)
      errorIfNaNAndPending(C);
    else
      errorIf(pendingIsSet());
    R = C->getType()->isVoidTy() ? nullptr : C;
    break;
  }
  case Opcode::RtCall: {
    SmallVector<Value *, 8> Args;
    for (unsigned K = 0; K < I.operands.size(); ++K)
      Args.push_back(Op(K));
    R = callChecked(I.attr, Args);
    if (I.type == ir::Type::Void)
      R = nullptr;
    else if (R && R->getType() != llvmType(I.type) &&
             R->getType()->isIntegerTy() && llvmType(I.type)->isIntegerTy())
      R = b.CreateZExtOrTrunc(R, llvmType(I.type));
    break;
  }
  case Opcode::Br:
    b.CreateBr(blocks.lookup(I.successors[0]));
    break;
  case Opcode::CondBr:
    b.CreateCondBr(Op(0), blocks.lookup(I.successors[0]),
                   blocks.lookup(I.successors[1]));
    break;
  case Opcode::Ret:
    if (I.operands.empty() || fn->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(Op(0));
    break;
  case Opcode::IterNext: {
    Value *X = callRuntime("adder_next", {Op(0)});
    BasicBlock *Got = BasicBlock::Create(ctx, "next.item", fn);
    BasicBlock *End = BasicBlock::Create(ctx, "next.end", fn);
    b.CreateCondBr(b.CreateICmpNE(X, word(0)), Got, End);
    b.SetInsertPoint(End);
    errorIf(pendingIsSet());
    b.CreateBr(blocks.lookup(I.successors[1]));
    b.SetInsertPoint(Got);
    values[&I] = X;
    b.CreateBr(blocks.lookup(I.successors[0]));
    return true;
  }
  case Opcode::Raise:
    callRuntime("adder_raise",
                {Op(0), I.operands.size() > 1 ? Op(1) : word(0)});
    raiseNow();
    b.CreateUnreachable();
    break;
  case Opcode::Reraise:
    callRuntime("adder_reraise", {Op(0)});
    reraiseNow();
    b.CreateUnreachable();
    break;
  case Opcode::Unreachable:
    b.CreateUnreachable();
    break;
  case Opcode::ExcTake: {
    Constant *Slot = runtimeGlobal("adder_pending_exception");
    LoadInst *E = b.CreateLoad(ptrTy, Slot);
    E->setMetadata(LLVMContext::MD_tbaa, pointerAccessTag());
    b.CreateStore(ConstantPointerNull::get(ptrTy), Slot)
        ->setMetadata(LLVMContext::MD_tbaa, pointerAccessTag());
    R = b.CreatePtrToInt(E, wordTy);
    break;
  }
  case Opcode::ExcGetHandled:
    R = b.CreatePtrToInt(
        b.CreateLoad(ptrTy, runtimeGlobal("adder_handled_exception")), wordTy);
    break;
  case Opcode::ExcSetHandled:
    b.CreateStore(b.CreateIntToPtr(Op(0), ptrTy),
                  runtimeGlobal("adder_handled_exception"));
    break;
  case Opcode::ExcMatches: {
    Value *C = callChecked("adder_exc_matches", {Op(0), Op(1)});
    R = b.CreateICmpNE(C, Constant::getNullValue(C->getType()));
    break;
  }
  case Opcode::StackCheck: {
    Function *FA = Intrinsic::getDeclaration(&module, Intrinsic::frameaddress,
                                             {ptrTy});
    Value *Frame = b.CreatePtrToInt(
        b.CreateCall(FA, {ConstantInt::get(i32Ty, 0)}), wordTy);
    // Set once at startup, before any compiled code runs: invariant, so a
    // check inlined into a loop is hoisted out of it.
    LoadInst *Limit =
        b.CreateLoad(wordTy, runtimeGlobal("adder_stack_limit"));
    Limit->setMetadata(LLVMContext::MD_invariant_load, MDNode::get(ctx, {}));
    BasicBlock *Deep = BasicBlock::Create(ctx, "stack.overflow", fn);
    BasicBlock *Ok = BasicBlock::Create(ctx, "stack.ok", fn);
    MDBuilder MD(ctx);
    b.CreateCondBr(b.CreateICmpULT(Frame, Limit), Deep, Ok,
                   MD.createUnlikelyBranchWeights());
    b.SetInsertPoint(Deep);
    callRuntime("adder_raise_recursion_error", {});
    // No traceback entry for a frame that was never entered: the caller's
    // call site adds the innermost one, as in CPython.
    reraiseNow();
    b.CreateUnreachable();
    b.SetInsertPoint(Ok);
    break;
  }
  }
  if (R)
    values[&I] = R;
  return error.empty();
}

bool Lowering::lowerFunction(const ir::Function *F) {
  irFn = F;
  fn = typed.lookup(F);
  blocks.clear();
  values.clear();
  locals.clear();
  boundFlags.clear();
  landings.clear();
  failBlock = nullptr;
  allocaBlock = BasicBlock::Create(ctx, "allocas", fn);
  for (auto &B : F->blocks)
    blocks[B.get()] = BasicBlock::Create(ctx, B->name, fn);
  b.SetInsertPoint(allocaBlock);
  for (size_t I = 0; I < F->params.size(); ++I) {
    Argument *A = fn->getArg(unsigned(I));
    A->setName(F->params[I]->name);
    values[F->params[I].get()] =
        A->getType()->isPointerTy() ? b.CreatePtrToInt(A, wordTy) : A;
  }
  for (const ir::Local &L : F->locals) {
    Type *T = llvmType(L.type);
    AllocaInst *A = b.CreateAlloca(T, nullptr, L.name);
    locals[L.name] = A;
    if (ir::isWord(L.type)) {
      b.CreateStore(word(0), A); // 0: unbound
    } else {
      AllocaInst *Flag = b.CreateAlloca(i1Ty, nullptr, L.name + ".bound");
      b.CreateStore(ConstantInt::getFalse(ctx), Flag);
      boundFlags[L.name] = Flag;
    }
  }
  if (F->generatorResume)
    beginResume();
  for (auto &B : F->blocks) {
    irBlock = B.get();
    b.SetInsertPoint(blocks.lookup(B.get()));
    for (auto &I : B->instrs)
      if (!lowerInstr(*I))
        return false;
    // Code emitted after a terminator lands in an unreachable block.
    if (!b.GetInsertBlock()->getTerminator())
      b.CreateUnreachable();
  }
  b.SetInsertPoint(allocaBlock);
  if (F->generatorResume)
    dispatchResume();
  else
    b.CreateBr(blocks.lookup(F->blocks.front().get()));
  // Remove blocks left without predecessors by raise/reraise lowering.
  for (BasicBlock &BB : llvm::make_early_inc_range(*fn))
    if (&BB != &fn->getEntryBlock() && pred_empty(&BB) && BB.size() == 1 &&
        isa<UnreachableInst>(BB.front()))
      BB.eraseFromParent();
  return error.empty();
}
