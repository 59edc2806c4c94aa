# bool() on every kind of value; bool is a subclass of int.
vals = [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), (0,), {}, {0: 0}, set(), None, range(0), range(1), b"", b"\x00", 0]
print([bool(v) for v in vals])
print(bool(), bool(True), type(bool(1)).__name__, True + True, isinstance(True, int), int(True), str(False))
print(True & False, True | False, True ^ True, ~True, -True, True * 3, True / 2, True == 1)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool.__mro__, bool("False"), bool(float("nan")))
