# getattr with defaults, setattr, hasattr and delattr on various objects.
class Obj:
    a = 1
    @property
    def broken(self):
        raise ValueError("property failed")
o = Obj()
print(getattr(o, "a"), getattr(o, "b", "default"), hasattr(o, "a"), hasattr(o, "b"))
setattr(o, "b", 2)
print(o.b, getattr(o, "b"), vars(o))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    hasattr(o, "broken")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
print(getattr([], "append").__name__, getattr(5, "real"), getattr("s", "upper")())
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr([], "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
