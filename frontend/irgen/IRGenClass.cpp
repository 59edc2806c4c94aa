//===- IRGenClass.cpp - class statements and their bodies -----------------===//
//
// A class body is emitted inline in the function holding the `class`
// statement (as comprehensions are), with its names in a namespace dict
// held by a temporary, the way CPython's class body runs with a dict as
// its locals:
//
//   @deco                      deco' = deco; bases = (B,); kw = {k: 1}
//   class C(B, k=1):     →     ns = adder_class_prepare('C', bases, kw)
//       x = 1                  ns['__module__'] = ...; ns['__qualname__'] = 'C'
//                              ns['x'] = 1          (body, names in ns)
//                              C = deco'(adder_class_new('C', bases, ns, kw))
//
// adder_class_prepare finds the metaclass and calls its __prepare__ (a
// class without bases or keywords gets a plain dict); adder_class_new
// calls a metaclass other than type to make the class.
//
// Methods that use super() or __class__ close over the class's __class__
// cell, a local of the enclosing function passed to the runtime as
// ns['__classcell__'], which classNew fills with the new class.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace adder;
using namespace adder::irgen;

void IRGen::classDef(ClassDef *C) {
  Scope *S = fs->module->scopes.scopeOf(C);
  for (Expr *B : C->bases)
    if (isa<Starred>(B)) {
      unsupported(B, "a starred base class");
      return;
    }
  // Decorators first, then the bases and keywords, then the body.
  std::vector<std::string> DecoTemps;
  for (Expr *D : C->decorator_list) {
    std::string T = newTemp(Type::Object);
    storeLocal(T, toObject(expr(D)));
    DecoTemps.push_back(T);
  }
  std::vector<std::string> BaseTemps;
  for (Expr *B : C->bases) {
    std::string T = newTemp(Type::Object);
    storeLocal(T, toObject(expr(B)));
    BaseTemps.push_back(T);
  }
  std::string KwT = newTemp(Type::Object);
  storeLocal(KwT, constNone());
  if (C->keywords.size) {
    storeLocal(KwT, newEmpty("adder_type_dict"));
    for (Keyword *K : C->keywords) {
      ir::Value *V = toObject(expr(K->value));
      if (!K->arg.present())
        rtCall("adder_dict_update_starred", Type::I32, {loadLocal(KwT), V});
      else
        emit(Opcode::ObjSetItem, Type::Void,
             {loadLocal(KwT), constStr(sema::keyOf(K->arg)), V});
    }
  }
  std::vector<ir::Value *> Bases;
  for (auto &T : BaseTemps)
    Bases.push_back(loadLocal(T));
  ir::Value *BasesV = rtCall("adder_tuple_new", Type::Tuple,
                             {makeArray(Bases), constI32(int32_t(Bases.size()))});
  std::string BasesT = newTemp(Type::Object);
  storeLocal(BasesT, BasesV);

  // The namespace, with what CPython's class body sets before running.
  std::string Ns = newTemp(Type::Object);
  if (Bases.empty() && !C->keywords.size)
    storeLocal(Ns, newEmpty("adder_type_dict"));
  else
    storeLocal(Ns, rtCall("adder_class_prepare", Type::Object,
                          {constStr(S->name), loadLocal(BasesT),
                           loadLocal(KwT)}));
  auto SetNs = [&](llvm::StringRef Key, ir::Value *V) {
    emit(Opcode::ObjSetItem, Type::Void, {loadLocal(Ns), constStr(Key), V});
  };
  SetNs("__module__", constStr(fs->module->name));
  SetNs("__qualname__", constStr(S->qualname));
  if (C->body.size)
    if (auto *E = dyn_cast<ExprStmt>(C->body[0]))
      if (auto *K = dyn_cast<Constant>(E->value))
        if (K->value.kind == ConstantValue::Kind::Str)
          SetNs("__doc__", toObject(expr(K)));

  // The body runs with its scope's names in the namespace.
  Scope *SavedScope = fs->scope;
  fs->classNamespaces[S] = Ns;
  fs->inlineScopes[S] = "class." + std::to_string(fs->temps++) + ".";
  bool HasCell = false;
  if (sema::Symbol *Cell = S->find(Identifier{"__class__", 9}))
    HasCell = Cell->binding == sema::Binding::Cell;
  if (HasCell) {
    std::string CellLocal = fs->inlineScopes[S] + "__class__";
    fs->fn->locals.push_back({CellLocal, Type::Object});
    storeLocal(CellLocal, emit(Opcode::CellNew, Type::Object));
    SetNs("__classcell__", loadLocal(CellLocal));
  }
  fs->scope = S;
  setupAnnotations(C);
  body(C->body);
  fs->scope = SavedScope;
  if (failed)
    return;

  // Errors creating the class point at the class statement.
  line = C->line;
  const sema::ClassLayoutInfo *L = program.layoutOf(C);
  ir::Value *Layout = L ? emit(Opcode::LayoutRef, Type::Ptr, {}, L->key)
                        : constI32(0);
  ir::Value *Cls = rtCall("adder_class_new", Type::Object,
                          {constStr(S->name), loadLocal(BasesT),
                           loadLocal(Ns), loadLocal(KwT), Layout});
  for (size_t I = DecoTemps.size(); I-- > 0;)
    Cls = emit(Opcode::ObjCall, Type::Object, {loadLocal(DecoTemps[I]), Cls});
  storeName(C->name, Cls, C);
}

/// The namespace temporary of the class body being emitted, or null when
/// the current scope is not a class body.
static const std::string *classNamespace(FnState *FS) {
  if (FS->scope->kind != sema::ScopeKind::Class)
    return nullptr;
  auto It = FS->classNamespaces.find(FS->scope);
  return It == FS->classNamespaces.end() ? nullptr : &It->second;
}

bool IRGen::inClassBody(Identifier Name) {
  if (!classNamespace(fs))
    return false;
  // `global x` in a class body reads and writes the module's x.
  sema::Symbol *Sym = fs->scope->find(Name);
  return !Sym || !(Sym->flags & sema::SymGlobalDecl);
}

ir::Value *IRGen::loadClassName(Identifier Name, const Node *At) {
  const std::string &Ns = *classNamespace(fs);
  llvm::StringRef Key = sema::keyOf(Name);
  std::string Result = newTemp(Type::Object);
  ir::Value *V = rtCall("adder_class_ns_get", Type::Object,
                        {loadLocal(Ns), constStr(Key)});
  storeLocal(Result, V);
  ir::Value *Missing = emit(Opcode::IsSame, Type::Bool,
                            {V, constRuntime("adder_no_default")});
  ir::Block *Outer = newBlock("class.outer");
  ir::Block *Done = newBlock("class.name");
  condBr(Missing, Outer, Done);
  setBlock(Outer);
  // Not in the namespace: the enclosing function's variable for a free
  // name (LOAD_CLASSDEREF), else the module's global or a builtin.
  sema::Symbol *Sym = fs->scope->find(Name);
  ir::Value *O;
  if (Sym && Sym->binding == sema::Binding::Free) {
    Scope *Saved = fs->scope;
    while (fs->scope->kind == sema::ScopeKind::Class)
      fs->scope = fs->scope->parent;
    O = loadName(Name, At);
    fs->scope = Saved;
  } else {
    O = loadGlobal(fs->module, Name, Type::Object);
  }
  storeLocal(Result, toObject(O));
  br(Done);
  setBlock(Done);
  return loadLocal(Result);
}

void IRGen::storeClassName(Identifier Name, ir::Value *V) {
  const std::string &Ns = *classNamespace(fs);
  emit(Opcode::ObjSetItem, Type::Void,
       {loadLocal(Ns), constStr(sema::keyOf(Name)), toObject(V)});
}

void IRGen::deleteClassName(Identifier Name) {
  const std::string &Ns = *classNamespace(fs);
  rtCall("adder_class_ns_del", Type::I32,
         {loadLocal(Ns), constStr(sema::keyOf(Name))});
}

//===--- Instance attributes ------------------------------------------------===//

namespace {

/// Where an attribute access finds its fixed slot: the layout and slot of
/// the running method's `self`, or a per-site cache (Layout null) when
/// some class has a slot of that name, or nowhere (Slot -1).
struct SlotSite {
  const sema::ClassLayoutInfo *layout = nullptr;
  int slot = -1;
  bool cached = false;
  /// The running method is __init__, whose stores to self are mostly the
  /// slots' first.
  bool inInit = false;
};

SlotSite slotSite(sema::Program &P, FnState *FS, Expr *ObjExpr,
                  llvm::StringRef Attr) {
  SlotSite S;
  auto *N = ObjExpr ? dyn_cast<Name>(ObjExpr) : nullptr;
  if (N && FS->info && !FS->info->paramNames.empty() &&
      sema::keyOf(N->id) == sema::keyOf(FS->info->paramNames[0]))
    if (const sema::ClassLayoutInfo *L = P.selfLayoutOf(FS->info)) {
      int K = L->indexOf(Attr);
      if (K >= 0) {
        S.layout = L;
        S.slot = K;
        S.inInit = llvm::StringRef(FS->info->qualname).ends_with(".__init__");
        return S;
      }
    }
  S.cached = P.isSlotName(Attr);
  return S;
}

} // namespace

ir::Value *IRGen::loadAttr(ir::Value *Obj, Expr *ObjExpr, Identifier Attr) {
  llvm::StringRef Name = sema::keyOf(Attr);
  SlotSite S = slotSite(program, fs, ObjExpr, Name);
  Obj = toObject(Obj);
  if (S.layout)
    return rtCall("adder_instance_get", Type::Object,
                  {Obj, emit(Opcode::LayoutRef, Type::Ptr, {}, S.layout->key),
                   constI32(S.slot), constStr(Name)});
  if (S.cached)
    return rtCall("adder_instance_get_cached", Type::Object,
                  {Obj, emit(Opcode::SiteCache, Type::Ptr, {}, "attr"), constStr(Name)});
  return emit(Opcode::ObjGetAttr, Type::Object, {Obj}, Name);
}

void IRGen::storeAttr(ir::Value *Obj, Expr *ObjExpr, Identifier Attr,
                      ir::Value *V) {
  llvm::StringRef Name = sema::keyOf(Attr);
  SlotSite S = slotSite(program, fs, ObjExpr, Name);
  Obj = toObject(Obj);
  V = toObject(V);
  if (S.layout)
    rtCall(S.inInit ? "adder_instance_init_set" : "adder_instance_set",
           Type::I32,
           {Obj, emit(Opcode::LayoutRef, Type::Ptr, {}, S.layout->key),
            constI32(S.slot), constStr(Name), V});
  else if (S.cached)
    rtCall("adder_instance_set_cached", Type::I32,
           {Obj, emit(Opcode::SiteCache, Type::Ptr, {}, "attr"), constStr(Name), V});
  else
    emit(Opcode::ObjSetAttr, Type::Void, {Obj, V}, Name);
}

ir::Value *IRGen::zeroArgSuper(Call *C) {
  // CPython's super() reads the __class__ cell and the first argument of
  // the running function.
  FunctionInfo *F = fs->info;
  const Scope *S = F->scope;
  int Index = -1;
  for (size_t I = 0; I < S->freeVars.size(); ++I)
    if (sema::keyOf(S->freeVars[I]) == "__class__")
      Index = int(I);
  bool HasSelf = F->args && F->args->posonlyargs.size + F->args->args.size;
  if (!HasSelf)
    return rtCall("adder_super_new", Type::Object, {constNone(), constNone()});
  std::string CellT = newTemp(Type::Object);
  if (Index < 0)
    storeLocal(CellT, constNone());
  else
    storeLocal(CellT, emit(Opcode::ClosureCell, Type::Object, {},
                           std::to_string(Index)));
  ir::Value *Self = toObject(loadName(F->paramNames[0], C));
  return rtCall("adder_super_new", Type::Object, {loadLocal(CellT), Self});
}
