//===- Builtins.td - what the compiler and the runtime agree on -*- tablegen -*-===//
//
// Two lists, read by adder-tblgen -gen-builtins:
//
//  1. The runtime ABI: every runtime function compiled code calls, with its
//     signature and how it reports an exception. The backend checks each
//     definition's LLVM type against its record when it loads the runtime
//     bitcode, and RuntimeAbiTest checks them all for every runtime build.
//     ABI types: word (a Value), double, i1, i32, i64, size, ptr, void.
//
//  2. The Python builtins and runtime modules sema knows: their typing
//     rules (overloads by argument type) and, per overload, the ABI
//     function that implements it directly when the argument types are
//     known. Argument kinds: int float bool str list tuple num (int, float
//     or bool) * (anything) ... (any further arguments). Result: a type
//     name, "arg0" (the first argument's type) or "elem0" (the element
//     type of the first argument, a list).
//
//===----------------------------------------------------------------------===//

class ErrorConvention;
def NoError : ErrorConvention;        // cannot raise
def ZeroResult : ErrorConvention;     // returns 0 (Error) when it raised
def NegativeResult : ErrorConvention; // returns -1 when it raised
def Pending : ErrorConvention;        // check adder_pending_exception
def NaNResult : ErrorConvention;      // a double: if NaN, check pending

class RuntimeFn<string result, list<string> params, ErrorConvention error> {
  string Result = result;
  list<string> Params = params;
  ErrorConvention Error = error;
}

//===--- Dynamic operations (runtime/core/Protocols.cpp) ------------------===//
def adder_repr : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_str : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_binary : RuntimeFn<"word", ["word", "word", "i32"], ZeroResult>;
def adder_inplace : RuntimeFn<"word", ["word", "word", "i32"], ZeroResult>;
def adder_unary : RuntimeFn<"word", ["word", "i32"], ZeroResult>;
def adder_compare : RuntimeFn<"word", ["word", "word", "i32"], ZeroResult>;
def adder_compare_bool : RuntimeFn<"i32", ["word", "word", "i32"], NegativeResult>;
def adder_truthy : RuntimeFn<"i32", ["word"], NegativeResult>;
def adder_contains : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
def adder_getitem : RuntimeFn<"word", ["word", "word"], ZeroResult>;
def adder_setitem : RuntimeFn<"i32", ["word", "word", "word"], NegativeResult>;
def adder_delitem : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
def adder_getattr : RuntimeFn<"word", ["word", "word"], ZeroResult>;
def adder_setattr : RuntimeFn<"i32", ["word", "word", "word"], NegativeResult>;
def adder_delattr : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
def adder_iter : RuntimeFn<"word", ["word"], ZeroResult>;
// 0 when exhausted (no exception pending) or on error (one pending).
def adder_next : RuntimeFn<"word", ["word"], Pending>;
def adder_call : RuntimeFn<"word", ["word", "ptr", "size", "word"], ZeroResult>;
def adder_len : RuntimeFn<"word", ["word"], ZeroResult>;
// ord() of one argument (builtins/Builtins.cpp).
def adder_ord : RuntimeFn<"word", ["word"], ZeroResult>;
// isinstance(x, T) where T is a builtin type, whose metaclass is type (no
// __instancecheck__): type(x) or x.__class__ is T or a subclass of it
// (builtins/Builtins.cpp).
def adder_is_instance : RuntimeFn<"i1", ["word", "word"], Pending>;

//===--- Typed ints and floats (runtime/core/Abi.cpp) ----------------------===//
// Slow paths of int.binary/int.unary: operands that are big ints or
// results that overflow the machine word. Op is the IR's operator index.
def adder_int_binary_slow : RuntimeFn<"word", ["word", "word", "i32"], ZeroResult>;
def adder_int_unary_slow : RuntimeFn<"word", ["word", "i32"], ZeroResult>;
def adder_int_compare_op : RuntimeFn<"i1", ["word", "word", "i32"], NoError>;
def adder_int_truediv : RuntimeFn<"double", ["word", "word"], Pending>;
def adder_int_to_float : RuntimeFn<"double", ["word"], Pending>;
def adder_int_from_double : RuntimeFn<"word", ["double"], ZeroResult>;
def adder_box_float : RuntimeFn<"word", ["double"], ZeroResult>;
def adder_float_value : RuntimeFn<"double", ["word"], NoError>;
def adder_float_binary_slow : RuntimeFn<"double", ["double", "double", "i32"], Pending>;
def adder_float_pow : RuntimeFn<"word", ["double", "double"], ZeroResult>;
def adder_round_float_int : RuntimeFn<"word", ["double"], ZeroResult>;
def adder_round_float_digits : RuntimeFn<"double", ["double", "word"], Pending>;
def adder_int_abs : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_int_to_str : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_float_to_str : RuntimeFn<"word", ["double"], ZeroResult>;
def adder_int_pow_mod : RuntimeFn<"word", ["word", "word", "word"], ZeroResult>;
// An imaginary literal: complex(real, imag) (runtime/objects/Complex.cpp).
def adder_complex_new : RuntimeFn<"word", ["double", "double"], ZeroResult>;

//===--- Strings, lists, tuples, ranges -----------------------------------===//
def adder_str_concat : RuntimeFn<"word", ["word", "word"], ZeroResult>;
def adder_str_concat_n : RuntimeFn<"word", ["ptr", "size"], ZeroResult>;
def adder_str_join_array : RuntimeFn<"word", ["ptr", "size"], ZeroResult>;
def adder_format_value : RuntimeFn<"word", ["word", "word"], ZeroResult>;
def adder_str_len : RuntimeFn<"word", ["word"], NoError>;
def adder_list_new : RuntimeFn<"word", ["ptr", "size"], ZeroResult>;
def adder_list_getitem_int : RuntimeFn<"word", ["word", "word"], ZeroResult>;
def adder_list_setitem_int : RuntimeFn<"i32", ["word", "word", "word"], NegativeResult>;
// The same for a list sema knows holds floats: no box for a Floats list.
def adder_list_getitem_float : RuntimeFn<"double", ["word", "word"], NaNResult>;
def adder_list_setitem_float : RuntimeFn<"i32", ["word", "word", "double"], NegativeResult>;
def adder_list_append : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
def adder_list_len : RuntimeFn<"word", ["word"], NoError>;
def adder_list_size : RuntimeFn<"size", ["word"], NoError>;
def adder_list_item : RuntimeFn<"word", ["word", "size"], ZeroResult>;
def adder_list_item_float : RuntimeFn<"double", ["word", "size"], NoError>;
def adder_list_repeat : RuntimeFn<"word", ["word", "word"], ZeroResult>;
def adder_tuple_new : RuntimeFn<"word", ["ptr", "size"], ZeroResult>;
def adder_slice_new : RuntimeFn<"word", ["word", "word", "word"], ZeroResult>;
def adder_range_new : RuntimeFn<"word", ["word", "word", "word"], ZeroResult>;
// An argument of range() as an exact int, through __index__ (for a counting
// loop over arguments of unknown type); CPython's TypeError otherwise.
def adder_range_index : RuntimeFn<"word", ["word"], ZeroResult>;
// Unpacks an iterable into Count values (a = b, c = x); -1 with CPython's
// ValueError when the lengths differ.
def adder_unpack : RuntimeFn<"i32", ["word", "size", "ptr"], NegativeResult>;
// a, *b, c = x: Before values, then a list, then After values.
def adder_unpack_star : RuntimeFn<"i32", ["word", "size", "size", "ptr"], NegativeResult>;
def adder_raise_range_step_zero : RuntimeFn<"void", [], Pending>;

//===--- Output, calls, modules, exceptions -------------------------------===//
def adder_print : RuntimeFn<"word", ["ptr", "size", "word", "word"], ZeroResult>;
// print() of values all known to be str (sep and end: str or None).
def adder_print_strs : RuntimeFn<"word", ["ptr", "size", "word", "word"], NoError>;
def adder_function_new : RuntimeFn<"word", ["ptr", "ptr", "word", "word", "word", "word"], ZeroResult>;
def adder_function_closure : RuntimeFn<"word", ["word", "i32"], NoError>;
// The Index-th value of a function object's positional defaults tuple, or
// of its keyword-only defaults (direct calls that omit arguments).
def adder_function_default : RuntimeFn<"word", ["word", "i32"], NoError>;
def adder_function_kwdefault : RuntimeFn<"word", ["word", "i32"], NoError>;
def adder_cell_new : RuntimeFn<"word", ["word"], ZeroResult>;
// f(*xs, **kw): the positional arguments gathered in a list (extended by
// each *xs), the keyword arguments in a dict (merged from each **kw);
// each takes the callee, which CPython's errors name.
def adder_call_extend_args : RuntimeFn<"i32", ["word", "word", "word"], NegativeResult>;
def adder_call_merge_kwargs : RuntimeFn<"i32", ["word", "word", "word"], NegativeResult>;
def adder_call_add_kwarg : RuntimeFn<"i32", ["word", "word", "word", "word"], NegativeResult>;
// Calls with the list of positional arguments and the dict (or None).
def adder_call_unpacked : RuntimeFn<"word", ["word", "word", "word"], ZeroResult>;
// A compiled module's import (core/Import.cpp): init before its body runs,
// then done (submodule_done also makes it an attribute of its package) or
// failed.
def adder_module_init : RuntimeFn<"i32", ["ptr"], NegativeResult>;
def adder_module_done : RuntimeFn<"i32", ["ptr"], NegativeResult>;
def adder_submodule_done : RuntimeFn<"i32", ["ptr", "ptr"], NegativeResult>;
def adder_module_failed : RuntimeFn<"void", ["ptr"], NoError>;
// An unbound module slot: the name may be created at run time or be a
// builtin. Module is the module object, Name a str, Builtin the builtin of
// that name (0 if none; the compiler resolves it).
def adder_global_fallback : RuntimeFn<"word", ["word", "word", "word"], ZeroResult>;
// The module's namespace (objects/Namespace.cpp): globals() moves the
// bound slots into the module's dict; afterwards compiled stores go
// through adder_global_store (module, name, value, slot index) and `del`
// of an unbound slot through adder_global_delete. adder_global_lookup
// reads a name the module never binds (created at run time).
def adder_module_dict : RuntimeFn<"word", ["word"], ZeroResult>;
// locals() in a function: adds Name: the cell's contents to the dict when
// the cell is bound (dict, name, cell); 0 or -1.
def adder_locals_add_cell : RuntimeFn<"i32", ["word", "word", "word"], NegativeResult>;
// dir() in a function: the sorted keys of its locals() dict.
def adder_dir_of_locals : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_global_lookup : RuntimeFn<"word", ["word", "word"], ZeroResult>;
def adder_global_store : RuntimeFn<"void", ["word", "word", "word", "i32"], NoError>;
def adder_global_delete : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
def adder_dir_of : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_raise_unbound_local : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_raise_unbound_free : RuntimeFn<"word", ["word"], ZeroResult>;
// `del x` of a variable in a cell (name, whether it is a free variable).
def adder_cell_delete : RuntimeFn<"i32", ["word", "word", "i32"], NegativeResult>;
def adder_raise_name_error : RuntimeFn<"word", ["word"], ZeroResult>;
// `import x` of a module that is neither in the program nor in the runtime.
def adder_import_missing : RuntimeFn<"word", ["word"], ZeroResult>;
// `from . import x` beyond the top-level package; always raises.
def adder_import_relative_error : RuntimeFn<"word", ["word"], ZeroResult>;
// `from m import name` (module, str name) and `from m import *` (module,
// the importing module).
def adder_import_from : RuntimeFn<"word", ["word", "word"], ZeroResult>;
def adder_import_star : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
// int vs float comparison, exact as CPython's.
def adder_int_float_compare : RuntimeFn<"i1", ["word", "double", "i32"], NoError>;
def adder_raise_recursion_error : RuntimeFn<"word", [], ZeroResult>;
// raise Exc [from Cause]: Exc may be a class or an instance; Cause is 0
// when absent. Always raises.
def adder_raise : RuntimeFn<"void", ["word", "word"], Pending>;
def adder_reraise : RuntimeFn<"void", ["word"], Pending>;
def adder_traceback_add : RuntimeFn<"void", ["ptr", "i32"], NoError>;
def adder_exc_matches : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
// A generic entry received an argument of another type than sema proved
// for the typed entry (only possible through calls sema could not see).
def adder_raise_argument_type : RuntimeFn<"void", ["ptr", "ptr", "ptr", "word"], NoError>;
def adder_assert_fail : RuntimeFn<"void", ["word", "i32"], Pending>;
// with (runtime/objects/ClassSupport.cpp): the manager's bound __exit__
// (after checking it has __enter__), the result of its __enter__(), and
// __exit__(type, exc, tb) when the body raised: true to suppress.
def adder_with_exit : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_with_enter : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_with_exit_exception : RuntimeFn<"i1", ["word", "word"], Pending>;

//===--- Classes (runtime/objects/Class.cpp, Super.cpp) ------------------===//
// class Name(*Bases, **Kw): (name, bases tuple, namespace dict, keywords
// dict or None, the compiler's instance layout or null).
def adder_class_new : RuntimeFn<"word", ["word", "word", "word", "word", "ptr"], ZeroResult>;
// The namespace of class Name(*Bases, **Kw) (Kw a dict or None): the
// metaclass's __prepare__(name, bases, **kw), or a new dict.
def adder_class_prepare : RuntimeFn<"word", ["word", "word", "word"], ZeroResult>;
// Instance attributes in fixed slots (objects/Instance.cpp): obj.name with
// the layout and slot sema chose (self in a method of the class), or with
// a per-site cache (ptr to a zeroed {layout, index}) elsewhere.
def adder_instance_get : RuntimeFn<"word", ["word", "ptr", "i32", "word"], ZeroResult>;
def adder_instance_set : RuntimeFn<"i32", ["word", "ptr", "i32", "word", "word"], NegativeResult>;
// adder_instance_set for self in __init__: a slot's first store inline too.
def adder_instance_init_set : RuntimeFn<"i32", ["word", "ptr", "i32", "word", "word"], NegativeResult>;
def adder_instance_get_cached : RuntimeFn<"word", ["word", "ptr", "word"], ZeroResult>;
def adder_instance_set_cached : RuntimeFn<"i32", ["word", "ptr", "word", "word"], NegativeResult>;
// obj.name for a call (objects/Instance.cpp): a plain function of the
// class, with obj stored in the first ptr's word as the receiver to pass,
// or else the bound attribute (and 0 stored); the second ptr is the
// site's cache (site.cache "method").
def adder_load_method : RuntimeFn<"word", ["word", "word", "ptr", "ptr"], ZeroResult>;
// `Class(args)` of one of the program's classes (objects/Instance.cpp): a
// fresh instance when the callee is still the class whose __init__ has
// the generic entry given (word) and nothing else takes part in
// construction, per the site's cache (ptr to a zeroed {type, version});
// else None, and the caller makes the generic call. Then the check of
// what __init__ returned.
def adder_construct_alloc : RuntimeFn<"word", ["word", "ptr", "word"], NoError>;
def adder_check_init_result : RuntimeFn<"word", ["word"], ZeroResult>;
// A name of a class body's namespace; adder_no_default when absent.
def adder_class_ns_get : RuntimeFn<"word", ["word", "word"], ZeroResult>;
def adder_class_ns_del : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
// Zero-argument super(): the method's __class__ cell (None when it has
// none) and its first argument (0 when it has none).
def adder_super_new : RuntimeFn<"word", ["word", "word"], ZeroResult>;

//===--- Starred items in displays (runtime/core/Displays.cpp) ------------===//
// [*x] and (*x,) extend the list being built; {*x} the set, {**m} the dict.
def adder_list_extend_starred : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
def adder_list_to_tuple : RuntimeFn<"word", ["word"], ZeroResult>;
def adder_set_update_starred : RuntimeFn<"i32", ["word", "word"], NegativeResult>;
def adder_dict_update_starred : RuntimeFn<"i32", ["word", "word"], NegativeResult>;

//===--- match statements (runtime/core/PatternMatching.cpp) --------------===//
// A sequence pattern's test: (subject, items, 1: exactly / 0: at least).
def adder_match_sequence : RuntimeFn<"i1", ["word", "size", "i32"], Pending>;
// A mapping pattern's test: (subject, at least so many items).
def adder_match_mapping : RuntimeFn<"i1", ["word", "size"], Pending>;
// The subject's item for a key; adder_no_default when absent.
def adder_match_mapping_get : RuntimeFn<"word", ["word", "word"], ZeroResult>;
// **rest: (subject, the pattern's keys, how many).
def adder_match_mapping_rest : RuntimeFn<"word", ["word", "ptr", "size"], ZeroResult>;
// Cls(...): (subject, class, positional count, keyword names tuple, out
// attributes).
def adder_match_class : RuntimeFn<"i1", ["word", "word", "size", "word", "ptr"], Pending>;

//===--- Generators (runtime/objects/Generator.cpp) -----------------------===//
// gen.new: (resume function, code info, name, qualname, function object or
// None, frame Values, frame raw bytes).
def adder_generator_new : RuntimeFn<"word", ["ptr", "ptr", "word", "word", "word", "size", "size"], ZeroResult>;
def adder_generator_frame : RuntimeFn<"ptr", ["word"], NoError>;
// The yield point to resume at (0: the start); the state reads finished
// until the next yield records its point with adder_generator_suspend.
def adder_generator_enter : RuntimeFn<"i32", ["word"], NoError>;
def adder_generator_suspend : RuntimeFn<"void", ["word", "i32"], NoError>;
def adder_generator_function : RuntimeFn<"word", ["word"], NoError>;
// One step of `yield from`: (generator, delegate, sent value, out) gives 1
// with a value to yield, 0 with the delegate's return value, -1 raised.
def adder_yield_from_send : RuntimeFn<"i32", ["word", "word", "word", "ptr"], NegativeResult>;

//===----------------------------------------------------------------------===//
// Python builtins and runtime modules
//===----------------------------------------------------------------------===//

class Sig<list<string> args, string result, string fast = ""> {
  list<string> Args = args;
  string Result = result;
  string Fast = fast;
}

class Builtin<string module, string name, string symbol, list<Sig> sigs> {
  string Module = module;
  string Name = name;
  string Symbol = symbol;
  list<Sig> Sigs = sigs;
  string Kind = "function";
  string ConstType = "";
  string ConstValue = "";
}
class BuiltinType<string name, string symbol, list<Sig> sigs>
    : Builtin<"", name, symbol, sigs> { let Kind = "type"; }
class BuiltinConst<string module, string name, string type, string value>
    : Builtin<module, name, "", []> {
  let Kind = "constant";
  let ConstType = type;
  let ConstValue = value;
}
class RuntimeModule<string name> : Builtin<"", name, "adder_module_" # name, []> {
  let Kind = "module";
}

def : Builtin<"", "print", "adder_builtin_print", [Sig<["..."], "None">]>;
def : Builtin<"", "len", "adder_builtin_len", [
  Sig<["list"], "int", "adder_list_len">,
  Sig<["str"], "int", "adder_str_len">,
  Sig<["*"], "int", "adder_len">]>;
def : Builtin<"", "abs", "adder_builtin_abs", [
  Sig<["int"], "int", "adder_int_abs">,
  Sig<["bool"], "int", "adder_int_abs">,
  Sig<["float"], "float">]>;
def : Builtin<"", "repr", "adder_builtin_repr", [Sig<["*"], "str", "adder_repr">]>;
def : Builtin<"", "round", "adder_builtin_round", [
  Sig<["float"], "int", "adder_round_float_int">,
  Sig<["float", "int"], "float", "adder_round_float_digits">,
  Sig<["int"], "int">]>;
def : Builtin<"", "min", "adder_builtin_min", [
  Sig<["int", "int", "..."], "int">, Sig<["float", "float", "..."], "float">,
  Sig<["list"], "elem0">]>;
def : Builtin<"", "max", "adder_builtin_max", [
  Sig<["int", "int", "..."], "int">, Sig<["float", "float", "..."], "float">,
  Sig<["list"], "elem0">]>;
def : Builtin<"", "divmod", "adder_builtin_divmod", [Sig<["*", "*"], "tuple">]>;
def : Builtin<"", "pow", "adder_builtin_pow", [
  Sig<["int", "int", "int"], "int", "adder_int_pow_mod">]>;
def : Builtin<"", "hex", "adder_builtin_hex", [Sig<["*"], "str">]>;
def : Builtin<"", "oct", "adder_builtin_oct", [Sig<["*"], "str">]>;
def : Builtin<"", "bin", "adder_builtin_bin", [Sig<["*"], "str">]>;
def : Builtin<"", "chr", "adder_builtin_chr", [Sig<["*"], "str">]>;
def : Builtin<"", "ord", "adder_builtin_ord", [Sig<["*"], "int", "adder_ord">]>;
def : Builtin<"", "isinstance", "adder_builtin_isinstance", [Sig<["*", "*"], "bool">]>;
def : Builtin<"", "issubclass", "adder_builtin_issubclass", [Sig<["*", "*"], "bool">]>;
def : Builtin<"", "callable", "adder_builtin_callable", [Sig<["*"], "bool">]>;
def : Builtin<"", "hash", "adder_builtin_hash", [Sig<["*"], "int">]>;
def : Builtin<"", "id", "adder_builtin_id", [Sig<["*"], "int">]>;
def : Builtin<"", "sum", "adder_builtin_sum", []>;
def : Builtin<"", "sorted", "adder_builtin_sorted", [Sig<["list"], "arg0">]>;
def : Builtin<"", "any", "adder_builtin_any", [Sig<["*"], "bool">]>;
def : Builtin<"", "all", "adder_builtin_all", [Sig<["*"], "bool">]>;
def : Builtin<"", "input", "adder_builtin_input", [Sig<["..."], "str">]>;
def : Builtin<"", "exit", "adder_builtin_exit", []>;
def : Builtin<"", "quit", "adder_builtin_quit", []>;
def : Builtin<"", "getattr", "adder_builtin_getattr", []>;
def : Builtin<"", "setattr", "adder_builtin_setattr", [Sig<["*", "*", "*"], "None">]>;
def : Builtin<"", "hasattr", "adder_builtin_hasattr", [Sig<["*", "*"], "bool">]>;
def : Builtin<"", "delattr", "adder_builtin_delattr", [Sig<["*", "*"], "None">]>;
def : Builtin<"", "format", "adder_builtin_format", [Sig<["*", "..."], "str">]>;
def : Builtin<"", "ascii", "adder_builtin_ascii", [Sig<["*"], "str">]>;
def : Builtin<"", "iter", "adder_builtin_iter", []>;
def : Builtin<"", "next", "adder_builtin_next", []>;
def : Builtin<"", "enumerate", "adder_builtin_enumerate", []>;
def : Builtin<"", "zip", "adder_builtin_zip", []>;
def : Builtin<"", "map", "adder_builtin_map", []>;
def : Builtin<"", "filter", "adder_builtin_filter", []>;
def : Builtin<"", "reversed", "adder_builtin_reversed", []>;
def : Builtin<"", "vars", "adder_builtin_vars", []>;
def : Builtin<"", "dir", "adder_builtin_dir", []>;
// globals(), locals() and dir() read the calling scope: the compiler
// expands each direct call; the builtin objects serve only indirect calls.
def : Builtin<"", "globals", "adder_builtin_globals", []>;
def : Builtin<"", "locals", "adder_builtin_locals", []>;

def : BuiltinType<"int", "adder_type_int", [
  Sig<["int"], "int">, Sig<["bool"], "int">,
  Sig<["float"], "int", "adder_int_from_double">,
  Sig<["str", "..."], "int">, Sig<[], "int">, Sig<["*", "..."], "int">]>;
def : BuiltinType<"float", "adder_type_float", [
  Sig<["float"], "float">, Sig<["int"], "float", "adder_int_to_float">,
  Sig<["bool"], "float">, Sig<[], "float">, Sig<["*"], "float">]>;
def : BuiltinType<"bool", "adder_type_bool", [Sig<["..."], "bool">]>;
def : BuiltinType<"str", "adder_type_str", [
  Sig<["str"], "str">, Sig<["int"], "str", "adder_int_to_str">,
  Sig<["float"], "str", "adder_float_to_str">, Sig<["..."], "str">]>;
def : BuiltinType<"list", "adder_type_list", []>;
def : BuiltinType<"tuple", "adder_type_tuple", [Sig<["..."], "tuple">]>;
def : BuiltinType<"range", "adder_type_range", [
  Sig<["int"], "range">, Sig<["int", "int"], "range">,
  Sig<["int", "int", "int"], "range">, Sig<["*"], "range">,
  Sig<["*", "*"], "range">, Sig<["*", "*", "*"], "range">]>;
def : BuiltinType<"object", "adder_type_object", []>;
def : BuiltinType<"type", "adder_type_type", []>;
def : BuiltinType<"dict", "adder_type_dict", []>;
def : BuiltinType<"set", "adder_type_set", []>;
def : BuiltinType<"frozenset", "adder_type_frozenset", []>;
def : BuiltinType<"bytes", "adder_type_bytes", []>;
def : BuiltinType<"bytearray", "adder_type_bytearray", []>;
def : BuiltinType<"memoryview", "adder_type_memoryview", []>;
def : BuiltinType<"slice", "adder_type_slice", []>;
def : BuiltinType<"complex", "adder_type_complex", []>;
def : BuiltinType<"property", "adder_type_property", []>;
def : BuiltinType<"classmethod", "adder_type_classmethod", []>;
def : BuiltinType<"staticmethod", "adder_type_staticmethod", []>;
def : BuiltinType<"super", "adder_type_super", []>;

// The builtin exception classes (runtime/core/Exceptions.cpp).
class BuiltinException<string name> : BuiltinType<name, "adder_type_" # name, []>;
foreach E = ["BaseException", "Exception", "ArithmeticError",
             "ZeroDivisionError", "OverflowError", "FloatingPointError",
             "AssertionError", "AttributeError", "LookupError", "IndexError",
             "KeyError", "NameError", "UnboundLocalError", "TypeError",
             "ValueError", "UnicodeError", "UnicodeDecodeError",
             "UnicodeEncodeError", "RuntimeError", "NotImplementedError",
             "RecursionError", "StopIteration", "StopAsyncIteration",
             "GeneratorExit", "KeyboardInterrupt", "SystemExit",
             "MemoryError", "ImportError", "ModuleNotFoundError", "OSError",
             "EOFError", "BufferError", "SyntaxError", "IndentationError",
             "TabError", "Warning", "UserWarning", "DeprecationWarning",
             "RuntimeWarning", "BlockingIOError", "ChildProcessError",
             "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
             "ConnectionRefusedError", "ConnectionResetError",
             "FileExistsError", "FileNotFoundError", "InterruptedError",
             "IsADirectoryError", "NotADirectoryError", "PermissionError",
             "ProcessLookupError", "TimeoutError", "ReferenceError",
             "SystemError", "UnicodeTranslateError", "BytesWarning",
             "EncodingWarning", "FutureWarning", "ImportWarning",
             "PendingDeprecationWarning", "ResourceWarning", "SyntaxWarning",
             "UnicodeWarning"] in
  def : BuiltinException<E>;
// Aliases CPython keeps for OSError.
def : BuiltinType<"IOError", "adder_type_OSError", []>;
def : BuiltinType<"EnvironmentError", "adder_type_OSError", []>;

def : BuiltinConst<"", "None", "None", "">;
def : BuiltinConst<"", "NotImplemented", "object", "adder_not_implemented">;
def : BuiltinConst<"", "Ellipsis", "object", "adder_ellipsis">;

// Runtime modules (runtime/modules/).
def : RuntimeModule<"math">;
def : RuntimeModule<"sys">;
def : RuntimeModule<"time">;
def : RuntimeModule<"gc">;
def : RuntimeModule<"micropython">;
def : RuntimeModule<"struct">;
// The runtime side of lib/python/traceback.py.
def : RuntimeModule<"_traceback">;

def : BuiltinConst<"math", "pi", "float", "3.141592653589793">;
def : BuiltinConst<"math", "e", "float", "2.718281828459045">;
def : BuiltinConst<"math", "tau", "float", "6.283185307179586">;
def : BuiltinConst<"math", "inf", "float", "inf">;
def : BuiltinConst<"math", "nan", "float", "nan">;
// math functions with a typed fast entry (a double in, a double out;
// domain and range errors are left pending, runtime/modules/Math.cpp).
// An argument of unknown type goes to an entry that converts it as the
// generic function would (adder_as_double) and goes on as the fast one,
// rather than through a lookup of the module's attribute and a generic
// call. The logarithms take only floats on the fast path: they accept ints
// too large for a double, which the generic entry handles exactly.
class MathF<string name, string arg = "num">
    : Builtin<"math", name, "adder_math_" # name, [
  Sig<[arg], "float", "adder_math_" # name # "_f">,
  Sig<["*"], "float", !if(!eq(arg, "num"), "adder_math_" # name # "_o", "")>]>;
foreach F = ["sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
             "cosh", "tanh", "exp", "fabs", "log2", "log10"] in
  def adder_math_ # F # _f : RuntimeFn<"double", ["double"], Pending>;
foreach F = ["sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
             "cosh", "tanh", "exp", "fabs"] in {
  def adder_math_ # F # _o : RuntimeFn<"double", ["word"], Pending>;
  def : MathF<F>;
}
def : MathF<"log2", "float">;
def : MathF<"log10", "float">;
def adder_math_log_f : RuntimeFn<"double", ["double"], Pending>;
def adder_math_atan2_f : RuntimeFn<"double", ["double", "double"], Pending>;
def : Builtin<"math", "log", "adder_math_log", [
  Sig<["float"], "float", "adder_math_log_f">, Sig<["*", "..."], "float">]>;
def : Builtin<"math", "atan2", "adder_math_atan2", [
  Sig<["num", "num"], "float", "adder_math_atan2_f">, Sig<["*", "*"], "float">]>;
def : Builtin<"math", "pow", "adder_math_pow", [Sig<["*", "*"], "float">]>;
def : Builtin<"math", "hypot", "adder_math_hypot", [Sig<["..."], "float">]>;
def : Builtin<"math", "floor", "adder_math_floor", [
  Sig<["float"], "int">, Sig<["int"], "int">]>;
def : Builtin<"math", "ceil", "adder_math_ceil", [
  Sig<["float"], "int">, Sig<["int"], "int">]>;
def : Builtin<"math", "trunc", "adder_math_trunc", [
  Sig<["float"], "int">, Sig<["int"], "int">]>;
def : Builtin<"math", "isqrt", "adder_math_isqrt", [Sig<["*"], "int">]>;
def : Builtin<"math", "factorial", "adder_math_factorial", [Sig<["*"], "int">]>;
def : Builtin<"math", "gcd", "adder_math_gcd", [Sig<["..."], "int">]>;
def : Builtin<"math", "isnan", "adder_math_isnan", [Sig<["*"], "bool">]>;
def : Builtin<"math", "isinf", "adder_math_isinf", [Sig<["*"], "bool">]>;
def : Builtin<"math", "isfinite", "adder_math_isfinite", [Sig<["*"], "bool">]>;
def : Builtin<"math", "copysign", "adder_math_copysign", [Sig<["*", "*"], "float">]>;
def : Builtin<"math", "fmod", "adder_math_fmod", [Sig<["*", "*"], "float">]>;
