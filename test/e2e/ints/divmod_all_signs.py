# divmod() on small ints, big ints and mixed signs.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 3), divmod(0, -3), divmod(3, 1), divmod(-3, 1))
print(divmod(5, 10), divmod(-5, 10), divmod(5, -10))
print(divmod(2**100, 3**40))
print(divmod(-(2**100), 3**40))
print(divmod(2**100, -(3**40)))
print(divmod(10**40, 7))
print(divmod(-(10**40), 7))
print(divmod(123, 2**80), divmod(-123, 2**80))
for a in [100, -100, 99, -99]:
    for b in [8, -8, 9, -9]:
        d = divmod(a, b)
        print(a, b, d, d[0] == a // b, d[1] == a % b)
print(divmod(2**63, 2**31), divmod(-(2**63), 2**31 - 1))
