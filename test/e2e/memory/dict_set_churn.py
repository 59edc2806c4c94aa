# skip-targets: mps2-an385 (needs several MB of RAM)
# Repeated insert/delete cycles stress tombstones and resizing.
d = {}
s = set()
for rnd in range(20):
    for i in range(rnd * 5000, rnd * 5000 + 10000):
        d[i] = rnd
        s.add(i * 7)
    for i in range(rnd * 5000, rnd * 5000 + 5000):
        del d[i]
        s.discard(i * 7)
print(len(d), len(s), min(d), max(d), min(s), max(s), sum(d.values()))
print(list(d)[:3], list(d)[-3:])
for k in list(d):
    if k % 3:
        del d[k]
print(len(d), sum(d) % 100003)
d.clear()
s.clear()
print(len(d), len(s))
