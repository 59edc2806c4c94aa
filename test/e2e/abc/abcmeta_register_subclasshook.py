# ABCMeta: abstract methods with metaclass=ABCMeta, register(), __subclasshook__,
# isinstance/issubclass through the metaclass hooks.
from abc import ABC, ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print("TypeError", e)
sq = Square(3)
print(sq.area(), sq.name(), isinstance(sq, Shape), issubclass(Square, Shape))
print(type(Shape).__name__, sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Canvas:
    def draw(self):
        return "drawn"


print(isinstance(Canvas(), Drawable), issubclass(int, Drawable), isinstance(3, Drawable))


class Sized2(ABC):
    pass


Sized2.register(list)
print(isinstance([], Sized2), issubclass(list, Sized2), isinstance({}, Sized2))
print(Sized2.register(tuple) is tuple, isinstance((1,), Sized2))
try:
    Sized2.register(3)
except TypeError as e:
    print("TypeError", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError", e)


class Base(ABC):
    @abstractmethod
    def run(self, x):
        ...


class Impl(Base):
    def run(self, x):
        return x * 2


print(Impl().run(21), isinstance(Impl(), Base), isinstance(Impl(), ABC), type(ABC).__name__)
try:
    Impl(1)
except TypeError as e:
    print("TypeError", e)
