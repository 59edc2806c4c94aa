# __repr__, __str__, __format__ and their fallbacks.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
    def __repr__(self):
        return "Fmt"
b, r, f = Both(), OnlyRepr(), Fmt()
print(b, r, [b, r], (b,), {"k": b}, str(b), repr(b), str(r))
print(f"{b} {b!r} {r} {f} {f:>10} {f!r}", format(f, "xyz"), "{:abc}".format(f))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
s = repr(Plain())
print(s.startswith("<__main__.Plain object at 0x"), s.endswith(">"))
print(str(Plain) , repr(int), repr(len), repr(None.__class__))
