# copy: copy/deepcopy of builtin containers, sharing, cycles, atomic objects and memo
import copy

l = [1, [2, 3], {"k": [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d[1] is l[1], d[2]["k"] is l[2]["k"], d == l)

dct = {"a": [1], "b": {"c": (1, [2])}}
s, d = copy.copy(dct), copy.deepcopy(dct)
print(s["a"] is dct["a"], d["a"] is dct["a"], d["b"]["c"][1] is dct["b"]["c"][1], d == dct)
print(list(copy.deepcopy({"z": 1, "a": 2, "m": 3})))

st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
ba = bytearray(b"abc")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba) is ba)

# tuples: shared when nothing inside needs copying
t = (1, "a", (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.copy(t2) is t2, copy.deepcopy(t2) is t2, copy.deepcopy(t2))

# atomic objects come back unchanged
def f():
    pass
for x in [None, 5, 2.5, 1j, True, "s", b"b", range(3), len, f, int, Ellipsis, NotImplemented]:
    print(copy.copy(x) is x, copy.deepcopy(x) is x, end="; ")
print()

# cycles and shared references survive deepcopy
a = [1]
b = [a, a]
c = copy.deepcopy(b)
print(c[0] is c[1], c[0] is a)
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[:2], repr(cc))
dd = {"self": None}
dd["self"] = dd
d2 = copy.deepcopy(dd)
print(d2["self"] is d2, d2 is dd)
tc = ([],)
tc[0].append(tc)
tcc = copy.deepcopy(tc)
print(tcc[0][0] is tcc, tcc is tc)

# the memo dict maps ids to copies and keeps the originals alive
memo = {}
inner = [1]
outer = [inner, inner]
r = copy.deepcopy(outer, memo)
print(memo[id(inner)] is r[0], memo[id(outer)] is r, len(memo), len(memo[id(memo)]))
r2 = copy.deepcopy(inner, memo)
print(r2 is r[0])
print(copy.deepcopy(slice(1, [2], None)), copy.copy(slice(3)))

import sys
def gen():
    yield 1
for x in [sys, gen()]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(x)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
