# Seeded random simulations: dice, Monte Carlo, shuffles, sampling, random walks, weighted choices.
import random
import statistics
from collections import Counter

random.seed(12345)
rolls = [random.randint(1, 6) for _ in range(600)]
print(Counter(rolls).most_common())
print(rolls[:20])
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
hands = [sorted(deck[i:i + 5]) for i in range(0, 20, 5)]
print(hands)
print(random.choice(deck), random.sample(range(100), 7), random.sample("abcdefg", 3))
print(random.random(), random.uniform(10, 20), random.randrange(0, 100, 5), random.randrange(50))
print(random.choices("abc", k=10), random.choices(["x", "y", "z"], weights=[10, 1, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=5))
print(random.getrandbits(64), random.getrandbits(3), random.randint(-10**20, 10**20))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10))
print(round(random.expovariate(1.5), 10), round(random.triangular(0, 10, 3), 10))
print(round(random.betavariate(2, 3), 10), round(random.gammavariate(2.0, 1.0), 10))
random.seed(7)
inside = 0
N = 5000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi ~", 4 * inside / N)
random.seed("walk")
pos, path = 0, []
for _ in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))
r = random.Random(99)
vals = [r.randint(0, 1000) for _ in range(50)]
print(vals[:10], statistics.mean(vals), statistics.median(vals), statistics.mode([1, 2, 2, 3]))
print(round(statistics.stdev(vals), 6), round(statistics.pvariance(vals), 6), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b, a)
random.seed(2024)
lst = list(range(10))
random.shuffle(lst)
print(lst)
print(random.randbytes(6) if hasattr(random, "randbytes") else "nobytes")
random.seed(0)
print([random.randint(1, 100) for _ in range(10)])
random.seed(1.5)
print(random.random())
random.seed(-3)
print(random.random())
random.seed(10**30)
print(random.random())
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError", e)
