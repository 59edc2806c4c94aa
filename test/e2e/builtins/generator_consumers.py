# Generator expressions passed straight to the builtins that consume them:
# any() and all() stop at the first element that decides.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in xs), sum((x for x in xs), 100), sum(x / 4 for x in xs))
print(min(x for x in xs if x > 1), max(-x for x in xs), max((x for x in []), default="none"))
print(sorted(x % 4 for x in xs), sorted((x for x in xs), reverse=True))
print(list(x for x in range(3)), tuple(c * 2 for c in "ab"))
print(", ".join(str(x) for x in xs), "".join(c.upper() for c in "abc" if c != "b"))
def check(x):
    print("  check", x)
    return x > 3
print(any(check(x) for x in xs))
print(all(check(x) for x in [5, 6, 1, 7]))
print(any(x for x in []), all(x for x in []), any(x > 100 for x in xs), all(x > 0 for x in xs))
print(any(check(x) for x in xs for y in [0, 1] if y))
print(sorted(set(x % 3 for x in xs)), dict((x, x * x) for x in range(3)))
try:
    print(max(x for x in []))
except ValueError as e:
    print("ValueError:", e)
try:
    print(sum(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
