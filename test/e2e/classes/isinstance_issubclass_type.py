# isinstance/issubclass with tuples and builtin hierarchies; type() identity.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", str))
print(type(b) is B, type(b) is A, type(b) == B, type(type(b)) is type, type(A) is type, type(object) is type)
print(isinstance(A, type), isinstance(int, type), issubclass(type, object), isinstance(type, type))
print(type(1).__name__, type(1.0).__name__, type(None).__name__, type(print).__name__, type(len).__name__, type(lambda: 0).__name__)
try:
    isinstance(b, b)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
NewType = type("NewType", (A,), {"x": 5, "hello": lambda self: "hi"})
n = NewType()
print(NewType.__name__, n.x, n.hello(), isinstance(n, A), [k.__name__ for k in NewType.__mro__])
print(int.__mro__, bool.__mro__)
