# exp and the logarithms. Exactly representable results are printed in
# full; other libm results to 12 significant digits.
import math
def show(label, v):
    print(label, "%.12g" % v)
print(math.exp(0), math.log(1), math.log2(1), math.log10(1))
print(math.log2(8), math.log2(1024), math.log2(2**100), math.log2(0.5), math.log2(2**-1074))
print(math.log10(10), math.log10(100), math.log10(1e-5))
for x in [0.5, 1.0, 2.0, -1.0, 10.0, -20.0, 700.0]:
    show("exp(%g)" % x, math.exp(x))
for x in [0.001, 0.5, 2.0, 10.0, 1e100, 2**1000]:
    show("log(%g)" % x, math.log(x))
    show("log2(%g)" % x, math.log2(x))
    show("log10(%g)" % x, math.log10(x))
show("log(8, 2)", math.log(8, 2))
show("log(100, 10)", math.log(100, 10))
show("log(1000, 10)", math.log(1000, 10))
show("log(27, 3)", math.log(27, 3))
show("log(2, 0.5)", math.log(2, 0.5))
show("log(10**1000)", math.log(10**1000))
show("log10(10**500)", math.log10(10**500))
print(math.exp(float("-inf")), math.exp(float("inf")), math.log(float("inf")))
print(math.exp(-1000), math.exp(-745.2))
def bad(f, v):
    try:
        print(f(v))
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
bad(math.log, 0)
bad(math.log, -1)
bad(math.log, 0.0)
bad(math.log2, -0.5)
bad(math.log10, 0)
bad(math.log, -(10**400))
bad(math.exp, 1000)
bad(math.exp, 709.8)
