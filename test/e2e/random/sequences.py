# random: shuffle, sample (pool and set algorithms, counts) and choices.
import random

r = random.Random(99)
x = list(range(20))
r.shuffle(x)
print(x)
s = list("abcdefgh")
r.shuffle(s)
print(s)
one = [1]
r.shuffle(one)
empty = []
r.shuffle(empty)
print(one, empty)

# small populations copy a pool, big ones remember taken indices
print(r.sample(range(10), 10))
print(r.sample(range(30), 5), r.sample(range(30), 7))
print(r.sample(range(100), 10))
print(r.sample(range(10**9), 8))
print(r.sample(range(2000), 40))
print(r.sample("population", 4), r.sample((1, 2, 3), 0), r.sample([5, 6], 2))
print(r.sample(["red", "blue"], 5, counts=[4, 2]))
print(r.sample(range(4), k=3, counts=[1, 0, 2, 5]))

print(r.choices("abc", k=8))
print(r.choices(range(5), [10, 1, 1, 1, 10], k=8))
print(r.choices(["lo", "hi"], [0.25, 0.75], k=6))
print(r.choices("xyz", cum_weights=[1, 1, 3], k=6))
print(r.choices([1], k=3), r.choices([], k=0), r.choices("ab"))

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

attempt(r.sample, {1, 2}, 1)
attempt(r.sample, {"a": 1}, 1)
attempt(r.sample, [1, 2], 3)
attempt(r.sample, [1, 2], -1)
attempt(r.sample, [1, 2], 1, counts=[1])
attempt(r.sample, [1, 2], 1, counts=[1.0, 2])
attempt(r.sample, [1, 2], 1, counts=[0, 0])
attempt(r.choices, [], k=2)
attempt(r.choices, [1, 2], 3)
attempt(r.choices, [1], [1, 2])
attempt(r.choices, [1], [1], cum_weights=[1])
attempt(r.choices, [1, 2], [0, 0])
attempt(r.choices, [1, 2], [1, float("inf")])
attempt(r.shuffle, (1, 2))
