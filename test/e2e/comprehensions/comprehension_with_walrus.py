# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [3, 8, 1, 9, 4]
results = [y for x in data if (y := x * 10) > 30]
print(results, y)
total = 0
running = [total := total + x for x in data]
print(running, total)
def f(v):
    return v * v - 10
print([r for v in range(6) if (r := f(v)) > 0])
print(any((hit := v) > 5 for v in data), hit)
