# for over range() in every step form, including negative and empty ranges.
def show(r):
    out = []
    for v in r:
        out.append(v)
    print(out)
show(range(5))
show(range(0))
show(range(-3))
show(range(2, 7))
show(range(7, 2))
show(range(-5, -1))
show(range(0, 20, 3))
show(range(0, 20, 5))
show(range(1, 20, 5))
show(range(10, 0, -1))
show(range(10, 0, -3))
show(range(0, 10, -1))
show(range(-1, -11, -2))
show(range(5, 5))
show(range(5, 5, -1))
show(range(5, 6, -1))
show(range(5, 4, 1))
show(range(3, -4, -7))
show(range(-10, 10, 100))
show(range(2**64, 2**64 + 3))
show(range(-(2**63) - 2, -(2**63) + 1))
show(range(2**62 - 2, 2**62 + 2, 2))
show(range(0, 2**70, 2**68))
n = 4
show(range(n * 2, n - 1, -n // 2))
try:
    show(range(0, 10, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    show(range(1.5))
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(1, 1001):
    total += i
print(total)
total = 0
for i in range(1000, 0, -7):
    total += i
print(total)
print(len(range(10)), len(range(0, 100, 7)), len(range(10, 0, -3)), len(range(5, 1)))
