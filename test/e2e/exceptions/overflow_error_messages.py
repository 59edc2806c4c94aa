# OverflowError from math functions, float conversion and float power.
import math
def attempt(k):
    try:
        if k == 0:
            r = math.exp(1000)
        elif k == 1:
            r = float(2**2000)
        elif k == 2:
            r = 2.0 ** 5000
        elif k == 3:
            r = int(float("inf"))
        elif k == 4:
            r = math.pow(10, 400)
        elif k == 5:
            r = math.floor(float("inf"))
        elif k == 6:
            r = 10**500 / 7
        elif k == 7:
            r = math.factorial(10) * 1.0
        elif k == 8:
            r = math.exp(1e6)
        elif k == 9:
            r = round(float("-inf"))
        elif k == 10:
            r = math.exp(709)
        elif k == 11:
            r = math.exp(710)
        else:
            r = 1e308 * 10
        print(k, "result", r)
    except OverflowError as e:
        print(k, "OverflowError:", e)
for k in range(13):
    attempt(k)
