# range objects: start/stop/step, len, repr, indexing, slicing, index/count.
rs = [range(10), range(2, 20, 3), range(10, 0, -2), range(5, 5), range(-5, 5, 4), range(0, -10, -3)]
for r in rs:
    print(repr(r), r.start, r.stop, r.step, len(r), list(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], list(r[::-3]))
print(r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 31 in r, 3.0 in r, "x" in r)
try:
    r.index(12)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(range(0, 10, 3)[-1], range(9, -1, -3)[-1], str(range(1, 4)), range(1, 4, 1))
