# datetime (user program): parse log timestamps in several formats with strptime, normalize to UTC, sessions and rates
from datetime import datetime, timedelta, timezone

LOG = """\
127.0.0.1 - - [10/Oct/2024:13:55:36 -0700] "GET /index.html HTTP/1.1" 200 2326
2024-10-10T21:01:02.500Z app[web.1]: request start id=7
2024-10-10 21:01:04,120 INFO worker: job 7 done
Oct 10 21:05:00 host sshd[311]: Accepted publickey for alice
10.0.0.5 - - [10/Oct/2024:14:06:10 -0700] "POST /api/login HTTP/1.1" 302 0
2024-10-10T21:30:59.999999+00:00 app[web.2]: request start id=8
2024-10-10 21:31:00,001 WARN worker: job 8 slow
Oct 10 22:45:13 host sshd[311]: Connection closed by alice
10.0.0.5 - - [11/Oct/2024:00:00:01 +0530] "GET /api/me HTTP/1.1" 200 512
2024-10-10 nonsense line
"""

FORMATS = [
    ('apache', lambda l: l.split('[', 1)[1].split(']', 1)[0], '%d/%b/%Y:%H:%M:%S %z'),
    ('iso', lambda l: l.split(' ', 1)[0], '%Y-%m-%dT%H:%M:%S.%f%z'),
    ('python', lambda l: ' '.join(l.split(' ', 2)[:2]), '%Y-%m-%d %H:%M:%S,%f'),
    ('syslog', lambda l: l[:15], '%b %d %H:%M:%S'),
]


def parse(line):
    for name, cut, fmt in FORMATS:
        try:
            stamp = datetime.strptime(cut(line), fmt)
        except (ValueError, IndexError):
            continue
        if name == 'syslog':
            stamp = stamp.replace(year=2024)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=timezone.utc)
        return name, stamp.astimezone(timezone.utc)
    return None, None


events = []
for line in LOG.splitlines():
    kind, when = parse(line)
    if kind is None:
        print('unparsed:', repr(line))
        continue
    events.append((when, kind, line))
    print('%-6s %s  %s' % (kind, when.isoformat(timespec='milliseconds'), when.strftime('%a %H:%M:%S %Z')))
events.sort()
first, last = events[0][0], events[-1][0]
print('span', last - first, '=', (last - first).total_seconds(), 's')
gaps = [(b[0] - a[0], a[1], b[1]) for a, b in zip(events, events[1:])]
print('largest gap', max(gaps)[0], 'between', max(gaps)[1], 'and', max(gaps)[2])
sessions = [[events[0]]]
for prev, cur in zip(events, events[1:]):
    if cur[0] - prev[0] > timedelta(minutes=20):
        sessions.append([])
    sessions[-1].append(cur)
for s in sessions:
    print('session %s..%s %d events' % (s[0][0].strftime('%H:%M'), s[-1][0].strftime('%H:%M'), len(s)))
per_hour = {}
for when, _, _ in events:
    key = when.replace(minute=0, second=0, microsecond=0)
    per_hour[key] = per_hour.get(key, 0) + 1
for hour in sorted(per_hour):
    print(hour.strftime('%Y-%m-%d %H:00'), '#' * per_hour[hour])
local = timezone(timedelta(hours=-7), 'PDT')
print('in PDT:', [e[0].astimezone(local).strftime('%I:%M %p') for e in events[:4]])
print(sorted(set(e[0].date() for e in events)))
