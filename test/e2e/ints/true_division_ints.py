# int / int always yields a correctly rounded float, even for big ints.
print(7 / 2, -7 / 2, 7 / -2, 6 / 3, 0 / 5, 0 / -5, -0 / 5)
print(1 / 3, 2 / 3, 1 / 7, 10 / 4, 1 / 10, 3 / 10)
print(10**30 / 10**10, 10**20 / 3, 2**1000 / 2**999, 2**64 / 2**63)
print((2**53 + 1) / 1, (2**53 + 3) / 1, (2**54 + 1) / 2)
print(1 / (2**60), 12345678901234567890123 / 1000)
print(10**400 / 10**399, -(10**400) / 10**390)
print(1 / 2**1074, 1 / 2**1075, 1 / 2**1080)
print(9007199254740993 / 1, 9007199254740995 / 1)
print(22 / 7 - 3, 355 / 113)
try:
    print(10**400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
