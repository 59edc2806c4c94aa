# iter() with a sentinel, next() with a default, and hand-made iterators.
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
print(next(it), next(it), list(it), next(it, None))
pos = [0]
def reader():
    pos[0] += 1
    return data[pos[0] - 1]
print(list(iter(reader, 5)))
stack = [3, 2, 1]
print(list(iter(lambda: stack.pop() if stack else 0, 0)))
e = enumerate("abc")
print(next(e), list(e))
z = zip("ab", [1, 2, 3])
print(list(z), list(z))
m = map(str.upper, "xy")
print(iter(m) is m, list(m))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    next([1, 2])
except TypeError as err:
    print("TypeError:", err)
try:
    iter(5)
except TypeError as err:
    print("TypeError:", err)
try:
    iter(len, 1, 2)
except TypeError as err:
    print("TypeError:", err)
