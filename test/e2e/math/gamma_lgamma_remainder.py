# skip-targets: mps2-an385 -- picolibc log() differs from glibc in the last bit
# math.gamma, math.lgamma and math.remainder: CPython's own algorithms
# (Lanczos approximation, exact IEEE remainder) and their error cases.
import math
for x in [0.5, 1, 2, 3.5, 5, 10, 23, 24, 30.25, 100.5, 171, 171.7, -0.5, -1.5, -2.5, -100.5, -200.5, 1e-30, -1e-30, 0.0, -0.0, -1, -3, float("inf"), float("-inf"), float("nan")]:
    row = [repr(x)]
    for fn in [math.gamma, math.lgamma]:
        try:
            row.append(repr(fn(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(" | ".join(row))
for a, b in [(10, 3), (11, 3), (-10, 3), (7.5, 2), (5, 2), (7, 2), (-7, 2), (1e300, 3.5), (0.0, 1), (-0.0, 1), (3, float("inf")), (float("nan"), 1)]:
    print(a, b, math.remainder(a, b))
for a, b in [(1, 0), (float("inf"), 1)]:
    try:
        math.remainder(a, b)
    except ValueError as e:
        print("ValueError:", e)
print(math.factorial(10) == math.gamma(11), round(math.exp(math.lgamma(20)) / math.gamma(20), 12))
