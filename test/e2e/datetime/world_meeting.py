# datetime (user program): find meeting times across fixed-offset time zones, with DST rules from a tzinfo subclass
from datetime import datetime, timedelta, timezone, tzinfo, date


HOUR = timedelta(hours=1)


class USEastern(tzinfo):
    """US Eastern time with the 2007 rules: DST from the second Sunday of
    March 2:00 to the first Sunday of November 2:00 (local times)."""

    def _bounds(self, year):
        march = datetime(year, 3, 8, 2)
        nov = datetime(year, 11, 1, 2)
        return (march + timedelta(days=(6 - march.weekday()) % 7),
                nov + timedelta(days=(6 - nov.weekday()) % 7))

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start, end = self._bounds(dt.year)
        t = dt.replace(tzinfo=None)
        if start + HOUR <= t < end - HOUR:
            return HOUR
        if end - HOUR <= t < end:          # the repeated hour
            return timedelta(0) if dt.fold else HOUR
        if start <= t < start + HOUR:      # the skipped hour
            return HOUR if dt.fold else timedelta(0)
        return timedelta(0)

    def fromutc(self, dt):
        start, end = self._bounds(dt.year)
        std = dt + timedelta(hours=-5)
        day = std + HOUR
        naive = day.replace(tzinfo=None)
        if end <= naive < end + HOUR:
            return std.replace(fold=1)
        if std.replace(tzinfo=None) < start or naive >= end:
            return std
        return day

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'USEastern()'


ZONES = {'New York': USEastern(), 'London': timezone(timedelta(0), 'GMT'),
         'Berlin': timezone(timedelta(hours=1), 'CET'), 'Kolkata': timezone(timedelta(hours=5, minutes=30), 'IST')}
WORK = (8, 19)


def ok_for_all(utc):
    for tz in ZONES.values():
        local = utc.astimezone(tz)
        if local.weekday() >= 5 or not WORK[0] <= local.hour < WORK[1]:
            return False
    return True


for day in [date(2024, 3, 5), date(2024, 3, 12), date(2024, 11, 5)]:
    start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    slots = [start + timedelta(minutes=30 * i) for i in range(48)]
    good = [s for s in slots if ok_for_all(s)]
    print(day.strftime('%a %d %b'), ' '.join(s.strftime('%H:%M') for s in good) or 'none')
meeting = datetime(2024, 3, 12, 12, 30, tzinfo=timezone.utc)
for city, tz in ZONES.items():
    local = meeting.astimezone(tz)
    print('%-9s %s %-4s %s' % (city, local.strftime('%a %H:%M'), local.tzname(), local.utcoffset()))
ny = ZONES['New York']
for h in range(4, 9):  # the repeated hour of 2024-11-03
    u = datetime(2024, 11, 3, h, tzinfo=timezone.utc)
    l = u.astimezone(ny)
    print(u.strftime('%H:%MZ'), '->', l.strftime('%H:%M'), l.tzname(), 'fold=%d' % l.fold, l.isoformat())
a = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
b = a.replace(fold=1)
print(a.utcoffset(), b.utcoffset(), a == b, b - a, b.astimezone(timezone.utc) - a.astimezone(timezone.utc))
for h in range(6, 9):  # the skipped hour of 2024-03-10
    l = datetime(2024, 3, 10, h, 30, tzinfo=timezone.utc).astimezone(ny)
    print(l.isoformat(), l.tzname())
print(repr(datetime(2024, 7, 4, 12, tzinfo=ny)), datetime(2024, 7, 4, 12, tzinfo=ny) == datetime(2024, 7, 4, 16, tzinfo=timezone.utc))
