# Newton iterations for integer and float square roots and a cube root.
import math
def isqrt_newton(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in [0, 1, 2, 15, 16, 10**12, 2**127, 10**60 + 12345]:
    r = isqrt_newton(n)
    print(n, r, r * r <= n and (r + 1) * (r + 1) > n)
def sqrt_newton(a):
    x = a
    if x < 1:
        x = 1.0
    for i in range(60):
        nx = 0.5 * (x + a / x)
        if nx == x:
            break
        x = nx
    return x
for a in [2.0, 10.0, 0.25, 1e10, 12345.678]:
    print(a, sqrt_newton(a), sqrt_newton(a) == math.sqrt(a))
def cbrt(a):
    x = 1.0
    for i in range(100):
        x = x - (x * x * x - a) / (3 * x * x)
    return x
print("%.12f %.12f %.12f" % (cbrt(27.0), cbrt(2.0), cbrt(1000.0)))
digits = isqrt_newton(2 * 10**100)
print("sqrt(2) to 100 digits:", digits)
