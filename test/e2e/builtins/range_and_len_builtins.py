# range() combined with len/sum/min/max/reversed/sorted builtins.
r = range(3, 40, 6)
print(len(r), sum(r), min(r), max(r), list(reversed(r)), sorted(r, reverse=True), r[len(r) // 2])
print(max(range(0), default="empty"), sum(range(-10, 11)), any(range(1)), all(range(1, 5)))
