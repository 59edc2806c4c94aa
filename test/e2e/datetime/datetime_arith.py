# datetime: datetime +/- timedelta with carries, datetime - datetime, comparisons, hashing, min/max overflow, subclasses
from datetime import datetime, date, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


dt = datetime(2023, 12, 31, 23, 59, 59, 999999)
for d in [timedelta(microseconds=1), timedelta(seconds=1), timedelta(hours=-24),
          timedelta(days=60, hours=1), timedelta(weeks=-52), timedelta(days=0.5)]:
    print(repr(dt + d), repr(d + dt), repr(dt - d))
a = datetime(2024, 3, 10, 8, 30)
b = datetime(2024, 2, 28, 17, 45, 10, 5)
print(repr(a - b), repr(b - a), (a - b).total_seconds(), a - b, b - a)
print(a > b, a == datetime(2024, 3, 10, 8, 30, 0, 0), a != b, sorted([a, b, dt])[0])
print(hash(a) == hash(datetime(2024, 3, 10, 8, 30)), len({a, b, a.replace()}))
print(a == a.date(), a.date() == a, a == '2024', max(a, b) - min(a, b))
print(a.replace(fold=1) == a, hash(a.replace(fold=1)) == hash(a))
show(lambda: a < a.date())
show(lambda: a - a.date())
show(lambda: a + a)
show(lambda: a + 1)
show(lambda: 1 - a)
show(lambda: a < 5)
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: datetime.max - datetime.min)
t = datetime(2024, 1, 31, 12)
months = []
for i in range(12):
    months.append(t.strftime('%b %d'))
    t += timedelta(days=30, hours=10)
print(months)


class Stamp(datetime):
    def label(self):
        return self.strftime('%Y%m%d-%H%M')


s = Stamp(2024, 5, 6, 7, 8)
print(repr(s), s.label(), repr(s + timedelta(1)), type(s - timedelta(1)).__name__,
      repr(s - datetime(2024, 5, 6)), repr(Stamp.fromisoformat('2024-01-02')),
      repr(Stamp.combine(date(2024, 1, 1), s.time())), repr(s.date()), repr(s.replace(minute=0)))
