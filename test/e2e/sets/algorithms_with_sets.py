# Graph reachability, duplicates and primes using sets.
edges = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: [], 7: [1]}
def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        n = stack.pop()
        for m in edges[n]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen
for s in [1, 4, 7, 6]:
    print(s, sorted(reachable(s)))
nums = [4, 8, 15, 16, 23, 42, 8, 15, 4]
dups = {n for n in nums if nums.count(n) > 1}
print(sorted(dups))
composites = {j for i in range(2, 10) for j in range(i * i, 100, i)}
primes = set(range(2, 100)) - composites
print(len(primes), sorted(primes)[-5:])
a = set("abracadabra")
b = set("alacazam")
print(sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
