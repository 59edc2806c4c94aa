//===- Ops.td - the typed IR's operations ----------------------*- tablegen -*-===//
//
// Every operation of adder's typed IR, defined once. adder-tblgen -gen-ops
// turns this into the Opcode enum and a table (mnemonic, operand and
// successor counts, operand and result types, attribute kind, flags) that
// the printer, the reader, the verifier and the LLVM lowering all read, so
// an op is added by one record here plus its lowering.
//
// IR types: bool (i1), int (a tagged word: small int or big int), float
// (double), none, str, list, tuple, dict, set, func and object (all
// words), i32 for runtime status codes and index (a machine word holding
// a proven small int). "any" accepts any type.
//
//===----------------------------------------------------------------------===//

class Attr<string kind> { string Kind = kind; }
def NoAttr : Attr<"none">;
def IntAttr : Attr<"int">;        // an integer literal (arbitrary size)
def FloatAttr : Attr<"float">;    // a double
def StrAttr : Attr<"str">;        // a string (names, str constants)
def BytesAttr : Attr<"bytes">;
def CalleeAttr : Attr<"callee">;  // @function (IR or runtime)
def OpAttr : Attr<"op">;          // an operator / predicate name
def SlotAttr : Attr<"slot">;      // a module slot or local variable name

class Op<string mnemonic> {
  string Mnemonic = mnemonic;
  // Operand types; a trailing "..." makes the op variadic (any types).
  list<string> Operands = [];
  // "" for no result; "operand0" for the type of the first operand;
  // "attr" when the printed form names the type (": type"); "attr?" like
  // "attr", or no result at all (a call of a function returning nothing).
  string Result = "";
  Attr Attribute = NoAttr;
  int Successors = 0;
  bit MayRaise = 0;   // may fail with an exception (has an error edge)
  bit Terminator = 0;
  bit Pure = 0;       // no side effects: removable when unused
}

//===--- Constants --------------------------------------------------------===//
def ConstInt : Op<"const.int"> { let Result = "int"; let Attribute = IntAttr; let Pure = 1; }
def ConstFloat : Op<"const.float"> { let Result = "float"; let Attribute = FloatAttr; let Pure = 1; }
def ConstBool : Op<"const.bool"> { let Result = "bool"; let Attribute = IntAttr; let Pure = 1; }
def ConstNone : Op<"const.none"> { let Result = "none"; let Pure = 1; }
def ConstStr : Op<"const.str"> { let Result = "str"; let Attribute = StrAttr; let Pure = 1; }
def ConstBytes : Op<"const.bytes"> { let Result = "object"; let Attribute = BytesAttr; let Pure = 1; }
// A static object of the runtime (a type, a builtin function, Ellipsis).
def ConstRuntime : Op<"const.runtime"> { let Result = "object"; let Attribute = CalleeAttr; let Pure = 1; }
// The address of an IR function's generic entry (for function objects).
def FuncRef : Op<"func.ref"> { let Result = "object"; let Attribute = CalleeAttr; let Pure = 1; }

// A 32-bit integer (counts and operator codes passed to the runtime).
def ConstI32 : Op<"const.i32"> { let Result = "i32"; let Attribute = IntAttr; let Pure = 1; }

// The fixed slot layout sema gave a class (DESIGN.md decision 10), a
// static ClassLayout: its attribute names, comma-separated, with one `;`
// between the names of each base class's layout and the next.
def LayoutRef : Op<"layout.ref"> { let Result = "ptr"; let Attribute = StrAttr; let Pure = 1; }
// A fresh cache for one site, a zeroed static the runtime fills on a miss:
// Attr "attr" for an attribute (objects/Instance.cpp AttrSiteCache),
// "method" for a method call (MethodSiteCache, sized for the target).
def SiteCache : Op<"site.cache"> { let Result = "ptr"; let Attribute = StrAttr; }

//===--- Argument arrays --------------------------------------------------===//
// A fresh array of Attr words on the stack (for runtime calls taking
// `const Value *` arrays, and for unpacking results).
def ArrayNew : Op<"array.new"> { let Result = "ptr"; let Attribute = IntAttr; }
def ArraySet : Op<"array.set"> { let Operands = ["ptr", "object"]; let Attribute = IntAttr; }
def ArrayGet : Op<"array.get"> { let Operands = ["ptr"]; let Result = "object"; let Attribute = IntAttr; }

//===--- Variables --------------------------------------------------------===//
// Locals are named, typed variables of the function (lowered to stack
// slots that LLVM promotes to registers). A local may be unbound;
// local.check raises UnboundLocalError if so.
def LocalGet : Op<"local.get"> { let Result = "attr"; let Attribute = SlotAttr; let Pure = 1; }
def LocalSet : Op<"local.set"> { let Operands = ["any"]; let Attribute = SlotAttr; }
def LocalDel : Op<"local.del"> { let Attribute = SlotAttr; let MayRaise = 1; }
def LocalCheck : Op<"local.check"> { let Attribute = SlotAttr; let MayRaise = 1; }
// Whether the local is bound (locals() lists only those).
def LocalBound : Op<"local.bound"> { let Result = "bool"; let Attribute = SlotAttr; }
// Module globals live in the module's slots, boxed; unbound slots hold 0.
def GlobalGet : Op<"global.get"> { let Result = "object"; let Attribute = SlotAttr; let MayRaise = 1; }
def GlobalSet : Op<"global.set"> { let Operands = ["object"]; let Attribute = SlotAttr; }
def GlobalDel : Op<"global.del"> { let Attribute = SlotAttr; let MayRaise = 1; }
// Cells hold variables shared with nested functions.
def CellNew : Op<"cell.new"> { let Result = "object"; let MayRaise = 1; }
def CellGet : Op<"cell.get"> { let Operands = ["object"]; let Result = "object"; let Attribute = StrAttr; let MayRaise = 1; }
def CellSet : Op<"cell.set"> { let Operands = ["object", "object"]; }
// The cell of a free variable: index into the running function's closure.
def ClosureCell : Op<"closure.cell"> { let Result = "object"; let Attribute = IntAttr; let Pure = 1; }

// Creates a function object for an IR function with a signature: the
// operands are its positional defaults (a tuple), keyword-only defaults (a
// tuple) and closure cells (a tuple), each None when absent.
def FuncNew : Op<"func.new"> { let Operands = ["object", "object", "object"]; let Result = "object"; let Attribute = CalleeAttr; let MayRaise = 1; }
// The module object of a Python module of the program, running its body
// the first time (`import m`).
def ModuleImport : Op<"module.import"> { let Result = "object"; let Attribute = StrAttr; let MayRaise = 1; }

//===--- Representation changes -------------------------------------------===//
def BoxFloat : Op<"box.float"> { let Operands = ["float"]; let Result = "object"; let MayRaise = 1; }
def BoxBool : Op<"box.bool"> { let Operands = ["bool"]; let Result = "object"; let Pure = 1; }
def UnboxFloat : Op<"unbox.float"> { let Operands = ["object"]; let Result = "float"; let Pure = 1; }
// Reinterprets a word as another word type the compiler has proven
// (e.g. an object known to be an int): no code.
def Cast : Op<"cast"> { let Operands = ["any"]; let Result = "attr"; let Pure = 1; }
// Checked narrowing of an object to int/float/bool/str/list...: raises
// TypeError naming the function when the value has another type.
def Narrow : Op<"narrow"> { let Operands = ["object"]; let Result = "attr"; let Attribute = StrAttr; let MayRaise = 1; }

//===--- Typed arithmetic -------------------------------------------------===//
// Int ops keep Python's exact semantics: a machine-word fast path with an
// overflow check, a bigint slow path in the runtime.
def IntBinary : Op<"int.binary"> { let Operands = ["int", "int"]; let Result = "int"; let Attribute = OpAttr; let MayRaise = 1; }
def IntTrueDiv : Op<"int.truediv"> { let Operands = ["int", "int"]; let Result = "float"; let MayRaise = 1; }
def IntUnary : Op<"int.unary"> { let Operands = ["int"]; let Result = "int"; let Attribute = OpAttr; let MayRaise = 1; }
def IntCompare : Op<"int.cmp"> { let Operands = ["int", "int"]; let Result = "bool"; let Attribute = OpAttr; let Pure = 1; }
def IntToFloat : Op<"int.to_float"> { let Operands = ["int"]; let Result = "float"; let MayRaise = 1; }
def BoolToInt : Op<"bool.to_int"> { let Operands = ["bool"]; let Result = "int"; let Pure = 1; }
def IntTruthy : Op<"int.truthy"> { let Operands = ["int"]; let Result = "bool"; let Pure = 1; }
def FloatBinary : Op<"float.binary"> { let Operands = ["float", "float"]; let Result = "float"; let Attribute = OpAttr; let MayRaise = 1; }
def FloatUnary : Op<"float.unary"> { let Operands = ["float"]; let Result = "float"; let Attribute = OpAttr; let Pure = 1; }
def FloatCompare : Op<"float.cmp"> { let Operands = ["float", "float"]; let Result = "bool"; let Attribute = OpAttr; let Pure = 1; }
def FloatTruthy : Op<"float.truthy"> { let Operands = ["float"]; let Result = "bool"; let Pure = 1; }
def BoolNot : Op<"bool.not"> { let Operands = ["bool"]; let Result = "bool"; let Pure = 1; }
// Identity (`is`), on words.
def IsSame : Op<"is"> { let Operands = ["any", "any"]; let Result = "bool"; let Pure = 1; }

//===--- Machine integers (index) -----------------------------------------===//
// `index` is a signed machine word holding an int that irgen has checked
// is a small int: range-loop counters. Arithmetic on it cannot overflow
// the word (small ints have a spare bit) and needs no tag checks, so a
// counting loop is as plain as C's. Converting back (index.to_int) is only
// emitted where the value is known to be a small int again.
def IntIsSmall : Op<"int.is_small"> { let Operands = ["int"]; let Result = "bool"; let Pure = 1; }
def IndexFromInt : Op<"index.from_int"> { let Operands = ["int"]; let Result = "index"; let Pure = 1; }
def IndexToInt : Op<"index.to_int"> { let Operands = ["index"]; let Result = "int"; let Pure = 1; }
// add, sub, mul (operands small ints: no overflow), floordiv (exact
// Python rounding; the divisor is known non-zero).
def IndexBinary : Op<"index.binary"> { let Operands = ["index", "index"]; let Result = "index"; let Attribute = OpAttr; let Pure = 1; }
def IndexCompare : Op<"index.cmp"> { let Operands = ["index", "index"]; let Result = "bool"; let Attribute = OpAttr; let Pure = 1; }

//===--- Dynamic operations (the runtime's generic path) -------------------===//
def ObjBinary : Op<"obj.binary"> { let Operands = ["object", "object"]; let Result = "object"; let Attribute = OpAttr; let MayRaise = 1; }
def ObjInplace : Op<"obj.inplace"> { let Operands = ["object", "object"]; let Result = "object"; let Attribute = OpAttr; let MayRaise = 1; }
def ObjUnary : Op<"obj.unary"> { let Operands = ["object"]; let Result = "object"; let Attribute = OpAttr; let MayRaise = 1; }
def ObjCompare : Op<"obj.cmp"> { let Operands = ["object", "object"]; let Result = "object"; let Attribute = OpAttr; let MayRaise = 1; }
def ObjCompareBool : Op<"obj.cmp_bool"> { let Operands = ["object", "object"]; let Result = "bool"; let Attribute = OpAttr; let MayRaise = 1; }
def ObjTruthy : Op<"obj.truthy"> { let Operands = ["object"]; let Result = "bool"; let MayRaise = 1; }
def ObjContains : Op<"obj.contains"> { let Operands = ["object", "object"]; let Result = "bool"; let MayRaise = 1; }
def ObjGetAttr : Op<"obj.getattr"> { let Operands = ["object"]; let Result = "object"; let Attribute = StrAttr; let MayRaise = 1; }
def ObjSetAttr : Op<"obj.setattr"> { let Operands = ["object", "object"]; let Attribute = StrAttr; let MayRaise = 1; }
def ObjDelAttr : Op<"obj.delattr"> { let Operands = ["object"]; let Attribute = StrAttr; let MayRaise = 1; }
def ObjGetItem : Op<"obj.getitem"> { let Operands = ["object", "object"]; let Result = "object"; let MayRaise = 1; }
def ObjSetItem : Op<"obj.setitem"> { let Operands = ["object", "object", "object"]; let MayRaise = 1; }
def ObjDelItem : Op<"obj.delitem"> { let Operands = ["object", "object"]; let MayRaise = 1; }
def ObjIter : Op<"obj.iter"> { let Operands = ["object"]; let Result = "object"; let MayRaise = 1; }
// Calls a callable object: operands are the callee, the positional
// arguments, then the keyword argument values; the attribute lists the
// keyword names ("a,b"), empty for none.
def ObjCall : Op<"obj.call"> { let Operands = ["object", "..."]; let Result = "object"; let Attribute = StrAttr; let MayRaise = 1; }
// obj.m(...) without a bound method object (CPython's LOAD_METHOD and
// CALL): operand 0 is what adder_load_method returned, operand 1 the
// receiver it stored (0 when operand 0 is already bound), then the
// arguments; Attr names the keyword arguments as for obj.call.
def ObjCallMethod : Op<"obj.call_method"> { let Operands = ["object", "object", "..."]; let Result = "object"; let Attribute = StrAttr; let MayRaise = 1; }

//===--- Calls ------------------------------------------------------------===//
// A direct call of an IR function's typed entry.
def Call : Op<"call"> { let Operands = ["..."]; let Result = "attr"; let Attribute = CalleeAttr; let MayRaise = 1; }
// A call of a runtime ABI function (runtime/Builtins.td names them and
// says how each reports errors).
def RtCall : Op<"rt.call"> { let Operands = ["..."]; let Result = "attr?"; let Attribute = CalleeAttr; let MayRaise = 1; }

//===--- Control flow -----------------------------------------------------===//
def Br : Op<"br"> { let Successors = 1; let Terminator = 1; }
def CondBr : Op<"cond_br"> { let Operands = ["bool"]; let Successors = 2; let Terminator = 1; }
def Ret : Op<"ret"> { let Operands = ["..."]; let Terminator = 1; }
// Advances an iterator: binds the next item (result) and goes to the first
// successor, or to the second when exhausted.
def IterNext : Op<"iter.next"> { let Operands = ["object"]; let Result = "object"; let Successors = 2; let Terminator = 1; let MayRaise = 1; }
// Raises the operand (an exception instance or class) with an optional
// cause (second operand, `raise X from Y`).
def Raise : Op<"raise"> { let Operands = ["..."]; let Terminator = 1; let MayRaise = 1; }
// Re-raises the exception being handled without a new traceback entry.
def Reraise : Op<"reraise"> { let Operands = ["object"]; let Terminator = 1; let MayRaise = 1; }
def Unreachable : Op<"unreachable"> { let Terminator = 1; }

//===--- Exception handling -----------------------------------------------===//
// In a handler block: takes the pending exception (becoming the handled
// one); the previous handled exception is the result of exc.enter.
def ExcTake : Op<"exc.take"> { let Result = "object"; }
def ExcSetHandled : Op<"exc.set_handled"> { let Operands = ["object"]; }
def ExcGetHandled : Op<"exc.get_handled"> { let Result = "object"; let Pure = 1; }
// True if the exception is an instance of the class (or tuple of classes).
def ExcMatches : Op<"exc.matches"> { let Operands = ["object", "object"]; let Result = "bool"; let MayRaise = 1; }

//===--- Generators -------------------------------------------------------===//
// A generator function is a ramp (binds the arguments, then gen.new) and a
// resume function (flagged `generator`, parameters %gen and %sent) that
// runs the body; see frontend/irgen/IRGenGenerator.cpp.
// In the ramp: creates the generator object of the resume function named
// by the attribute, its frame holding the ramp's locals (same names); the
// operand is the function object whose closure the body reads, or None.
def GenNew : Op<"gen.new"> { let Operands = ["object"]; let Result = "object"; let Attribute = CalleeAttr; let MayRaise = 1; }
// Suspends the generator, yielding the operand; execution resumes at the
// successor. An exception thrown in (generator.throw/close) is raised at
// the yield, unless the attribute is "delegate" (a `yield from`, whose
// yieldfrom.send passes it to the delegate).
def Yield : Op<"yield"> { let Operands = ["object"]; let Attribute = StrAttr; let Successors = 1; let Terminator = 1; let MayRaise = 1; }
// The value sent in by the resumption that reached this point (first in
// the block after a yield).
def YieldValue : Op<"yield.value"> { let Result = "object"; }
// One step of `yield from` (operands: the delegate, the value to send):
// the result is the next value to yield (first successor) or the
// delegate's return value (second successor).
def YieldFromSend : Op<"yieldfrom.send"> { let Operands = ["object", "object"]; let Result = "object"; let Successors = 2; let Terminator = 1; let MayRaise = 1; }

//===--- Stack check ------------------------------------------------------===//
// Raises RecursionError when the stack is nearly exhausted.
def StackCheck : Op<"stack.check"> { let MayRaise = 1; }
