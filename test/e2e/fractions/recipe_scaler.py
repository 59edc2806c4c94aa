# fractions (user program): scale a recipe exactly, parse mixed numbers like '1 1/2', print kitchen-friendly amounts
from fractions import Fraction

RECIPE = """\
2 1/4 cup flour
1 tsp baking soda
1/2 tsp salt
1 cup butter
3/4 cup sugar
3/4 cup brown sugar
2 large eggs
0.5 tsp vanilla
2 cup chocolate chips
"""


def parse_amount(text):
    total = Fraction(0)
    for part in text.split('+'):
        total += Fraction(part)
    return total


def parse_line(line):
    words = line.split()
    qty = Fraction(0)
    i = 0
    while i < len(words):
        try:
            qty += parse_amount(words[i])
        except ValueError:
            break
        i += 1
    return qty, words[i], ' '.join(words[i + 1:])


def mixed(q):
    # 11/4 -> '2 3/4'
    if q.denominator == 1:
        return str(q.numerator)
    whole, rest = divmod(q, 1)
    if whole == 0:
        return str(rest)
    return '%d %s' % (whole, rest)


def nice(q, units=(1, 2, 3, 4, 8)):
    # the closest amount a measuring cup can hold
    best = None
    for d in units:
        cand = Fraction(round(q * d), d)
        if best is None or abs(cand - q) < abs(best - q):
            best = cand
    return best


items = [parse_line(l) for l in RECIPE.splitlines()]
for servings, base in [(24, 36), (36, 36), (100, 36), (6, 36)]:
    factor = Fraction(servings, base)
    print('== %d cookies (x %s) ==' % (servings, factor))
    for qty, unit, what in items:
        exact = qty * factor
        approx = nice(exact)
        note = '' if approx == exact else '  (exactly %s, off by %.1f%%)' % (
            mixed(exact), float(abs(approx - exact) / exact * 100))
        print('%8s %-5s %s%s' % (mixed(approx), unit, what, note))

cups = sum(q for q, unit, _ in items if unit == 'cup')
print('total cups:', mixed(cups), repr(cups), float(cups))
sugar = [q for q, unit, w in items if 'sugar' in w]
print('sugar share:', sum(sugar) / cups, '= %.2f%%' % (sum(sugar) / cups * 100))
print(sorted(set(q for q, _, _ in items)))
