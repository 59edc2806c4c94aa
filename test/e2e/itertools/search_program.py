# A user program: brute-force searches with product, permutations, combinations.
from itertools import product, permutations, combinations, combinations_with_replacement

# shortest round trip through 6 cities
cities = {'A': (0, 0), 'B': (1, 5), 'C': (5, 2), 'D': (6, 6), 'E': (3, 3), 'F': (8, 0)}


def dist(p, q):
    (x1, y1), (x2, y2) = cities[p], cities[q]
    return ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5


best = None
for order in permutations('BCDEF'):
    route = ('A',) + order + ('A',)
    d = sum(dist(route[i], route[i + 1]) for i in range(len(route) - 1))
    if best is None or d < best[0]:
        best = (d, route)
print(round(best[0], 3), ''.join(best[1]))

# subsets summing to a target
nums = [3, 34, 4, 12, 5, 2]
hits = [c for r in range(1, len(nums) + 1) for c in combinations(nums, r) if sum(c) == 9]
print(hits)

# TO + GO = OUT, a small cryptarithm
def solve():
    letters = 'TOGU'
    for digits in permutations(range(10), len(letters)):
        v = dict(zip(letters, digits))
        if v['T'] == 0 or v['G'] == 0 or v['O'] == 0:
            continue
        def num(w):
            n = 0
            for ch in w:
                n = n * 10 + v[ch]
            return n
        if num('TO') + num('GO') == num('OUT'):
            return num('TO'), num('GO'), num('OUT')


print(solve())

# all 3-bit strings, dice sums, coin multisets
print([''.join(b) for b in product('01', repeat=3)])
sums = {}
for a, b in product(range(1, 7), repeat=2):
    sums[a + b] = sums.get(a + b, 0) + 1
print(sums)
print([c for c in combinations_with_replacement([1, 5, 10], 3) if sum(c) == 16])
