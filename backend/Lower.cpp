//===- Lower.cpp - IR to LLVM: module-level objects and entries -----------===//
//
// Everything a program needs besides its function bodies: static objects
// for constants (str, big ints, keyword-name tuples) laid out exactly as
// the runtime's structs in Objects.h, one module object and slot array per
// Python module, a Signature and a CodeInfo per function, generic entries
// for dynamic calls, import functions that run a module body once, and
// adder_program_main.
//
//===----------------------------------------------------------------------===//

#include "LowerImpl.h"
#include "RuntimeFacts.h"

#include "adder/sema/Program.h"

#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace adder;
using namespace adder::backend;
using namespace llvm;

unsigned adder::backend::binaryOpIndex(StringRef Name) {
  static const char *const Names[] = {"add",      "sub",    "mul",    "matmul",
                                      "truediv",  "floordiv", "mod",  "pow",
                                      "lshift",   "rshift", "and",    "or",
                                      "xor"};
  for (unsigned I = 0; I < sizeof(Names) / sizeof(Names[0]); ++I)
    if (Name == Names[I])
      return I;
  return 0;
}

unsigned adder::backend::compareOpIndex(StringRef Name) {
  static const char *const Names[] = {"lt", "le", "eq", "ne", "gt", "ge"};
  for (unsigned I = 0; I < 6; ++I)
    if (Name == Names[I])
      return I;
  return 2;
}

std::unique_ptr<Module> adder::backend::loadRuntime(LLVMContext &Context,
                                                    const std::string &Path,
                                                    std::string &Error,
                                                    bool Lazy) {
  auto Buf = MemoryBuffer::getFile(Path);
  if (!Buf) {
    Error = "cannot read the runtime bitcode " + Path + ": " +
            Buf.getError().message();
    return nullptr;
  }
  auto M = Lazy ? getOwningLazyBitcodeModule(std::move(*Buf), Context)
                : parseBitcodeFile((*Buf)->getMemBufferRef(), Context);
  if (!M) {
    Error = "invalid runtime bitcode " + Path + ": " + toString(M.takeError());
    return nullptr;
  }
  return std::move(*M);
}

Lowering::Lowering(const ir::Module &P, Module &M, const LowerOptions &O)
    : program(P), module(M), options(O), ctx(M.getContext()), b(ctx) {
  wordBits = M.getDataLayout().getPointerSizeInBits();
  wordTy = IntegerType::get(ctx, wordBits);
  i32Ty = Type::getInt32Ty(ctx);
  i16Ty = Type::getInt16Ty(ctx);
  i8Ty = Type::getInt8Ty(ctx);
  i1Ty = Type::getInt1Ty(ctx);
  doubleTy = Type::getDoubleTy(ctx);
  ptrTy = PointerType::get(ctx, 0);
  RuntimeLayout Layout;
  if (readLayout(M, Layout)) {
    listSize = Layout.listSize;
    listAlign = Layout.listAlign;
  }
}

Type *Lowering::llvmType(ir::Type T) {
  switch (T) {
  case ir::Type::Void: return Type::getVoidTy(ctx);
  case ir::Type::Bool: return i1Ty;
  case ir::Type::Float: return doubleTy;
  case ir::Type::I32: return i32Ty;
  case ir::Type::Ptr: return ptrTy;
  default: return wordTy;
  }
}

Function *Lowering::runtimeFunction(StringRef Name) {
  Function *F = module.getFunction(Name);
  if (!F) {
    fail("the runtime has no function '" + Name + "'");
    return nullptr;
  }
  std::string Why;
  if (const sema::RuntimeFunctionInfo *Info = sema::findRuntimeFunction(Name))
    if (!checkRuntimeFunction(*F, *Info, Why))
      fail(Why);
  return F;
}

Constant *Lowering::runtimeGlobal(StringRef Name) {
  if (GlobalVariable *G = module.getGlobalVariable(Name, true))
    return G;
  if (Function *F = module.getFunction(Name))
    return F;
  fail("the runtime has no object '" + Name + "'");
  return ConstantPointerNull::get(ptrTy);
}

Constant *Lowering::cString(StringRef S) {
  Constant *&C = cStrings[S];
  if (!C) {
    auto *G = new GlobalVariable(module, ArrayType::get(i8Ty, S.size() + 1),
                                 true, GlobalValue::PrivateLinkage,
                                 ConstantDataArray::getString(ctx, S),
                                 ".adder.cstr");
    G->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    C = G;
  }
  return C;
}

/// Tags a function the program defines. Compiled code never unwinds
/// (exceptions are return values, DESIGN.md decision 8); saying so keeps
/// indirect calls from making ARM EHABI tables that need libgcc's unwinder.
void Lowering::markProgramFunction(Function *F) {
  F->addFnAttr("adder.program");
  F->addFnAttr(Attribute::NoUnwind);
}

/// A cold function (ir::Function::cold) is left unoptimized: the
/// optimizer skips it and code generation selects its instructions fast.
void Lowering::markCold(Function *F) {
  F->removeFnAttr(SmallFunctionAttr);
  F->removeFnAttr(Attribute::OptimizeForSize);
  F->addFnAttr(Attribute::OptimizeNone);
  F->addFnAttr(Attribute::NoInline);
}

/// A private constant array of pointers to the C strings Strings.
GlobalVariable *Lowering::cStringArray(ArrayRef<StringRef> Strings,
                                       const Twine &Name) {
  std::vector<Constant *> Ptrs;
  for (StringRef S : Strings)
    Ptrs.push_back(cString(S));
  auto *Ty = ArrayType::get(ptrTy, Ptrs.size());
  return new GlobalVariable(module, Ty, true, GlobalValue::PrivateLinkage,
                            ConstantArray::get(Ty, Ptrs), Name);
}

/// The static ClassLayout of a layout.ref key ("a,b;c"): its base is the
/// layout of the key up to the last `;`, so a class and its subclasses
/// share the base's layout object, as the runtime's prefix check needs.
Constant *Lowering::classLayout(StringRef Key) {
  if (Constant *C = classLayouts.lookup(Key))
    return C;
  size_t Semi = Key.rfind(';');
  Constant *Base = Semi == StringRef::npos
                       ? ConstantPointerNull::get(cast<PointerType>(ptrTy))
                       : classLayout(Key.substr(0, Semi));
  SmallVector<StringRef, 8> Levels, Names;
  Key.split(Levels, ';');
  for (StringRef L : Levels)
    L.split(Names, ',', -1, false);
  GlobalVariable *NamesG = cStringArray(Names, ".adder.layout.names");
  // struct ClassLayout { const ClassLayout *base; u32 count; names }
  auto *STy = StructType::get(ctx, {ptrTy, i32Ty, ptrTy});
  auto *G = new GlobalVariable(
      module, STy, true, GlobalValue::PrivateLinkage,
      ConstantStruct::get(STy, {Base, ConstantInt::get(i32Ty, Names.size()),
                                NamesG}),
      ".adder.layout");
  classLayouts[Key] = G;
  return G;
}

/// A zeroed per-site cache of Words words (the runtime's AttrSiteCache or
/// MethodSiteCache).
Constant *Lowering::siteCache(unsigned Words) {
  auto *Ty = ArrayType::get(wordTy, Words);
  return new GlobalVariable(module, Ty, false, GlobalValue::InternalLinkage,
                            Constant::getNullValue(Ty), ".adder.sitecache");
}

namespace {
/// FNV-1a of the bytes, as the runtime's hashBytes (objects/Str.cpp).
int64_t strHash(StringRef S, unsigned WordBits) {
  uint64_t H = 14695981039346656037ull;
  for (unsigned char C : S)
    H = (H ^ C) * 1099511628211ull;
  int64_t R = WordBits == 64 ? int64_t(H) : int64_t(int32_t(uint32_t(H)));
  return R == -1 ? -2 : R;
}
} // namespace

Constant *Lowering::strObject(StringRef S) {
  Constant *&C = strObjects[S];
  if (C)
    return C;
  // struct Str { Object header; u32 length; u32 byteLength; SWord hash;
  //              u8 ascii; u8 interned; char data[]; }
  uint32_t Length = 0;
  bool Ascii = true;
  for (unsigned char Ch : S) {
    if ((Ch & 0xC0) != 0x80)
      ++Length;
    Ascii &= Ch < 0x80;
  }
  auto *Data = ConstantDataArray::getString(ctx, S);
  auto *STy = StructType::get(ctx, {ptrTy, i32Ty, i32Ty, wordTy, i8Ty, i8Ty,
                                    Data->getType()});
  auto *Init = ConstantStruct::get(
      STy, {runtimeGlobal("adder_type_str"), ConstantInt::get(i32Ty, Length),
            ConstantInt::get(i32Ty, S.size()),
            ConstantInt::get(wordTy, uint64_t(strHash(S, wordBits))),
            ConstantInt::get(i8Ty, Ascii), ConstantInt::get(i8Ty, 1), Data});
  auto *G = new GlobalVariable(module, STy, true, GlobalValue::PrivateLinkage,
                               Init, ".adder.str");
  G->setAlignment(Align(16));
  C = G;
  return C;
}

Constant *Lowering::bytesObject(StringRef S) {
  // struct Bytes { Object header; u32 size; SWord hash; char data[]; }
  auto *Data = ConstantDataArray::getString(ctx, S);
  auto *STy = StructType::get(ctx, {ptrTy, i32Ty, wordTy, Data->getType()});
  auto *Init = ConstantStruct::get(
      STy, {runtimeGlobal("adder_type_bytes"), ConstantInt::get(i32Ty, S.size()),
            ConstantInt::get(wordTy, uint64_t(-1)), Data});
  auto *G = new GlobalVariable(module, STy, true, GlobalValue::PrivateLinkage,
                               Init, ".adder.bytes");
  G->setAlignment(Align(16));
  return G;
}

Constant *Lowering::intConstant(StringRef Decimal) {
  // Small ints are tagged words.
  if (Decimal.size() < 19) {
    int64_t V = 0;
    Decimal.getAsInteger(10, V);
    if (V <= smallIntMax())
      return taggedInt(V);
  }
  Constant *&C = bigInts[Decimal];
  if (C)
    return C;
  // Decimal to little-endian 32-bit limbs.
  std::vector<uint32_t> Limbs{0};
  for (char Ch : Decimal) {
    uint64_t Carry = uint64_t(Ch - '0');
    for (uint32_t &L : Limbs) {
      uint64_t X = uint64_t(L) * 10 + Carry;
      L = uint32_t(X);
      Carry = X >> 32;
    }
    if (Carry)
      Limbs.push_back(uint32_t(Carry));
  }
  while (Limbs.size() > 1 && !Limbs.back())
    Limbs.pop_back();
  // struct BigInt { Object header; int32_t size; uint32_t limbs[]; }
  auto *LimbArray = ConstantDataArray::get(ctx, ArrayRef<uint32_t>(Limbs));
  auto *STy = StructType::get(ctx, {ptrTy, i32Ty, LimbArray->getType()});
  auto *Init = ConstantStruct::get(
      STy, {runtimeGlobal("adder_type_int"),
            ConstantInt::get(i32Ty, Limbs.size()), LimbArray});
  auto *G = new GlobalVariable(module, STy, true, GlobalValue::PrivateLinkage,
                               Init, ".adder.bigint");
  G->setAlignment(Align(16));
  C = asWord(G);
  return C;
}

Constant *Lowering::kwNamesTuple(StringRef CommaNames) {
  Constant *&C = kwTuples[CommaNames];
  if (C)
    return C;
  SmallVector<StringRef, 4> Names;
  CommaNames.split(Names, ',');
  std::vector<Constant *> Items;
  for (StringRef N : Names)
    Items.push_back(asWord(strObject(N)));
  // struct Tuple { Object header; u32 size; Value items[]; }
  auto *ItemsTy = ArrayType::get(wordTy, Items.size());
  auto *STy = StructType::get(ctx, {ptrTy, i32Ty, ItemsTy});
  auto *Init = ConstantStruct::get(
      STy, {runtimeGlobal("adder_type_tuple"),
            ConstantInt::get(i32Ty, Items.size()),
            ConstantArray::get(ItemsTy, Items)});
  auto *G = new GlobalVariable(module, STy, true, GlobalValue::PrivateLinkage,
                               Init, ".adder.kwnames");
  G->setAlignment(Align(16));
  C = asWord(G);
  return C;
}

GlobalVariable *Lowering::codeInfo(const ir::Function *F) {
  GlobalVariable *&G = codeInfos[F];
  if (!G) {
    auto *STy = StructType::get(ctx, {ptrTy, ptrTy});
    G = new GlobalVariable(
        module, STy, true, GlobalValue::PrivateLinkage,
        ConstantStruct::get(STy, {cString(F->pyModule ? F->pyModule->file : ""),
                                  cString(F->codeName)}),
        ".adder.code");
  }
  return G;
}

GlobalVariable *Lowering::signature(const ir::Function *F) {
  GlobalVariable *&G = signatures[F];
  if (G)
    return G;
  const ir::PySignature &S = *F->signature;
  SmallVector<StringRef, 8> Names(S.names.begin(), S.names.end());
  SmallVector<StringRef, 4> Free(S.freeVars.begin(), S.freeVars.end());
  GlobalVariable *NamesG = cStringArray(Names, ".adder.names");
  GlobalVariable *FreeG = cStringArray(Free, ".adder.freevars");
  // struct Signature { name, qualname, code, u16 posOnly, u16 positional,
  //                    u16 kwOnly, u8 hasVarArgs, u8 hasVarKeywords, names,
  //                    doc, freeVars, u32 freeCount }
  auto *STy = StructType::get(ctx, {ptrTy, ptrTy, ptrTy, i16Ty, i16Ty, i16Ty,
                                    i8Ty, i8Ty, ptrTy, ptrTy, ptrTy, i32Ty});
  Constant *Doc = S.doc ? cString(*S.doc)
                        : ConstantPointerNull::get(cast<PointerType>(ptrTy));
  G = new GlobalVariable(
      module, STy, true, GlobalValue::PrivateLinkage,
      ConstantStruct::get(
          STy, {cString(S.name), cString(S.qualname), codeInfo(F),
                ConstantInt::get(i16Ty, S.posOnly),
                ConstantInt::get(i16Ty, S.positional),
                ConstantInt::get(i16Ty, S.kwOnly),
                ConstantInt::get(i8Ty, S.varArgs),
                ConstantInt::get(i8Ty, S.varKeywords), NamesG, Doc, FreeG,
                ConstantInt::get(i32Ty, Free.size())}),
      ".adder.sig");
  return G;
}

void Lowering::declareModule(const ir::PyModule *M) {
  ModuleGlobals &G = modules[M];
  size_t N = M->slots.size();
  auto *SlotsTy = ArrayType::get(wordTy, N);
  G.slots = new GlobalVariable(module, SlotsTy, false,
                               GlobalValue::InternalLinkage,
                               Constant::getNullValue(SlotsTy),
                               M->name + ".slots");
  SmallVector<StringRef, 16> Names(M->slots.begin(), M->slots.end());
  GlobalVariable *NamesG = cStringArray(Names, M->name + ".names");
  // struct Module { Object header; Value name; u32 count; names; slots;
  //                 Dict *extra; const NativeModuleDef *native;
  //                 const char *file; Module *nextImported; u32 state; }
  // __file__ is absolute, as CPython makes sys.path[0].
  SmallString<256> File(M->file);
  sys::fs::make_absolute(File);
  sys::path::remove_dots(File, /*remove_dot_dot=*/true);
  auto *STy = StructType::get(ctx, {ptrTy, wordTy, i32Ty, ptrTy, ptrTy, ptrTy,
                                    ptrTy, ptrTy, ptrTy, i32Ty});
  G.object = new GlobalVariable(
      module, STy, false, GlobalValue::InternalLinkage,
      ConstantStruct::get(STy,
                          {runtimeGlobal("adder_type_module"),
                           asWord(strObject(M->name)),
                           ConstantInt::get(i32Ty, N), NamesG, G.slots,
                           ConstantPointerNull::get(ptrTy), // extra
                           ConstantPointerNull::get(ptrTy), // native
                           cString(File.str()),
                           ConstantPointerNull::get(ptrTy), // nextImported
                           ConstantInt::get(i32Ty, 0)}),    // state
      M->name + ".module");
  G.object->setAlignment(Align(16));
  G.import = Function::Create(FunctionType::get(wordTy, false),
                              GlobalValue::InternalLinkage,
                              M->name + ".$import", module);
  markProgramFunction(G.import);
  // Runs once per module, so inlining gains nothing; kept apart, its
  // symbol marks where a module's import starts (bench/boot_cost.py).
  G.import->addFnAttr(Attribute::NoInline);
}

/// module.import, CPython's _find_and_load for one compiled module:
///
///   if state is initializing or initialized: return the module
///   import the parent package first (it may import this module)
///   adder_module_init; run the body
///   on error: adder_module_failed, return 0
///   adder_module_done, or adder_submodule_done (the module becomes an
///   attribute of its parent)
void Lowering::defineImport(const ir::PyModule *M) {
  ModuleGlobals &G = modules[M];
  const ir::PyModule *Parent = nullptr;
  size_t Dot = StringRef(M->name).rfind('.');
  if (Dot != StringRef::npos)
    Parent = program.findPyModule(M->name.substr(0, Dot));
  auto *StateTy = G.object->getValueType();
  auto Imported = [&] {
    Value *State = b.CreateLoad(i32Ty, b.CreateStructGEP(StateTy, G.object, 9));
    // Initializing (1) or initialized (2).
    return b.CreateICmpULT(b.CreateSub(State, ConstantInt::get(i32Ty, 1)),
                           ConstantInt::get(i32Ty, 2));
  };
  auto Call = [&](StringRef Name, ArrayRef<Value *> Args) {
    Function *F = runtimeFunction(Name);
    CallInst *C = b.CreateCall(F, Args);
    C->setCallingConv(F->getCallingConv());
    return C;
  };
  BasicBlock *Entry = BasicBlock::Create(ctx, "entry", G.import);
  BasicBlock *Run = BasicBlock::Create(ctx, "run", G.import);
  BasicBlock *Done = BasicBlock::Create(ctx, "done", G.import);
  BasicBlock *Failed = BasicBlock::Create(ctx, "failed", G.import);
  BasicBlock *BodyFailed = BasicBlock::Create(ctx, "body.failed", G.import);
  b.SetInsertPoint(Entry);
  if (Parent) {
    BasicBlock *ImportParent =
        BasicBlock::Create(ctx, "import.parent", G.import);
    BasicBlock *ParentDone = BasicBlock::Create(ctx, "parent.done", G.import);
    b.CreateCondBr(Imported(), Done, ImportParent);
    b.SetInsertPoint(ImportParent);
    CallInst *P = b.CreateCall(modules[Parent].import, {});
    b.CreateCondBr(b.CreateICmpEQ(P, word(0)), Failed, ParentDone);
    b.SetInsertPoint(ParentDone);
  }
  b.CreateCondBr(Imported(), Done, Run);
  b.SetInsertPoint(Run);
  BasicBlock *RunBody = BasicBlock::Create(ctx, "body", G.import);
  b.CreateCondBr(b.CreateICmpSLT(Call("adder_module_init", {G.object}),
                                 ConstantInt::get(i32Ty, 0)),
                 Failed, RunBody);
  b.SetInsertPoint(RunBody);
  Function *Body = typed.lookup(M->init);
  CallInst *R = b.CreateCall(Body, {});
  BasicBlock *Finish = BasicBlock::Create(ctx, "finish", G.import);
  b.CreateCondBr(b.CreateICmpEQ(R, word(0)), BodyFailed, Finish);
  b.SetInsertPoint(Finish);
  // Only a submodule needs the attribute machinery, so only it reaches it.
  CallInst *Finished =
      Parent ? Call("adder_submodule_done", {G.object, modules[Parent].object})
             : Call("adder_module_done", {G.object});
  b.CreateCondBr(b.CreateICmpSLT(Finished, ConstantInt::get(i32Ty, 0)), Failed,
                 Done);
  b.SetInsertPoint(BodyFailed);
  Call("adder_module_failed", {G.object});
  b.CreateBr(Failed);
  b.SetInsertPoint(Failed);
  b.CreateRet(word(0));
  b.SetInsertPoint(Done);
  b.CreateRet(asWord(G.object));
}

/// A function of one block and a few instructions that does not call
/// itself (spectral_norm's eval_a): inlined into every typed caller, where
/// the caller's facts (a loop index is a small int) fold its int checks.
/// The slow paths' calls would otherwise push it over the inline budget.
static bool isSmallLeaf(const ir::Function *F) {
  constexpr size_t MaxInstrs = 48;
  if (F->blocks.size() != 1 || F->generatorResume ||
      F->blocks.front()->instrs.size() > MaxInstrs)
    return false;
  for (auto &I : F->blocks.front()->instrs)
    if (I->op == ir::Opcode::Call && I->attr == F->name)
      return false;
  return true;
}

bool Lowering::listByPointer(const ir::Function *F, ir::Type T) const {
  // A resumable generator body is called by the runtime, with words.
  return T == ir::Type::List && listSize && !F->generatorResume;
}

void Lowering::declareFunction(const ir::Function *F) {
  std::vector<Type *> Params;
  for (auto &P : F->params)
    Params.push_back(listByPointer(F, P->type) ? ptrTy : llvmType(P->type));
  auto *FTy = FunctionType::get(llvmType(F->returnType), Params, false);
  Function *Fn =
      Function::Create(FTy, GlobalValue::InternalLinkage, F->name, module);
  // A typed list parameter is a list object for the whole call: LLVM may
  // load its header anywhere, so loops load it once (FastLoops.cpp).
  for (unsigned I = 0; I < Params.size(); ++I)
    if (Params[I] == ptrTy) {
      Fn->addParamAttr(I, Attribute::NoUndef);
      Fn->addParamAttr(I, Attribute::NonNull);
      Fn->addDereferenceableParamAttr(I, listSize);
      Fn->addParamAttr(I, Attribute::getWithAlignment(ctx, Align(listAlign)));
    }
  markProgramFunction(Fn);
  // Optimize.cpp decides where small functions are inlined.
  if (isSmallLeaf(F))
    Fn->addFnAttr(SmallFunctionAttr);
  // A module body runs once: its often long straight-line code is not
  // worth speed-oriented inlining, which would cost compile time and
  // flash. Its loops are still optimized.
  if (F->codeName == "<module>")
    Fn->addFnAttr(Attribute::OptimizeForSize);
  if (F->cold)
    markCold(Fn);
  typed[F] = Fn;
  if (F->signature) {
    // Value entry(Value Self, const Value *Args)
    auto *GTy = FunctionType::get(wordTy, {wordTy, ptrTy}, false);
    Function *G = Function::Create(GTy, GlobalValue::InternalLinkage,
                                   F->name + "$generic", module);
    markProgramFunction(G);
    if (F->cold)
      markCold(G);
    generic[F] = G;
  }
}

/// The generic entry: arguments arrive bound and boxed; each is checked
/// against the typed entry's parameter type (a mismatch can only come from
/// a call sema could not see) and converted, and the result is boxed.
bool Lowering::defineGenericEntry(const ir::Function *F) {
  Function *G = generic.lookup(F);
  Function *T = typed.lookup(F);
  irFn = F;
  fn = G;
  landings.clear();
  failBlock = nullptr;
  BasicBlock *Entry = BasicBlock::Create(ctx, "entry", G);
  allocaBlock = Entry;
  b.SetInsertPoint(Entry);
  Value *Self = G->getArg(0);
  Value *Args = G->getArg(1);
  std::vector<Value *> CallArgs;
  unsigned First = 0;
  if (F->takesSelf) {
    CallArgs.push_back(Self);
    First = 1;
  }
  for (size_t I = First; I < F->params.size(); ++I) {
    Value *A = b.CreateLoad(
        wordTy, b.CreateConstGEP1_32(wordTy, Args, unsigned(I - First)));
    ir::Type PT = F->params[I]->type;
    if (PT != ir::Type::Object) {
      Value *Ok = typeCheck(A, PT);
      BasicBlock *Bad = BasicBlock::Create(ctx, "badarg", G);
      BasicBlock *Good = BasicBlock::Create(ctx, "arg", G);
      b.CreateCondBr(Ok, Good, Bad);
      b.SetInsertPoint(Bad);
      canRaise = true;
      Function *Raise = runtimeFunction("adder_raise_argument_type");
      if (!Raise)
        return false;
      b.CreateCall(Raise, {cString(F->signature->qualname),
                           cString(F->params[I]->name),
                           cString(ir::typeName(PT)), A})
          ->setCallingConv(Raise->getCallingConv());
      b.CreateRet(word(0));
      b.SetInsertPoint(Good);
      if (PT == ir::Type::Float)
        A = unboxFloat(A);
      else if (PT == ir::Type::Bool)
        A = b.CreateICmpEQ(A, asWord(runtimeGlobal("adder_true")));
    }
    CallArgs.push_back(A);
  }
  CallInst *R = b.CreateCall(T, typedArgs(T, CallArgs));
  Value *Result = R;
  switch (F->returnType) {
  case ir::Type::Float: {
    Value *Pending = pendingIsSet();
    BasicBlock *Err = BasicBlock::Create(ctx, "err", G);
    BasicBlock *Ok = BasicBlock::Create(ctx, "ok", G);
    b.CreateCondBr(Pending, Err, Ok);
    b.SetInsertPoint(Err);
    b.CreateRet(word(0));
    b.SetInsertPoint(Ok);
    Result = callRuntime("adder_box_float", {R});
    break;
  }
  case ir::Type::Bool: {
    Value *Pending = pendingIsSet();
    BasicBlock *Err = BasicBlock::Create(ctx, "err", G);
    BasicBlock *Ok = BasicBlock::Create(ctx, "ok", G);
    b.CreateCondBr(Pending, Err, Ok);
    b.SetInsertPoint(Err);
    b.CreateRet(word(0));
    b.SetInsertPoint(Ok);
    Result = boxedBool(R);
    break;
  }
  default:
    break;
  }
  b.CreateRet(Result);
  return error.empty();
}

void Lowering::defineProgramMain() {
  // Value adder_program_main(void): runs the main module.
  Function *Main = module.getFunction("adder_program_main");
  if (!Main)
    Main = Function::Create(FunctionType::get(wordTy, false),
                            GlobalValue::ExternalLinkage, "adder_program_main",
                            module);
  else
    Main->deleteBody();
  Main->setLinkage(GlobalValue::ExternalLinkage);
  Main->addFnAttr(Attribute::NoUnwind);
  BasicBlock *Entry = BasicBlock::Create(ctx, "entry", Main);
  b.SetInsertPoint(Entry);
  const ir::PyModule *MainModule = program.findPyModule("__main__");
  b.CreateRet(b.CreateCall(modules[MainModule].import, {}));

  auto Define = [&](StringRef Name, Type *T, uint64_t V) {
    GlobalVariable *G = module.getGlobalVariable(Name);
    Constant *Init = ConstantInt::get(T, V);
    if (G) {
      G->setInitializer(Init);
      G->setConstant(true);
      G->setLinkage(GlobalValue::ExternalLinkage);
      adoptRuntimeGlobal(*G);
      return;
    }
    new GlobalVariable(module, T, true, GlobalValue::ExternalLinkage, Init,
                       Name);
  };
  Define("adder_program_heap_size", wordTy, options.heapSize);
  Define("adder_program_gc_stress", i8Ty, options.gcStress ? 1 : 0);
  Define("adder_program_can_raise", i8Ty, canRaise ? 1 : 0);
}

bool Lowering::run(std::string &Error) {
  for (auto &M : program.pyModules)
    declareModule(M.get());
  for (auto &F : program.functions)
    declareFunction(F.get());
  for (auto &M : program.pyModules)
    if (M->init)
      defineImport(M.get());
  for (auto &F : program.functions) {
    if (!lowerFunction(F.get()))
      break;
    if (F->signature && !defineGenericEntry(F.get()))
      break;
  }
  if (error.empty())
    defineProgramMain();
  if (!error.empty()) {
    Error = error;
    return false;
  }
  std::string VerifyErrors;
  raw_string_ostream OS(VerifyErrors);
  if (verifyModule(module, &OS)) {
    Error = "internal error: invalid LLVM IR: " + VerifyErrors.substr(0, 2000);
    return false;
  }
  return true;
}

bool adder::backend::lowerProgram(const ir::Module &Program, Module &Runtime,
                                  const LowerOptions &Options,
                                  std::string &Error) {
  Lowering L(Program, Runtime, Options);
  return L.run(Error);
}

bool adder::backend::isProgramFunction(const Function &F) {
  return F.hasFnAttribute("adder.program") ||
         F.getName() == "adder_program_main";
}
