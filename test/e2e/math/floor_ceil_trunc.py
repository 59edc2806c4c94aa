# floor, ceil and trunc return ints (big ints for big floats).
import math
for v in [2.5, -2.5, 2.0, -2.0, 0.0, -0.0, 0.5, -0.5, 1e-300, -1e-300, 7, -7]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v))
print(math.floor(1e20), math.ceil(-1e20), math.trunc(1.5e30))
print(math.floor(2**70), math.ceil(-(2**70) - 1), math.trunc(True))
print(math.floor(4503599627370495.5), math.ceil(4503599627370495.5))
print(math.floor(-4503599627370495.5), math.ceil(-4503599627370495.5))
print(repr(math.floor(3.7)), repr(math.ceil(3.2)), repr(math.trunc(-3.7)))
for f in [math.floor, math.ceil, math.trunc]:
    try:
        f(float("inf"))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        f(float("nan"))
    except ValueError as e:
        print("ValueError:", e)
