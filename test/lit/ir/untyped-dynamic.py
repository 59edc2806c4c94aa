# A function whose parameters sema cannot type (called with ints and with
# strs) keeps them as objects: the add is the dynamic binary operation,
# which dispatches on the operands' types at run time.
#
# RUN: %adder build --emit=ir %s -o - | FileCheck %s --check-prefix=IR
# RUN: %adder build --emit=llvm %s -o - | FileCheck %s --check-prefix=LLVM
# RUN: %adder run %s | FileCheck %s --check-prefix=OUT

def add(a, b):
    return a + b

print(add(1, 2), add("x", "y"), add([1], [2]))

# IR-LABEL: func @__main__.add_{{[0-9]+}}(%a: object, %b: object) -> object
# IR: obj.binary add {{.*}} : object

# LLVM-LABEL: define {{.*}}@{{"?}}__main__.add_{{[0-9]+}}
# LLVM: call {{.*}}binaryOp

# OUT: 3 xy [1, 2]
