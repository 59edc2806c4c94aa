# Comprehensions nested in comprehensions read the outer loop variables;
# lambdas made in a comprehension share its variable (late binding).
m = [[i * j for j in range(4)] for i in range(3)]
print(m)
print([[(i, j) for j in range(i)] for i in range(4)])
print([x + y for x in "ab" for y in "cd" if (x, y) != ("a", "d")])
def scale(k, rows):
    return [[k * v for v in row] for row in rows]
print(scale(3, m))
def transpose(rows):
    return [[row[c] for row in rows] for c in range(len(rows[0]))]
print(transpose(m))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in gs])
def make(n):
    return [lambda x: x + n + k for k in range(2)]
print([f(100) for f in make(5)])
flat = [v for row in m for v in row if v % 2 == 0]
print(flat, sum(flat))
total = 0
for row in [[c * 2 for c in r] for r in m]:
    total += sum(row)
print(total)
