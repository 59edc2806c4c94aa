# Arbitrary precision: powers, factorials, products and quotients.
print(2 ** 200)
print(-(2 ** 200))
f = 1
for i in range(1, 61):
    f *= i
print("60! =", f)
print(f // 2**56, f % 1000003)
a = 2**200 + 12345
b = 3**100 - 1
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(a * -b)
print((a * b) // b == a)
fib_a = 0
fib_b = 1
for i in range(300):
    t = fib_a + fib_b
    fib_a = fib_b
    fib_b = t
print("fib(300) =", fib_a)
s = str(2**1000)
print(s)
print(10**50 - 1)
print((10**50 - 1) * (10**50 + 1) == 10**100 - 1)
print(-(10**40) * -(10**40))
x = 1
for i in range(64):
    x = x * 3 + 1
print(x)
