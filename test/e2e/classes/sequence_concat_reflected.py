# Sequences + an instance try the instance's __radd__; otherwise CPython's concat errors.
class R:
    def __radd__(self, other):
        return ("radd", other)
class N:
    pass
for seq in ("s", [1], (1,), b"b", bytearray(b"ba")):
    print(seq + R())
    for bad in (N(), 5, None):
        try:
            print(seq + bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        x = seq
        x += N()
        print(x)
    except TypeError as e:
        print("TypeError", e)
l = [1]
l += R.__dict__ and [2]
print(l)
