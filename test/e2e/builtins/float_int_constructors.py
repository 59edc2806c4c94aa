# int() and float() from many inputs, including __int__/__float__/__index__.
class I:
    def __int__(self):
        return 7
class F:
    def __float__(self):
        return 2.5
class X:
    def __index__(self):
        return 3
print(int(I()), float(F()), int(X()), float(X()), int(3.99), int(-3.99), int("  -12 "), int(b"42"), int("1_0"))
print(float("1e3"), float(" -inf "), float("nan") != float("nan"), float(10**20), float(True), int(False))
print(int("zz", 36), int("0b101", 0), int("-0o17", 0), int(" +0x1F ", 16))
for bad in ["1.5", "", "0x", "١٢"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
print(float("١٢.٥"), int("１２"))
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", base=1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
