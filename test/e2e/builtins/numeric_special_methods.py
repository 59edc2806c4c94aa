# Numbers expose their conversion methods: __float__, __int__, __abs__, __round__, ...
for v in (7, -7, True, 2.75, -0.5, 3 - 4j, 10**30):
    names = [n for n in ("__index__", "__float__", "__int__", "__abs__",
                         "__round__", "__trunc__", "__floor__", "__ceil__",
                         "__complex__") if hasattr(v, n)]
    print(type(v).__name__, names)
print((7).__float__(), (-7).__abs__(), (10**30).__float__(), True.__int__())
print((1234).__round__(-2), (5).__round__(), (-3).__trunc__(), (9).__floor__(), (9).__ceil__())
print((2.75).__float__(), (-2.75).__abs__(), (2.75).__int__(), (-2.75).__int__())
print((3 - 4j).__abs__(), (3 - 4j).__complex__())
print(int.__float__(3), float.__abs__(-1.5), int.__abs__(-2))
try:
    float("inf").__int__()
except OverflowError as e:
    print("OverflowError", e)
# Duck typing with hasattr, as libraries do.
def as_number(x):
    if hasattr(x, "__index__"):
        return "index", x.__index__()
    if hasattr(x, "__float__"):
        return "float", x.__float__()
    return "other", x
print([as_number(x) for x in (3, 2.5, "s", False)])
class Seq:
    def __rmul__(self, other):
        return "Seq.__rmul__ with %r" % (other,)
print("ab" * Seq(), [1] * Seq(), (1,) * Seq(), b"x" * Seq())
for a, b in (("ab", 1.5), ([1], "s"), (None, (1,)), (bytearray(b"y"), [2])):
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError", e)
