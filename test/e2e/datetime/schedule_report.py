# datetime (user program): a team schedule report with recurring meetings, business days, holidays, month calendars and ISO weeks
from datetime import date, datetime, time, timedelta

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 9, 2),
            date(2024, 11, 28), date(2024, 12, 25)}


def business_days(start, end):
    d = start
    while d <= end:
        if d.weekday() < 5 and d not in HOLIDAYS:
            yield d
        d += timedelta(days=1)


def add_business_days(start, n):
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


def month_calendar(year, month):
    first = date(year, month, 1)
    lines = [first.strftime('%B %Y').center(20).rstrip(), 'Mo Tu We Th Fr Sa Su']
    cells = ['  '] * first.weekday()
    d = first
    while d.month == month:
        mark = '*' if d in HOLIDAYS else ''
        cells.append(('%2d' % d.day) if not mark else ' *')
        d += timedelta(1)
    for i in range(0, len(cells), 7):
        lines.append(' '.join(cells[i:i + 7]).rstrip())
    return '\n'.join(lines)


def recurring(start, every, until, skip_holidays=True):
    t = start
    while t <= until:
        if not (skip_holidays and t.date() in HOLIDAYS):
            yield t
        t += every


standup = list(recurring(datetime(2024, 6, 24, 9, 15), timedelta(days=1), datetime(2024, 7, 7)))
standup = [m for m in standup if m.weekday() < 5]
print('standups:', len(standup), standup[0].strftime('%a %d %b %H:%M'), '...', standup[-1].strftime('%a %d %b'))
review = list(recurring(datetime(2024, 1, 5, 15), timedelta(weeks=2), datetime(2024, 12, 31)))
by_month = {}
for m in review:
    by_month.setdefault(m.strftime('%b'), []).append(m.day)
print('reviews:', len(review), ' '.join('%s:%s' % (k, v) for k, v in by_month.items()))
q3 = list(business_days(date(2024, 7, 1), date(2024, 9, 30)))
print('Q3 business days:', len(q3), q3[0], q3[-1])
for start, n in [(date(2024, 7, 3), 1), (date(2024, 12, 20), 5), (date(2024, 11, 27), 3)]:
    print('due', start, '+', n, 'business days ->', add_business_days(start, n).strftime('%A %Y-%m-%d'))
print(month_calendar(2024, 2))
print(month_calendar(2024, 12))
weeks = {}
for d in business_days(date(2024, 12, 23), date(2025, 1, 10)):
    y, w, _ = d.isocalendar()
    weeks.setdefault('%d-W%02d' % (y, w), []).append(d.strftime('%a'))
for k in sorted(weeks):
    print(k, ','.join(weeks[k]))
slots = []
t = datetime.combine(date(2024, 3, 8), time(9))
end = datetime.combine(date(2024, 3, 8), time(17))
busy = [(time(10), time(11, 30)), (time(12, 45), time(13, 15)), (time(15), time(16))]
while t + timedelta(minutes=30) <= end:
    if not any(s <= t.time() < e or s < (t + timedelta(minutes=30)).time() <= e for s, e in busy):
        slots.append(t.strftime('%H:%M'))
    t += timedelta(minutes=30)
print('free slots:', ' '.join(slots))
worked = sum([timedelta(hours=7, minutes=45)] * len(q3), timedelta())
print('Q3 hours:', worked, '=', worked.total_seconds() / 3600, 'h; per week', worked / 13)
print('days to new year:', (date(2025, 1, 1) - date(2024, 9, 15)).days,
      'age:', (date(2024, 9, 15) - date(1990, 2, 28)).days // 365)
