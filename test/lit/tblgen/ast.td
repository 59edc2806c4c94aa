// RUN: %adder-tblgen -gen-ast -I %src_root %s | FileCheck %s
class Category<string cppName> { string CppName = cppName; }
class EnumType<string cppName, list<string> values> {
  string CppName = cppName; list<string> Values = values; }
class Field<string name> { string Name = name; }
class Child<string name, Category type> : Field<name> { Category Type = type; }
class OptChild<string name, Category type> : Field<name> { Category Type = type; }
class Children<string name, Category type> : Field<name> { Category Type = type; }
class OptChildren<string name, Category type> : Field<name> { Category Type = type; }
class Ident<string name> : Field<name>;
class OptIdent<string name> : Field<name>;
class Idents<string name> : Field<name>;
class ConstantField<string name> : Field<name>;
class OptString<string name> : Field<name>;
class IntField<string name> : Field<name>;
class EnumField<string name, EnumType type> : Field<name> { EnumType Type = type; }
class EnumList<string name, EnumType type> : Field<name> { EnumType Type = type; }
class Node<string pyName, Category base, list<Field> fields, bit located = 1> {
  string PyName = pyName; Category Base = base; list<Field> Fields = fields;
  bit Located = located; }

def expr : Category<"Expr">;
def Ctx : EnumType<"ExprContext", ["Load", "Store"]>;
def Name : Node<"Name", expr, [Ident<"id">, EnumField<"ctx", Ctx>]>;
def Starred : Node<"Starred", expr, [Child<"value", expr>, EnumField<"ctx", Ctx>]>;

// CHECK: enum class ExprContext : uint8_t { Load, Store };
// CHECK: enum class NodeKind : uint8_t {
// CHECK-NEXT: Name,
// CHECK-NEXT: Starred,
// A category is a range of kinds, so classof is two compares.
// CHECK: struct Expr : Node {
// CHECK: return N->nodeKind >= NodeKind::Name && N->nodeKind <= NodeKind::Starred;
// CHECK: struct Starred final : Expr {
// CHECK: Expr *value = nullptr;
// CHECK-NEXT: ExprContext ctx{};
// CHECK: case NodeKind::Starred: {
// CHECK: V.child("value", X->value, false);
// CHECK-NEXT: V.enumeration("ctx", enumName(X->ctx));
