//===- AST.td - the Python 3.11 abstract syntax tree -----------*- tablegen -*-===//
//
// The AST mirrors CPython's `ast` module (Parser/Python.asdl of 3.11) node
// for node and field for field, in the same order, so that
// `adder parse --dump-ast` can print exactly what `ast.dump` prints.
// adder-tblgen (-gen-ast) generates from this file the NodeKind enum, one
// C++ struct per node, the enums for the field-less sum types (operators,
// contexts) and a field visitor that generic passes (the dumper, walkers)
// use instead of hand-written switches.
//
//===----------------------------------------------------------------------===//

// An abstract sum type of the ASDL (expr, stmt, ...). Nodes derive from it.
class Category<string cppName> { string CppName = cppName; }

// A sum type whose constructors have no fields becomes a C++ enum.
class EnumType<string cppName, list<string> values> {
  string CppName = cppName;
  list<string> Values = values;
}

// Field kinds. Opt* fields may be absent (None in Python); ast.dump omits
// them when absent.
class Field<string name> { string Name = name; }
class Child<string name, Category type> : Field<name> { Category Type = type; }
class OptChild<string name, Category type> : Field<name> { Category Type = type; }
class Children<string name, Category type> : Field<name> { Category Type = type; }
// A list whose entries may be None (Dict.keys for `**mapping` entries).
class OptChildren<string name, Category type> : Field<name> { Category Type = type; }
class Ident<string name> : Field<name>;
class OptIdent<string name> : Field<name>;
class Idents<string name> : Field<name>;
class ConstantField<string name> : Field<name>;
class OptString<string name> : Field<name>;
class IntField<string name> : Field<name>;
class EnumField<string name, EnumType type> : Field<name> { EnumType Type = type; }
class EnumList<string name, EnumType type> : Field<name> { EnumType Type = type; }

// A concrete node. `Located` nodes carry lineno/col_offset in CPython.
class Node<string pyName, Category base, list<Field> fields, bit located = 1> {
  string PyName = pyName;
  Category Base = base;
  list<Field> Fields = fields;
  bit Located = located;
}
// A product type of the ASDL: a category with exactly one node.
class Product<string pyName, string cppName, list<Field> fields, bit located>
    : Category<cppName>, Node<pyName, ?, fields, located>;

def mod     : Category<"Mod">;
def stmt    : Category<"Stmt">;
def expr    : Category<"Expr">;
def excepthandler : Category<"ExceptHandlerBase">;
def pattern : Category<"Pattern">;
def type_ignore : Category<"TypeIgnoreBase">;

def ExprContext : EnumType<"ExprContext", ["Load", "Store", "Del"]>;
def BoolOpKind  : EnumType<"BoolOpKind", ["And", "Or"]>;
def OperatorKind : EnumType<"OperatorKind", ["Add", "Sub", "Mult", "MatMult",
    "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd",
    "FloorDiv"]>;
def UnaryOpKind : EnumType<"UnaryOpKind", ["Invert", "Not", "UAdd", "USub"]>;
def CmpOpKind   : EnumType<"CmpOpKind", ["Eq", "NotEq", "Lt", "LtE", "Gt",
    "GtE", "Is", "IsNot", "In", "NotIn"]>;

def arg : Product<"arg", "Arg", [
    Ident<"arg">, OptChild<"annotation", expr>, OptString<"type_comment">], 1>;
def keyword : Product<"keyword", "Keyword", [
    OptIdent<"arg">, Child<"value", expr>], 1>;
def alias : Product<"alias", "Alias", [Ident<"name">, OptIdent<"asname">], 1>;
def withitem : Product<"withitem", "WithItem", [
    Child<"context_expr", expr>, OptChild<"optional_vars", expr>], 0>;
def match_case : Product<"match_case", "MatchCase", [
    Child<"pattern", pattern>, OptChild<"guard", expr>,
    Children<"body", stmt>], 0>;

def comprehension : Product<"comprehension", "Comprehension", [
    Child<"target", expr>, Child<"iter", expr>, Children<"ifs", expr>,
    IntField<"is_async">], 0>;
def arguments : Product<"arguments", "Arguments", [
    Children<"posonlyargs", arg>, Children<"args", arg>,
    OptChild<"vararg", arg>, Children<"kwonlyargs", arg>,
    OptChildren<"kw_defaults", expr>, OptChild<"kwarg", arg>,
    Children<"defaults", expr>], 0>;

// mod
def Module      : Node<"Module", mod, [Children<"body", stmt>,
                                       Children<"type_ignores", type_ignore>], 0>;
def Interactive : Node<"Interactive", mod, [Children<"body", stmt>], 0>;
def Expression  : Node<"Expression", mod, [Child<"body", expr>], 0>;

// stmt
def FunctionDef : Node<"FunctionDef", stmt, [
    Ident<"name">, Child<"args", arguments>, Children<"body", stmt>,
    Children<"decorator_list", expr>, OptChild<"returns", expr>,
    OptString<"type_comment">]>;
def AsyncFunctionDef : Node<"AsyncFunctionDef", stmt, [
    Ident<"name">, Child<"args", arguments>, Children<"body", stmt>,
    Children<"decorator_list", expr>, OptChild<"returns", expr>,
    OptString<"type_comment">]>;
def ClassDef : Node<"ClassDef", stmt, [
    Ident<"name">, Children<"bases", expr>, Children<"keywords", keyword>,
    Children<"body", stmt>, Children<"decorator_list", expr>]>;
def Return : Node<"Return", stmt, [OptChild<"value", expr>]>;
def Delete : Node<"Delete", stmt, [Children<"targets", expr>]>;
def Assign : Node<"Assign", stmt, [
    Children<"targets", expr>, Child<"value", expr>, OptString<"type_comment">]>;
def AugAssign : Node<"AugAssign", stmt, [
    Child<"target", expr>, EnumField<"op", OperatorKind>, Child<"value", expr>]>;
def AnnAssign : Node<"AnnAssign", stmt, [
    Child<"target", expr>, Child<"annotation", expr>, OptChild<"value", expr>,
    IntField<"simple">]>;
def For : Node<"For", stmt, [
    Child<"target", expr>, Child<"iter", expr>, Children<"body", stmt>,
    Children<"orelse", stmt>, OptString<"type_comment">]>;
def AsyncFor : Node<"AsyncFor", stmt, [
    Child<"target", expr>, Child<"iter", expr>, Children<"body", stmt>,
    Children<"orelse", stmt>, OptString<"type_comment">]>;
def While : Node<"While", stmt, [
    Child<"test", expr>, Children<"body", stmt>, Children<"orelse", stmt>]>;
def If : Node<"If", stmt, [
    Child<"test", expr>, Children<"body", stmt>, Children<"orelse", stmt>]>;
def With : Node<"With", stmt, [
    Children<"items", withitem>, Children<"body", stmt>,
    OptString<"type_comment">]>;
def AsyncWith : Node<"AsyncWith", stmt, [
    Children<"items", withitem>, Children<"body", stmt>,
    OptString<"type_comment">]>;
def Match : Node<"Match", stmt, [
    Child<"subject", expr>, Children<"cases", match_case>]>;
def Raise : Node<"Raise", stmt, [OptChild<"exc", expr>, OptChild<"cause", expr>]>;
def Try : Node<"Try", stmt, [
    Children<"body", stmt>, Children<"handlers", excepthandler>,
    Children<"orelse", stmt>, Children<"finalbody", stmt>]>;
def TryStar : Node<"TryStar", stmt, [
    Children<"body", stmt>, Children<"handlers", excepthandler>,
    Children<"orelse", stmt>, Children<"finalbody", stmt>]>;
def Assert : Node<"Assert", stmt, [Child<"test", expr>, OptChild<"msg", expr>]>;
def Import : Node<"Import", stmt, [Children<"names", alias>]>;
def ImportFrom : Node<"ImportFrom", stmt, [
    OptIdent<"module">, Children<"names", alias>, IntField<"level">]>;
def Global : Node<"Global", stmt, [Idents<"names">]>;
def Nonlocal : Node<"Nonlocal", stmt, [Idents<"names">]>;
def ExprStmt : Node<"Expr", stmt, [Child<"value", expr>]>;
def Pass : Node<"Pass", stmt, []>;
def Break : Node<"Break", stmt, []>;
def Continue : Node<"Continue", stmt, []>;

// expr
def BoolOp : Node<"BoolOp", expr, [
    EnumField<"op", BoolOpKind>, Children<"values", expr>]>;
def NamedExpr : Node<"NamedExpr", expr, [Child<"target", expr>, Child<"value", expr>]>;
def BinOp : Node<"BinOp", expr, [
    Child<"left", expr>, EnumField<"op", OperatorKind>, Child<"right", expr>]>;
def UnaryOp : Node<"UnaryOp", expr, [
    EnumField<"op", UnaryOpKind>, Child<"operand", expr>]>;
def Lambda : Node<"Lambda", expr, [Child<"args", arguments>, Child<"body", expr>]>;
def IfExp : Node<"IfExp", expr, [
    Child<"test", expr>, Child<"body", expr>, Child<"orelse", expr>]>;
def Dict : Node<"Dict", expr, [OptChildren<"keys", expr>, Children<"values", expr>]>;
def Set : Node<"Set", expr, [Children<"elts", expr>]>;
def ListComp : Node<"ListComp", expr, [
    Child<"elt", expr>, Children<"generators", comprehension>]>;
def SetComp : Node<"SetComp", expr, [
    Child<"elt", expr>, Children<"generators", comprehension>]>;
def DictComp : Node<"DictComp", expr, [
    Child<"key", expr>, Child<"value", expr>,
    Children<"generators", comprehension>]>;
def GeneratorExp : Node<"GeneratorExp", expr, [
    Child<"elt", expr>, Children<"generators", comprehension>]>;
def Await : Node<"Await", expr, [Child<"value", expr>]>;
def Yield : Node<"Yield", expr, [OptChild<"value", expr>]>;
def YieldFrom : Node<"YieldFrom", expr, [Child<"value", expr>]>;
def Compare : Node<"Compare", expr, [
    Child<"left", expr>, EnumList<"ops", CmpOpKind>,
    Children<"comparators", expr>]>;
def Call : Node<"Call", expr, [
    Child<"func", expr>, Children<"args", expr>, Children<"keywords", keyword>]>;
def FormattedValue : Node<"FormattedValue", expr, [
    Child<"value", expr>, IntField<"conversion">, OptChild<"format_spec", expr>]>;
def JoinedStr : Node<"JoinedStr", expr, [Children<"values", expr>]>;
def Constant : Node<"Constant", expr, [ConstantField<"value">, OptString<"kind">]>;
def Attribute : Node<"Attribute", expr, [
    Child<"value", expr>, Ident<"attr">, EnumField<"ctx", ExprContext>]>;
def Subscript : Node<"Subscript", expr, [
    Child<"value", expr>, Child<"slice", expr>, EnumField<"ctx", ExprContext>]>;
def Starred : Node<"Starred", expr, [Child<"value", expr>, EnumField<"ctx", ExprContext>]>;
def Name : Node<"Name", expr, [Ident<"id">, EnumField<"ctx", ExprContext>]>;
def List : Node<"List", expr, [Children<"elts", expr>, EnumField<"ctx", ExprContext>]>;
def Tuple : Node<"Tuple", expr, [Children<"elts", expr>, EnumField<"ctx", ExprContext>]>;
def Slice : Node<"Slice", expr, [
    OptChild<"lower", expr>, OptChild<"upper", expr>, OptChild<"step", expr>]>;

// excepthandler
def ExceptHandler : Node<"ExceptHandler", excepthandler, [
    OptChild<"type", expr>, OptIdent<"name">, Children<"body", stmt>]>;

// pattern
def MatchValue : Node<"MatchValue", pattern, [Child<"value", expr>]>;
def MatchSingleton : Node<"MatchSingleton", pattern, [ConstantField<"value">]>;
def MatchSequence : Node<"MatchSequence", pattern, [Children<"patterns", pattern>]>;
def MatchMapping : Node<"MatchMapping", pattern, [
    Children<"keys", expr>, Children<"patterns", pattern>, OptIdent<"rest">]>;
def MatchClass : Node<"MatchClass", pattern, [
    Child<"cls", expr>, Children<"patterns", pattern>, Idents<"kwd_attrs">,
    Children<"kwd_patterns", pattern>]>;
def MatchStar : Node<"MatchStar", pattern, [OptIdent<"name">]>;
def MatchAs : Node<"MatchAs", pattern, [OptChild<"pattern", pattern>, OptIdent<"name">]>;
def MatchOr : Node<"MatchOr", pattern, [Children<"patterns", pattern>]>;

// type_ignore
def TypeIgnore : Node<"TypeIgnore", type_ignore, [IntField<"lineno">, OptString<"tag">], 0>;
