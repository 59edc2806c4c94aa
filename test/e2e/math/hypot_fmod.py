# hypot (2 or more args) and fmod (sign follows the dividend, unlike %).
import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(-3, -4), math.hypot(0, 0), math.hypot(1e200, 1e200))
print(math.hypot(3), math.hypot(), math.hypot(1, 2, 2), math.hypot(2, 3, 6), math.hypot(float("inf"), float("nan")))
print(math.hypot(1e-200, 1e-200), math.hypot(1.5, 2.0))
for a in [7.0, -7.0, 7.5, -7.5, 0.0, -0.0]:
    for b in [3.0, -3.0, 0.5]:
        print(a, b, math.fmod(a, b), a % b)
print(math.fmod(10**20, 3), math.fmod(1e300, 7.0), math.fmod(5.0, float("inf")))
print(math.fmod(-1e-300, 1.0), -1e-300 % 1.0)
for args in [[1.0, 0.0], [float("inf"), 2.0]]:
    try:
        print(math.fmod(args[0], args[1]))
    except ValueError as e:
        print("ValueError:", e)
