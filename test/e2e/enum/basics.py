# enum: members, name/value, iteration, len, lookup by value and name, in, repr/str/format, hash, comparisons
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), str(Color.GREEN))
print(Color.RED.name, Color.RED.value, Color.BLUE._name_, Color.BLUE._value_)
print(list(Color), len(Color))
print([c.name for c in Color], [c.value for c in reversed(Color)])
print(Color(2), Color['BLUE'], Color(Color.RED))
print(Color(2) is Color.GREEN, Color['RED'] is Color.RED)
print(type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.RED in Color, f"{Color.RED}", "%s|%r" % (Color.RED, Color.RED))
print(format(Color.BLUE, '>12') + '|', f"{Color.GREEN:<11}|", "{!r}".format(Color.RED))
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE)
print(Color.RED == 1, Color.RED.value == 1, Color.RED is not Color.BLUE)
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r', Color.GREEN: 'g'}[Color.GREEN])
print(sorted(Color, key=lambda c: -c.value))
print(bool(Color.RED), bool(Color))
print(Color.__name__, Color.__qualname__, repr(Color), str(Color))

# lookup errors
for bad in (5, 'RED', None, 1.5):
    try:
        Color(bad)
    except ValueError as e:
        print(type(e).__name__, e, e.__context__)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e, e.__context__)

# no ordering
for op in ('<', '>=', ):
    try:
        if op == '<':
            Color.RED < Color.GREEN
        else:
            Color.RED >= Color.GREEN
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted(Color)
except TypeError as e:
    print(type(e).__name__, e)

# members are read-only, but other attributes may be set
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 7
except AttributeError as e:
    print(type(e).__name__, e)
Color.RED.note = 'warm'
print(Color.RED.note)
print(hasattr(Color, 'name'), hasattr(Color.RED, 'name'))

# set and dict use
seen = {Color.RED, Color.RED, Color.BLUE}
print(len(seen), Color.BLUE in seen)
counts = {}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c] = counts.get(c, 0) + 1
print(counts)


class Nested:
    class Inner(Enum):
        X = 'x'


print(Nested.Inner.X, repr(Nested.Inner.X), Nested.Inner.__qualname__)
try:
    Nested.Inner('y')
except ValueError as e:
    print(e)
