# datetime: strftime/format with glibc's directives, flags (- _ 0 ^ #) and E/O modifiers, %f %z %Z, unknown directives
from datetime import datetime, date, time, timezone, timedelta

moments = [datetime(2024, 2, 29, 13, 5, 9, 70), datetime(5, 3, 7, 4, 5, 6, 7),
           datetime(2024, 12, 30, 0, 0), datetime(2021, 1, 3, 12, 0, 0, 999999)]
directives = 'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%f'
for m in moments:
    print(m.strftime('|'.join('%' + c for c in directives)))
d = datetime(2024, 11, 3, 15, 9, 2, 123)
for f in ['%-d %-m %-y %-H %-I %-M %-S %-j', '%_d %_m %_H %_j %_y', '%0e %0k %0l %e %k %l',
          '%^a %^A %^b %^B %^p %^P %^c', '%#a %#A %#b %#B %#h %#p %#P %#c', '%^#a %-_d %_-d %0_d %_0d',
          '%Ec %EC %Ex %EX %Ey %EY %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy',
          '%Ea %OY %EH %Of %-f %E %- %_ %^', '%Q %L %i %v %N %+ %:z %+d %+4Y', '%%f %%%Y %', '100% sure %',
          '%-%Y %^%', 'a\x00%Y', 'é%Bü', '', 'plain text']:
    print(repr(f), repr(d.strftime(f)))
print(repr(date(2024, 1, 1).strftime('%H:%M:%S %f %p %I %z %Z|%c')))
print(repr(time(13, 5, 6, 70).strftime('%Y-%m-%d %H %I %p %f %j %a %c %s')))
aware = datetime(2024, 1, 1, 9, tzinfo=timezone(timedelta(hours=5, seconds=7, microseconds=8)))
west = datetime(2024, 1, 1, 9, tzinfo=timezone(timedelta(hours=-5, minutes=-30), 'NST'))
for x in [aware, west, datetime(2024, 1, 1, tzinfo=timezone.utc), time(1, tzinfo=timezone.utc)]:
    print(repr(x.strftime('%z|%Z|%Ez|%-z|%^Z|%#Z|%H:%M')))
print(format(d, '%Y-%m-%d'), format(d, ''), format(d.date(), '%A'), format(d.time(), '%I:%M %p'))
print(f'{d:%d/%m/%Y %H.%M} {d.date():%j} {d.time()} {d!r:.20}')
print('{:%Y}|{:>30}|{}'.format(d, str(d), d))
for bad in [lambda: d.strftime(5), lambda: d.__format__(5), lambda: format(d, 5),
            lambda: date(2024, 1, 1).strftime(None), lambda: d.isoformat(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(d.ctime(), date(5, 1, 2).ctime(), datetime(999, 12, 31, 23, 59).ctime())
