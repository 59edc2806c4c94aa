# A typed function of one straight-line block (spectral_norm's eval_a) is
# always inlined into its typed callers on the host, where the loop's
# small-int indexes fold its tag checks; no call is left in the loop. Boards
# build for size: there it is only a hint, and the call stays.
#
# RUN: %adder build --emit=llvm %s -o - | FileCheck %s --check-prefix=HOST
# RUN: %adder build --target=mps2-an385 --emit=llvm %s -o - \
# RUN:   | FileCheck %s --check-prefix=BOARD

# HOST-NOT: define internal fastcc double @__main__.weight
# HOST-LABEL: define internal fastcc double @__main__.total{{[_0-9]*}}(
# HOST-NOT: call {{.*}}@__main__.weight
# HOST: fdiv double
# HOST-NOT: call {{.*}}@__main__.weight
# HOST: {{^}}}

# BOARD-LABEL: define internal fastcc double @__main__.total{{[_0-9]*}}(
# BOARD: call fastcc double @__main__.weight
def weight(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def total(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += weight(i, j)
    return s


print(f"{total(50):.6f}")
