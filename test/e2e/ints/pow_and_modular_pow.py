# ** and pow() with two and three arguments, including negative exponents
# (which give floats) and modular inverses.
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(pow(3, 4), pow(-3, 3), pow(10, 18), pow(10, 19))
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(pow(2, -1), pow(4, -2))
print(pow(2, 10, 1000), pow(2, 100, 1000000007), pow(3, 200, 13))
print(pow(-2, 5, 7), pow(2, 5, -7), pow(-2, 5, -7))
print(pow(7, 0, 13), pow(7, 0, 1), pow(0, 0, 5))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -3, 17))
print(pow(2**100 + 1, 2**64 + 3, 10**9 + 7))
print(pow(12345678901234567890, 98765, 2**127 - 1))
print(pow(-5, 3, 1000000), pow(-5, 4, 1000000))
print(7 ** 77)
print((-7) ** 77)
x = 3
x **= 40
print(x)
print(pow(2, 200) == 2 ** 200)
print(pow(2, 62) - 1 + 1, pow(2, 63), pow(2, 64))
