# math.pow always returns floats; fabs and copysign.
import math
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(2, -1), math.pow(-2, 3), math.pow(0, 0))
print(math.pow(-8, 2), math.pow(4, 0.5), math.pow(1, float("nan")), math.pow(float("nan"), 0))
print(math.pow(-1, float("inf")), math.pow(0.5, float("inf")), math.pow(2, float("-inf")))
print(math.pow(0.0, 3), math.pow(-0.0, 3), math.pow(-0.0, 2))
print(math.fabs(-3), math.fabs(3.5), math.fabs(-0.0), math.fabs(float("-inf")), math.fabs(-(2**60)))
print(math.copysign(3, -1), math.copysign(-3, 1), math.copysign(2.5, -0.0), math.copysign(2.5, 0.0))
print(math.copysign(0.0, -1), math.copysign(float("inf"), -2), math.copysign(1, float("-nan")) in [1.0, -1.0])
def bad(a, b):
    try:
        print(math.pow(a, b))
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
bad(0, -1)
bad(-8, 1 / 3)
bad(10, 400)
bad(-10, 401)
bad(2, 1023)
print(math.pow(2, 1023) == 2.0**1023, math.pow(2, -1074))
