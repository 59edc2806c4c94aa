# Set displays of three or more constants iterate in CPython's order (a folded frozenset constant).
print({1, 9, 17, 25}, {1, 9}, {9, 1, 17}, {-1, -9, -17, -25, 7})
print({1, 9, 17, 25} == set([1, 9, 17, 25]), set([1, 9, 17, 25]))
x = 9
print({1, x, 17, 25}, {1, 9, 17, *[25]})
for v in {8, 16, 0, 24, 32, 40}:
    print(v, end=" ")
print()
print(sorted({3, 1, 2}), len({1, 1, 1, 2}))
print([v for v in {8, 16, 0, 24, 32, 40}], list(v for v in {8, 16, 0, 24, 32, 40}))
print([v for v in {8, 16}], {v for v in {0, 8, 16}}, {8, 16, 0, 24} | {40})
print(list({8, 16, 0, 24, 32, 40}))
