# random: Random instances, getstate/setstate, randbytes and subclasses.
import random

a = random.Random(10)
b = random.Random(10)
print(a.random() == b.random(), a.random(), b.randrange(100))

st = a.getstate()
print(st[0], len(st[1]), st[1][624], st[2], type(st[1]).__name__)
first = [a.random() for _ in range(5)]
a.setstate(st)
print(first == [a.random() for _ in range(5)])

# the state carries the pending gauss value
g = random.Random(3)
g.gauss()
st = g.getstate()
print(st[2] is not None, "%.10g" % g.gauss())
g.setstate(st)
print("%.10g" % g.gauss())

# state moves from one generator to another
c = random.Random()
c.setstate(b.getstate())
print(c.random() == b.random())

print(random.Random(8).randbytes(10), random.Random(8).randbytes(0), len(random.Random(1).randbytes(33)))

class Fixed(random.Random):
    # only random() overridden: integers come from random(), not getrandbits()
    def random(self):
        return 0.7

f = Fixed(1)
print(f.randrange(100), f.choice("abcd"), f.randint(1, 6), f.uniform(0, 10))

class Counting(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)

print(Counting(4).randrange(1000) == random.Random(4).randrange(1000))

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(a.setstate, (3, (1, 2), None))
attempt(a.setstate, (3, tuple(range(624)) + (625,), None))
attempt(a.setstate, (3, list(range(625)), None))
attempt(a.setstate, (7, (), None))
attempt(a.randbytes, -1)
print(random.Random.VERSION, isinstance(random.Random(), random.Random))
