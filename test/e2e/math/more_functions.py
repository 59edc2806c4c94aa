# Further math functions; inexact libm results printed to 12 digits.
import math
def show(label, v):
    print(label, "%.12g" % v)
for x in [0.0, 0.5, -0.5, 1.0]:
    show(f"asin({x})", math.asin(x))
    show(f"acos({x})", math.acos(x))
    show(f"atan({x})", math.atan(x))
for x in [0.0, 0.5, -1.0, 3.0]:
    show(f"sinh({x})", math.sinh(x))
    show(f"cosh({x})", math.cosh(x))
    show(f"tanh({x})", math.tanh(x))
show("asinh(1)", math.asinh(1))
show("acosh(2)", math.acosh(2))
show("atanh(0.5)", math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.degrees(1) == 180 / math.pi)
show("expm1(1e-10)", math.expm1(1e-10))
show("log1p(1e-10)", math.log1p(1e-10))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(1.0, -1074))
print(math.modf(3.75), math.modf(-2.5), math.modf(float("inf")))
print(math.erf(0.0), math.gamma(5.0), math.lgamma(1.0), math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.tau == 2 * math.pi, math.ulp(1.0) == 2.0**-52, math.nextafter(1.0, 2.0) == 1.0 + 2.0**-52)
for f, v in [(math.acos, 2), (math.asin, -1.5), (math.acosh, 0.5), (math.atanh, 1.0)]:
    try:
        f(v)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
