# Objects with only __getitem__ are iterable until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i
s = Squares(5)
print(list(s), 9 in s, 10 in s, [x for x in s if x % 2], sorted(s, reverse=True))
it = iter(s)
print(next(it), next(it))
print(list(reversed([1, 2])), tuple(Squares(3)))
class WithLen(Squares):
    def __len__(self):
        return self.n
print(list(reversed(WithLen(4))), len(WithLen(4)))
