//===- Objects.h - layouts of the core object types -------------*- C++ -*-===//
//
// The memory layout of every builtin object type, in one place so the
// collector's trace functions, the runtime modules and the static objects
// the compiler emits (string constants, tuples of constants) agree. Each
// type's behaviour is in runtime/objects/<Type>.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_H
#define ADDER_RUNTIME_OBJECTS_H

#include "adder/runtime/Errors.h"

namespace adder::rt {

//===--- Singletons -------------------------------------------------------===//

extern "C" const Type adder_type_type, adder_type_object, adder_type_none,
    adder_type_bool, adder_type_float, adder_type_str, adder_type_bytes,
    adder_type_bytearray, adder_type_tuple, adder_type_list, adder_type_dict,
    adder_type_set, adder_type_frozenset, adder_type_range,
    adder_type_function, adder_type_builtin_function, adder_type_method,
    adder_type_module, adder_type_cell, adder_type_slice,
    adder_type_not_implemented, adder_type_ellipsis;

/// None, True, False, NotImplemented and Ellipsis are static objects.
struct BoolObject {
  Object header;
  SWord value; // 0 or 1: bool is a subclass of int
};
extern "C" const Object adder_none, adder_not_implemented, adder_ellipsis;
extern "C" const BoolObject adder_true, adder_false;

ADDER_INLINE Value none() { return fromObject(&adder_none); }
ADDER_INLINE Value notImplemented() {
  return fromObject(&adder_not_implemented);
}
ADDER_INLINE Value boolValue(bool B) {
  return fromObject(&(B ? adder_true : adder_false).header);
}
ADDER_INLINE bool isNone(Value V) { return V == none(); }
ADDER_INLINE bool isTrue(Value V) { return V == fromObject(&adder_true.header); }
ADDER_INLINE bool isFalse(Value V) {
  return V == fromObject(&adder_false.header);
}
ADDER_INLINE bool isBool(Value V) { return isTrue(V) || isFalse(V); }

//===--- Numbers ----------------------------------------------------------===//

/// An int too large for a small int. Size is the number of 32-bit limbs,
/// negative for negative numbers (as CPython's ob_size); never zero (zero
/// is a small int) and always normalized (no leading zero limb).
struct BigInt {
  Object header;
  int32_t size;
  uint32_t limbs[];
};

struct Float {
  Object header;
  double value;
};

//===--- Sequences --------------------------------------------------------===//

/// str: UTF-8 with a cached code-point count. Strings emitted by the
/// compiler are static objects with the same layout (hash precomputed).
struct Str {
  Object header;
  uint32_t length;     // in code points
  uint32_t byteLength; // in bytes, excluding the terminating NUL
  SWord hash;          // -1 until computed
  uint8_t ascii;       // 1 if every character is ASCII (O(1) indexing)
  uint8_t interned;
  char data[];         // byteLength bytes, then NUL
};

/// bytes (immutable, inline data) and bytearray (see List for the
/// growable storage idea; bytearray keeps a separate buffer).
struct Bytes {
  Object header;
  uint32_t size;
  SWord hash;
  char data[]; // size bytes, then NUL
};

struct Tuple {
  Object header;
  uint32_t size;
  Value items[];
};

/// A heap block of Values with no Python identity: the storage of lists,
/// dicts and sets. Its length comes from the allocation size.
extern "C" const Type adder_type_value_array;
/// A heap block of raw bytes (bytearray storage, array module).
extern "C" const Type adder_type_byte_array;

/// How a list holds its items (a storage strategy, as PyPy's lists have).
/// Values is the general case. A list whose items are all floats (none a
/// NaN) or all bools keeps them unboxed, so numeric code reads and stores
/// them without allocating; storing anything else converts the list to
/// Values for good. Only float identity shows the difference: a float read
/// from a Floats list is a new object each time.
enum ListKind : uint8_t { ListValues = 0, ListFloats = 1, ListBools = 2 };

/// An item of a Bools list. An enum, not uint8_t: a store through a char
/// type may change any memory as far as the optimizer knows, so a loop
/// storing bools would reload every list header after each store.
enum ListBool : uint8_t { ListFalse = 0, ListTrue = 1 };

struct List {
  Object header;
  uint32_t size;
  /// Capacity (items the storage block has room for) in the low 28 bits,
  /// the ListKind in the high 4. Plain words, not bit-fields and a union:
  /// the optimizer's type-based alias analysis then knows that storing an
  /// item changes neither these nor the storage pointer, so a loop over a
  /// list loads them once (backend/FastLoops.cpp).
  uint32_t shape;
  void *storage; // the block's payload (after its header), or null

  ListKind kind() const { return ListKind(shape >> 28); }
  uint32_t capacity() const { return shape & CapacityMask; }
  void setKind(ListKind K) {
    shape = (shape & CapacityMask) | (uint32_t(K) << 28);
  }
  void setCapacity(uint32_t C) { shape = (shape & ~CapacityMask) | C; }
  /// The items of a Values list (a value-array block), a Floats list (a
  /// byte-array block of doubles) or a Bools list (a byte-array block).
  Value *values() const { return static_cast<Value *>(storage); }
  double *floats() const { return static_cast<double *>(storage); }
  ListBool *bools() const { return static_cast<ListBool *>(storage); }

  static constexpr uint32_t CapacityMask = 0x0FFFFFFF;
};

struct Range {
  Object header;
  Value start, stop, step; // ints (small or big); step != 0
  Value length;            // cached len() as an int
};

struct Slice {
  Object header;
  Value start, stop, step; // any objects, None when omitted
};

//===--- Callables and modules --------------------------------------------===//

/// The parameters of a compiled function, emitted by the compiler as a
/// static object; the runtime binds call arguments against it.
struct Signature {
  const char *name;          // __name__
  const char *qualname;      // __qualname__
  const CodeInfo *code;      // for tracebacks
  uint16_t posOnly;          // leading positional-only parameters
  uint16_t positional;       // positional parameters, posOnly included
  uint16_t kwOnly;           // keyword-only parameters after them
  uint8_t hasVarArgs;        // *args follows the positional parameters
  uint8_t hasVarKeywords;    // **kwargs is last
  const char *const *names;  // all parameter names, in order
  const char *doc;           // the docstring, or null
  const char *const *freeVars; // co_freevars, in closure order
  uint32_t freeCount;
};

/// The generic entry of a compiled function: the arguments already bound
/// to the parameters (Args has one slot per parameter of the signature,
/// with *args as a tuple and **kwargs as a dict).
using GenericEntry = Value (*)(Value Self, const Value *Args);

struct Function {
  Object header;
  const Signature *signature;
  GenericEntry entry;
  Tuple *defaults;    // values of the trailing positional defaults, or null
  Tuple *kwDefaults;  // one per keyword-only parameter (Error: none), or null
  Tuple *closure;     // cells of free variables, or null
  Value module;       // the defining module
  Value name;         // str; writable __name__
  Value qualname;     // str
  Dict *attributes;   // __dict__, created on first use
};

/// A function of the runtime (len, print, list.append...).
struct BuiltinFunction {
  Object header;
  const char *name;
  Value (*call)(Value Self, const Value *Args, size_t Argc, Tuple *KwNames);
  Value self; // bound receiver for methods, or Error (0) for functions
};

/// A bound method of a Python function.
struct Method {
  Object header;
  Value function;
  Value self;
};

struct Cell {
  Object header;
  Value contents; // Error (0) while unbound
};

/// What a module implemented by the runtime (math, sys, time...) provides:
/// its functions, and a hook for its other attributes (constants,
/// sys.argv). Each attribute is created on first access and cached in the
/// module's extra dict, so `math.pi is math.pi` holds as in CPython.
struct NativeModuleDef {
  const MethodDef *functions;
  size_t functionCount;
  /// The attribute's value; Error with nothing pending when there is none.
  Value (*attribute)(Str *Name);
  /// The Index-th name `attribute` knows (for dir()), null past the end;
  /// null when there are none.
  const char *(*attributeName)(size_t Index);
};

/// A module: its globals live in Value slots (compiled modules give each
/// global a fixed slot), named by a parallel static table.
struct Module {
  Object header;
  Value name;            // str
  uint32_t count;        // number of global slots
  const char *const *names; // name of each slot
  Value *slots;          // Error (0) while unbound
  Dict *extra;           // globals created dynamically (setattr, globals())
  const NativeModuleDef *native; // runtime modules only, else null
  const char *file;      // compiled modules: the source path (__file__)
  Module *nextImported;  // compiled modules, in the order first imported
  uint32_t state;        // compiled modules: a ModuleState
};

/// Where a compiled module's import stands. A module that is initializing
/// is returned as is to circular importers (CPython's partially
/// initialized module); a failed one runs again on the next import.
enum ModuleState : uint32_t {
  ModuleNotImported = 0,
  ModuleInitializing = 1,
  ModuleInitialized = 2,
  ModuleFailed = 3,
};

//===--- Exceptions -------------------------------------------------------===//

struct TracebackEntry {
  Object header;
  TracebackEntry *next; // toward the innermost frame
  const CodeInfo *code;
  uint32_t line;
};

struct BaseException {
  Object header;
  Tuple *args;
  TracebackEntry *traceback; // outermost frame first
  Value cause;               // __cause__, Error when unset
  Value context;             // __context__, Error when unset
  uint8_t suppressContext;   // set by `raise ... from ...`
  Dict *attributes;          // instance attributes of user subclasses
};

#define ADDER_EXCEPTION_TYPES(X)                                               \
  X(BaseException) X(Exception) X(ArithmeticError) X(ZeroDivisionError)        \
  X(OverflowError) X(FloatingPointError) X(AssertionError) X(AttributeError)   \
  X(LookupError) X(IndexError) X(KeyError) X(NameError) X(UnboundLocalError)   \
  X(TypeError) X(ValueError) X(UnicodeError) X(UnicodeDecodeError)             \
  X(UnicodeEncodeError) X(RuntimeError) X(NotImplementedError)                 \
  X(RecursionError) X(StopIteration) X(StopAsyncIteration) X(GeneratorExit)    \
  X(KeyboardInterrupt) X(SystemExit) X(MemoryError) X(ImportError)             \
  X(ModuleNotFoundError) X(OSError) X(EOFError) X(BufferError) X(SyntaxError)  \
  X(IndentationError) X(TabError) X(Warning) X(UserWarning)                    \
  X(DeprecationWarning) X(RuntimeWarning) X(BlockingIOError)                   \
  X(ChildProcessError) X(ConnectionError) X(BrokenPipeError)                   \
  X(ConnectionAbortedError) X(ConnectionRefusedError)                          \
  X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError)              \
  X(InterruptedError) X(IsADirectoryError) X(NotADirectoryError)               \
  X(PermissionError) X(ProcessLookupError) X(TimeoutError)                     \
  X(ReferenceError) X(SystemError) X(UnicodeTranslateError) X(BytesWarning)    \
  X(EncodingWarning) X(FutureWarning) X(ImportWarning)                         \
  X(PendingDeprecationWarning) X(ResourceWarning) X(SyntaxWarning)             \
  X(UnicodeWarning)

#define ADDER_DECLARE_EXCEPTION(Name) extern "C" const Type adder_type_##Name;
ADDER_EXCEPTION_TYPES(ADDER_DECLARE_EXCEPTION)
#undef ADDER_DECLARE_EXCEPTION

} // namespace adder::rt

#endif
