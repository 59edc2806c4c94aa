# math functions given values of unknown type: floats, ints, bools, objects
# with __float__ or __index__, strs and None (TypeError), huge ints
# (OverflowError), domain and range errors, infinities and NaNs.
import math

class F:
    def __float__(self):
        return 2.25

class I:
    def __index__(self):
        return 9

def call(fn, x):
    try:
        return fn(x)
    except (TypeError, ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)

vals = [4.0, 9, True, F(), I(), "s", None, -1.0, 10 ** 400, float("inf"), -0.0, float("nan")]
for v in vals:
    print(call(math.sqrt, v), call(math.sin, v), call(math.fabs, v), call(math.atan, v))
for v in [1e308, 1000, -1000]:
    print(call(math.exp, v), call(math.cosh, v), call(math.sinh, v))
for v in [2.0, -2.0, 0.5]:
    print(call(math.asin, v), call(math.acos, v), call(math.tanh, v), call(math.tan, v), call(math.cos, v))
