# Generator expressions are lazy and can be consumed only once.
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(100)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), min((x - 5) ** 2 for x in range(10)))
log = []
def noisy(x):
    log.append(x)
    return x
gen = (noisy(x) for x in range(5))
print(log)
print(next(gen), log)
first_big = next(x for x in range(100) if x * x > 50)
print(first_big)
print(next((x for x in [] if x), "default"))
print("-".join(str(i) for i in range(5)), tuple(c for c in "ab"), sorted(x for x in {3, 1, 2}))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    next(x for x in [])
except StopIteration:
    print("StopIteration from empty generator")
