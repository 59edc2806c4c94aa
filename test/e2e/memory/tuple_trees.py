# skip-targets: mps2-an385 (needs several MB of RAM)
# Complete binary trees as nested tuples, built and folded repeatedly.
def build(depth, start):
    if depth == 0:
        return start
    return (build(depth - 1, start), build(depth - 1, start + 2 ** (depth - 1)))
def fold(t):
    if isinstance(t, int):
        return t
    return fold(t[0]) + fold(t[1])
def height(t):
    h = 0
    while not isinstance(t, int):
        t = t[0]
        h += 1
    return h
results = []
for d in range(10, 17):
    t = build(d, 0)
    results.append((d, height(t), fold(t)))
print(results)
