# A typed range loop: sema infers int for n, s and i from the annotation
# and the literals; irgen emits a machine-index fast path (taken when the
# range bounds are small ints) beside the generic int loop, and the
# arithmetic stays typed int. Lowering turns typed int arithmetic into
# tagged machine words with an overflow check whose slow path is the
# bigint runtime, so exact semantics are kept.
#
# RUN: %adder build --emit=ir %s -o - | FileCheck %s --check-prefix=IR
# RUN: %adder build --emit=llvm %s -o - | FileCheck %s --check-prefix=LLVM
# RUN: %adder run %s | FileCheck %s --check-prefix=OUT

def sumsq(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s

print(sumsq(10))
print(sumsq(3_000_000_000 // 1000))

# IR-LABEL: func @__main__.sumsq_{{[0-9]+}}(%n: int) -> int
# IR: local $s: int
# IR: local $i: int
# IR: int.is_small
# IR: ^range.fast.head
# IR: index.cmp lt
# IR: ^range.fast.body
# IR: index.to_int
# IR: int.binary mul {{.*}} : int
# IR: int.binary add {{.*}} : int
# IR: ^for.head
# IR: int.cmp lt

# Unboxed arguments and result; the multiply checks for overflow and falls
# back to the runtime's arbitrary-precision path.
# LLVM-LABEL: define internal fastcc i64 @__main__.sumsq_{{[0-9]+}}(i64 %n)
# LLVM: @llvm.smul.with.overflow.i64
# LLVM: br i1 %{{[0-9]+}}, label %int.slow
# LLVM: int.slow:
# LLVM: call {{.*}}binaryOp

# OUT: 285
# OUT-NEXT: 8999995500000500000
