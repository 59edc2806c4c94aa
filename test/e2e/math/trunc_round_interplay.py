# trunc, floor, ceil and round compared across signs and halfway points.
import math
vals = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, -2.49, 2.51, 1e15 + 0.5, -(1e15 + 0.5)]
for v in vals:
    print(v, math.trunc(v), math.floor(v), math.ceil(v), round(v), int(v))
n = 0
for i in range(-50, 51):
    x = i / 10
    if math.floor(x) <= x and x <= math.ceil(x):
        n += 1
print("ordering ok for", n, "values")
