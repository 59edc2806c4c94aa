# reversed() on sequences, dicts and objects with __reversed__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))), list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2, 3])
print(iter(r) is r, next(r), list(r), list(r))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
for bad in [{1, 2}, (x for x in [1]), 5]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
