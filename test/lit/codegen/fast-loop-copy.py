# An innermost loop whose calls are all slow paths runs as a copy without
# them: each slow path continues in the original loop instead. The copy
# reads each list's header (kind, size, items) once, before the loop, and
# tests the lists' kinds there (unswitching), so its body is the bounds
# test, the float arithmetic and the store.
#
# RUN: %adder build --emit=llvm %s -o - | FileCheck %s
# RUN: %adder run %s | FileCheck %s --check-prefix=OUT


# CHECK-LABEL: define {{.*}}@__main__.scale{{[_0-9]*}}(
# CHECK: {{^}}[[LOOP:[a-z0-9._]+\.fast[a-z.]*]]:
# CHECK-NOT: call {{[^@]*}}@{{(_Z|adder_)}}
# CHECK-NOT: load i32
# CHECK: store double
# CHECK-NOT: call {{[^@]*}}@{{(_Z|adder_)}}
# CHECK: br i1 {{.*}}label %[[LOOP]]
def scale(n, a, b):
    for j in range(n):
        a[j] += b[j] * 2.0


def main():
    a = [1.0] * 8
    b = [0.5] * 8
    scale(8, a, b)
    # OUT: [2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0]
    print(a)
    # A NaN is kept boxed, so the item makes the list one of objects; the
    # loop goes on in its general copy from that item.
    b[3] = float("nan")
    scale(8, a, b)
    # OUT: [3.0, 3.0, 3.0, nan, 3.0, 3.0, 3.0, 3.0]
    print(a)


main()
