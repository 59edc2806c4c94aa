# A small function of the program (P.__init__ here) is inlined into loops
# and into short callers, where a call would cost a good part of the work;
# in long straight-line code the call stays (LLVM's cost model decides
# there), which keeps object-heavy programs quick to compile.
#
# RUN: %adder build --emit=llvm %s -o - | FileCheck %s
# RUN: %adder run %s | FileCheck %s --check-prefix=OUT


class P:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


# CHECK-LABEL: define {{.*}}@__main__.in_loop{{[_0-9]*}}(
# CHECK-NOT: call {{.*}}@__main__.P.__init__
# CHECK: {{^}}}
def in_loop(n):
    t = 0
    for i in range(n):
        t += P(i, i, i).a
    return t


# CHECK-LABEL: define {{.*}}@__main__.short{{[_0-9]*}}(
# CHECK-NOT: call {{.*}}@__main__.P.__init__
# CHECK: {{^}}}
def short(v):
    return P(v, v, v)


# CHECK-LABEL: define {{.*}}@__main__.long_setup{{[_0-9]*}}(
# CHECK: call fastcc {{.*}}@__main__.P.__init__
def long_setup():
    ps = [P(1, 2, 3), P(4, 5, 6), P(7, 8, 9), P(1, 1, 1), P(2, 2, 2)]
    qs = [P(3, 2, 1), P(6, 5, 4), P(9, 8, 7), P(0, 0, 0), P(5, 5, 5)]
    total = 0
    for p in ps + qs:
        total += p.a + p.b + p.c
    return total


# OUT: 45 4 114
print(in_loop(10), short(4).b, long_setup())
