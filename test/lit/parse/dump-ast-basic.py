# RUN: %adder parse --dump-ast %s | FileCheck %s

# CHECK: Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))))
x = 1 + 2 * 3
# CHECK-SAME: AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=255), simple=1)
y: int = 0xFF
# CHECK-SAME: Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn(), IsNot()], comparators=[Name(id='b', ctx=Load()), Constant(value=None)]))
a not in b is not None
# CHECK-SAME: Expr(value=Constant(value=1e+100))
1e100
# CHECK-SAME: Expr(value=Constant(value=12345678901234567890123))
12_345_678_901_234_567_890_123
# CHECK-SAME: Expr(value=Constant(value=1.5j))
1.5j
# CHECK-SAME: type_ignores=[])
