# Chained set expressions and comprehension results.
a = {x for x in range(20) if x % 2 == 0}
b = {x for x in range(20) if x % 3 == 0}
c = {x for x in range(20) if x % 5 == 0}
print(sorted(a & b & c), sorted(a | b | c), sorted((a - b) - c), sorted(a ^ b ^ c))
print(sorted((a | b) & c), sorted(a | (b & c)))
print(len({(i, j) for i in range(5) for j in range(5) if i < j}))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
