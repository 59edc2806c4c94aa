# Negative steps, reversed() of ranges and iteration patterns.
for r in [range(10, 0, -1), range(10, 0, -4), range(-1, -10, -3), range(0, 5, -1), range(5, -5, -5)]:
    print(list(r), list(reversed(r)), len(r))
print(list(reversed(range(0))), list(reversed(range(2, 20, 7))))
acc = []
for i in range(len("hello") - 1, -1, -1):
    acc.append("hello"[i])
print("".join(acc))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(zip(range(3), range(10, 0, -3))), list(enumerate(range(5, 8))))
