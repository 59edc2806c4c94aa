# Nested comprehensions: matrices, flattening, cartesian products.
m = [[r * 3 + c for c in range(3)] for r in range(4)]
print(m)
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2])
print([[1 if r == c else 0 for c in range(3)] for r in range(3)])
print({r: [v for v in row if v > 4] for r, row in enumerate(m)})
suits = "SH"
ranks = ["A", "K", "10"]
print([r + s for s in suits for r in ranks])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print(sum(sum(row) for row in m), [sum(col) for col in zip(*m)])
