# fsum is exactly rounded; dist and hypot on points.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2.5]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1e308, -1e308, 1e308]))
try:
    math.fsum([1e308, 1e308, -1e308])
except OverflowError as e:
    print("OverflowError:", e)
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]) == math.sqrt(3), math.dist((1,), (-2,)))
print(math.hypot(3, 4, 12), math.hypot(-5), math.hypot(1e-320, 1e-320) > 0)
try:
    math.fsum([float("inf"), -float("inf")])
except ValueError as e:
    print("ValueError:", e)
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print("ValueError:", e)
