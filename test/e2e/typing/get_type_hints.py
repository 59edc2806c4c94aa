# typing.get_type_hints: classes (the MRO's annotations, bases first), functions
# and modules; None becomes NoneType and string annotations naming things
# (dotted names included) resolve in the owner's module.
import typing
from typing import get_type_hints, List, Optional
import _hints_helper as helper


class Base:
    a: int
    b: "str" = "x"


class Child(Base):
    c: "Child"
    d: None
    e: List[int]


def f(x: int, y: "Base", z: "helper.Thing" = None) -> None:
    pass


def g(p, q: Optional[str] = None):
    pass


print(get_type_hints(f))
print(get_type_hints(g))
print(get_type_hints(Child))
print(get_type_hints(Base))
print(get_type_hints(helper))
print(get_type_hints(lambda: 0))
try:
    get_type_hints(3)
except TypeError as e:
    print("TypeError:", e)


def h(x: "Missing"):
    pass


try:
    get_type_hints(h)
except NameError as e:
    print("NameError:", e)
print(typing.get_type_hints(Child, localns={"Child": int})["c"])
