# Set comprehensions (printed sorted).
print(sorted({x % 5 for x in range(100)}))
print(sorted({w[0] for w in "apple banana avocado cherry blueberry".split()}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x + y == 2}))
print(sorted({abs(x) for x in [-3, 3, -2, 2, 0]}), len({x for x in "aAaA"}))
print({x for x in []} == set(), type({x for x in ()}).__name__)
