# spectral_norm: the spectral norm of the infinite matrix
# A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to n x n,
# found by ten rounds of the power method on A^T A.
#
# Measures a small function called in the innermost loop (A is called
# 4 n^2 times per round: it should be inlined), int-to-float conversion, a
# float division, and sequential float sums over lists.
#
# The same algorithm, inputs and output live in spectral_norm.c.
import math


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(n, v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(n, v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(n, v, out, tmp):
    mul_av(n, v, tmp)
    mul_atv(n, tmp, out)


def spectral_norm(n, rounds=10):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for r in range(rounds):
        mul_atav(n, u, v, tmp)
        mul_atav(n, v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def main():
    n = 1800
    print(f"n = {n}")
    print(f"{spectral_norm(n):.9f}")
    print(f"{spectral_norm(n // 2, rounds=5):.9f}")


if __name__ == "__main__":
    main()
