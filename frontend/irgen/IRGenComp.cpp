//===- IRGenComp.cpp - comprehensions, dict and set displays --------------===//
//
// Comprehensions are emitted inline in the enclosing function: their
// variables become locals with a unique prefix, and the loops run right
// where the expression is. CPython 3.11 runs each in a function of its
// own; nothing observable differs but tracebacks, which name the line.
//
// A generator expression is a generator function of its own (lazy, as in
// CPython), except in two common uses that need no suspended frame: as
// the argument of a builtin that consumes its iterable at once (sum,
// sorted, str.join...), it is built as a list first; as the argument of
// any() or all(), its loops are emitted inline and stop at the deciding
// element, as the generator would.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace adder;
using namespace adder::irgen;

void IRGen::comprehensionLoops(Expr *C, const NodeList<Comprehension> &Gens,
                               llvm::function_ref<void(ir::Block *)> Element) {
  Scope *CS = fs->module->scopes.scopeOf(C);
  std::string Prefix = "comp" + std::to_string(fs->temps++) + ".";
  fs->inlineScopes[CS] = Prefix;
  std::vector<std::string> Cells;
  for (auto &[Key, Sym] : CS->symbols) {
    if (needsCell(CS, Sym.name)) {
      fs->fn->locals.push_back({Prefix + Key.str(), Type::Object});
      Cells.push_back(Prefix + Key.str());
    } else if (Sym.binding == sema::Binding::Local ||
               Sym.binding == sema::Binding::Cell) {
      fs->fn->locals.push_back(
          {Prefix + Key.str(), irType(program.var(CS, Sym.name).type)});
    }
  }
  // One cell per variable for the whole comprehension, as CPython's
  // comprehension function has: lambdas made in it share it.
  for (const std::string &Cell : Cells)
    storeLocal(Cell, emit(Opcode::CellNew, Type::Object));
  // The first iterable is evaluated in the enclosing scope.
  ir::Value *FirstIter = iterable(Gens[0]->iter);
  std::string FirstT = newTemp(FirstIter->type);
  storeLocal(FirstT, FirstIter);
  Scope *Saved = fs->scope;
  fs->scope = CS;
  ir::Block *Done = newBlock("comp.done");
  // Nested loops; the innermost body handles the element.
  std::function<void(size_t, ir::Block *)> Level = [&](size_t I,
                                                       ir::Block *Exit) {
    Comprehension *G = Gens[I];
    const Ty *IterTy = program.typeOf(G->iter);
    ir::Value *Seq = I == 0 ? loadLocal(FirstT) : iterable(G->iter);
    ir::Block *Head = newBlock("comp.head"), *Body = newBlock("comp.body");
    ir::Block *Next = newBlock("comp.next");
    std::string It = newTemp(Type::Object);
    std::string Idx, Lst;
    bool IsList = IterTy->is(TyKind::List);
    if (IsList) {
      Lst = newTemp(Type::List);
      Idx = newTemp(Type::Int);
      storeLocal(Lst, Seq);
      storeLocal(Idx, constInt(0));
    } else {
      storeLocal(It, emit(Opcode::ObjIter, Type::Object, {toObject(Seq)}));
    }
    clauseItem(G, IsList, Lst, Idx, It, Head, Body, Exit, Next, "comp.if");
    if (I + 1 < Gens.size)
      Level(I + 1, Next);
    else
      Element(Done);
    clauseNext(IsList, Idx, Head, Next);
  };
  Level(0, Done);
  setBlock(Done);
  fs->scope = Saved;
}

void IRGen::clauseItem(Comprehension *C, bool IsList, const std::string &Lst,
                       const std::string &Idx, const std::string &It,
                       ir::Block *Head, ir::Block *Body, ir::Block *Exit,
                       ir::Block *Next, const char *IfBlockName) {
  br(Head);
  setBlock(Head);
  ir::Value *Item;
  if (IsList) {
    // Indexing, re-reading the length, as list_iterator does.
    ir::Value *Len = rtCall("adder_list_len", Type::Int, {loadLocal(Lst)});
    condBr(emit(Opcode::IntCompare, Type::Bool, {loadLocal(Idx), Len}, "lt"),
           Body, Exit);
    setBlock(Body);
    Item = rtCall("adder_list_getitem_int", Type::Object,
                  {loadLocal(Lst), loadLocal(Idx)});
  } else {
    ir::Instr *X = emit(Opcode::IterNext, Type::Object, {loadLocal(It)});
    X->successors.push_back(Body);
    X->successors.push_back(Exit);
    setBlock(Body);
    Item = X;
  }
  Type Want = irType(program.typeOf(C->target));
  if (Want == Type::Float)
    Item = emit(Opcode::UnboxFloat, Type::Float, {Item});
  else
    Item = coerce(Item, Want);
  assign(C->target, Item);
  for (Expr *Cond : C->ifs) {
    ir::Block *Pass = newBlock(IfBlockName);
    condBr(condition(Cond), Pass, Next);
    setBlock(Pass);
  }
}

void IRGen::clauseNext(bool IsList, const std::string &Idx, ir::Block *Head,
                       ir::Block *Next) {
  br(Next);
  setBlock(Next);
  if (IsList)
    storeLocal(Idx, emit(Opcode::IntBinary, Type::Int,
                         {loadLocal(Idx), constInt(1)}, "add"));
  br(Head);
}

ir::Value *IRGen::newEmpty(llvm::StringRef TypeSymbol) {
  return emit(Opcode::ObjCall, Type::Object, {constRuntime(TypeSymbol)});
}

/// What CPython's AST optimizer turns into a constant: a literal, a sign
/// on a number, a tuple of those.
static bool isFoldedConstant(const Expr *E) {
  if (isa<Constant>(E))
    return true;
  if (auto *U = dyn_cast<UnaryOp>(E))
    return U->op != UnaryOpKind::Not && isa<Constant>(U->operand) &&
           cast<Constant>(U->operand)->value.kind != ConstantValue::Kind::Str &&
           cast<Constant>(U->operand)->value.kind != ConstantValue::Kind::Bytes;
  if (auto *T = dyn_cast<Tuple>(E)) {
    for (Expr *X : T->elts)
      if (!isFoldedConstant(X))
        return false;
    return true;
  }
  return false;
}

/// Calls Recv.Name(Arg), for set.add.
static ir::Value *callMethodOf(IRGen &G, ir::Value *Recv, llvm::StringRef Name,
                               ir::Value *Arg) {
  ir::Value *Fn = G.emit(Opcode::ObjGetAttr, Type::Object, {Recv}, Name);
  return G.emit(Opcode::ObjCall, Type::Object, {Fn, Arg});
}

/// [elt for ...]
ir::Value *IRGen::listComp(Expr *C, const NodeList<Comprehension> &Gens,
                           Expr *Elt) {
  std::string Result = newTemp(Type::List);
  storeLocal(Result, rtCall("adder_list_new", Type::List,
                            {emit(Opcode::ArrayNew, Type::Ptr, {}, "0"),
                             constI32(0)}));
  comprehensionLoops(C, Gens, [&](ir::Block *) {
    rtCall("adder_list_append", Type::I32,
           {loadLocal(Result), toObject(expr(Elt))});
  });
  return loadLocal(Result);
}

/// {elt for ...}
ir::Value *IRGen::setComp(SetComp *C) {
  std::string Result = newTemp(Type::Object);
  storeLocal(Result, newEmpty("adder_type_set"));
  comprehensionLoops(C, C->generators, [&](ir::Block *) {
    ir::Value *V = toObject(expr(C->elt));
    callMethodOf(*this, loadLocal(Result), "add", V);
  });
  return loadLocal(Result);
}

/// {key: value for ...}: the key is evaluated first, as in 3.8 and later.
ir::Value *IRGen::dictComp(DictComp *C) {
  std::string Result = newTemp(Type::Object);
  storeLocal(Result, newEmpty("adder_type_dict"));
  comprehensionLoops(C, C->generators, [&](ir::Block *) {
    ir::Value *K = toObject(expr(C->key));
    std::string KT = newTemp(Type::Object);
    storeLocal(KT, K);
    ir::Value *V = toObject(expr(C->value));
    emit(Opcode::ObjSetItem, Type::Void, {loadLocal(Result), loadLocal(KT), V});
  });
  return loadLocal(Result);
}

ir::Value *IRGen::generatorExp(GeneratorExp *G) {
  if (!consumedGenerators.count(G))
    return generatorObject(G); // a generator (IRGenGenerator.cpp)
  return listComp(G, G->generators, G->elt);
}

bool IRGen::consumeGenerators(Call *C, bool ConsumesArg) {
  // f(x for x in xs) is the only form without parentheses of its own;
  // sum((x for x in xs), start) is the same when the call consumes it.
  if (!ConsumesArg || C->args.size == 0)
    return false;
  auto *G = dyn_cast<GeneratorExp>(C->args[0]);
  if (!G)
    return false;
  consumedGenerators.insert(G);
  return true;
}

/// any(elt for ...) / all(elt for ...): stops at the first element that
/// decides, as the generator would stop being advanced.
ir::Value *IRGen::anyAll(GeneratorExp *G, bool IsAny) {
  std::string Result = newTemp(Type::Bool);
  storeLocal(Result, constBool(!IsAny));
  comprehensionLoops(G, G->generators, [&](ir::Block *Done) {
    ir::Value *T = condition(G->elt);
    ir::Block *Decided = newBlock(IsAny ? "any.true" : "all.false");
    ir::Block *Go = newBlock("anyall.next");
    condBr(T, IsAny ? Decided : Go, IsAny ? Go : Decided);
    setBlock(Decided);
    storeLocal(Result, constBool(IsAny));
    br(Done);
    setBlock(Go);
  });
  return loadLocal(Result);
}

/// {k: v, ...}: every key and value is evaluated, then the dict is built.
/// With `**m` items, each run of key: value pairs is evaluated, then
/// inserted, and each mapping merged where it stands (DICT_UPDATE).
ir::Value *IRGen::dictDisplay(Dict *D) {
  std::string Result = newTemp(Type::Object);
  std::vector<std::string> Temps;
  bool Made = false;
  auto Flush = [&] {
    if (!Made)
      storeLocal(Result, newEmpty("adder_type_dict"));
    Made = true;
    for (size_t I = 0; I < Temps.size(); I += 2)
      emit(Opcode::ObjSetItem, Type::Void,
           {loadLocal(Result), loadLocal(Temps[I]), loadLocal(Temps[I + 1])});
    Temps.clear();
  };
  for (size_t I = 0; I < D->keys.size; ++I) {
    if (!D->keys[I]) {
      Flush();
      ir::Value *M = toObject(expr(D->values[I]));
      rtCall("adder_dict_update_starred", Type::I32, {loadLocal(Result), M});
      continue;
    }
    for (Expr *E : {D->keys[I], D->values[I]}) {
      std::string T = newTemp(Type::Object);
      storeLocal(T, toObject(expr(E)));
      Temps.push_back(T);
    }
  }
  Flush();
  return loadLocal(Result);
}

/// {a, b, ...}: every item is evaluated, then the set is built.
ir::Value *IRGen::iterable(Expr *E) {
  if (auto *S = dyn_cast<Set>(E))
    return setDisplay(S, /*AsIterable=*/true);
  return expr(E);
}

ir::Value *IRGen::setDisplay(Set *S, bool AsIterable) {
  std::vector<std::string> Temps;
  for (Expr *E : S->elts)
    if (isa<Starred>(E)) {
      // {a, *b}: the set grows item by item (SET_ADD, SET_UPDATE).
      std::string Result = newTemp(Type::Object);
      storeLocal(Result, newEmpty("adder_type_set"));
      for (Expr *X : S->elts) {
        if (auto *St = dyn_cast<Starred>(X)) {
          ir::Value *V = toObject(expr(St->value));
          rtCall("adder_set_update_starred", Type::I32, {loadLocal(Result), V});
        } else {
          ir::Value *V = toObject(expr(X));
          callMethodOf(*this, loadLocal(Result), "add", V);
        }
      }
      return loadLocal(Result);
    }
  for (Expr *E : S->elts) {
    std::string T = newTemp(Type::Object);
    storeLocal(T, toObject(expr(E)));
    Temps.push_back(T);
  }
  std::string Result = newTemp(Type::Object);
  storeLocal(Result, newEmpty("adder_type_set"));
  for (const std::string &T : Temps)
    callMethodOf(*this, loadLocal(Result), "add", loadLocal(T));
  // CPython folds a display of three or more constants, or any display of
  // constants a loop iterates, into a frozenset constant, which its
  // constant merging rebuilds once by iterating it; a display then copies
  // that table into a new set. Where hashes collide, these iterate in
  // another order than a set built by adding the items in turn.
  bool Folded = AsIterable || S->elts.size > 2;
  for (Expr *E : S->elts)
    Folded &= isFoldedConstant(E);
  if (!Folded)
    return loadLocal(Result);
  ir::Value *Items = emit(Opcode::ObjCall, Type::Object,
                          {constRuntime("adder_type_list"), loadLocal(Result)});
  std::string Constant = newTemp(Type::Object), Copy = newTemp(Type::Object);
  storeLocal(Constant, newEmpty("adder_type_set"));
  callMethodOf(*this, loadLocal(Constant), "update", Items);
  if (AsIterable)
    return loadLocal(Constant);
  storeLocal(Copy, newEmpty("adder_type_set"));
  callMethodOf(*this, loadLocal(Copy), "update", loadLocal(Constant));
  return loadLocal(Copy);
}
