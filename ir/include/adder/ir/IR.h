//===- IR.h - adder's typed intermediate representation ---------*- C++ -*-===//
//
// Between the AST and LLVM sits a small typed IR. Its types are Python's
// as the compiler could prove them (int, float, bool, str, list, ...) or
// `object` when it could not; its operations (ir/Ops.td) say which path a
// computation takes: typed arithmetic with an overflow check, or the
// runtime's dynamic dispatch. Local variables are named slots, not SSA
// values, so the AST lowering stays simple; LLVM's mem2reg builds SSA.
//
// Exceptions: an instruction that may raise has an implicit error edge to
// its block's handler (null: the function returns the error to its
// caller). The lowering adds the traceback entry on that edge.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_IR_IR_H
#define ADDER_IR_IR_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace adder::ir {

/// IR types. Everything but Bool, Float, I32 and Void is one machine word
/// holding a Value (see runtime/include/adder/runtime/Value.h).
enum class Type : uint8_t {
  Void,
  Bool,
  Int,
  Float,
  None,
  Str,
  List,
  Tuple,
  Dict,
  Set,
  Func,
  Object,
  I32,
  Ptr,   // a stack array of words (array.new)
  Index, // a signed machine word holding a proven small int
};

const char *typeName(Type T);
bool parseType(llvm::StringRef Name, Type &Out);
/// True for types represented as a runtime Value word.
inline bool isWord(Type T) {
  return T != Type::Void && T != Type::Bool && T != Type::Float &&
         T != Type::I32 && T != Type::Ptr && T != Type::Index;
}

enum class Opcode : uint16_t {
#define GET_OP_ENUM
#include "adder/IROps.inc"
};

enum class AttrKind : uint8_t { None, Int, Float, Str, Bytes, Callee, Op, Slot };

struct OpInfo {
  const char *mnemonic;
  uint8_t numOperands;    // fixed operands
  bool variadic;          // more operands may follow
  const char *operandTypes[3];
  const char *result;     // "" none, a type name, "operand0", "attr", "attr?"
  AttrKind attr;
  uint8_t successors;
  bool mayRaise;
  bool terminator;
  bool pure;
};
const OpInfo &opInfo(Opcode Op);
/// Looks an opcode up by mnemonic.
bool parseOpcode(llvm::StringRef Mnemonic, Opcode &Out);

class Block;
class Function;
class Module;
struct PyModule;

class Value {
public:
  enum class Kind : uint8_t { Param, Instr };
  Kind kind;
  Type type;
  /// Number in the printed form (%N), assigned by Function::renumber.
  unsigned id = 0;

protected:
  Value(Kind K, Type T) : kind(K), type(T) {}
};

class Param : public Value {
public:
  Param(unsigned Index, std::string Name, Type T)
      : Value(Kind::Param, T), index(Index), name(std::move(Name)) {}
  unsigned index;
  std::string name;
};

class Instr : public Value {
public:
  Instr(Opcode Op, Type Result) : Value(Kind::Instr, Result), op(Op) {}
  Opcode op;
  llvm::SmallVector<Value *, 3> operands;
  llvm::SmallVector<Block *, 2> successors;
  /// The attribute: a name (slot, callee, op/predicate, keyword list), a
  /// string constant, an int literal in decimal, or bytes.
  std::string attr;
  double floatAttr = 0;
  /// Source line, for tracebacks (0: none).
  uint32_t line = 0;
  Block *parent = nullptr;

  const OpInfo &info() const { return opInfo(op); }
  bool hasResult() const { return type != Type::Void; }
};

class Block {
public:
  explicit Block(std::string Name) : name(std::move(Name)) {}
  std::string name;
  std::vector<std::unique_ptr<Instr>> instrs;
  /// Where exceptions raised in this block go (an exception handler's first
  /// block); null to return the error to the caller.
  Block *handler = nullptr;
  Function *parent = nullptr;

  Instr *terminator() const {
    return !instrs.empty() && instrs.back()->info().terminator
               ? instrs.back().get()
               : nullptr;
  }
};

struct Local {
  std::string name;
  Type type;
};

/// What the runtime needs to call a function dynamically: its Python
/// signature (runtime Signature struct). Present when the function has a
/// generic entry (it can be called through a function object).
struct PySignature {
  std::string name, qualname;
  unsigned posOnly = 0, positional = 0, kwOnly = 0;
  bool varArgs = false, varKeywords = false;
  /// All parameter names in slot order (positional, *args, keyword-only,
  /// **kwargs).
  std::vector<std::string> names;
  /// The docstring (__doc__), if the body starts with one.
  std::optional<std::string> doc;
  /// Names of the free variables, in closure order (co_freevars).
  std::vector<std::string> freeVars;
};

class Function {
public:
  std::string name;       // IR/linker name
  std::string codeName;   // co_name for tracebacks ("f", "<module>")
  std::vector<std::unique_ptr<Param>> params;
  Type returnType = Type::Object;
  std::vector<Local> locals;
  std::vector<std::unique_ptr<Block>> blocks;
  std::optional<PySignature> signature;
  /// Takes its own function object as the hidden first parameter (to reach
  /// its closure cells).
  bool takesSelf = false;
  /// The resume function of a generator: parameters %gen and %sent, its
  /// locals live in the generator's frame across yields.
  bool generatorResume = false;
  /// Compiled without optimization: a library function the program cannot
  /// reach by name (sema/ColdFunctions.cpp).
  bool cold = false;
  /// The Python module the function belongs to (for globals, tracebacks).
  PyModule *pyModule = nullptr;
  Module *parent = nullptr;

  Block *addBlock(std::string Name);
  Param *addParam(std::string Name, Type T);
  /// Index of the local named Name, or -1.
  int findLocal(llvm::StringRef Name) const;
  void renumber();
};

/// One Python module of the program: its global slots and the function
/// that runs its body. Global ops name a slot as "module:name".
struct PyModule {
  std::string name; // "__main__", "pkg.mod"
  std::string file; // source path, for tracebacks
  std::vector<std::string> slots;
  Function *init = nullptr;

  int findSlot(llvm::StringRef Name) const;
};

/// A whole program: every function of every Python module.
class Module {
public:
  std::vector<std::unique_ptr<PyModule>> pyModules;
  std::vector<std::unique_ptr<Function>> functions;

  Function *addFunction(std::string Name);
  Function *findFunction(llvm::StringRef Name) const;
  PyModule *addPyModule(std::string Name, std::string File);
  PyModule *findPyModule(llvm::StringRef Name) const;
  /// Resolves "module:name" to its module and slot index (false if none).
  bool resolveSlot(llvm::StringRef Ref, PyModule *&M, int &Slot) const;
};

/// Prints the textual form (adder build --emit=ir).
std::string print(const Module &M);

/// Checks structural rules (terminators, operand counts and types,
/// successors, locals). Returns an empty string or the first problem.
std::string verify(const Module &M);

/// Reads the textual form back. On error returns null and sets Error to
/// "line:col: message".
std::unique_ptr<Module> parseModule(llvm::StringRef Text, std::string &Error);

} // namespace adder::ir

#endif
