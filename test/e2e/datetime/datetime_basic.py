# datetime: datetime construction, properties, date()/time(), combine, replace, isoformat(sep, timespec), str/repr, timestamps, ordinals
from datetime import datetime, date, time, timedelta


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(2024, 1, 2), (2024, 1, 2, 3, 4, 5), (2024, 1, 2, 3, 4, 5, 6),
             (2024, 1, 2, 0, 0, 7), (2024, 1, 2, 3), (2024, 1, 2, 24), (2024, 1),
             (2024, 2, 30), (2024, 1, 2, 3, 60), (2024, 1, 2, 0, 0, 0, -1),
             (2024, 1, 2, 0, 0, 0, 0, 3)]:
    show(datetime, *args)
show(datetime, 2024, 1, 2, fold=1)
show(datetime, year=2024, month=5, day=6, minute=7)
dt = datetime(2024, 3, 5, 14, 7, 9, 120000)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.weekday(), dt.isoweekday(), dt.toordinal(), tuple(dt.isocalendar()), dt.ctime())
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()), isinstance(dt, date))
print(str(dt), dt.isoformat(), dt.isoformat(' '), dt.isoformat(sep='_'))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), datetime(2024, 1, 1).isoformat('T', spec))
show(dt.isoformat, timespec='foo')
show(dt.isoformat, sep='ab')
show(dt.isoformat, sep=5)
print(repr(dt.replace(year=2023, microsecond=0)), repr(dt.replace(hour=0, minute=0, second=0)))
show(dt.replace, month=2, day=30)
print(repr(datetime.combine(date(2024, 1, 1), time(12, 30))),
      repr(datetime.combine(date(2024, 1, 1), time(1, fold=1))),
      repr(datetime.combine(dt, time(3))))
show(datetime.combine, 1, time())
show(datetime.combine, date(2024, 1, 1), 1)
print(repr(datetime.fromordinal(738000)), repr(datetime.fromisocalendar(2024, 1, 1)))
for ts in [0, 1, -1, 1700000000, 1700000000.5, 1.5e-6, 2.5e-6, -1.5e-6, 1e9 + 0.9999996,
           -0.0000004, True, 253402300799, -62135596800]:
    show(datetime.utcfromtimestamp, ts)
for ts in [253402300800, -62135596801, float('nan'), float('inf'), 2 ** 63, '1', -1e11]:
    show(datetime.utcfromtimestamp, ts)
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max))
for s in ['2024-02-29T12:30', '2024-02-29 12:30', '2024-02-29x12:30', '2024-02-29',
          '20240229T123045', '2024-02-29T12', '2024-W09-4T10:00', '2024W094T10',
          '2024-W09-10', '2024W0941010', '2024-02-29T12:30:45.123456',
          '2024-02-29T', '2024-02-2912:30', '2024-02-29T24:00', '2024-02-29T12:30 ',
          '2024-W09-410:00', '2024W0910', '2024']:
    show(datetime.fromisoformat, s)
