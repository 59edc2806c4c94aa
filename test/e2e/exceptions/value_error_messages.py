# ValueError messages from conversions and math functions.
import math
def attempt(k):
    try:
        if k == 0:
            r = int("x")
        elif k == 1:
            r = int("3.5")
        elif k == 2:
            r = float("one")
        elif k == 3:
            r = math.sqrt(-1)
        elif k == 4:
            r = math.log(0)
        elif k == 5:
            r = math.log(-2.5)
        elif k == 6:
            r = math.factorial(-1)
        elif k == 7:
            r = int("10", 1)
        elif k == 8:
            r = int("10", 37)
        elif k == 9:
            r = pow(2, 3, 0)
        elif k == 10:
            r = pow(2, -1, 4)
        elif k == 11:
            r = math.isqrt(-4)
        elif k == 12:
            r = 1 << -1
        elif k == 13:
            r = 1 >> -5
        elif k == 14:
            r = math.fmod(1.0, 0.0)
        elif k == 15:
            r = range(1, 2, 0)
        elif k == 16:
            r = math.log(10, 1)
        elif k == 17:
            r = int(float("nan"))
        else:
            r = math.sqrt(float("-inf"))
        print(k, "no error", r)
    except ValueError as e:
        print(k, "ValueError:", e)
    except ZeroDivisionError as e:
        print(k, "ZeroDivisionError:", e)
for k in range(19):
    attempt(k)
