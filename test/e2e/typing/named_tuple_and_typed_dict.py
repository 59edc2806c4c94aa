# typing.NamedTuple (class and functional forms, defaults, methods, errors) and TypedDict (total, inheritance).
from typing import NamedTuple, TypedDict, Optional


class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: Optional[str] = None

    def label(self):
        return "%s#%d" % (self.name, self.id)


e = Employee("ann")
print(e, e.label(), e.id, e._fields, e._field_defaults, isinstance(e, tuple))
print(Employee.__annotations__, Employee.__bases__, e._replace(id=9), tuple(e))
n, i, d = e
print(n, i, d, e == ("ann", 3, None), e._asdict())
P = NamedTuple("P", [("x", int), ("y", float)])
print(P(1, 2.5), P.__annotations__, P._make([3, 4]))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print("TypeError", ex)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as ex:
    print("AttributeError", ex)


class Movie(TypedDict):
    title: str
    year: int


class Rated(Movie, total=False):
    stars: int


m = Movie(title="Up", year=2009)
r = Rated(title="Z", year=1, stars=5)
print(m, type(m).__name__, r, Movie.__required_keys__ == {"title", "year"})
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__total__, Movie.__total__)
print(list(Rated.__annotations__))
Pt = TypedDict("Pt", {"x": int, "y": int})
print(Pt(x=1, y=2), sorted(Pt.__required_keys__))
