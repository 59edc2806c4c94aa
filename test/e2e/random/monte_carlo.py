# A user program: Monte Carlo estimates and a dice game with a seeded generator.
import random

rng = random.Random(2718)
inside = 0
for _ in range(4000):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi estimate", 4 * inside / 4000)

# roll two dice many times and tally the sums
counts = {}
for _ in range(3000):
    total = rng.randint(1, 6) + rng.randint(1, 6)
    counts[total] = counts.get(total, 0) + 1
for total in sorted(counts):
    print("%2d %4d %s" % (total, counts[total], "#" * (counts[total] // 25)))

# deal a shuffled deck to four players
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
rng.shuffle(deck)
hands = [sorted(deck[i::4][:5]) for i in range(4)]
for i, hand in enumerate(hands):
    print("player", i + 1, " ".join(hand))

# a random walk and a weighted pick of events
pos = 0
path = []
for _ in range(40):
    pos += rng.choice((-1, 1))
    path.append(pos)
print("walk end", pos, "min", min(path), "max", max(path))
events = rng.choices(["rain", "sun", "snow"], weights=[3, 6, 1], k=20)
print(" ".join(e[0] for e in events), events.count("sun"))
winners = rng.sample(["ann", "bob", "cid", "dee", "eve", "fay"], 3)
print("winners", winners)
