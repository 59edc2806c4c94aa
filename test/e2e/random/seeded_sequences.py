# random: seeded int seeds give CPython's exact Mersenne Twister sequences.
import random

for s in [0, 1, 42, 2**100, -5, 2**32 - 1, 2**32, 10**30 + 7, True]:
    random.seed(s)
    print(s, [random.random() for _ in range(4)])
    print("  bits", random.getrandbits(1), random.getrandbits(8), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))

# a long run from one seed: the generator twists its state every 624 words
random.seed(12345)
vals = [random.random() for _ in range(1500)]
print(vals[0], vals[311], vals[312], vals[623], vals[1499])
print(sum(vals))
random.seed(12345)
print(sum(random.getrandbits(32) for _ in range(3000)))

# the same seed gives the same sequence again; seeding resets it
random.seed(7)
a = [random.randrange(1000) for _ in range(10)]
random.seed(7)
b = [random.randrange(1000) for _ in range(10)]
print(a, a == b)

# -5 and 5 seed the same way (the absolute value is used)
random.seed(-5)
x = random.random()
random.seed(5)
print(x == random.random())

print(random.getrandbits(0))
try:
    random.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.getrandbits(2.0)
except TypeError as e:
    print(type(e).__name__, e)
