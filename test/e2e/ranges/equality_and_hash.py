# range equality compares the sequences they produce.
print(range(0) == range(5, 5), range(0) == range(3, 1), range(1, 10, 2) == range(1, 11, 2))
print(range(0, 3) == range(3), range(0, 3) != range(0, 4), range(5) == [0, 1, 2, 3, 4])
print(range(1, 2, 5) == range(1, 0 + 2, 100), range(10)[2:5] == range(2, 5))
print(hash(range(0)) == hash(range(4, 4)), hash(range(1, 10, 2)) == hash(range(1, 11, 2)))
d = {range(3): "r"}
print(d[range(0, 3, 1)])
try:
    range(3) < range(4)
except TypeError as e:
    print("TypeError:", e)
