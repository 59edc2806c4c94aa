# datetime: time construction and errors, isoformat/timespec, str/repr, replace, comparisons, hashing, fromisoformat
from datetime import time, timedelta


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}),
                 ((0, 0, 3), {}), ((23, 59, 59, 999999), {}), ((12,), {'fold': 1}),
                 ((), {'hour': 5, 'microsecond': 70}), ((24,), {}), ((-1,), {}),
                 ((0, 60), {}), ((0, 0, 60), {}), ((0, 0, 0, 1000000), {}),
                 ((0, 0, 0, 0, 5), {}), ((0,), {'fold': 2}), ((1.5,), {})]:
    show(time, *args, **kw)
t = time(13, 5, 6, 70)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, str(t), t.isoformat())
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
show(t.isoformat, 'days')
print(time.min, time.max, time.resolution, bool(time(0)), bool(time.min))
print(t.replace(hour=1), t.replace(minute=0, microsecond=0), repr(t.replace(fold=1)))
show(t.replace, hour=25)
print(time(1, 2) < time(1, 3), time(1, 2) == time(1, 2, 0), time(23) > time(1),
      sorted([time(5), time(1, 30), time(1, 2, 3)]), max(time(5), time(6)))
print(hash(time(1, 2)) == hash(time(1, 2, 0, 0)), time(1) == 1, time(1) != None)
show(lambda: time(1) < 5)
show(lambda: time(1) + timedelta(1))
show(lambda: time(1) - time(0))
for s in ['12', '12:30', '1230', '12:30:45', '123045', '12:30:45.5', '12:30:45.123456',
          '12:30:45.1234567', '12:30:45,5', 'T12:30', '12:30:45:5', '12.5', '12304567',
          '1230456', 't12:30', '12:3045', '1230:45', '24:00', '12:60', '12:30:60',
          '12:30:45.', '12:30:45 ', '1', '', 'T']:
    show(time.fromisoformat, s)
show(time.fromisoformat, 1230)
