# Classic recursive functions.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)
def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2:
        return half * half * b
    return half * half
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(fact(0), fact(1), fact(10), fact(25))
print(fact(60))
for i in range(15):
    print(fib(i), end=" ")
print()
print(fib(20))
print(gcd(1071, 462), gcd(2**100, 6**40), gcd(17, 5))
print(power(3, 100), power(2, 0), power(-2, 63))
for n in range(8):
    row = []
    for k in range(n + 1):
        row.append(binom(n, k))
    print(row)
def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list([1, 2, 3, 4.5]), sum_list([]))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(200))
