# Replacing a runtime module's function or constant (math.sqrt = f,
# setattr(math, ...)) is seen by every later math.sqrt(...) call.
import math
import time as t


def my_sqrt(x):
    return -1.0


print(math.sqrt(16.0), math.pi)
math.sqrt = my_sqrt
math.pi = 3
print(math.sqrt(16.0), math.pi, math.cos(0.0))
setattr(math, "cos", lambda x: "cos!")
print(math.cos(0.0))
old = t.time
t.time = lambda: 42
print(t.time())
t.time = old
print(type(t.time()).__name__)
