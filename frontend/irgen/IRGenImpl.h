//===- IRGenImpl.h - lowering the typed AST to IR (internals) ---*- C++ -*-===//
//
// One IRGen walks every function of the program with the types sema
// inferred and emits IR. Per-function state (current block, loops, the
// cleanups a return or break must run) lives in FnState. Values that
// merge across branches go through temporary locals, which LLVM's mem2reg
// turns into SSA, so the IR needs no phi nodes.
//
// Statements are lowered in IRGenStmt.cpp, expressions and calls in
// IRGenExpr.cpp and IRGenCall.cpp; this header is their shared contract.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_IRGEN_IRGENIMPL_H
#define ADDER_IRGEN_IRGENIMPL_H

#include "adder/ir/IR.h"
#include "adder/irgen/IRGen.h"
#include "adder/sema/Program.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

#include <functional>

namespace adder::irgen {

using namespace adder::ast;
using sema::FunctionInfo;
using sema::ModuleUnit;
using sema::Scope;
using sema::Ty;
using sema::TyKind;
using ir::Type;
using ir::Opcode;

/// The source text of N (its line/col span in S): a postponed annotation.
std::string sourceSegment(const SourceText &S, const Node *N);

/// Something a return/break/continue must run on its way out of a region:
/// a finally body, or restoring the exception state of an except block.
struct Cleanup {
  std::function<void()> run;
  /// Loop depth when pushed: break/continue run cleanups above their loop.
  unsigned loopDepth;
  /// The handler the cleanup's own code runs with (that of the region
  /// around the one it cleans up).
  ir::Block *handler;
};

struct LoopTargets {
  ir::Block *breakTo;
  ir::Block *continueTo;
  size_t cleanupDepth;
};

struct FnState {
  FunctionInfo *info = nullptr;
  ir::Function *fn = nullptr;
  Scope *scope = nullptr;
  ModuleUnit *module = nullptr;
  ir::Block *cur = nullptr;
  /// The handler for code being emitted (blocks created while it is set get
  /// it as their handler).
  ir::Block *handler = nullptr;
  std::vector<LoopTargets> loops;
  std::vector<Cleanup> cleanups;
  /// Locals known to be bound in the current block (no unbound check).
  llvm::DenseSet<unsigned> boundHere;
  /// Compiler temporaries (newTemp): never checked for being bound, since
  /// irgen stores each before any read, and a word temporary may hold 0
  /// (exc.get_handled with no exception being handled), which the check
  /// would take for "unbound".
  llvm::DenseSet<unsigned> tempLocals;
  unsigned temps = 0;
  unsigned blocks = 0;
  /// Comprehension scopes being emitted inline, with their local prefix.
  llvm::DenseMap<const Scope *, std::string> inlineScopes;
  /// Class bodies being emitted inline, with their namespace temporary.
  llvm::DenseMap<const Scope *, std::string> classNamespaces;
};

class IRGen {
public:
  IRGen(sema::Program &P, ir::Module &M, const IRGenOptions &O)
      : program(P), module(M), options(O), types(P.types()) {}
  bool run(CompileError &Err);

  //--- Shared by the statement and expression files ----------------------//
  sema::Program &program;
  ir::Module &module;
  const IRGenOptions &options;
  sema::TypeContext &types;
  FnState *fs = nullptr;
  uint32_t line = 0;
  bool failed = false;
  CompileError *error = nullptr;
  llvm::DenseMap<const FunctionInfo *, ir::Function *> irFunctions;
  llvm::DenseMap<const ModuleUnit *, ir::PyModule *> pyModules;

  /// Reports "what is not supported yet" at a node and stops.
  void unsupported(const Node *N, const std::string &What);
  void errorAt(const Node *N, const std::string &Message);

  //--- Emission ------------------------------------------------------------//
  ir::Block *newBlock(const char *Hint);
  void setBlock(ir::Block *B) {
    fs->cur = B;
    fs->boundHere.clear();
  }
  bool terminated() const { return fs->cur->terminator() != nullptr; }
  ir::Instr *emit(Opcode Op, Type Result, llvm::ArrayRef<ir::Value *> Ops = {},
                  llvm::StringRef Attr = "");
  void br(ir::Block *To);
  void condBr(ir::Value *Cond, ir::Block *Then, ir::Block *Else);
  ir::Value *constInt(int64_t V);
  ir::Value *constI32(int32_t V) {
    return emit(Opcode::ConstI32, Type::I32, {}, std::to_string(V));
  }
  ir::Value *constNone() { return emit(Opcode::ConstNone, Type::None); }
  ir::Value *constBool(bool B) {
    return emit(Opcode::ConstBool, Type::Bool, {}, B ? "1" : "0");
  }
  ir::Value *constStr(llvm::StringRef S) {
    return emit(Opcode::ConstStr, Type::Str, {}, S);
  }
  ir::Value *constRuntime(llvm::StringRef Symbol) {
    return emit(Opcode::ConstRuntime, Type::Object, {}, Symbol);
  }
  /// rt.call of an ABI function; Result is the IR type wanted for a word.
  ir::Value *rtCall(llvm::StringRef Fn, Type Result,
                    llvm::ArrayRef<ir::Value *> Args);
  /// A stack array holding Values (each coerced to object).
  ir::Value *makeArray(llvm::ArrayRef<ir::Value *> Values);

  //--- Types ---------------------------------------------------------------//
  Type irType(const Ty *T) const;
  Type irTypeOf(const Expr *E) const { return irType(program.typeOf(E)); }
  /// Converts V to type To (boxing, unboxing, numeric promotion only where
  /// sema proved it valid).
  ir::Value *coerce(ir::Value *V, Type To);
  ir::Value *toObject(ir::Value *V) { return coerce(V, Type::Object); }
  /// A truth value for a condition.
  ir::Value *truthy(ir::Value *V);

  //--- Variables -----------------------------------------------------------//
  /// A temporary local of type T (for values merging across blocks).
  std::string newTemp(Type T);
  /// Whether a variable of Owner lives in this function's frame (its own
  /// scope, or a scope inlined into it such as a comprehension's).
  bool isLocalScope(const Scope *Owner);
  /// The cell of a cell variable: a local of this frame, or a free
  /// variable taken from the closure.
  ir::Value *cellOf(Identifier Name, bool Local);
  ir::Value *loadName(Identifier Name, const Node *At);
  void storeName(Identifier Name, ir::Value *V, const Node *At);
  void deleteName(Identifier Name, const Node *At);
  std::string localName(Identifier Name);
  /// Whether a variable bound in scope S lives in a cell (shared with a
  /// nested function) rather than a local.
  bool needsCell(Scope *S, Identifier Name);
  ir::Value *loadLocal(const std::string &Name);
  void storeLocal(const std::string &Name, ir::Value *V);
  std::string slotRef(const ModuleUnit *M, llvm::StringRef Name);
  ir::Value *loadGlobal(const ModuleUnit *M, Identifier Name, Type Want);
  void storeGlobal(const ModuleUnit *M, Identifier Name, ir::Value *V);
  /// Builtin value for a name that no module binds, or null.
  ir::Value *builtinValue(llvm::StringRef Name);

  //--- Statements (IRGenStmt.cpp) ------------------------------------------//
  void body(const NodeList<Stmt> &L);
  void stmt(Stmt *S);
  void assign(Expr *Target, ir::Value *V);
  void deleteTarget(Expr *Target);
  void assignTuple(const NodeList<Expr> &Targets, ir::Value *V,
                   const Ty *ValueType);
  void forStmt(Stmt *S, Expr *Target, Expr *Iter, const NodeList<Stmt> &Body,
               const NodeList<Stmt> &Else);
  void whileStmt(While *W);
  //--- for loops over range() (IRGenRange.cpp) ----------------------------//
  /// range(...) called with one to three int arguments.
  llvm::SmallVector<ir::Value *, 3> rangeArguments(Call *C);
  bool isTypedRange(Call *C);
  void forRange(Stmt *S, Expr *Target, Call *C, const NodeList<Stmt> &Body,
                const NodeList<Stmt> &Else);
  void forRangeFast(Stmt *S, Expr *Target, const std::string &I,
                    const std::string &StopT, const std::string &StepT,
                    int Direction,
                    llvm::function_ref<void(ir::Block *)> EmitBody,
                    ir::Block *Exit);
  void forRangeSlow(Stmt *S, Expr *Target, const std::string &I,
                    const std::string &StopT, const std::string &StepT,
                    int Direction,
                    llvm::function_ref<void(ir::Block *)> EmitBody,
                    ir::Block *Exit);
  void returnStmt(Return *R);
  //--- try, raise, with (IRGenTry.cpp) -------------------------------------//
  /// Makes H the handler of the code emitted next (ending the current
  /// block, since a block has one handler).
  void setHandler(ir::Block *H);
  void tryStmt(Stmt *S, const NodeList<Stmt> &Body,
               const NodeList<ExceptHandlerBase> &Handlers,
               const NodeList<Stmt> &Else, const NodeList<Stmt> &Final);
  void raiseStmt(Raise *R);
  void withStmt(With *W, size_t Item);
  void functionDef(const Node *Def, Identifier Name,
                   const NodeList<Expr> &Decorators);
  ir::Value *importModule(const std::string &Name);
  void importStmt(Import *I);
  void importFrom(ImportFrom *I);
  void runCleanups(size_t Down, unsigned LoopDepth);

  //--- match statements (IRGenMatch.cpp) ----------------------------------//
  void matchStmt(Match *M);

  //--- Classes (IRGenClass.cpp) -------------------------------------------//
  void classDef(ClassDef *C);
  /// `target: annotation [= value]`.
  void annotatedAssign(AnnAssign *A);
  /// A module or class body with annotated names starts with an empty
  /// __annotations__ (CPython's SETUP_ANNOTATIONS).
  void setupAnnotations(const Node *At);
  /// Whether Name, in the scope being emitted, is a class body's name
  /// (read and written through its namespace).
  bool inClassBody(Identifier Name);
  ir::Value *loadClassName(Identifier Name, const Node *At);
  void storeClassName(Identifier Name, ir::Value *V);
  void deleteClassName(Identifier Name);
  /// Obj.Attr (ObjExpr the expression Obj came from): a fixed slot read
  /// when sema gave the attribute one, else the generic getattr.
  ir::Value *loadAttr(ir::Value *Obj, Expr *ObjExpr, Identifier Attr);
  /// Obj.Attr = V, likewise.
  void storeAttr(ir::Value *Obj, Expr *ObjExpr, Identifier Attr,
                 ir::Value *V);
  /// super() with no arguments, in the function being emitted.
  /// globals() and dir() without arguments: the running module's
  /// namespace, or the function's local names.
  ir::Value *namespaceCall(Call *C, llvm::StringRef Name);
  ir::Value *zeroArgSuper(Call *C);

  //--- Expressions (IRGenExpr.cpp) -----------------------------------------//
  ir::Value *expr(Expr *E);
  ir::Value *exprAs(Expr *E, Type T) { return coerce(expr(E), T); }
  ir::Value *condition(Expr *E) { return truthy(expr(E)); }
  ir::Value *constant(Constant *C);
  ir::Value *binary(BinOp *B);
  ir::Value *binaryValues(OperatorKind Op, ir::Value *L, ir::Value *R,
                          const Ty *LT, const Ty *RT, const Ty *Result,
                          bool Inplace);
  ir::Value *unary(UnaryOp *U);
  ir::Value *boolOp(BoolOp *B);
  ir::Value *compare(Compare *C);
  ir::Value *compareValues(CmpOpKind Op, ir::Value *L, ir::Value *R,
                           const Ty *LT, const Ty *RT);
  ir::Value *ifExp(IfExp *I);
  ir::Value *subscript(Subscript *S);
  ir::Value *attribute(Attribute *A);
  ir::Value *listDisplay(List *L);
  ir::Value *tupleDisplay(Tuple *T);
  /// A list of the items of a display with starred items.
  ir::Value *starredList(const NodeList<Expr> &Elts);
  ir::Value *joinedStr(JoinedStr *J);
  ir::Value *formatted(FormattedValue *F);
  ir::Value *lambda(Lambda *L);
  ir::Value *sliceValue(Slice *S);
  ir::Value *makeFunction(const FunctionInfo *F, Arguments *Args);

  //--- Comprehensions and displays (IRGenComp.cpp) ------------------------//
  /// Emits the loops of a comprehension inline; Element emits the code for
  /// each element and may branch to the block after the loops (its
  /// argument) to stop early.
  void comprehensionLoops(Expr *C, const NodeList<Comprehension> &Gens,
                          llvm::function_ref<void(ir::Block *)> Element);
  /// One `for target in ... [if ...]` clause of a comprehension or
  /// generator expression, from its loop head: the next item (from the list
  /// Lst at Idx when IsList, else from the iterator It; Exit when none is
  /// left), bound to the target, then the conditions (a false one goes to
  /// Next). Ends where the clause's body goes.
  void clauseItem(Comprehension *C, bool IsList, const std::string &Lst,
                  const std::string &Idx, const std::string &It,
                  ir::Block *Head, ir::Block *Body, ir::Block *Exit,
                  ir::Block *Next, const char *IfBlockName);
  /// The end of a clause: at Next, advance the list index, back to Head.
  void clauseNext(bool IsList, const std::string &Idx, ir::Block *Head,
                  ir::Block *Next);
  ir::Value *listComp(Expr *C, const NodeList<Comprehension> &Gens,
                      Expr *Elt);
  ir::Value *setComp(SetComp *C);
  ir::Value *dictComp(DictComp *C);
  ir::Value *generatorExp(GeneratorExp *G);
  ir::Value *anyAll(GeneratorExp *G, bool IsAny);
  ir::Value *dictDisplay(Dict *D);
  /// A set display; AsIterable: iterated by a for loop or comprehension,
  /// where CPython turns a display of constants into a frozenset constant.
  ir::Value *setDisplay(Set *S, bool AsIterable = false);
  /// What a for loop or comprehension iterates: expr(E), but a set display
  /// of constants iterates in the order of CPython's frozenset constant.
  ir::Value *iterable(Expr *E);
  /// An empty instance of a builtin type (dict, set).
  ir::Value *newEmpty(llvm::StringRef TypeSymbol);
  /// C[K] = V for the subscript S (a list store when sema knows one).
  void storeItem(Subscript *S, ir::Value *C, ir::Value *K, ir::Value *V);
  /// locals() in a function: a new dict of its bound variables.
  ir::Value *localsDict(Call *C);
  /// Marks a generator expression passed as C's first argument to be
  /// built as a list, when the callee consumes it at once (ConsumesArg).
  bool consumeGenerators(Call *C, bool ConsumesArg);
  /// Generator expressions whose consumer takes them whole.
  llvm::DenseSet<const GeneratorExp *> consumedGenerators;

  //--- Calls (IRGenCall.cpp) -----------------------------------------------//
  ir::Value *call(Call *C);
  ir::Value *callDirect(const FunctionInfo *F, Call *C);
  /// The __init__ a call `Name(args)` of one of this module's classes
  /// would run, when it can be called directly (IRGenConstruct.cpp).
  const FunctionInfo *likelyInit(Call *C);
  ir::Value *constructDirect(const FunctionInfo *Init, Call *C);
  ir::Value *callBuiltin(const sema::BuiltinInfo *B, Call *C, ir::Value *Callee);
  ir::Value *callMethod(Attribute *A, Call *C);
  /// Callee(args of C); with SelfTemp, a method call (obj.call_method)
  /// whose receiver-or-0 is in that temporary.
  ir::Value *callGeneric(ir::Value *Callee, Call *C,
                         llvm::StringRef SelfTemp = "");
  ir::Value *callUnpacked(ir::Value *Callee, Call *C);
  ir::Value *print(Call *C);
  /// The runtime function implementing a builtin for these argument types,
  /// with the result type, or null.
  const sema::BuiltinSig *matchSig(const sema::BuiltinInfo *B, Call *C);

  //--- Functions (IRGen.cpp) -----------------------------------------------//
  void declareFunction(FunctionInfo *F);
  void generateFunction(FunctionInfo *F);

  //--- Generators (IRGenGenerator.cpp) -------------------------------------//
  /// The resume function of each generator function (and generator
  /// expression).
  llvm::DenseMap<const FunctionInfo *, ir::Function *> resumeFunctions;
  void declareResume(FunctionInfo *F, ir::Function *Ramp);
  /// Ends the ramp (its parameters bound) with gen.new, and continues
  /// emission in the resume function, where the body goes.
  void startGeneratorBody(FunctionInfo *F);
  ir::Value *yieldExpr(Yield *Y);
  ir::Value *yieldFrom(YieldFrom *Y);
  /// A generator expression: its first iterable, then its generator.
  ir::Value *generatorObject(GeneratorExp *G);
  /// The loops of a generator expression's own function.
  void generatorExpBody(GeneratorExp *G);
};

} // namespace adder::irgen

#endif
