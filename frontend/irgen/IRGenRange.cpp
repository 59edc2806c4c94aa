//===- IRGenRange.cpp - for loops over range() ----------------------------===//
//
// `for i in range(a, b, c)` with int arguments is a counting loop; no range
// object exists. Python's ints are unbounded, so the counter is an int and
// each step is an overflow-checked add with a bigint slow path:
//
//   slow:  i = a                          (int: a tagged small int or bigint)
//          while i < b:  BODY; i = i + c  (int.cmp, int.binary add)
//
// Nearly always a, b and c are small ints, and then no step can leave the
// machine word (small ints have a spare bit): the counter can be a plain
// machine integer (the IR's `index`), compared and incremented with no tag
// check, no overflow check and no call:
//
//   fast:  x = index(a)                   (index.from_int: untag)
//          while x < index(b):  i = int(x); BODY; x = x + index(c)
//
// An innermost loop, the one that runs hottest, is emitted twice, chosen at
// run time by `a, b and c are small` (int.is_small): the fast copy has no
// call on any path back to its header, so LLVM can keep loop-invariant
// loads (list lengths and data pointers) in registers and drop checks it
// proves redundant. Outer loops, and loops whose body is too big or holds
// what cannot be emitted twice (nested functions, yields), are emitted
// once, in the slow form, which is always correct.
//
// A step whose sign is unknown at compile time is checked for zero before
// the loop (ValueError, as range() raises); the fast copy then counts the
// iterations up front (CPython's range length), so each step is one
// decrement and one add whatever the direction.
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"
#include "adder/frontend/ASTWalk.h"

using namespace adder;
using namespace adder::irgen;

namespace {

/// Statements of a loop body beyond which it is not emitted twice: code
/// size grows with each copy, and a long body gains little from the fast
/// counter anyway.
constexpr unsigned MaxVersionedStatements = 40;

/// Whether a loop body can be emitted twice and is worth it: it is an
/// innermost loop (no loop, comprehension or generator expression in it),
/// defines no function or class (a second copy would create the function
/// object from different code) and does not yield.
struct VersionScan : ChildWalker<VersionScan> {
  unsigned statements = 0;
  bool ok = true;

  void walk(Node *N) {
    if (!ok)
      return;
    switch (N->nodeKind) {
    case NodeKind::For:
    case NodeKind::AsyncFor:
    case NodeKind::While:
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp:
    case NodeKind::FunctionDef:
    case NodeKind::AsyncFunctionDef:
    case NodeKind::ClassDef:
    case NodeKind::Lambda:
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
    case NodeKind::Await:
      ok = false;
      return;
    default:
      break;
    }
    if (isa<Stmt>(N) && ++statements > MaxVersionedStatements) {
      ok = false;
      return;
    }
    visitFields(N, *this);
  }
};

} // namespace

bool IRGen::isTypedRange(Call *C) {
  const Ty *CT = program.typeOf(C->func);
  bool IsRange = CT->is(TyKind::Builtin) &&
                 llvm::StringRef(CT->builtin->name) == "range" &&
                 llvm::StringRef(CT->builtin->module).empty() &&
                 C->keywords.size == 0 && C->args.size >= 1 &&
                 C->args.size <= 3;
  for (Expr *A : C->args)
    IsRange &= !isa<Starred>(A);
  return IsRange;
}

/// The arguments of range() as ints. Arguments of other types than int
/// and bool are converted as range() does, through __index__, once all of
/// them are evaluated (CPython evaluates the call's arguments before range()
/// looks at them).
llvm::SmallVector<ir::Value *, 3> IRGen::rangeArguments(Call *C) {
  llvm::SmallVector<ir::Value *, 3> Args;
  llvm::SmallVector<std::string, 3> Temps(C->args.size);
  for (size_t K = 0; K < C->args.size; ++K) {
    const Ty *T = program.typeOf(C->args[K]);
    bool Typed = T->is(TyKind::Int) || T->is(TyKind::Bool);
    Temps[K] = newTemp(Typed ? Type::Int : Type::Object);
    storeLocal(Temps[K], Typed ? exprAs(C->args[K], Type::Int)
                               : toObject(expr(C->args[K])));
  }
  for (size_t K = 0; K < C->args.size; ++K) {
    ir::Value *V = loadLocal(Temps[K]);
    Args.push_back(V->type == Type::Int
                       ? V
                       : rtCall("adder_range_index", Type::Int, {V}));
  }
  return Args;
}

void IRGen::forRange(Stmt *S, Expr *Target, Call *C,
                     const NodeList<Stmt> &Body, const NodeList<Stmt> &Else) {
  ir::Block *End = newBlock("for.end");
  ir::Block *ElseB = Else.empty() ? End : newBlock("for.else");

  llvm::SmallVector<ir::Value *, 3> Args = rangeArguments(C);
  ir::Value *Start, *Stop, *Step;
  if (C->args.size == 1) {
    Start = constInt(0);
    Stop = Args[0];
    Step = constInt(1);
  } else {
    Start = Args[0];
    Stop = Args[1];
    Step = C->args.size == 3 ? Args[2] : constInt(1);
  }
  // The direction of the comparison: known for a constant step.
  int Direction = 0;
  if (C->args.size < 3) {
    Direction = 1;
  } else if (auto *K = dyn_cast<Constant>(C->args[2])) {
    Direction = K->value.text.is("0") ? 0 : 1;
  } else if (auto *U = dyn_cast<UnaryOp>(C->args[2])) {
    if (U->op == UnaryOpKind::USub && isa<Constant>(U->operand))
      Direction = -1;
  }
  std::string I = newTemp(Type::Int), StopT = newTemp(Type::Int),
              StepT = newTemp(Type::Int);
  storeLocal(I, Start);
  storeLocal(StopT, Stop);
  storeLocal(StepT, Step);
  if (Direction == 0) {
    // Step known only at run time: zero is an error.
    ir::Block *Zero = newBlock("range.zero"), *Ok = newBlock("range.ok");
    ir::Value *IsZero = emit(Opcode::IntCompare, Type::Bool,
                             {loadLocal(StepT), constInt(0)}, "eq");
    condBr(IsZero, Zero, Ok);
    setBlock(Zero);
    rtCall("adder_raise_range_step_zero", Type::Void, {});
    emit(Opcode::Unreachable, Type::Void);
    setBlock(Ok);
  }

  // The loop body, with break and continue targets.
  auto EmitBody = [&](ir::Block *Continue) {
    fs->loops.push_back({End, Continue, fs->cleanups.size()});
    body(Body);
    fs->loops.pop_back();
    br(Continue);
  };

  VersionScan Scan;
  for (Stmt *B : Body)
    Scan.walk(B);
  if (Scan.ok && !fs->fn->generatorResume) {
    ir::Block *FastPre = newBlock("range.fast");
    ir::Block *SlowPre = newBlock("range.slow");
    // All three small: tested one after the other (the IR has no `and`).
    ir::Block *CheckStop = newBlock("range.check"),
              *CheckStep = newBlock("range.check");
    condBr(emit(Opcode::IntIsSmall, Type::Bool, {loadLocal(I)}), CheckStop,
           SlowPre);
    setBlock(CheckStop);
    condBr(emit(Opcode::IntIsSmall, Type::Bool, {loadLocal(StopT)}),
           CheckStep, SlowPre);
    setBlock(CheckStep);
    condBr(emit(Opcode::IntIsSmall, Type::Bool, {loadLocal(StepT)}), FastPre,
           SlowPre);

    setBlock(FastPre);
    forRangeFast(S, Target, I, StopT, StepT, Direction, EmitBody, ElseB);
    setBlock(SlowPre);
  }
  forRangeSlow(S, Target, I, StopT, StepT, Direction, EmitBody, ElseB);

  if (ElseB != End) {
    setBlock(ElseB);
    body(Else);
    br(End);
  }
  setBlock(End);
}

void IRGen::forRangeFast(Stmt *S, Expr *Target, const std::string &I,
                         const std::string &StopT, const std::string &StepT,
                         int Direction,
                         llvm::function_ref<void(ir::Block *)> EmitBody,
                         ir::Block *Exit) {
  auto Index = [&](const std::string &Int) {
    return emit(Opcode::IndexFromInt, Type::Index, {loadLocal(Int)});
  };
  auto Binary = [&](const char *Op, ir::Value *A, ir::Value *B) {
    return emit(Opcode::IndexBinary, Type::Index, {A, B}, Op);
  };
  auto Compare = [&](const char *Op, ir::Value *A, ir::Value *B) {
    return emit(Opcode::IndexCompare, Type::Bool, {A, B}, Op);
  };
  auto Zero = [&] {
    return emit(Opcode::IndexFromInt, Type::Index, {constInt(0)});
  };
  std::string X = newTemp(Type::Index), StepX = newTemp(Type::Index);
  storeLocal(X, Index(I));
  storeLocal(StepX, Index(StepT));
  ir::Block *Head = newBlock("range.fast.head");
  ir::Block *BodyB = newBlock("range.fast.body");
  ir::Block *Next = newBlock("range.fast.next");

  if (Direction != 0) {
    std::string StopX = newTemp(Type::Index);
    storeLocal(StopX, Index(StopT));
    br(Head);
    setBlock(Head);
    line = S->line;
    condBr(Compare(Direction > 0 ? "lt" : "gt", loadLocal(X), loadLocal(StopX)),
           BodyB, Exit);
    setBlock(BodyB);
    assign(Target, emit(Opcode::IndexToInt, Type::Int, {loadLocal(X)}));
    EmitBody(Next);
    setBlock(Next);
    line = S->line;
    storeLocal(X, Binary("add", loadLocal(X), loadLocal(StepX)));
    br(Head);
    return;
  }

  // Unknown direction: count the iterations first, as CPython's range
  // length does: lo < hi ? (hi - lo - 1) // |step| + 1 : 0, where (lo, hi)
  // is (start, stop) counting up and (stop, start) counting down.
  std::string Lo = newTemp(Type::Index), Hi = newTemp(Type::Index),
              Abs = newTemp(Type::Index), Count = newTemp(Type::Index);
  ir::Block *Up = newBlock("range.up"), *Down = newBlock("range.down");
  ir::Block *Length = newBlock("range.length"),
            *NonEmpty = newBlock("range.nonempty");
  condBr(Compare("gt", loadLocal(StepX), Zero()), Up, Down);
  setBlock(Up);
  storeLocal(Lo, loadLocal(X));
  storeLocal(Hi, Index(StopT));
  storeLocal(Abs, loadLocal(StepX));
  br(Length);
  setBlock(Down);
  storeLocal(Lo, Index(StopT));
  storeLocal(Hi, loadLocal(X));
  storeLocal(Abs, Binary("sub", Zero(), loadLocal(StepX)));
  br(Length);
  setBlock(Length);
  storeLocal(Count, Zero());
  condBr(Compare("lt", loadLocal(Lo), loadLocal(Hi)), NonEmpty, Head);
  setBlock(NonEmpty);
  ir::Value *One = emit(Opcode::IndexFromInt, Type::Index, {constInt(1)});
  ir::Value *Span =
      Binary("sub", Binary("sub", loadLocal(Hi), loadLocal(Lo)), One);
  storeLocal(Count,
             Binary("add", Binary("floordiv", Span, loadLocal(Abs)), One));
  br(Head);

  setBlock(Head);
  line = S->line;
  condBr(Compare("gt", loadLocal(Count), Zero()), BodyB, Exit);
  setBlock(BodyB);
  assign(Target, emit(Opcode::IndexToInt, Type::Int, {loadLocal(X)}));
  EmitBody(Next);
  setBlock(Next);
  line = S->line;
  storeLocal(Count, Binary("sub", loadLocal(Count),
                           emit(Opcode::IndexFromInt, Type::Index,
                                {constInt(1)})));
  storeLocal(X, Binary("add", loadLocal(X), loadLocal(StepX)));
  br(Head);
}

void IRGen::forRangeSlow(Stmt *S, Expr *Target, const std::string &I,
                         const std::string &StopT, const std::string &StepT,
                         int Direction,
                         llvm::function_ref<void(ir::Block *)> EmitBody,
                         ir::Block *Exit) {
  ir::Block *Head = newBlock("for.head"), *BodyB = newBlock("for.body");
  ir::Block *Next = newBlock("for.next");
  br(Head);
  setBlock(Head);
  line = S->line;
  ir::Value *Cond;
  if (Direction != 0) {
    Cond = emit(Opcode::IntCompare, Type::Bool,
                {loadLocal(I), loadLocal(StopT)}, Direction > 0 ? "lt" : "gt");
  } else {
    // (step > 0 and i < stop) or (step < 0 and i > stop)
    std::string R = newTemp(Type::Bool);
    ir::Block *Up = newBlock("range.up"), *Down = newBlock("range.down");
    ir::Block *Join = newBlock("range.cond");
    condBr(emit(Opcode::IntCompare, Type::Bool,
                {loadLocal(StepT), constInt(0)}, "gt"),
           Up, Down);
    setBlock(Up);
    storeLocal(R, emit(Opcode::IntCompare, Type::Bool,
                       {loadLocal(I), loadLocal(StopT)}, "lt"));
    br(Join);
    setBlock(Down);
    storeLocal(R, emit(Opcode::IntCompare, Type::Bool,
                       {loadLocal(I), loadLocal(StopT)}, "gt"));
    br(Join);
    setBlock(Join);
    Cond = loadLocal(R);
  }
  condBr(Cond, BodyB, Exit);
  setBlock(BodyB);
  assign(Target, loadLocal(I));
  EmitBody(Next);
  setBlock(Next);
  line = S->line;
  storeLocal(I, emit(Opcode::IntBinary, Type::Int,
                     {loadLocal(I), loadLocal(StepT)}, "add"));
  br(Head);
}
