# Nested function definitions reading enclosing variables.
def polynomial(coeffs, x):
    def term(i):
        return coeffs[i] * x ** i
    total = 0
    for i in range(len(coeffs)):
        total += term(i)
    return total
print(polynomial([1, 2, 3], 2), polynomial([0.5, -1.0], 4.0), polynomial([], 9))
def stats(values):
    n = len(values)
    def mean():
        s = 0.0
        for v in values:
            s += v
        return s / n
    def variance():
        m = mean()
        s = 0.0
        for v in values:
            s += (v - m) ** 2
        return s / n
    return [mean(), variance()]
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))
def late_binding():
    def show():
        return value
    value = "set after def"
    return show()
print(late_binding())
def recursive_inner(n):
    def helper(k):
        if k == 0:
            return 0
        return k + helper(k - 1)
    return helper(n)
print(recursive_inner(100))
def shadowing(x):
    def inner(x):
        return x * 2
    return inner(x + 1) + x
print(shadowing(10))
