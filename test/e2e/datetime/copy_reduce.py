# datetime: copy.copy/deepcopy of every datetime type (fold and tzinfo kept), as dict keys and set members
import copy
from datetime import date, datetime, time, timedelta, timezone

ist = timezone(timedelta(hours=5, minutes=30), 'IST')
values = [date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=ist),
          datetime(2024, 11, 3, 1, 30, fold=1), time(1, 2, 3, tzinfo=timezone.utc),
          time(4, fold=1), timedelta(days=-3, microseconds=5), ist, timezone.utc]
for v in values:
    a = copy.copy(v)
    b = copy.deepcopy(v)
    print(repr(a), a == v, b == v, type(b).__name__, getattr(b, 'fold', '-'))
print(copy.deepcopy(timezone.utc) is timezone.utc)
nested = {'when': [date(2024, 5, 6), datetime(2024, 5, 6, 7)], 'len': timedelta(hours=2)}
clone = copy.deepcopy(nested)
print(clone == nested, clone['when'][1] is nested['when'][1], clone)
index = {}
for v in values:
    index.setdefault(type(v).__name__, set()).add(v)
print(sorted((k, len(s)) for k, s in index.items()))
print(len({datetime(2024, 1, 1, 5, tzinfo=ist), datetime(2024, 1, 1, 5, tzinfo=timezone(timedelta(hours=5, minutes=30))),
           datetime(2023, 12, 31, 23, 30, tzinfo=timezone.utc)}))
