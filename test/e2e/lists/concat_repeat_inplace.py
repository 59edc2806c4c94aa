# +, +=, *, *= on lists: new objects vs in-place mutation.
a = [1, 2]
b = a
a = a + [3]
print(a, b, a is b)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a += (4, 5)
a += "xy"
a += range(2)
print(a)
try:
    a = a + (6,)
except TypeError as e:
    print("TypeError:", e)
m = [0] * 3
print(m, [1, 2] * 2, 2 * [1, 2], [1] * 0, [1] * -5, [] * 100)
n = [[0]] * 3
n[0].append(1)
print(n)
p = [1, 2]
q = p
p *= 3
print(p, q is p)
p *= 0
print(p, q)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * (2**70)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
