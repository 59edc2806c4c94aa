# copy() is shallow; clear() empties in place; popitem is last-in-first-out.
d = {"list": [1, 2], "n": 1}
c = d.copy()
c["n"] = 2
c["list"].append(3)
print(d, c, d is c)
alias = d
d.clear()
print(d, alias, len(alias))
s = {i: str(i) for i in range(5)}
out = []
while s:
    out.append(s.popitem())
print(out)
t = dict.fromkeys("abc", 0)
t2 = dict(t)
t2["a"] = 1
print(t, t2)
