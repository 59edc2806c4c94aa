# bool is a subclass of int: converting and operating on bools gives ints.
t, f = True, False
print(int(t), int(f), +t, -t, +f, -f, ~t, ~f, abs(t), abs(f))
print(t + t, t - f, t * 7, f * 7, t / 2, t // 1, t % 2, t ** 5, 2 ** t, t << 3, t >> 1)
print(t & 3, t | 2, t ^ t, f ^ t, t and 5, f or 0)
print(round(t), float(t), str(t), repr(f), int(t) == 1)
n = 10
n += t
n -= f
n *= t
print(n, type(n).__name__, type(+t).__name__, type(t + 0).__name__, type(t & t).__name__)
print(sum([t, t, f, t]), max(t, 0), min(f, -1), divmod(t, 1))
print([0, 1, 2][t], "ab"[f], t == 1, f == 0, hash(t) == hash(1))
