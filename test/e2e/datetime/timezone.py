# datetime: timezone (fixed offsets, utc, names, reprs), aware datetimes and times, astimezone, naive/aware errors, fromisoformat offsets
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ist = timezone(timedelta(hours=5, minutes=30))
pst = timezone(timedelta(hours=-8), 'PST')
odd = timezone(timedelta(hours=-1, seconds=-1, microseconds=-5))
for tz in [timezone.utc, UTC, ist, pst, odd, timezone.min, timezone.max, timezone(timedelta(0), 'Z')]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None))
print(timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc, ist == timezone(timedelta(minutes=330), 'X'),
      ist != pst, ist == 5, hash(ist) == hash(timedelta(minutes=330)), isinstance(ist, tzinfo))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(1))
show(lambda: timezone(timedelta(0), 1))
show(lambda: timezone(timedelta(0), None))
show(lambda: timezone())
show(lambda: ist.utcoffset(5))
show(lambda: ist.fromutc(datetime(2024, 1, 1)))
show(lambda: ist.fromutc(5))
a = datetime(2024, 6, 1, 12, 0, tzinfo=ist)
b = datetime(2024, 6, 1, 6, 30, tzinfo=timezone.utc)
c = datetime(2024, 5, 31, 22, 30, tzinfo=pst)
print(a, b, c, a.utcoffset(), c.tzname(), c.dst(), a.isoformat(timespec='minutes'))
print(a == b, b == c, a < c, a - c, c - datetime(2024, 5, 31, tzinfo=pst), hash(a) == hash(b) == hash(c))
print(repr(a.astimezone(timezone.utc)), repr(b.astimezone(pst)), a.astimezone(ist) is a)
print(repr(datetime(2024, 1, 1, 5).astimezone()), repr(a.astimezone()))
print(repr(a + timedelta(hours=20)), repr(a.replace(tzinfo=None)), repr(a.timetz()), repr(a.time()))
print(repr(datetime.fromtimestamp(1700000000, pst)), repr(datetime.fromtimestamp(0, timezone.utc)))
print(repr(datetime.combine(a.date(), time(1, tzinfo=odd))), str(datetime(2024, 1, 1, tzinfo=odd)))
naive = datetime(2024, 6, 1, 12)
print(naive == a, naive != a, naive.utcoffset(), naive.tzname())
show(lambda: naive < a)
show(lambda: naive - a)
show(lambda: datetime(2024, 1, 1, tzinfo=3))
show(lambda: naive.astimezone(3))
show(lambda: datetime.min.replace(tzinfo=ist).astimezone(timezone.utc))
t1 = time(12, tzinfo=timezone(timedelta(hours=2)))
t2 = time(10, tzinfo=timezone.utc)
print(t1 == t2, t1 < time(10, 30, tzinfo=timezone.utc), t1.utcoffset(), t1.tzname(), t1.isoformat(), repr(t2))
print(time(1) == time(1, tzinfo=timezone.utc), hash(t1) == hash(t2))
show(lambda: time(1) < time(1, tzinfo=timezone.utc))
for s in ['2024-02-29T12:30:45+05:30', '2024-02-29T12:30:45Z', '2024-02-29T12:30:45.5-03',
          '2024-02-29T12:30-01:30:15', '2024-02-29T12:30:45+01:00:00.5', '2024-02-29T12+0130',
          '2024-02-29T12:30:45 +01:00', '2024-02-29T12:30:45+24:00', '2024-02-29T12:30:45-00:00',
          '2024-02-29T12:30:45+00:00:00.000001', '2024-02-29T12:30:45z', '2024-02-29T12:30:45+1']:
    show(lambda: datetime.fromisoformat(s))
show(lambda: time.fromisoformat('12:30:45.1234567x+01:00'))
show(lambda: time.fromisoformat('12Z'))
