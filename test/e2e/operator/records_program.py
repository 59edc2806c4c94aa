# A user program: sorting and aggregating records with operator's getters.
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

rows = [
    ('alice', 'eng', 120), ('bob', 'ops', 95), ('carol', 'eng', 130),
    ('dave', 'ops', 95), ('erin', 'sales', 70), ('frank', 'eng', 120),
]
for r in sorted(rows, key=itemgetter(1, 2)):
    print(r)
print(sorted(rows, key=itemgetter(2), reverse=True)[:2])
print(max(rows, key=itemgetter(2))[0], list(map(itemgetter(0), rows)))


class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.address = Address(name[0].upper() + ' Street')

    def raise_by(self, pct):
        return round(self.salary * (1 + pct / 100), 2)


class Address:
    def __init__(self, street):
        self.street = street


staff = [Employee(*r) for r in rows]
print([e.name for e in sorted(staff, key=attrgetter('dept', 'name'))])
print(list(map(attrgetter('address.street'), staff))[:3])
print(list(map(methodcaller('raise_by', 10), staff)))
totals = {}
for e in staff:
    totals[e.dept] = operator.add(totals.get(e.dept, 0), e.salary)
print(sorted(totals.items(), key=itemgetter(1)))
print(reduce(operator.mul, range(1, 11)), sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(list(filter(operator.truth, [0, 1, '', 'x', None])), reduce(operator.or_, [1, 2, 8]))
print(list(map(methodcaller('title'), ['ann lee', 'bo'])))
