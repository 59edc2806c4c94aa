# Numerical integration with the trapezoid and Simpson rules.
import math
def f_poly(x):
    return 3 * x * x - 2 * x + 1
def trapezoid(which, a, b, n):
    h = (b - a) / n
    s = 0.5 * (evaluate(which, a) + evaluate(which, b))
    for i in range(1, n):
        s += evaluate(which, a + i * h)
    return s * h
def simpson(which, a, b, n):
    h = (b - a) / n
    s = evaluate(which, a) + evaluate(which, b)
    for i in range(1, n):
        if i % 2:
            s += 4 * evaluate(which, a + i * h)
        else:
            s += 2 * evaluate(which, a + i * h)
    return s * h / 3
def evaluate(which, x):
    if which == 0:
        return f_poly(x)
    if which == 1:
        return math.sin(x)
    if which == 2:
        return math.exp(-x * x)
    return 1.0 / (1.0 + x * x)
# exact: integral of 3x^2-2x+1 over [0,2] is 6
for n in [2, 10, 100, 1000]:
    print(n, repr(trapezoid(0, 0.0, 2.0, n)), repr(simpson(0, 0.0, 2.0, n)))
for n in [10, 100, 1000]:
    print("sin", n, "%.9f" % trapezoid(1, 0.0, math.pi, n), "%.9f" % simpson(1, 0.0, math.pi, n))
g = simpson(2, -6.0, 6.0, 600)
print("gauss %.10f sqrt(pi) %.10f" % (g, math.sqrt(math.pi)))
q = simpson(3, 0.0, 1.0, 200) * 4
print("4*atan integral: %.12f" % q, "error below 1e-10:", abs(q - math.pi) < 1e-10)
