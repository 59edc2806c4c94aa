# list() from every kind of iterable.
print(list(), list([]), list((1, 2)), list(range(3)), list("héllo"))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()), list({"a": 1}.values()))
print(sorted(list({3, 1, 2})), list(frozenset([5])))
print(list(b"AB"), list(bytearray(b"\x00\xff")))
print(list(x * x for x in range(4)), list(map(abs, [-1, -2])), list(zip([1, 2], "ab")))
print(list(enumerate("ab", 1)), list(reversed([1, 2, 3])), list(filter(None, [0, 1, "", "x"])))
it = iter([1, 2, 3])
next(it)
print(list(it), list(it))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1
print(list(Countdown(4)))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
b = list(a)
print(a == b, a is b)
