# fractions (user program): exact Gaussian elimination, matrix inverse, Bernoulli numbers and continued fractions
from fractions import Fraction


def solve(a, b):
    n = len(a)
    m = [[Fraction(x) for x in row] + [Fraction(y)] for row, y in zip(a, b)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            raise ValueError('singular matrix')
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        m[col] = [x / p for x in m[col]]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [row[-1] for row in m]


def inverse(a):
    n = len(a)
    cols = []
    for j in range(n):
        cols.append(solve(a, [1 if i == j else 0 for i in range(n)]))
    return [[cols[j][i] for j in range(n)] for i in range(n)]


def hilbert(n):
    return [[Fraction(1, i + j + 1) for j in range(n)] for i in range(n)]


print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 2], [3, 4]], [Fraction(1, 3), 0.5]))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print('ValueError', e)
inv = inverse(hilbert(4))
for row in inv:
    print(' '.join('%6s' % x for x in row))
h = hilbert(4)
prod = [[sum(h[i][k] * inv[k][j] for k in range(4)) for j in range(4)] for i in range(4)]
print(all(prod[i][j] == (i == j) for i in range(4) for j in range(4)))


def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]


print([str(bernoulli(i)) for i in range(0, 14)])


def continued_fraction(q, limit=20):
    terms = []
    while len(terms) < limit:
        whole = q.numerator // q.denominator
        terms.append(whole)
        q -= whole
        if q == 0:
            break
        q = 1 / q
    return terms


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for t in terms:
        h0, h1 = h1, t * h1 + h0
        k0, k1 = k1, t * k1 + k0
        yield Fraction(h1, k1)


print(continued_fraction(Fraction(415, 93)), continued_fraction(Fraction(-7, 3)))
sqrt2 = Fraction(2 ** 0.5)
print(continued_fraction(sqrt2, 8), [str(c) for c in convergents(continued_fraction(sqrt2, 6))])
for c in convergents([3, 7, 15, 1, 292]):
    print(c, '%.12f' % c, c == Fraction(3.141592653589793).limit_denominator(c.denominator))
