# dataclasses program: sorting and ranking records with order=True and compare=False fields
from dataclasses import dataclass, field, astuple
import bisect


@dataclass(order=True)
class Result:
    score: int
    time: float
    name: str = field(compare=False)
    notes: list = field(default_factory=list, compare=False, repr=False)


raw = [('ann', 90, 31.5), ('bob', 75, 29.0), ('cy', 90, 30.1),
       ('dee', 60, 45.2), ('eve', 75, 29.0)]
results = [Result(s, t, n) for n, s, t in raw]
ranked = sorted(results, key=lambda r: (-r.score, r.time))
for i, r in enumerate(ranked, 1):
    print(i, r.name, r.score, r.time)
print(sorted(results)[0], max(results))
print(results[1] == results[4], results[1] is results[4])
cutoffs = sorted([Result(60, 0.0, 'D'), Result(75, 0.0, 'C'), Result(90, 0.0, 'A')])
for r in results:
    i = bisect.bisect_right(cutoffs, Result(r.score, 0.0, '?'))
    print(r.name, cutoffs[i - 1].name if i else '-')
by_score = {}
for r in results:
    by_score.setdefault(r.score, []).append(r.name)
print(sorted(by_score.items(), reverse=True))
print([astuple(r)[:3] for r in sorted(results, reverse=True)[:2]])
try:
    sorted([Result(1, 1.0, 'x'), (1, 1.0)])
except TypeError as e:
    print(type(e).__name__, e)
print(Result(1, 2.0, 'a') <= Result(1, 2.0, 'b'), Result(1, 2.0, 'a') < Result(1, 2.0, 'b'))
