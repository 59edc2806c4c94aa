# datetime: date construction and range errors, ordinals, weekdays, ISO calendar, replace, fromisoformat/fromisocalendar, str/repr/ctime
from datetime import date, MINYEAR, MAXYEAR


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
show(date, 2024, 2, 29)
show(date, year=2023, month=12, day=31)
show(date, True, True, True)
for args in [(0, 1, 1), (10000, 1, 1), (2023, 13, 1), (2023, 0, 1), (2023, 2, 29),
             (2100, 2, 29), (2000, 2, 29), (2023, 4, 31), (2023, 1, 0),
             (2023.0, 1, 1), ('2023', 1, 1), (2023, None, 1), (2 ** 40, 1, 1),
             (2 ** 70, 1, 1), (2023, 1), ()]:
    show(date, *args)
d = date(2024, 2, 29)
print(d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.ctime())
print(str(d), d.isoformat(), repr(d), '%s|%r' % (d, d))
for s in [(1, 1, 1), (1970, 1, 1), (2004, 12, 31), (2005, 1, 1), (2008, 12, 29),
          (2010, 1, 3), (2020, 12, 31), (2021, 1, 3), (2024, 12, 30), (9999, 12, 31)]:
    x = date(*s)
    n = x.toordinal()
    print(x, n, date.fromordinal(n) == x, x.weekday(), tuple(x.isocalendar()), x.ctime())
ic = d.isocalendar()
y, w, wd = ic
print(ic, ic.year, ic.week, ic.weekday, ic[0], ic[-1], ic[1:], len(ic), list(ic),
      y, w, wd, ic == (2024, 9, 4), ic < (2024, 10, 0), 9 in ic)
show(date.fromordinal, 0)
show(date.fromordinal, 3652060)
show(date.fromordinal, 1.5)
print(d.replace(day=1), d.replace(2023, 3), d.replace(month=3, day=31))
show(d.replace, year=2023)
for s in ['2024-02-29', '20240229', '2024-W09', '2024W09', '2024-W09-4', '2024W094',
          '2020-W53-7', '2024-02-30', '2024-2-29', '2024-02-29 ', '+2024-02-29',
          '2024-W53', '2024-W00-1', '0000-01-01', '2024-13-01', '2024-002', '']:
    show(date.fromisoformat, s)
show(date.fromisoformat, 20240229)
for a in [(2024, 9, 4), (2020, 53, 7), (1, 1, 1), (0, 1, 1), (2024, 0, 1), (2024, 53, 1),
          (2024, 1, 8), (9999, 52, 7), (2024, 1.0, 1)]:
    show(date.fromisocalendar, *a)
