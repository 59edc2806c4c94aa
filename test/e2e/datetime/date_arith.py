# datetime: date +/- timedelta (days only), date - date, comparisons (with datetimes too), hashing, subclasses and errors
from datetime import date, datetime, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 2, 29)
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(weeks=1) + d)
print(d + timedelta(hours=47), d - timedelta(hours=1), d - timedelta(hours=-1))
print(repr(d - date(2000, 1, 1)), repr(date(2000, 1, 1) - d), repr(d - d))
for n in [1, 28, 29, 30, 365, 366, -1, -60]:
    print(n, d + timedelta(n))
print(d == date(2024, 2, 29), d != date(2024, 2, 29), d < date(2024, 3, 1),
      d >= date(2025, 1, 1), d == '2024-02-29', d != None)
print(sorted([date(2024, 1, 2), date(2023, 5, 6), date(2024, 1, 1)]))
print(max(date(2024, 1, 1), date(2023, 12, 31)), min([d, date(1999, 1, 1)]))
print({d: 1}[date(2024, 2, 29)], len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(d == datetime(2024, 2, 29), datetime(2024, 2, 29) == d)
show(lambda: d < datetime(2024, 2, 29))
show(lambda: datetime(2024, 2, 29) >= d)
show(lambda: d - datetime(2024, 2, 29))
show(lambda: datetime(2024, 2, 29) - d)
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: d + 1)
show(lambda: d - 1)
show(lambda: 1 - d)
show(lambda: d + d)
show(lambda: d < 1)
show(lambda: d <= None)
try:
    d.year = 2000
except AttributeError:
    print('AttributeError')


class Day(date):
    def next(self):
        return self + timedelta(1)


x = Day(2024, 12, 31)
print(repr(x), repr(x.next()), type(x.next()).__name__, repr(x.replace(day=1)),
      repr(Day.fromordinal(1)), repr(x - timedelta(1)), x == date(2024, 12, 31))
show(lambda: x + 1)
