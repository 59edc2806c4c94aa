# skip-targets: mps2-an385 (needs tens of MB of RAM)
# skip-gc-stress: 100,000 entries built one by one, each collection marks them all
# A dict of 100,000 str -> int entries: build, look up, update, delete.
N = 10**5
d = {}
for i in range(N):
    d["key" + str(i)] = i * i
print(len(d), d["key0"], d["key99999"], "key100000" in d)
total = 0
for i in range(0, N, 7):
    total += d["key" + str(i)]
print(total)
for i in range(0, N, 2):
    del d["key" + str(i)]
print(len(d), next(iter(d)), list(d)[-1])
for i in range(N, N + 50000):
    d[f"new{i}"] = -i
print(len(d), sum(d.values()) % 1000000007)
inv = {v: k for k, v in d.items()}
print(len(inv), inv[1], inv[-N])
words = sorted(d)[:3]
print(words)
