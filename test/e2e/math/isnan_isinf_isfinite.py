# Classification predicates for floats and ints.
import math
vals = [0.0, -0.0, 1.0, 1e308, 5e-324, float("inf"), float("-inf"), float("nan"), 0, 2**1000]
for v in vals:
    print(repr(v) if v != 2**1000 else "2**1000", math.isnan(v), math.isinf(v), math.isfinite(v))
print(math.isnan(math.inf - math.inf), math.isinf(1e308 * 10), math.isfinite(1e308 + 1e308))
print(math.isnan(True), math.isfinite(-5))
try:
    math.isnan(10**400)
except OverflowError as e:
    print("OverflowError:", e)
