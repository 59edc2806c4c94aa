# reversed() over dicts and views, len(), in, iteration order after deletes.
d = dict(zip("abcdef", range(6)))
print(list(reversed(d)), list(reversed(d.items()))[:2])
for k in "bdf":
    del d[k]
print(d, len(d), list(reversed(d)))
d["b"] = 99
print(list(d), list(reversed(d.values())))
print("a" in d, "b" in d, 0 in d, "zz" not in d)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(reversed(big))[:3])
