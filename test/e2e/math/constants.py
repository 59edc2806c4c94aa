# math module constants.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.pi == 3.141592653589793, math.e == 2.718281828459045)
print(math.inf == float("inf"), math.inf > 1e308, math.isnan(math.nan))
print(math.pi * 2, math.pi / 2, math.pi ** 2, math.e ** 2)
print(f"{math.pi:.10f} {math.e:.5e} {math.pi:g}")
r = 2.5
print("area", math.pi * r * r, "circumference", 2 * math.pi * r)
from math import pi, e
print(pi + e)
