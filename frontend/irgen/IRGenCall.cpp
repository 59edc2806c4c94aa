//===- IRGenCall.cpp - calls ----------------------------------------------===//
//
// Three kinds of call. A call of a known user function binds its
// arguments at compile time (keywords, defaults) and calls the typed
// entry directly. A call of a builtin whose argument types match one of
// its Builtins.td signatures calls the runtime's typed implementation. Any
// other call goes through the callee object and the runtime's call
// protocol, exactly as the interpreter would.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

#include "llvm/ADT/StringExtras.h"

using namespace adder;
using namespace adder::irgen;

namespace {
bool hasStarArgs(Call *C) {
  for (Expr *A : C->args)
    if (isa<Starred>(A))
      return true;
  for (Keyword *K : C->keywords)
    if (!K->arg.present())
      return true;
  return false;
}
bool isSimpleConstant(Expr *E) {
  auto *C = dyn_cast<Constant>(E);
  return C && C->value.kind != ConstantValue::Kind::Bytes;
}
} // namespace

ir::Value *IRGen::call(Call *C) {
  if (auto *A = dyn_cast<Attribute>(C->func)) {
    const Ty *RT = program.typeOf(A->value);
    const Ty *FT = program.typeOf(C->func);
    if ((RT->is(TyKind::Module) ||
         (RT->is(TyKind::Builtin) &&
          llvm::StringRef(RT->builtin->kind) == "module")) &&
        !hasStarArgs(C)) {
      // As for plain names below: **kwargs takes the generic call.
      if (FT->is(TyKind::Function) && FT->function->args &&
          !FT->function->args->kwarg)
        return callDirect(FT->function, C);
      if (FT->is(TyKind::Builtin))
        return callBuiltin(FT->builtin, C, nullptr);
    }
    if (!RT->is(TyKind::Module) && !RT->is(TyKind::Builtin))
      return callMethod(A, C);
    return callGeneric(attribute(A), C);
  }
  const Ty *FT = program.typeOf(C->func);
  if (auto *N = dyn_cast<Name>(C->func);
      N && (N->id.is("dir") || N->id.is("globals") || N->id.is("locals")) &&
      !C->args.size && !C->keywords.size && !FT->is(TyKind::Builtin)) {
    // A star import may or may not have rebound the name: test at run time
    // whether it still is the builtin, which needs the calling scope.
    llvm::StringRef BName = sema::keyOf(N->id);
    std::string FnT = newTemp(Type::Object), RT = newTemp(Type::Object);
    storeLocal(FnT, toObject(expr(C->func)));
    ir::Block *Builtin = newBlock("ns.builtin"), *Other = newBlock("ns.other"),
              *Done = newBlock("ns.done");
    condBr(emit(Opcode::IsSame, Type::Bool,
                {loadLocal(FnT),
                 constRuntime(sema::findBuiltin("", BName)->symbol)}),
           Builtin, Other);
    setBlock(Builtin);
    storeLocal(RT, namespaceCall(C, BName));
    br(Done);
    setBlock(Other);
    storeLocal(RT, callGeneric(loadLocal(FnT), C));
    br(Done);
    setBlock(Done);
    return loadLocal(RT);
  }
  if (FT->is(TyKind::Function) && !hasStarArgs(C) && FT->function->args &&
      !FT->function->args->kwarg)
    return callDirect(FT->function, C);
  if (FT->is(TyKind::Builtin)) {
    llvm::StringRef BName = FT->builtin->name;
    if (BName == "super" && !C->args.size && !C->keywords.size)
      return zeroArgSuper(C);
    if (BName == "globals" || BName == "locals" ||
        ((BName == "dir" || BName == "vars") && !C->args.size &&
         !C->keywords.size))
      return namespaceCall(C, BName == "vars" ? "locals" : BName);
    return callBuiltin(FT->builtin, C, nullptr);
  }
  if (const FunctionInfo *Init = likelyInit(C))
    return constructDirect(Init, C);
  return callGeneric(expr(C->func), C);
}

ir::Value *IRGen::namespaceCall(Call *C, llvm::StringRef Name) {
  if (C->args.size || C->keywords.size) {
    unsupported(C, "globals() with arguments");
    return constNone();
  }
  // dir() and locals() see the local scope: at module level, the module's
  // globals.
  if (Name == "locals" && fs->scope->kind != sema::ScopeKind::Module)
    return localsDict(C);
  if (Name == "dir" && fs->scope->kind != sema::ScopeKind::Module)
    return rtCall("adder_dir_of_locals", Type::Object, {localsDict(C)});
  ir::Value *M =
      emit(Opcode::ModuleImport, Type::Object, {}, fs->module->name);
  return rtCall(Name == "dir" ? "adder_dir_of" : "adder_module_dict",
                Type::Object, {M});
}

ir::Value *IRGen::localsDict(Call *C) {
  Scope *S = fs->scope;
  if (S->kind != sema::ScopeKind::Function && S->kind != sema::ScopeKind::Lambda) {
    unsupported(C, "locals(), vars() or dir() without arguments in a class "
                   "body or comprehension");
    return constNone();
  }
  // CPython's order: the parameters, the other locals as the scope first
  // meets them, then cell and free variables, each by name.
  std::vector<Identifier> Names(fs->info->paramNames.begin(),
                                fs->info->paramNames.end());
  std::vector<Identifier> Cells, Frees;
  for (auto &Entry : S->symbols) {
    const sema::Symbol &Sym = Entry.second;
    if (Sym.flags & sema::SymParam)
      continue;
    if (Sym.binding == sema::Binding::Local)
      Names.push_back(Sym.name);
    else if (Sym.binding == sema::Binding::Cell)
      Cells.push_back(Sym.name);
    else if (Sym.binding == sema::Binding::Free)
      Frees.push_back(Sym.name);
  }
  auto ByName = [](Identifier A, Identifier B) {
    return sema::keyOf(A) < sema::keyOf(B);
  };
  llvm::sort(Cells, ByName);
  llvm::sort(Frees, ByName);
  Names.insert(Names.end(), Cells.begin(), Cells.end());
  Names.insert(Names.end(), Frees.begin(), Frees.end());

  std::string D = newTemp(Type::Object);
  storeLocal(D, newEmpty("adder_type_dict"));
  for (Identifier Name : Names) {
    ir::Value *Key = toObject(constStr(sema::keyOf(Name)));
    Scope *Owner = program.ownerOf(S, Name);
    bool Local = isLocalScope(Owner);
    if (Local && !needsCell(Owner, Name)) {
      // Only a bound local is listed.
      ir::Block *Add = newBlock("locals.add"), *Next = newBlock("locals.next");
      condBr(emit(Opcode::LocalBound, Type::Bool, {}, localName(Name)), Add,
             Next);
      setBlock(Add);
      emit(Opcode::ObjSetItem, Type::Void,
           {loadLocal(D), Key, toObject(loadLocal(localName(Name)))});
      br(Next);
      setBlock(Next);
    } else {
      rtCall("adder_locals_add_cell", Type::I32,
             {loadLocal(D), Key, cellOf(Name, Local)});
    }
  }
  return loadLocal(D);
}

ir::Value *IRGen::callDirect(const FunctionInfo *F, Call *C) {
  ir::Function *Target = irFunctions.lookup(F);
  Arguments *A = F->args;
  size_t NPos = A->posonlyargs.size + A->args.size;
  size_t NSlots = F->paramNames.size();
  // The function object: for closures (their cells) and for defaults.
  std::string FnT;
  bool NeedObject = Target->takesSelf;
  // Arguments in order of evaluation, then bound to parameter slots.
  std::vector<std::string> Slot(NSlots);
  std::vector<ir::Value *> Extra;
  std::vector<std::string> ExtraT;
  auto Eval = [&](Expr *E, Type Want) {
    ir::Value *V = expr(E);
    if (Want == Type::Float && ir::isWord(V->type))
      V = emit(Opcode::UnboxFloat, Type::Float, {V});
    V = coerce(V, Want);
    std::string T = newTemp(Want);
    storeLocal(T, V);
    return T;
  };
  unsigned First = Target->takesSelf ? 1 : 0;
  auto ParamType = [&](size_t I) { return Target->params[First + I]->type; };
  if (NeedObject) {
    FnT = newTemp(Type::Object);
    storeLocal(FnT, toObject(expr(C->func)));
  }
  for (size_t I = 0; I < C->args.size; ++I) {
    if (I < NPos) {
      Slot[I] = Eval(C->args[I], ParamType(I));
    } else {
      ExtraT.push_back(Eval(C->args[I], Type::Object));
    }
  }
  size_t KwBase = NPos + (A->vararg ? 1 : 0);
  for (Keyword *K : C->keywords) {
    size_t Index = NSlots;
    for (size_t I = A->posonlyargs.size; I < NPos; ++I)
      if (sema::keyOf(F->paramNames[I]) == sema::keyOf(K->arg))
        Index = I;
    for (size_t I = 0; I < A->kwonlyargs.size; ++I)
      if (sema::keyOf(F->paramNames[KwBase + I]) == sema::keyOf(K->arg))
        Index = KwBase + I;
    if (Index == NSlots || !Slot[Index].empty()) {
      // TypeError at run time, as CPython: let the generic path say it.
      std::string Saved;
      return callGeneric(expr(C->func), C);
    }
    Slot[Index] = Eval(K->value, ParamType(Index));
  }
  if (!A->vararg && !ExtraT.empty())
    return callGeneric(expr(C->func), C);
  // Defaults for what was not passed.
  size_t NDefaults = A->defaults.size;
  for (size_t I = 0; I < NPos; ++I) {
    if (!Slot[I].empty())
      continue;
    if (I + NDefaults < NPos)
      return callGeneric(expr(C->func), C); // missing argument: TypeError
    size_t D = I - (NPos - NDefaults);
    Expr *Default = A->defaults[D];
    ir::Value *V;
    if (isSimpleConstant(Default)) {
      V = expr(Default);
    } else {
      if (FnT.empty()) {
        FnT = newTemp(Type::Object);
        storeLocal(FnT, toObject(expr(C->func)));
      }
      V = rtCall("adder_function_default", Type::Object,
                 {loadLocal(FnT), constI32(int32_t(D))});
    }
    Type Want = ParamType(I);
    if (Want == Type::Float && ir::isWord(V->type))
      V = emit(Opcode::UnboxFloat, Type::Float, {V});
    Slot[I] = newTemp(Want);
    storeLocal(Slot[I], coerce(V, Want));
  }
  for (size_t I = 0; I < A->kwonlyargs.size; ++I) {
    size_t Index = KwBase + I;
    if (!Slot[Index].empty())
      continue;
    Expr *Default = A->kw_defaults[I];
    if (!Default)
      return callGeneric(expr(C->func), C); // missing keyword-only argument
    ir::Value *V;
    if (isSimpleConstant(Default)) {
      V = expr(Default);
    } else {
      if (FnT.empty()) {
        FnT = newTemp(Type::Object);
        storeLocal(FnT, toObject(expr(C->func)));
      }
      V = rtCall("adder_function_kwdefault", Type::Object,
                 {loadLocal(FnT), constI32(int32_t(I))});
    }
    Type Want = ParamType(Index);
    if (Want == Type::Float && ir::isWord(V->type))
      V = emit(Opcode::UnboxFloat, Type::Float, {V});
    Slot[Index] = newTemp(Want);
    storeLocal(Slot[Index], coerce(V, Want));
  }
  if (A->vararg) {
    std::vector<ir::Value *> Vals;
    for (auto &T : ExtraT)
      Vals.push_back(loadLocal(T));
    ir::Value *Tup = rtCall("adder_tuple_new", Type::Tuple,
                            {makeArray(Vals), constI32(int32_t(Vals.size()))});
    Slot[NPos] = newTemp(ParamType(NPos));
    storeLocal(Slot[NPos], coerce(Tup, ParamType(NPos)));
  }
  std::vector<ir::Value *> Args;
  if (Target->takesSelf)
    Args.push_back(loadLocal(FnT));
  for (size_t I = 0; I < NSlots; ++I)
    Args.push_back(loadLocal(Slot[I]));
  return emit(Opcode::Call, Target->returnType, Args, Target->name);
}

const sema::BuiltinSig *IRGen::matchSig(const sema::BuiltinInfo *B, Call *C) {
  if (C->keywords.size || hasStarArgs(C))
    return nullptr;
  for (unsigned S = 0; S < B->numSigs; ++S) {
    const sema::BuiltinSig &Sig = B->sigs[S];
    llvm::SmallVector<llvm::StringRef, 4> Kinds;
    llvm::StringRef(Sig.args).split(Kinds, ',', -1, false);
    bool Variadic = !Kinds.empty() && Kinds.back() == "...";
    if (Variadic)
      Kinds.pop_back();
    size_t N = C->args.size;
    if (N < Kinds.size() || (!Variadic && N != Kinds.size()))
      continue;
    bool Match = true;
    for (size_t I = 0; I < Kinds.size() && Match; ++I) {
      const Ty *A = program.typeOf(C->args[I]);
      llvm::StringRef K = Kinds[I];
      Match = K == "*" || (K == "int" && A->is(TyKind::Int)) ||
              (K == "float" && A->is(TyKind::Float)) ||
              (K == "bool" && A->is(TyKind::Bool)) ||
              (K == "str" && A->is(TyKind::Str)) ||
              (K == "list" && A->is(TyKind::List)) ||
              (K == "tuple" && A->is(TyKind::Tuple)) ||
              (K == "num" && A->isNumeric());
    }
    if (Match)
      return &Sig;
  }
  return nullptr;
}

ir::Value *IRGen::print(Call *C) {
  ir::Value *Sep = nullptr, *End = nullptr;
  for (Keyword *K : C->keywords) {
    if (K->arg.is("sep") || K->arg.is("end")) {
      const Ty *T = program.typeOf(K->value);
      if (!T->is(TyKind::Str) && !T->is(TyKind::None))
        return callGeneric(constRuntime("adder_builtin_print"), C);
      continue;
    }
    return callGeneric(constRuntime("adder_builtin_print"), C);
  }
  if (hasStarArgs(C))
    return callGeneric(constRuntime("adder_builtin_print"), C);
  // Arguments are evaluated left to right, keywords last.
  std::vector<std::string> Temps;
  for (Expr *A : C->args) {
    std::string T = newTemp(Type::Object);
    storeLocal(T, toObject(expr(A)));
    Temps.push_back(T);
  }
  std::string SepT, EndT;
  for (Keyword *K : C->keywords) {
    std::string &Dest = K->arg.is("sep") ? SepT : EndT;
    Dest = newTemp(Type::Object);
    storeLocal(Dest, toObject(expr(K->value)));
  }
  std::vector<ir::Value *> Vals;
  for (auto &T : Temps)
    Vals.push_back(loadLocal(T));
  ir::Value *Arr = makeArray(Vals);
  Sep = SepT.empty() ? constNone() : loadLocal(SepT);
  End = EndT.empty() ? constNone() : loadLocal(EndT);
  // Printing only strs cannot fail: no error path (hello world then needs
  // none of the traceback machinery).
  bool OnlyStrs = true;
  for (Expr *A : C->args)
    OnlyStrs &= program.typeOf(A)->is(TyKind::Str);
  return rtCall(OnlyStrs ? "adder_print_strs" : "adder_print", Type::None,
                {Arr, constI32(int32_t(Vals.size())), Sep, End});
}

ir::Value *IRGen::callBuiltin(const sema::BuiltinInfo *B, Call *C,
                              ir::Value *Callee) {
  llvm::StringRef Name = B->name;
  llvm::StringRef Module = B->module;
  if (Module.empty() && Name == "print")
    return print(C);
  if (Module.empty() && (Name == "any" || Name == "all") &&
      C->args.size == 1 && !C->keywords.size &&
      isa<GeneratorExp>(C->args[0]))
    return anyAll(cast<GeneratorExp>(C->args[0]), Name == "any");
  // Builtins that consume an iterable argument at once take a generator
  // expression built as a list.
  consumeGenerators(C, Module.empty() &&
                           llvm::is_contained(
                               {"list", "tuple", "sorted", "sum", "min", "max",
                                "set", "frozenset", "dict"},
                               Name));
  const sema::BuiltinSig *Sig = matchSig(B, C);
  auto Arg = [&](size_t I) { return expr(C->args[I]); };
  if (Sig) {
    llvm::StringRef Fast = Sig->fast;
    Type Result = irType(program.typeOf(C));
    if (!Fast.empty()) {
      std::vector<std::string> Temps;
      for (size_t I = 0; I < C->args.size; ++I) {
        ir::Value *V = Arg(I);
        std::string T = newTemp(V->type);
        storeLocal(T, V);
        Temps.push_back(T);
      }
      std::vector<ir::Value *> Vals;
      for (auto &T : Temps)
        Vals.push_back(loadLocal(T));
      return rtCall(Fast, Result, Vals);
    }
    // Typed forms that need no runtime call.
    if (Module.empty()) {
      if ((Name == "int" || Name == "round") && C->args.size == 1 &&
          (program.typeOf(C->args[0])->is(TyKind::Int) ||
           program.typeOf(C->args[0])->is(TyKind::Bool)))
        return coerce(Arg(0), Type::Int);
      if (Name == "float" && C->args.size == 1 &&
          program.typeOf(C->args[0])->isNumeric())
        return coerce(Arg(0), Type::Float);
      if (Name == "float" && C->args.size == 0) {
        ir::Instr *I = emit(Opcode::ConstFloat, Type::Float);
        I->floatAttr = 0.0;
        return I;
      }
      if (Name == "int" && C->args.size == 0)
        return constInt(0);
      if (Name == "str" && C->args.size == 1 &&
          program.typeOf(C->args[0])->is(TyKind::Str))
        return Arg(0);
      if (Name == "bool") {
        if (C->args.size == 0)
          return constBool(false);
        if (C->args.size == 1)
          return truthy(Arg(0));
      }
      if (Name == "isinstance" && C->args.size == 2) {
        // Of a builtin type (its name not rebound): nothing can intercept
        // the check (type has no __instancecheck__), and naming the type
        // has no effect to keep.
        const Ty *Class = program.typeOf(C->args[1]);
        if (Class->is(TyKind::Builtin) &&
            llvm::StringRef(Class->builtin->kind) == "type" &&
            llvm::StringRef(Class->builtin->module).empty())
          return rtCall("adder_is_instance", Type::Bool,
                        {toObject(Arg(0)),
                         constRuntime(Class->builtin->symbol)});
      }
      if (Name == "abs" && C->args.size == 1 &&
          program.typeOf(C->args[0])->is(TyKind::Float))
        return emit(Opcode::FloatUnary, Type::Float, {Arg(0)}, "abs");
      if ((Name == "min" || Name == "max") && C->args.size >= 2 &&
          (Result == Type::Int || Result == Type::Float)) {
        // min(a, b, ...): the first of the smallest, as CPython's.
        std::string Best = newTemp(Result);
        storeLocal(Best, coerce(Arg(0), Result));
        for (size_t I = 1; I < C->args.size; ++I) {
          ir::Value *V = coerce(Arg(I), Result);
          std::string VT = newTemp(Result);
          storeLocal(VT, V);
          ir::Value *Better =
              Result == Type::Int
                  ? emit(Opcode::IntCompare, Type::Bool,
                         {loadLocal(VT), loadLocal(Best)},
                         Name == "min" ? "lt" : "gt")
                  : emit(Opcode::FloatCompare, Type::Bool,
                         {loadLocal(VT), loadLocal(Best)},
                         Name == "min" ? "lt" : "gt");
          ir::Block *Take = newBlock("minmax.take"), *Keep = newBlock("minmax.keep");
          condBr(Better, Take, Keep);
          setBlock(Take);
          storeLocal(Best, loadLocal(VT));
          br(Keep);
          setBlock(Keep);
        }
        return loadLocal(Best);
      }
      if (Name == "range" && C->args.size >= 1) {
        llvm::SmallVector<ir::Value *, 3> Args = rangeArguments(C);
        ir::Value *Start = C->args.size == 1 ? constInt(0) : Args[0];
        ir::Value *Stop = C->args.size == 1 ? Args[0] : Args[1];
        ir::Value *Step = C->args.size == 3 ? Args[2] : constInt(1);
        return rtCall("adder_range_new", Type::Object, {Start, Stop, Step});
      }
    }
  }
  // Generic: call the builtin object (or the runtime module's attribute).
  ir::Value *Fn = Callee;
  if (!Fn) {
    if (Module.empty()) {
      Fn = constRuntime(B->symbol);
    } else {
      ir::Value *M = constRuntime(std::string("adder_module_") + B->module);
      Fn = emit(Opcode::ObjGetAttr, Type::Object, {M}, B->name);
    }
  }
  return callGeneric(Fn, C);
}

ir::Value *IRGen::callMethod(Attribute *A, Call *C) {
  const Ty *RT = program.typeOf(A->value);
  llvm::StringRef M = sema::keyOf(A->attr);
  if (RT->is(TyKind::List) && M == "append" && C->args.size == 1 &&
      !C->keywords.size && !hasStarArgs(C)) {
    ir::Value *L = expr(A->value);
    std::string LT = newTemp(L->type);
    storeLocal(LT, L);
    ir::Value *V = toObject(expr(C->args[0]));
    rtCall("adder_list_append", Type::I32, {loadLocal(LT), V});
    return constNone();
  }
  consumeGenerators(C, RT->is(TyKind::Str) && M == "join");
  ir::Value *Recv = toObject(expr(A->value));
  std::string RTmp = newTemp(Type::Object);
  storeLocal(RTmp, Recv);
  if (hasStarArgs(C)) {
    ir::Value *Fn = loadAttr(loadLocal(RTmp), A->value, A->attr);
    return callGeneric(Fn, C);
  }
  // As CPython's LOAD_METHOD: the lookup happens before the arguments are
  // evaluated, and a plain function of the class is called with the
  // receiver prepended instead of through a new bound method.
  ir::Value *Slot = emit(Opcode::ArrayNew, Type::Ptr, {}, "1");
  ir::Value *Fn = rtCall("adder_load_method", Type::Object,
                         {loadLocal(RTmp), constStr(M), Slot,
                          emit(Opcode::SiteCache, Type::Ptr, {}, "method")});
  std::string SelfT = newTemp(Type::Object);
  storeLocal(SelfT, emit(Opcode::ArrayGet, Type::Object, {Slot}, "0"));
  return callGeneric(Fn, C, SelfT);
}

/// f(a, *xs, k=v, **kw): the positional arguments gathered in a list and
/// the keyword arguments in a dict, in evaluation order, then one call (as
/// CPython's CALL_FUNCTION_EX).
ir::Value *IRGen::callUnpacked(ir::Value *Callee, Call *C) {
  std::string CT = newTemp(Type::Object), PT = newTemp(Type::List);
  storeLocal(CT, toObject(Callee));
  storeLocal(PT, rtCall("adder_list_new", Type::List,
                        {emit(Opcode::ArrayNew, Type::Ptr, {}, "0"),
                         constI32(0)}));
  for (Expr *A : C->args) {
    if (auto *S = dyn_cast<Starred>(A))
      rtCall("adder_call_extend_args", Type::I32,
             {loadLocal(CT), loadLocal(PT), toObject(expr(S->value))});
    else
      rtCall("adder_list_append", Type::I32,
             {loadLocal(PT), toObject(expr(A))});
  }
  std::string KT;
  if (C->keywords.size) {
    KT = newTemp(Type::Object);
    storeLocal(KT, newEmpty("adder_type_dict"));
  }
  for (Keyword *K : C->keywords) {
    ir::Value *V = toObject(expr(K->value));
    if (!K->arg.present())
      rtCall("adder_call_merge_kwargs", Type::I32,
             {loadLocal(CT), loadLocal(KT), V});
    else
      rtCall("adder_call_add_kwarg", Type::I32,
             {loadLocal(CT), loadLocal(KT), constStr(sema::keyOf(K->arg)), V});
  }
  return rtCall("adder_call_unpacked", Type::Object,
                {loadLocal(CT), loadLocal(PT),
                 KT.empty() ? toObject(constNone()) : loadLocal(KT)});
}

ir::Value *IRGen::callGeneric(ir::Value *Callee, Call *C,
                              llvm::StringRef SelfTemp) {
  if (hasStarArgs(C))
    return callUnpacked(Callee, C);
  std::string CT = newTemp(Type::Object);
  storeLocal(CT, toObject(Callee));
  std::vector<std::string> Temps;
  for (Expr *A : C->args) {
    std::string T = newTemp(Type::Object);
    storeLocal(T, toObject(expr(A)));
    Temps.push_back(T);
  }
  std::vector<std::string> Names;
  for (Keyword *K : C->keywords) {
    std::string T = newTemp(Type::Object);
    storeLocal(T, toObject(expr(K->value)));
    Temps.push_back(T);
    Names.push_back(std::string(K->arg.data, K->arg.size));
  }
  std::vector<ir::Value *> Ops{loadLocal(CT)};
  if (!SelfTemp.empty())
    Ops.push_back(loadLocal(SelfTemp.str()));
  for (auto &T : Temps)
    Ops.push_back(loadLocal(T));
  return emit(SelfTemp.empty() ? Opcode::ObjCall : Opcode::ObjCallMethod,
              Type::Object, Ops, llvm::join(Names, ","));
}
