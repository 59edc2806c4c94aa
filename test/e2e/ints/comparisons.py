# Integer comparisons, including big ints and int/float mixing.
left = [1, 2, 3, -1, -5, 0, 7]
right = [2, 1, 3, 1, -4, -0, -7]
for i in range(len(left)):
    a = left[i]
    b = right[i]
    print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
print(2**100 < 2**101, -(2**100) < -(2**99), 2**100 == 2**100, 2**64 != 2**64 + 1)
print(2**63 > 2**63 - 1, -(2**63) < -(2**63) + 1)
print(1 == 1.0, 1 < 1.5, 2 > 1.999, -1 == -1.0, 0 == -0.0)
print(2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53)
print(2**1000 > 1e308, 2**1100 < float("inf"), -(2**1100) > float("-inf"))
print(10**400 == float("inf"), 1 == float("nan"), 1 != float("nan"))
print(True == 1, False == 0, True > False, True + True == 2)
print(None == None, None == 0, None != False)
big = 12345678901234567890
print(big == 12345678901234567890, big > 12345678901234567889, big < 12345678901234567891)
print(big == 1.2345678901234567e19, 12345678901234567168 == 1.2345678901234567e19)
