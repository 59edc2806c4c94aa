# datetime: timedelta arithmetic with timedeltas, ints and floats (exact rounding), comparisons, hashing and type errors
from datetime import timedelta, date


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


td = timedelta(days=3, hours=5, minutes=7, seconds=11, microseconds=13)
h = timedelta(hours=1)
print(repr(td + h), repr(td - h), repr(h - td), repr(-td), repr(+td), repr(abs(-td)))
for k in [2, 3, 7, -7, 0, True, 10 ** 3]:
    print(k, repr(td * k), repr(k * td), repr(td // k) if k else '-', repr(td / k) if k else '-')
for x in [0.5, 1.5, -0.25, 1 / 3, 2.675, 1e-9, 1e6]:
    print(x, repr(td * x), repr(x * td), repr(td / x))
for us in [3, 5, -5, 7]:
    print(us, repr(timedelta(microseconds=us) * 0.5), repr(timedelta(microseconds=us) / 2),
          repr(timedelta(microseconds=us) / -2), repr(timedelta(microseconds=us) // 2))
print(td / h, td // h, repr(td % h), repr(divmod(td, timedelta(minutes=-7))))
print(timedelta(days=1) / timedelta(hours=7), timedelta(1) // timedelta(hours=-7))
print(timedelta(1) == timedelta(hours=24), timedelta(1) != timedelta(hours=24),
      timedelta(1) < timedelta(2), timedelta(1) >= timedelta(2), timedelta(1) == 86400)
print(bool(timedelta(0)), bool(timedelta(microseconds=-1)))
print(sorted([timedelta(1), timedelta(-1), timedelta(0, 5), timedelta(0, 0, 7)]))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), {timedelta(1): 'a'}[timedelta(seconds=86400)])
print(sum([timedelta(minutes=m) for m in range(100)], timedelta()))
total = timedelta()
total += timedelta(hours=1)
total *= 3
total -= timedelta(minutes=30)
total //= 2
print(total)
show(lambda: timedelta(1) / 0)
show(lambda: timedelta(1) / 0.0)
show(lambda: timedelta(1) // 0)
show(lambda: timedelta(1) / timedelta(0))
show(lambda: timedelta(1) // timedelta(0))
show(lambda: timedelta(1) % timedelta(0))
show(lambda: timedelta.max + timedelta(1))
show(lambda: -timedelta.min)
show(lambda: timedelta(1) * 2 ** 40)
show(lambda: timedelta(1) * float('nan'))
show(lambda: timedelta(1) + 1)
show(lambda: 1 + timedelta(1))
show(lambda: timedelta(1) - 'x')
show(lambda: timedelta(1) * 'x')
show(lambda: 'x' * timedelta(1))
show(lambda: timedelta(1) * None)
show(lambda: timedelta(1) // 1.5)
show(lambda: timedelta(1) % 2)
show(lambda: 3 / timedelta(1))
show(lambda: divmod(3, timedelta(1)))
show(lambda: timedelta(1) ** 2)
show(lambda: timedelta(1) < 1)
show(lambda: timedelta(1) >= None)
show(lambda: timedelta(1) < date(2024, 1, 1))
