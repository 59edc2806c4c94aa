# Lists of only floats or only bools are stored unboxed; every operation
# that mixes in other items must behave exactly as on a general list.

def show(label, l):
    print(label, l, len(l))


# Floats: creation forms, reads, writes, arithmetic in place.
xs = [0.5, 1.5, 2.5]
xs[1] = 10.25
xs[-1] += 0.5
show("floats", xs)
ys = [0.0] * 4
for i in range(4):
    ys[i] = i * 1.5
show("repeat", ys)
print(sum(ys), max(ys), min(ys), sorted(ys, reverse=True))
total = 0.0
for v in ys:
    total += v
print("iterated", total)

# Storing a non-float converts the list; the old items keep their values.
zs = [1.0, 2.0, 3.0]
zs[0] = 7
zs.append("eight")
show("mixed", zs)
print([type(v).__name__ for v in zs])

# NaN and -0.0 keep their meaning: a NaN is found by identity only.
nan = float("nan")
ns = [1.0, nan]
print(nan in ns, ns.index(nan), ns.count(nan), ns == ns)
fs = [1.0, 2.0]
fs.append(nan)
print(nan in fs, fs.count(nan), float("nan") in fs)
neg = [-0.0, 0.0]
print(neg, 0.0 in neg, neg.index(0.0), neg.count(-0.0))

# An int compares equal to a float item, but stays an int when stored.
ws = [1.0, 2.0]
print(1 in ws, ws.index(2), ws == [1, 2], ws < [1, 3])
ws.insert(1, 3)
show("insert int", ws)

# Bools: sieve-style use, then conversions.
flags = [True] * 6
flags[0] = flags[1] = False
for m in range(4, 6, 2):
    flags[m] = False
show("flags", flags)
print(flags.count(True), flags.index(False), True in flags, sum(flags))
flags[2] = 1
show("bool then int", flags)
print([type(v).__name__ for v in flags])
bs = [False, True]
bs += [2.5]
show("extend float", bs)

# Empty lists take the kind of their first item, any number of times.
e = []
e.append(1.25)
e.append(2.5)
e.clear()
e.append(True)
e.append(None)
show("empty reuse", e)
e2 = []
e2.extend([1.0, 2.0])
e2.extend((3, 4.0))
show("extend mixed", e2)

# Slices, concatenation, repetition, copies keep the items.
fl = [float(i) for i in range(8)]
print(fl[::2], fl[5:1:-2], fl[-3:], fl[:0])
fl[1:3] = [9.5]
show("slice assign", fl)
fl[::3] = ["a", "b", "c"]
show("extended slice", fl)
del fl[::2]
show("del slice", fl)
a = [1.0, 2.0] + [True]
b = [True, False] + [False]
c = [0.5] * 3 + []
print(a, b, c, [] + [1.5], [1.5] * 0)
d = c.copy()
d[0] = "x"
print(c, d)
c *= 2
show("inplace repeat", c)

# Reordering and removal.
r = [3.5, 1.5, 2.5, 1.5]
r.sort()
print(r)
r.reverse()
print(r, r.pop(), r.pop(0), r)
r.remove(2.5)
print(r)
rb = [True, False, True]
rb.sort()
print(rb, sorted([True, False], key=lambda v: not v))

# Everything that reads a list as a sequence.
p = [1.5, 2.5, 3.5]
u, v, w = p
print(u, v, w, tuple(p), list(p), [*p, 4.5], (*p,))
first, *rest = p
print(first, rest)
print("{} {} {}".format(*p), dict([[1.0, 2.0]]), set([True, True]))
print(", ".join(str(v) for v in p), list(reversed(p)), list(enumerate(p)))
print(repr([1e100, 1e-7, 1.0 / 3]), str([True, False]))
print(sorted([2.0, 1.0]) == [1.0, 2.0], [1.0] != [1.0], [True] == [1])
