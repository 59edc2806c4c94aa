# dataclasses: typing annotations, generics, exception and ABC bases, descriptor defaults, __doc__ text
import abc
import collections
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Generic, Optional, TypeVar, Union

T = TypeVar('T')


@dataclass
class Box(Generic[T]):
    item: T
    extra: Optional[Dict[str, Any]] = None
    convert: Callable[[int], str] = str
    either: Union[int, str] = 0
    maybe: int | None = None


print(Box(1), Box[int](5).item)
print(Box.__doc__)


@dataclass
class Odd:
    a: None = None
    b: 5 = 5
    c: list[int] = field(default_factory=list)
    d: collections.OrderedDict = None
    e: ValueError = None
    f: type = int
    g: len = len


print(Odd.__doc__)
print(Odd())


@dataclass
class AppError(Exception):
    code: int
    detail: str = ''


try:
    raise AppError(404, 'missing')
except AppError as e:
    print(repr(e), e.code, e.detail, str(e), e == AppError(404, 'missing'))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


print(Square(1.5), Square(1.5).area())


class Upper:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'class-level'
        return obj.__dict__['_' + self.name].upper()

    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value


@dataclass
class Person:
    name: Upper = field(default=Upper())
    age: int = 0

    @property
    def adult(self):
        return self.age >= 18


p = Person('ann', 30)
print(p, p.adult, Person.__dict__['name'].name)
print(Person.name)
