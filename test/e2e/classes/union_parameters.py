# __parameters__ of unions and generic aliases; attributes of builtin types.
u = int | str
try:
    print(u.foo)
except AttributeError as e:
    print(e)
print(list.__module__, int.__module__)
print(u.__parameters__, list[int].__parameters__, (list[int] | None).__parameters__)
class TypeVar:
    def __init__(self, n): self.n = n
    def __repr__(self): return "~" + self.n
T = TypeVar("T")
print(list[T].__parameters__, dict[str, list[T]].__parameters__, (list[T] | dict[T, int]).__parameters__)
class TV:
    def __init__(self, n): self.n = n
    def __repr__(self): return "~" + self.n
    def __typing_subst__(self, arg): return arg
S = TV("S")
print(list[S].__parameters__, dict[str, list[S]].__parameters__, (list[S] | dict[S, T]).__parameters__)
