# datetime: now()/today()/utcnow()/fromtimestamp(time.time()) give plausible, consistent values (never printed: they change; a board clock starts at 1970)
import time
from datetime import date, datetime, timedelta, timezone

t0 = time.time()
n = datetime.now()
u = datetime.utcnow()
d = date.today()
dt = datetime.today()
nz = datetime.now(timezone.utc)
nk = datetime.now(timezone(timedelta(hours=-7)))
ft = datetime.fromtimestamp(t0)
t1 = time.time()
print(type(n).__name__, type(u).__name__, type(d).__name__, type(dt).__name__, type(nz).__name__)
print(n.tzinfo, u.tzinfo, repr(nz.tzinfo), nk.utcoffset())
print(1970 <= d.year <= 2200, 1 <= d.month <= 12, isinstance(d, date), not isinstance(d, datetime))
print(abs(nz - nk) < timedelta(seconds=5), nz.tzinfo is timezone.utc)
epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
print(t0 - 1 <= (nz - epoch).total_seconds() <= t1 + 1)
print(abs((ft - datetime.utcfromtimestamp(t0)).total_seconds()) < 86400)
print(abs(u - n) < timedelta(days=1), abs(dt - n) < timedelta(seconds=5))
print(date.fromtimestamp(t0) - d <= timedelta(1), isinstance(date.today().isoformat(), str))


class Clock(datetime):
    pass


print(type(Clock.now()).__name__, type(Clock.utcnow()).__name__, type(Clock.today()).__name__,
      type(Clock.now(timezone.utc)).__name__)
