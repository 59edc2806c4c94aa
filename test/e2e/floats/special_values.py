# inf, -inf, nan and signed zero arithmetic and comparisons.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf * -inf, inf / inf, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan - nan, nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
print(inf == inf, inf > 1e308, -inf < -1e308, inf > 2**2000, -inf < -(2**2000))
print(inf == 2**2000, inf != 2**2000, nan == 2**2000)
print(0.0 == -0.0, -0.0 < 0.0, repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 * 1))
print(repr(0.0 * -1), repr(-0.0 / 5), repr(0.0 / -5), repr(-(0.0)), repr(-0.0 * -0.0))
print(1e308 * 10 == inf, -1e308 * 10 == -inf, 1e-323 / 10, 5e-324 / 2, -5e-324 / 2)
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, 2.0 ** -inf, 0.5 ** inf, inf ** -1)
a = [nan, 1.0]
print(nan in a, 1.0 in a, float("nan") in a)
x = nan
print(x == x, x is x)
n = 0
for v in [1.0, nan, inf, -inf, 0.0, -0.0]:
    if v == v:
        n += 1
print("non-nan count:", n)
print(-inf, +inf, -nan, abs(-inf), abs(-nan))
