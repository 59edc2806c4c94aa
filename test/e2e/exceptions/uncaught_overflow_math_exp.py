# Uncaught OverflowError from math.exp.
import math
for x in [1, 10, 100, 700, 1000]:
    print(x, "%.6e" % math.exp(x))
