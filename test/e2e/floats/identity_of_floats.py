# `is` and `in` on floats: the same object is identical to itself, even
# nan, which compares unequal; a new float is another object.
nan = float("nan")
inf = float("inf")
x = nan
print(x is x, nan is nan, x == x, x is nan, x != x)
values = [nan, 1.0, inf]
print(nan in values, float("nan") in values, 1.0 in values, inf in values)
print(values.count(nan), values.index(nan), nan not in values)
def local_identity(v):
    w = v
    return w is v, v is v
print(local_identity(2.5), local_identity(nan))
pair = (nan, nan)
print(pair[0] is pair[1], pair == pair, [nan] == [nan])
