# len() on builtins and objects defining __len__.
print(len(""), len("héllo"), len([1, 2]), len(()), len({"a": 1}), len({1, 2, 2}), len(range(0, 100, 7)), len(b"ab"), len(bytearray(5)))
print(len({}.keys()), len(frozenset("aab")), len(memoryview(b"abc")), len("😀"), len("😀".encode()))
class Sized:
    def __len__(self):
        return 3
print(len(Sized()))
class BigLen:
    def __len__(self):
        return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
for bad in [5, None, (x for x in [1])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
