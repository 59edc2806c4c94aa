# datetime: strptime directives, regex-like backtracking, whitespace, case, %z/%Z, ISO and week directives, and every error message
from datetime import datetime

cases = [
    ('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('20240102', '%Y%m%d'), ('2024112', '%Y%m%d'),
    ('111', '%m%d'), ('1231', '%m%d'), ('24', '%y'), ('69', '%y'), ('68 1 1', '%y %m %d'),
    ('12', '%I'), ('12 pm', '%I %p'), ('12 AM', '%I %p'), ('3PM', '%I%p'), ('1 PM', '%H %p'),
    ('Tue Jan  2 03:04:05 2024', '%c'), ('01/02/24 03:04:05', '%x %X'),
    ('monday 12 FEBRUARY 2024', '%A %d %B %Y'), ('Mon', '%A'), ('monday', '%a'), ('sept', '%b'),
    ('  2024\t-  01', ' %Y -%m'), ('12 : 30', '%H : %M'), ('12:30', '%H : %M'), ('1\n\n2', '%d %m'),
    ('2024-01-02T03:04:05.5', '%Y-%m-%dt%H:%M:%S.%f'), ('1.1234567', '%S.%f'), ('10%', '%d%%'),
    ('+01:30', '%z'), ('-0130', '%z'), ('+013015.123456', '%z'), ('Z', '%z'), ('z', '%z'), ('+01', '%z'),
    ('+01:3015', '%z'), ('+0130:15', '%z'), ('+2400', '%z'), ('+0130 UTC', '%z %Z'), ('gmt', '%Z'), ('CET', '%Z'),
    ('2024 1 1', '%G %V %u'), ('2021 53 7', '%G %V %u'), ('2024 1', '%G %V'), ('2024 1 1', '%Y %V %u'),
    ('1 1', '%V %u'), ('2024 1 1 5', '%G %V %u %j'), ('2024 0 0', '%Y %U %w'), ('2024 0 1', '%Y %W %w'),
    ('2024 53 0', '%Y %U %w'), ('0001 0 1', '%Y %W %u'), ('366', '%j'), ('2023 366', '%Y %j'), ('2024 60', '%Y %j'),
    ('2023-02-29', '%Y-%m-%d'), ('02-29', '%m-%d'), ('09:05:61', '%H:%M:%S'), ('09:05:62', '%H:%M:%S'),
    ('2024-01', '%Y-%m-%d'), ('2024-01-02x', '%Y-%m-%d'), ('2024', '%Y%'), ('2024', '%Q'), ('x', '%.'),
    ('x', '% d'), ('x', '%-d'), ('', ''), ('a', ''), ('٢٠٢٤', '%Y'), ('٣', '%d'), ('10000', '%Y'), ('000', '%j'),
]
for s, f in cases:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), 'ValueError', e)
for args in [(5, '%Y'), ('2024', 5)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print('TypeError', e)
