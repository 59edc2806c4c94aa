# When float operations overflow: arithmetic saturates to inf, but some
# conversions and ** raise OverflowError.
print(1e308 * 10, 1e308 + 1e308, -1e308 * 1e10, 1.7976931348623157e308 * 1.0000000000000002)
def attempt(which):
    try:
        if which == 0:
            print(2.0 ** 10000)
        elif which == 1:
            print(float(10**400))
        elif which == 2:
            print(10**400 / 3)
        elif which == 3:
            print(10.0 ** 309)
        elif which == 4:
            print((-10.0) ** 309)
        elif which == 5:
            print(2**1024 + 0.5)
        elif which == 6:
            print(1.5 * 2**1100)
        elif which == 7:
            print(10**400 < 1e308, 10**400 > float("inf"))
        elif which == 8:
            print(int(1e308) * 10 > 1e308)
        elif which == 9:
            print(2.0 ** 3 ** 2, 2 ** 1000.0, 0.5 ** 1074)
    except OverflowError as e:
        print("OverflowError:", e)
for i in range(10):
    attempt(i)
print(2.0 ** -10000, 1e-308 / 1e100)
