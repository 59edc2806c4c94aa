# Fibonacci numbers: iterative big ints, fast doubling, and identities.
import math
def fib_iter(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a
def fib_pair(n):
    # returns [F(n), F(n+1)] by fast doubling
    if n == 0:
        return [0, 1]
    p = fib_pair(n // 2)
    a = p[0]
    b = p[1]
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return [c, d]
    return [d, c + d]
print(fib_iter(100))
print(fib_iter(500))
f1000 = fib_pair(1000)[0]
print(f1000 == fib_iter(1000))
print(f1000 % 10**20)
ok = True
for n in range(1, 60):
    fn1 = fib_iter(n - 1)
    fn = fib_iter(n)
    fn2 = fib_iter(n + 1)
    if fn2 * fn1 - fn * fn != (-1) ** n:
        ok = False
print("Cassini identity:", ok)
print(fib_pair(10000)[0] % 1000000007)
ratio = fib_iter(80) / fib_iter(79)
print(ratio, (1 + math.sqrt(5)) / 2)
