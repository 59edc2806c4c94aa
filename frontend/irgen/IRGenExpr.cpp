//===- IRGenExpr.cpp - expressions ----------------------------------------===//
//
// Each expression lowers to the typed operation its sema types allow (int
// and float arithmetic, list indexing) or to the runtime's generic
// operation on objects. The result is always converted to the IR type of
// the type sema inferred for the expression, so consumers can rely on it.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

#include "adder/frontend/HostParse.h"

#include <cmath>
#include <cstdlib>

using namespace adder;
using namespace adder::irgen;

namespace {

const char *intOpName(OperatorKind Op) {
  switch (Op) {
  case OperatorKind::Add: return "add";
  case OperatorKind::Sub: return "sub";
  case OperatorKind::Mult: return "mul";
  case OperatorKind::FloorDiv: return "floordiv";
  case OperatorKind::Mod: return "mod";
  case OperatorKind::Pow: return "pow";
  case OperatorKind::LShift: return "lshift";
  case OperatorKind::RShift: return "rshift";
  case OperatorKind::BitAnd: return "and";
  case OperatorKind::BitOr: return "or";
  case OperatorKind::BitXor: return "xor";
  default: return nullptr;
  }
}

const char *objOpName(OperatorKind Op) {
  switch (Op) {
  case OperatorKind::Add: return "add";
  case OperatorKind::Sub: return "sub";
  case OperatorKind::Mult: return "mul";
  case OperatorKind::MatMult: return "matmul";
  case OperatorKind::Div: return "truediv";
  case OperatorKind::FloorDiv: return "floordiv";
  case OperatorKind::Mod: return "mod";
  case OperatorKind::Pow: return "pow";
  case OperatorKind::LShift: return "lshift";
  case OperatorKind::RShift: return "rshift";
  case OperatorKind::BitAnd: return "and";
  case OperatorKind::BitOr: return "or";
  case OperatorKind::BitXor: return "xor";
  }
  return "add";
}

const char *cmpName(CmpOpKind Op) {
  switch (Op) {
  case CmpOpKind::Lt: return "lt";
  case CmpOpKind::LtE: return "le";
  case CmpOpKind::Gt: return "gt";
  case CmpOpKind::GtE: return "ge";
  case CmpOpKind::Eq: return "eq";
  case CmpOpKind::NotEq: return "ne";
  default: return "eq";
  }
}

bool isIntType(Type T) { return T == Type::Int || T == Type::Bool; }

} // namespace

ir::Value *IRGen::expr(Expr *E) {
  if (failed)
    return constNone();
  uint32_t SavedLine = line;
  line = E->line;
  ir::Value *V = nullptr;
  switch (E->nodeKind) {
  case NodeKind::Constant:
    V = constant(cast<Constant>(E));
    break;
  case NodeKind::Name:
    V = loadName(cast<Name>(E)->id, E);
    break;
  case NodeKind::BinOp:
    V = binary(cast<BinOp>(E));
    break;
  case NodeKind::UnaryOp:
    V = unary(cast<UnaryOp>(E));
    break;
  case NodeKind::BoolOp:
    V = boolOp(cast<BoolOp>(E));
    break;
  case NodeKind::Compare:
    V = compare(cast<Compare>(E));
    break;
  case NodeKind::IfExp:
    V = ifExp(cast<IfExp>(E));
    break;
  case NodeKind::Call:
    V = call(cast<Call>(E));
    break;
  case NodeKind::Attribute:
    V = attribute(cast<Attribute>(E));
    break;
  case NodeKind::Subscript:
    V = subscript(cast<Subscript>(E));
    break;
  case NodeKind::List:
    V = listDisplay(cast<List>(E));
    break;
  case NodeKind::Tuple:
    V = tupleDisplay(cast<Tuple>(E));
    break;
  case NodeKind::ListComp: {
    auto *C = cast<ListComp>(E);
    V = listComp(C, C->generators, C->elt);
    break;
  }
  case NodeKind::SetComp:
    V = setComp(cast<SetComp>(E));
    break;
  case NodeKind::DictComp:
    V = dictComp(cast<DictComp>(E));
    break;
  case NodeKind::GeneratorExp:
    V = generatorExp(cast<GeneratorExp>(E));
    break;
  case NodeKind::Dict:
    V = dictDisplay(cast<Dict>(E));
    break;
  case NodeKind::Set:
    V = setDisplay(cast<Set>(E));
    break;
  case NodeKind::JoinedStr:
    V = joinedStr(cast<JoinedStr>(E));
    break;
  case NodeKind::FormattedValue:
    V = formatted(cast<FormattedValue>(E));
    break;
  case NodeKind::Lambda:
    V = lambda(cast<Lambda>(E));
    break;
  case NodeKind::Slice:
    V = sliceValue(cast<Slice>(E));
    break;
  case NodeKind::NamedExpr: {
    auto *N = cast<NamedExpr>(E);
    V = expr(N->value);
    std::string T = newTemp(V->type);
    storeLocal(T, V);
    // The target lives in the enclosing function of a comprehension.
    Scope *Saved = fs->scope;
    while (fs->scope->kind == sema::ScopeKind::Comprehension &&
           fs->inlineScopes.count(fs->scope))
      fs->scope = fs->scope->parent;
    storeName(cast<Name>(N->target)->id, loadLocal(T), N);
    fs->scope = Saved;
    V = loadLocal(T);
    break;
  }
  case NodeKind::Yield:
    V = yieldExpr(cast<Yield>(E));
    break;
  case NodeKind::YieldFrom:
    V = yieldFrom(cast<YieldFrom>(E));
    break;
  case NodeKind::Await:
    unsupported(E, "await");
    break;
  case NodeKind::Starred:
    unsupported(E, "a starred expression here");
    break;
  default:
    unsupported(E, "this expression");
    break;
  }
  if (!V || failed) {
    line = SavedLine;
    return constNone();
  }
  Type Want = irTypeOf(E);
  if (V->type != Want) {
    if (Want == Type::Float && ir::isWord(V->type))
      V = emit(Opcode::UnboxFloat, Type::Float, {V});
    else
      V = coerce(V, Want);
  }
  line = SavedLine;
  return V;
}

ir::Value *IRGen::constant(Constant *C) {
  const ConstantValue &V = C->value;
  switch (V.kind) {
  case ConstantValue::Kind::None:
    return constNone();
  case ConstantValue::Kind::True:
    return constBool(true);
  case ConstantValue::Kind::False:
    return constBool(false);
  case ConstantValue::Kind::Ellipsis:
    return constRuntime("adder_ellipsis");
  case ConstantValue::Kind::Int: {
    // The literal's decimal value (any size; the backend emits big ones
    // as static bigint objects).
    std::string Text;
    for (char Ch : V.text)
      if (Ch != '_')
        Text += Ch;
    std::string Decimal;
    unsigned Base = 10;
    size_t Start = 0;
    if (Text.size() > 1 && Text[0] == '0') {
      char P = char(Text[1] | 0x20);
      if (P == 'x' || P == 'o' || P == 'b') {
        Base = P == 'x' ? 16 : P == 'o' ? 8 : 2;
        Start = 2;
      }
    }
    // Convert to decimal with base 1e9 limbs.
    std::vector<uint32_t> Limbs{0};
    for (size_t I = Start; I < Text.size(); ++I) {
      char Ch = Text[I];
      unsigned D = Ch <= '9' ? unsigned(Ch - '0') : unsigned((Ch | 0x20) - 'a' + 10);
      uint64_t Carry = D;
      for (uint32_t &L : Limbs) {
        uint64_t X = uint64_t(L) * Base + Carry;
        L = uint32_t(X % 1000000000u);
        Carry = X / 1000000000u;
      }
      if (Carry)
        Limbs.push_back(uint32_t(Carry));
    }
    Decimal = std::to_string(Limbs.back());
    for (size_t K = Limbs.size() - 1; K-- > 0;) {
      std::string Part = std::to_string(Limbs[K]);
      Decimal += std::string(9 - Part.size(), '0') + Part;
    }
    return emit(Opcode::ConstInt, Type::Int, {}, Decimal);
  }
  case ConstantValue::Kind::Float: {
    std::string Text;
    for (char Ch : V.text)
      if (Ch != '_')
        Text += Ch;
    ir::Instr *I = emit(Opcode::ConstFloat, Type::Float);
    I->floatAttr = std::strtod(Text.c_str(), nullptr);
    return I;
  }
  case ConstantValue::Kind::Str:
    return constStr(llvm::StringRef(V.text.data, V.text.size));
  case ConstantValue::Kind::Bytes:
    return emit(Opcode::ConstBytes, Type::Object, {},
                llvm::StringRef(V.text.data, V.text.size));
  case ConstantValue::Kind::Complex: {
    // An imaginary literal (4j): complex(0.0, 4.0).
    std::string Text;
    for (char Ch : V.text)
      if (Ch != '_' && Ch != 'j' && Ch != 'J')
        Text += Ch;
    ir::Instr *Zero = emit(Opcode::ConstFloat, Type::Float);
    Zero->floatAttr = 0.0;
    ir::Instr *Imag = emit(Opcode::ConstFloat, Type::Float);
    Imag->floatAttr = std::strtod(Text.c_str(), nullptr);
    return rtCall("adder_complex_new", Type::Object, {Zero, Imag});
  }
  }
  return constNone();
}

ir::Value *IRGen::binaryValues(OperatorKind Op, ir::Value *L, ir::Value *R,
                               const Ty *LT, const Ty *RT, const Ty *Result,
                               bool Inplace) {
  Type RType = irType(Result);
  if (isIntType(L->type) && isIntType(R->type) && !(L->type == Type::Bool &&
                                                    R->type == Type::Bool)) {
    if (Op == OperatorKind::Div)
      return emit(Opcode::IntTrueDiv, Type::Float,
                  {coerce(L, Type::Int), coerce(R, Type::Int)});
    if (RType == Type::Int && intOpName(Op))
      return emit(Opcode::IntBinary, Type::Int,
                  {coerce(L, Type::Int), coerce(R, Type::Int)}, intOpName(Op));
  }
  bool LNum = isIntType(L->type) || L->type == Type::Float;
  bool RNum = isIntType(R->type) || R->type == Type::Float;
  if (LNum && RNum && RType == Type::Float &&
      (L->type == Type::Float || R->type == Type::Float)) {
    const char *Name = Op == OperatorKind::Add        ? "add"
                       : Op == OperatorKind::Sub      ? "sub"
                       : Op == OperatorKind::Mult     ? "mul"
                       : Op == OperatorKind::Div      ? "truediv"
                       : Op == OperatorKind::FloorDiv ? "floordiv"
                       : Op == OperatorKind::Mod      ? "mod"
                       : Op == OperatorKind::Pow      ? "pow"
                                                      : nullptr;
    if (Name)
      return emit(Opcode::FloatBinary, Type::Float,
                  {coerce(L, Type::Float), coerce(R, Type::Float)}, Name);
  }
  if (L->type == Type::Str && R->type == Type::Str && Op == OperatorKind::Add)
    return rtCall("adder_str_concat", Type::Str, {L, R});
  ir::Value *V = emit(Inplace ? Opcode::ObjInplace : Opcode::ObjBinary,
                      Type::Object, {toObject(L), toObject(R)}, objOpName(Op));
  if (RType == Type::Float)
    return emit(Opcode::UnboxFloat, Type::Float, {V});
  return coerce(V, RType);
}

/// The parts of a + b + c + ... when every part is a str and there are
/// three or more, left to right; otherwise false.
static bool strChainParts(sema::Program &P, BinOp *B,
                          llvm::SmallVectorImpl<Expr *> &Parts) {
  llvm::SmallVector<Expr *, 8> Rights;
  Expr *E = B;
  while (auto *Add = dyn_cast<BinOp>(E)) {
    if (Add->op != OperatorKind::Add || !P.typeOf(Add)->is(TyKind::Str))
      break;
    Rights.push_back(Add->right);
    E = Add->left;
  }
  if (Rights.size() < 2)
    return false;
  Parts.push_back(E);
  Parts.append(Rights.rbegin(), Rights.rend());
  for (Expr *Part : Parts)
    if (!P.typeOf(Part)->is(TyKind::Str))
      return false;
  return true;
}

ir::Value *IRGen::binary(BinOp *B) {
  // Strs joined with +: one new string instead of one per +, so a long
  // part is copied once (CPython grows its temporary in place). The
  // parts are all evaluated first; adding strs has no effects to reorder.
  llvm::SmallVector<Expr *, 8> Parts;
  if (strChainParts(program, B, Parts)) {
    llvm::SmallVector<std::string, 8> Temps;
    for (Expr *Part : Parts) {
      Temps.push_back(newTemp(Type::Str));
      storeLocal(Temps.back(), coerce(expr(Part), Type::Str));
    }
    llvm::SmallVector<ir::Value *, 8> Values;
    for (const std::string &T : Temps)
      Values.push_back(loadLocal(T));
    return rtCall("adder_str_concat_n", Type::Str,
                  {makeArray(Values), constI32(int32_t(Values.size()))});
  }
  ir::Value *L = expr(B->left);
  // Keep the left value across the right operand's blocks.
  std::string LT = newTemp(L->type);
  storeLocal(LT, L);
  ir::Value *R = expr(B->right);
  return binaryValues(B->op, loadLocal(LT), R, program.typeOf(B->left),
                      program.typeOf(B->right), program.typeOf(B),
                      /*Inplace=*/false);
}

ir::Value *IRGen::unary(UnaryOp *U) {
  ir::Value *V = expr(U->operand);
  switch (U->op) {
  case UnaryOpKind::Not:
    return emit(Opcode::BoolNot, Type::Bool, {truthy(V)});
  case UnaryOpKind::USub:
    if (isIntType(V->type))
      return emit(Opcode::IntUnary, Type::Int, {coerce(V, Type::Int)}, "neg");
    if (V->type == Type::Float)
      return emit(Opcode::FloatUnary, Type::Float, {V}, "neg");
    return emit(Opcode::ObjUnary, Type::Object, {toObject(V)}, "neg");
  case UnaryOpKind::UAdd:
    if (isIntType(V->type))
      return coerce(V, Type::Int);
    if (V->type == Type::Float)
      return V;
    return emit(Opcode::ObjUnary, Type::Object, {toObject(V)}, "pos");
  case UnaryOpKind::Invert:
    if (isIntType(V->type))
      return emit(Opcode::IntUnary, Type::Int, {coerce(V, Type::Int)},
                  "invert");
    return emit(Opcode::ObjUnary, Type::Object, {toObject(V)}, "invert");
  }
  return V;
}

ir::Value *IRGen::boolOp(BoolOp *B) {
  // `a and b`: a if a is falsy else b, evaluating b only when needed.
  Type RT = irTypeOf(B);
  std::string T = newTemp(RT);
  ir::Block *End = newBlock("boolop.end");
  for (size_t I = 0; I < B->values.size; ++I) {
    ir::Value *V = expr(B->values[I]);
    storeLocal(T, V->type == RT ? V
                  : RT == Type::Float && ir::isWord(V->type)
                      ? emit(Opcode::UnboxFloat, Type::Float, {V})
                      : coerce(V, RT));
    if (I + 1 == B->values.size)
      break;
    ir::Block *Next = newBlock("boolop.next");
    ir::Value *C = truthy(loadLocal(T));
    if (B->op == BoolOpKind::And)
      condBr(C, Next, End);
    else
      condBr(C, End, Next);
    setBlock(Next);
  }
  br(End);
  setBlock(End);
  return loadLocal(T);
}

ir::Value *IRGen::compareValues(CmpOpKind Op, ir::Value *L, ir::Value *R,
                                const Ty *LT, const Ty *RT) {
  switch (Op) {
  case CmpOpKind::Is:
  case CmpOpKind::IsNot: {
    // Floats held unboxed have no object identity left; the backend
    // compares their bits, so `x is x` holds.
    bool Floats = L->type == Type::Float && R->type == Type::Float;
    ir::Value *Same = emit(Opcode::IsSame, Type::Bool,
                           {Floats ? L : toObject(L), Floats ? R : toObject(R)});
    return Op == CmpOpKind::Is ? Same : emit(Opcode::BoolNot, Type::Bool, {Same});
  }
  case CmpOpKind::In:
  case CmpOpKind::NotIn: {
    ir::Value *In =
        emit(Opcode::ObjContains, Type::Bool, {toObject(R), toObject(L)});
    return Op == CmpOpKind::In ? In : emit(Opcode::BoolNot, Type::Bool, {In});
  }
  default:
    break;
  }
  if (isIntType(L->type) && isIntType(R->type))
    return emit(Opcode::IntCompare, Type::Bool,
                {coerce(L, Type::Int), coerce(R, Type::Int)}, cmpName(Op));
  if (L->type == Type::Float && R->type == Type::Float)
    return emit(Opcode::FloatCompare, Type::Bool, {L, R}, cmpName(Op));
  if ((isIntType(L->type) && R->type == Type::Float) ||
      (L->type == Type::Float && isIntType(R->type))) {
    // Exact int/float comparison, as CPython's.
    bool IntLeft = isIntType(L->type);
    ir::Value *I = coerce(IntLeft ? L : R, Type::Int);
    ir::Value *F = IntLeft ? R : L;
    CmpOpKind Eff = Op;
    if (!IntLeft) {
      switch (Op) {
      case CmpOpKind::Lt: Eff = CmpOpKind::Gt; break;
      case CmpOpKind::LtE: Eff = CmpOpKind::GtE; break;
      case CmpOpKind::Gt: Eff = CmpOpKind::Lt; break;
      case CmpOpKind::GtE: Eff = CmpOpKind::LtE; break;
      default: break;
      }
    }
    static const int Codes[] = {2, 3, 0, 1, 4, 5}; // Eq NotEq Lt LtE Gt GtE
    return rtCall("adder_int_float_compare", Type::Bool,
                  {I, F, constI32(Codes[unsigned(Eff)])});
  }
  return emit(Opcode::ObjCompareBool, Type::Bool, {toObject(L), toObject(R)},
              cmpName(Op));
}

ir::Value *IRGen::compare(Compare *C) {
  Type RT = irTypeOf(C);
  if (C->ops.size == 1) {
    ir::Value *L = expr(C->left);
    // `in` takes the left operand as an object: box it now, keeping the
    // identity of a float unboxed from an object (`nan in [nan]`).
    if (C->ops[0] == CmpOpKind::In || C->ops[0] == CmpOpKind::NotIn)
      L = toObject(L);
    std::string LTmp = newTemp(L->type);
    storeLocal(LTmp, L);
    ir::Value *R = expr(C->comparators[0]);
    L = loadLocal(LTmp);
    CmpOpKind Op = C->ops[0];
    if (RT == Type::Object && Op != CmpOpKind::Is && Op != CmpOpKind::IsNot &&
        Op != CmpOpKind::In && Op != CmpOpKind::NotIn)
      return emit(Opcode::ObjCompare, Type::Object, {toObject(L), toObject(R)},
                  cmpName(Op));
    return compareValues(Op, L, R, program.typeOf(C->left),
                         program.typeOf(C->comparators[0]));
  }
  // a < b < c: each operand evaluated once, stop at the first false.
  std::string Result = newTemp(Type::Bool);
  ir::Block *End = newBlock("cmp.end");
  ir::Value *L = expr(C->left);
  std::string Prev = newTemp(L->type);
  storeLocal(Prev, L);
  const Ty *PrevTy = program.typeOf(C->left);
  for (size_t I = 0; I < C->ops.size; ++I) {
    ir::Value *R = expr(C->comparators[I]);
    std::string Cur = newTemp(R->type);
    storeLocal(Cur, R);
    ir::Value *B = compareValues(C->ops[I], loadLocal(Prev), loadLocal(Cur),
                                 PrevTy, program.typeOf(C->comparators[I]));
    storeLocal(Result, B);
    if (I + 1 < C->ops.size) {
      ir::Block *Next = newBlock("cmp.next");
      condBr(loadLocal(Result), Next, End);
      setBlock(Next);
    }
    Prev = Cur;
    PrevTy = program.typeOf(C->comparators[I]);
  }
  br(End);
  setBlock(End);
  return loadLocal(Result);
}

ir::Value *IRGen::ifExp(IfExp *I) {
  Type RT = irTypeOf(I);
  std::string T = newTemp(RT);
  ir::Block *Then = newBlock("ifexp.then"), *Else = newBlock("ifexp.else");
  ir::Block *End = newBlock("ifexp.end");
  condBr(condition(I->test), Then, Else);
  auto Store = [&](Expr *E) {
    ir::Value *V = expr(E);
    if (RT == Type::Float && ir::isWord(V->type))
      V = emit(Opcode::UnboxFloat, Type::Float, {V});
    storeLocal(T, coerce(V, RT));
    br(End);
  };
  setBlock(Then);
  Store(I->body);
  setBlock(Else);
  Store(I->orelse);
  setBlock(End);
  return loadLocal(T);
}

ir::Value *IRGen::subscript(Subscript *S) {
  const Ty *CT = program.typeOf(S->value);
  ir::Value *C = expr(S->value);
  std::string CTmp = newTemp(C->type);
  storeLocal(CTmp, C);
  ir::Value *K = expr(S->slice);
  C = loadLocal(CTmp);
  if (CT->is(TyKind::List) && isIntType(K->type)) {
    ir::Value *V = rtCall("adder_list_getitem_int", Type::Object,
                          {C, coerce(K, Type::Int)});
    Type Elem = irType(CT->elementType());
    if (Elem == Type::Float)
      return emit(Opcode::UnboxFloat, Type::Float, {V});
    return coerce(V, Elem);
  }
  return emit(Opcode::ObjGetItem, Type::Object, {toObject(C), toObject(K)});
}

ir::Value *IRGen::attribute(Attribute *A) {
  const Ty *OT = program.typeOf(A->value);
  if (OT->is(TyKind::Module)) {
    sema::ModuleUnit *M = OT->module;
    if (pyModules.lookup(M)->findSlot(sema::keyOf(A->attr)) >= 0) {
      // Importing ran the module already (the attribute is only reachable
      // through the module value).
      expr(A->value);
      Type Want = irTypeOf(A);
      return loadGlobal(M, A->attr, Want);
    }
  }
  if (OT->is(TyKind::Builtin) && llvm::StringRef(OT->builtin->kind) == "module" &&
      !program.isRebound(OT->builtin->name, sema::keyOf(A->attr))) {
    const sema::BuiltinInfo *B =
        sema::findBuiltin(OT->builtin->name, sema::keyOf(A->attr));
    if (B && llvm::StringRef(B->kind) == "constant" &&
        llvm::StringRef(B->constType) == "float") {
      ir::Instr *I = emit(Opcode::ConstFloat, Type::Float);
      llvm::StringRef V = B->constValue;
      I->floatAttr = V == "inf"   ? HUGE_VAL
                     : V == "nan" ? std::nan("")
                                  : std::strtod(B->constValue, nullptr);
      return I;
    }
  }
  return loadAttr(expr(A->value), A->value, A->attr);
}

/// [a, *b, c]: a list built item by item, extended by each starred one
/// (CPython's LIST_APPEND and LIST_EXTEND).
ir::Value *IRGen::starredList(const NodeList<Expr> &Elts) {
  std::string Result = newTemp(Type::List);
  storeLocal(Result, rtCall("adder_list_new", Type::List,
                            {emit(Opcode::ArrayNew, Type::Ptr, {}, "0"),
                             constI32(0)}));
  for (Expr *E : Elts) {
    if (auto *S = dyn_cast<Starred>(E)) {
      ir::Value *V = toObject(expr(S->value));
      rtCall("adder_list_extend_starred", Type::I32, {loadLocal(Result), V});
      continue;
    }
    ir::Value *V = toObject(expr(E));
    rtCall("adder_list_append", Type::I32, {loadLocal(Result), V});
  }
  return loadLocal(Result);
}

static bool hasStarred(const NodeList<Expr> &Elts) {
  for (Expr *E : Elts)
    if (isa<Starred>(E))
      return true;
  return false;
}

ir::Value *IRGen::listDisplay(List *L) {
  if (hasStarred(L->elts))
    return starredList(L->elts);
  std::vector<std::string> Temps;
  for (Expr *E : L->elts) {
    ir::Value *V = toObject(expr(E));
    std::string T = newTemp(Type::Object);
    storeLocal(T, V);
    Temps.push_back(T);
  }
  std::vector<ir::Value *> Vals;
  for (auto &T : Temps)
    Vals.push_back(loadLocal(T));
  ir::Value *A = makeArray(Vals);
  return rtCall("adder_list_new", Type::List,
                {A, constI32(int32_t(Vals.size()))});
}

ir::Value *IRGen::tupleDisplay(Tuple *T) {
  if (hasStarred(T->elts))
    return rtCall("adder_list_to_tuple", Type::Tuple,
                  {starredList(T->elts)});
  std::vector<std::string> Temps;
  for (Expr *E : T->elts) {
    ir::Value *V = toObject(expr(E));
    std::string Tmp = newTemp(Type::Object);
    storeLocal(Tmp, V);
    Temps.push_back(Tmp);
  }
  std::vector<ir::Value *> Vals;
  for (auto &Tmp : Temps)
    Vals.push_back(loadLocal(Tmp));
  ir::Value *A = makeArray(Vals);
  return rtCall("adder_tuple_new", Type::Tuple,
                {A, constI32(int32_t(Vals.size()))});
}

ir::Value *IRGen::formatted(FormattedValue *F) {
  ir::Value *V = expr(F->value);
  switch (F->conversion) {
  case 'r':
    V = rtCall("adder_repr", Type::Str, {V});
    break;
  case 's':
    V = rtCall("adder_str", Type::Str, {V});
    break;
  case 'a':
    V = emit(Opcode::ObjCall, Type::Object,
             {constRuntime("adder_builtin_ascii"), toObject(V)});
    break;
  default:
    break;
  }
  if (F->format_spec) {
    std::string VT = newTemp(V->type);
    storeLocal(VT, V);
    ir::Value *Spec = expr(F->format_spec);
    return rtCall("adder_format_value", Type::Str, {loadLocal(VT), Spec});
  }
  if (V->type == Type::Str)
    return V;
  if (V->type == Type::Int)
    return rtCall("adder_int_to_str", Type::Str, {V});
  if (V->type == Type::Float)
    return rtCall("adder_float_to_str", Type::Str, {V});
  return rtCall("adder_format_value", Type::Str, {V, constStr("")});
}

ir::Value *IRGen::joinedStr(JoinedStr *J) {
  std::vector<std::string> Temps;
  for (Expr *E : J->values) {
    ir::Value *V = expr(E);
    std::string T = newTemp(Type::Str);
    storeLocal(T, coerce(V, Type::Str));
    Temps.push_back(T);
  }
  if (Temps.empty())
    return constStr("");
  if (Temps.size() == 1)
    return loadLocal(Temps[0]);
  std::vector<ir::Value *> Vals;
  for (auto &T : Temps)
    Vals.push_back(loadLocal(T));
  ir::Value *A = makeArray(Vals);
  return rtCall("adder_str_join_array", Type::Str,
                {A, constI32(int32_t(Vals.size()))});
}

ir::Value *IRGen::makeFunction(const FunctionInfo *F, Arguments *Args) {
  // Defaults are evaluated at definition time, in the defining scope.
  ir::Value *Defaults = constNone(), *KwDefaults = constNone();
  if (Args && Args->defaults.size) {
    std::vector<ir::Value *> Vals;
    std::vector<std::string> Temps;
    for (Expr *D : Args->defaults) {
      std::string T = newTemp(Type::Object);
      storeLocal(T, toObject(expr(D)));
      Temps.push_back(T);
    }
    for (auto &T : Temps)
      Vals.push_back(loadLocal(T));
    Defaults = rtCall("adder_tuple_new", Type::Tuple,
                      {makeArray(Vals), constI32(int32_t(Vals.size()))});
  }
  if (Args && Args->kwonlyargs.size) {
    bool Any = false;
    for (Expr *D : Args->kw_defaults)
      Any |= D != nullptr;
    if (Any) {
      std::vector<std::string> Temps;
      for (Expr *D : Args->kw_defaults) {
        std::string T = newTemp(Type::Object);
        // A missing default is the Error word (0): "no default".
        storeLocal(T, D ? toObject(expr(D))
                        : emit(Opcode::ConstRuntime, Type::Object, {},
                               "adder_no_default"));
        Temps.push_back(T);
      }
      std::vector<ir::Value *> Vals;
      for (auto &T : Temps)
        Vals.push_back(loadLocal(T));
      KwDefaults = rtCall("adder_tuple_new", Type::Tuple,
                          {makeArray(Vals), constI32(int32_t(Vals.size()))});
    }
  }
  // Annotations, evaluated after the defaults: (name, value temporary), in
  // CPython's order (regular parameters before positional-only ones).
  // Under `from __future__ import annotations` they are their source text.
  std::vector<std::pair<std::string, std::string>> Annotations;
  auto AnnotationValue = [&](Expr *E) {
    if (fs->module->futureAnnotations)
      return toObject(constStr(sourceSegment(fs->module->source, E)));
    return toObject(expr(E));
  };
  if (Args) {
    auto Annotate = [&](Arg *P, size_t Slot) {
      if (!P || !P->annotation)
        return;
      std::string T = newTemp(Type::Object);
      storeLocal(T, AnnotationValue(P->annotation));
      Annotations.push_back({sema::keyOf(F->paramNames[Slot]).str(), T});
    };
    size_t NPosOnly = Args->posonlyargs.size;
    size_t NPos = NPosOnly + Args->args.size;
    size_t KwBase = NPos + (Args->vararg ? 1 : 0);
    for (size_t I = 0; I < Args->args.size; ++I)
      Annotate(Args->args[I], NPosOnly + I);
    for (size_t I = 0; I < NPosOnly; ++I)
      Annotate(Args->posonlyargs[I], I);
    Annotate(Args->vararg, NPos);
    for (size_t I = 0; I < Args->kwonlyargs.size; ++I)
      Annotate(Args->kwonlyargs[I], KwBase + I);
    Annotate(Args->kwarg, KwBase + Args->kwonlyargs.size);
    if (auto *D = dyn_cast<FunctionDef>(F->node))
      if (D->returns) {
        std::string T = newTemp(Type::Object);
        storeLocal(T, AnnotationValue(D->returns));
        Annotations.push_back({"return", T});
      }
  }
  ir::Value *Closure = constNone();
  const Scope *S = F->scope;
  if (!S->freeVars.empty()) {
    // The cells of the free variables, in the callee's freeVars order:
    // ours (cells) or, passing through, our own closure's.
    std::vector<ir::Value *> Cells;
    std::vector<std::string> Temps;
    Scope *Saved = fs->scope;
    for (Identifier Name : S->freeVars) {
      // Class bodies do not enclose their methods, except for the
      // __class__ cell.
      fs->scope = Saved;
      while (fs->scope->kind == sema::ScopeKind::Class &&
             sema::keyOf(Name) != "__class__")
        fs->scope = fs->scope->parent;
      Scope *Owner = program.ownerOf(fs->scope, Name);
      ir::Value *Cell = cellOf(Name, isLocalScope(Owner));
      std::string T = newTemp(Type::Object);
      storeLocal(T, Cell);
      Temps.push_back(T);
    }
    fs->scope = Saved;
    for (auto &T : Temps)
      Cells.push_back(loadLocal(T));
    Closure = rtCall("adder_tuple_new", Type::Tuple,
                     {makeArray(Cells), constI32(int32_t(Cells.size()))});
  }
  ir::Value *Fn =
      emit(Opcode::FuncNew, Type::Object,
           {toObject(Defaults), toObject(KwDefaults), toObject(Closure)},
           irFunctions.lookup(F)->name);
  if (Annotations.empty())
    return Fn;
  std::string FnT = newTemp(Type::Object);
  storeLocal(FnT, Fn);
  ir::Value *Dict = newEmpty("adder_type_dict");
  for (auto &[Name, T] : Annotations)
    emit(Opcode::ObjSetItem, Type::Void,
         {Dict, toObject(constStr(Name)), loadLocal(T)});
  emit(Opcode::ObjSetAttr, Type::Void, {loadLocal(FnT), Dict},
       "__annotations__");
  return loadLocal(FnT);
}

std::string adder::irgen::sourceSegment(const SourceText &S, const Node *N) {
  // CPython unparses the annotation; for a string constant (the common
  // quoted forward reference) that is the string's repr.
  if (auto *C = dyn_cast<Constant>(const_cast<Node *>(N));
      C && C->value.kind == ConstantValue::Kind::Str) {
    std::string R;
    appendStrRepr(R, C->value.text);
    return R;
  }
  // Lines are '\n'-terminated; columns are byte offsets.
  auto Offset = [&](uint32_t Line, uint32_t Col) {
    uint32_t O = 0;
    for (uint32_t L = 1; L < Line && O < S.size; ++O)
      if (S.data[O] == '\n')
        ++L;
    return O + Col < S.size ? O + Col : S.size;
  };
  uint32_t Begin = Offset(N->line, N->col);
  uint32_t End = Offset(N->endLine, N->endCol);
  return std::string(S.data + Begin, End > Begin ? End - Begin : 0);
}

ir::Value *IRGen::lambda(Lambda *L) {
  FunctionInfo *F = program.functionOf(fs->module->scopes.scopeOf(L));
  return makeFunction(F, L->args);
}

ir::Value *IRGen::sliceValue(Slice *S) {
  auto Part = [&](Expr *E) -> ir::Value * {
    if (!E)
      return constNone();
    ir::Value *V = toObject(expr(E));
    std::string T = newTemp(Type::Object);
    storeLocal(T, V);
    return loadLocal(T);
  };
  ir::Value *Lo = Part(S->lower);
  std::string LoT = newTemp(Type::Object);
  storeLocal(LoT, Lo);
  ir::Value *Hi = Part(S->upper);
  std::string HiT = newTemp(Type::Object);
  storeLocal(HiT, Hi);
  ir::Value *St = Part(S->step);
  return rtCall("adder_slice_new", Type::Object,
                {loadLocal(LoT), loadLocal(HiT), St});
}
