# Iterate over sets only after sorting; len, bool, equality across kinds.
s = {5, 3, 9, 1}
total = 0
for v in s:
    total += v
print(total, len(s), bool(s), bool(set()), sorted(s), sorted(s, reverse=True))
print(s == {1, 3, 5, 9}, s == frozenset({1, 3, 5, 9}), s == [1, 3, 5, 9], s != {1})
print(max(s), min(s), sum(s), any(x > 8 for x in s), all(x % 2 for x in s))
letters = set("hello world")
letters.discard(" ")
print("".join(sorted(letters)))
