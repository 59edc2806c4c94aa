# // and % on floats, including signs, zero results and divmod.
vals = [7.5, -7.5, 0.0, -0.0, 6.0, 1e-300]
divs = [2.0, -2.0, 0.5, 3.0, -3.0]
for a in vals:
    for d in divs:
        print(a, d, a // d, a % d)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2))
print(divmod(1.0, 0.1), 1.0 // 0.1, 1.0 % 0.1)
print(divmod(5, 0.5), divmod(-0.0, 1.0))
print(1e300 % 7, 1e300 // 7e299)
print(-1e-300 % 1.0, -1e-20 % 3.0, 1e-20 % -3.0)
print(float("inf") % 5 == float("inf") % 5)
print(5.0 % float("inf"), -5.0 % float("inf"), 5.0 // float("inf"), -5.0 // float("inf"))
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(1.0, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
