# random: randrange, randint and choice draw as CPython's _randbelow does; errors.
# (Float arguments are left out: CPython also prints DeprecationWarnings.)
import random

r = random.Random(2024)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(1) for _ in range(3)], [r.randrange(2) for _ in range(10)])
print([r.randrange(5, 10) for _ in range(10)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(10, 0, -3) for _ in range(10)])
print([r.randrange(-50, -10, 4) for _ in range(6)])
print([r.randint(1, 6) for _ in range(20)])
print(r.randint(-3, -3), r.randrange(2**64), r.randrange(-2**80, 2**80), r.randint(0, 10**30))
print([r.randrange(1000000007) for _ in range(5)])
print(r.randrange(True, 5), r.randrange(False, 3, True))
print([r.choice("abcdefg") for _ in range(10)], r.choice([None]), r.choice(range(100, 200)))
print(r.choice((1, 2, 3)), r.choice(["x", "y"]))

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

attempt(r.randrange, 0)
attempt(r.randrange, -3)
attempt(r.randrange, 3, 3)
attempt(r.randrange, 5, 2)
attempt(r.randrange, 3, 1, 0)
attempt(r.randrange, 1, 5, -1)
attempt(r.randrange, 5, step=2)
attempt(r.randint, 5, 1)
attempt(r.choice, [])
attempt(r.choice, "")
attempt(r.choice, {1: "a"})
