# PEP 604 unions: int | None builds types.UnionType (annotations evaluate it
# at def time), usable with isinstance and issubclass.
class Foo:
    pass


u = int | None
print(u, type(u), u.__args__)
print(int | str | int, (int | str) == (str | int), int | int, None | int)
print(hash(int | str) == hash(str | int), Foo | list[int] | None)
print(isinstance(3, int | None), isinstance(None, int | None),
      isinstance("x", int | None), isinstance(2.5, (str, float | int)))
print(issubclass(bool, int | str), issubclass(bytes, int | str))


def f(x: int | None = None, y: list[str] | dict[str, int] = None) -> str | None:
    return str(x)


print(f(3), f.__annotations__)
try:
    int | 3
except TypeError as e:
    print(e)
try:
    "a" | int
except TypeError as e:
    print(e)
print(type(int | str).__name__, type(int | str).__module__ if hasattr(type(int | str), "__module__") else "")
