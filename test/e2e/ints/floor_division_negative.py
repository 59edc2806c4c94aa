# Floor division and modulo with every sign combination: Python rounds
# toward negative infinity and the remainder takes the sign of the divisor.
vals = [7, -7, 6, -6, 1, -1, 0, 13, -13]
divs = [2, -2, 3, -3, 7, -7, 1, -1]
for a in vals:
    for d in divs:
        q = a // d
        r = a % d
        ok = q * d + r == a
        print(a, d, q, r, ok)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(-9 // 10, -10 // 10, -11 // 10)
print(-(2**70) // 3, -(2**70) % 3)
print((2**70) // -3, (2**70) % -3)
print(-(2**70) // -(2**35), -(2**70) % -(2**35 + 1))
print((10**30 + 7) // 10**15, (10**30 + 7) % 10**15)
print(-(10**30 + 7) // 10**15, -(10**30 + 7) % 10**15)
print(-7 // 2 * 2, -(7 // 2) * 2)
