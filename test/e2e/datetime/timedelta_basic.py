# datetime: timedelta construction, normalization, float rounding (half to even), attributes, str/repr, limits and errors
from datetime import timedelta


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((-1,), {}),
                 ((0, -1), {}), ((0, 0, -1), {}), ((0, 86400 * 3 + 5), {}),
                 ((), {'weeks': 2, 'days': -3, 'hours': 25, 'minutes': 61,
                       'seconds': 61, 'milliseconds': 1001,
                       'microseconds': 1001}),
                 ((), {'hours': -1}), ((True, False, True), {}),
                 ((), {'days': 999999999, 'hours': 23, 'minutes': 59,
                       'seconds': 59, 'microseconds': 999999})]:
    show(timedelta, *args, **kw)
# floats: exact integer parts, one round-half-even of the leftover
for kw in [{'days': 1.5}, {'seconds': 0.5}, {'microseconds': 0.5},
           {'microseconds': 1.5}, {'microseconds': 2.5}, {'microseconds': -0.5},
           {'microseconds': -1.5}, {'seconds': 1e-7}, {'hours': 1 / 3},
           {'minutes': -2 / 3}, {'weeks': 0.1, 'days': 0.1, 'hours': 0.1},
           {'milliseconds': 0.0005, 'microseconds': 0.5},
           {'seconds': 1, 'microseconds': 0.5}, {'days': 1e-6 / 86400 * 2.5}]:
    show(timedelta, **kw)
d = timedelta(days=-2, hours=3, microseconds=-7)
print(d.days, d.seconds, d.microseconds, d.total_seconds(), type(d.days).__name__)
for v in [timedelta(0), timedelta(1), timedelta(-1), timedelta(2, 3, 4),
          timedelta(-2, 3, 4), timedelta(seconds=-1), timedelta(microseconds=-1),
          timedelta(days=1, seconds=7384, microseconds=5), timedelta(weeks=520)]:
    print('%s | %r | %s' % (v, v, v.total_seconds()))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.min))
print(timedelta(microseconds=1).total_seconds(), timedelta(days=10 ** 8, microseconds=1).total_seconds())
show(timedelta, days=10 ** 9)
show(timedelta, days=-10 ** 9)
show(timedelta, days=999999999, seconds=86400)
show(timedelta, days=2 ** 31)
show(timedelta, '1')
show(timedelta, seconds='1')
show(timedelta, weeks=None)
show(timedelta, minutes=1j)
show(timedelta, seconds=float('nan'))
show(timedelta, seconds=float('inf'))
show(timedelta, hours=1e300)
try:
    d.days = 5
except AttributeError:
    print('AttributeError')
