# Trigonometric functions. Values that libm may round differently in the
# last place are printed to 12 significant digits.
import math
def show(label, v):
    print(label, "%.12g" % v)
for x in [0.0, 0.5, 1.0, -1.0, 2.0, 3.0, 10.0, 100.0]:
    show("sin(%g)" % x, math.sin(x))
    show("cos(%g)" % x, math.cos(x))
    show("tan(%g)" % x, math.tan(x))
show("sin(pi/6)", math.sin(math.pi / 6))
show("cos(pi/3)", math.cos(math.pi / 3))
show("tan(pi/4)", math.tan(math.pi / 4))
print(math.sin(0.0), math.cos(0.0), math.tan(0.0), math.sin(-0.0), math.tan(-0.0))
print(math.atan2(0.0, 1.0), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
print(math.atan2(1.0, 0.0) == math.pi / 2, math.atan2(-1.0, 0.0) == -math.pi / 2)
print(math.atan2(0.0, -0.0) == math.pi, math.atan2(-0.0, 0.0), math.atan2(0.0, 0.0))
for y in [1.0, -1.0]:
    for x in [1.0, -1.0]:
        show("atan2(%g,%g)" % (y, x), math.atan2(y, x))
print(math.atan2(float("inf"), float("inf")) == math.pi / 4)
show("atan2(3,4)", math.atan2(3, 4))
for bad in [float("inf"), float("-inf")]:
    try:
        math.sin(bad)
    except ValueError as e:
        print("ValueError:", e)
print(math.isnan(math.sin(float("nan"))), math.isnan(math.cos(float("nan"))))
ok = True
for i in range(100):
    x = i * 0.1 - 5.0
    s = math.sin(x)
    c = math.cos(x)
    if abs(s * s + c * c - 1.0) > 1e-14:
        ok = False
print("pythagorean identity holds:", ok)
