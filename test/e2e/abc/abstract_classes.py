# abc: ABC and abstractmethod; instantiating a class with abstract methods raises CPython's TypeError
from abc import ABC, abstractmethod
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        """Area of the shape."""
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s: area %s, perimeter %s" % (type(self).__name__, self.area(), self.perimeter())

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Half(Shape):
    def area(self):
        return 0

def make(cls, *args):
    try:
        obj = cls(*args)
        print("made", type(obj).__name__)
        return obj
    except TypeError as e:
        print(type(e).__name__, e)

make(Shape)
make(Half)
print(make(Rect, 2, 3).describe())
print(make(Square, 4).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Rect.__abstractmethods__))
print(ABC.__abstractmethods__, Shape.area.__isabstractmethod__, hasattr(Rect.area, "__isabstractmethod__"))
print(isinstance(Square(1), Shape), issubclass(Rect, ABC), Shape.__mro__[-2] is ABC)

# abstract properties, classmethods and staticmethods count too
class Animal(ABC):
    @property
    @abstractmethod
    def sound(self):
        ...
    @classmethod
    @abstractmethod
    def kind(cls):
        ...
    @staticmethod
    @abstractmethod
    def legs():
        ...
    @abstractmethod
    def zz(self):
        ...
make(Animal)
class Dog(Animal):
    @property
    def sound(self):
        return "woof"
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def legs():
        return 4
make(Dog)
class RealDog(Dog):
    zz = None
d = make(RealDog)
print(d.sound, d.kind(), d.legs())

# an abstract method can still be called through super()
class Base(ABC):
    @abstractmethod
    def run(self):
        return "base part"
class Impl(Base):
    def run(self):
        return "impl + " + super().run()
print(Impl().run())

# arguments: like object(), a class without __init__ takes none
class Empty(ABC):
    pass
make(Empty)
make(Empty, 1)
class WithInit(ABC):
    def __init__(self, x, *, y=0):
        self.x = x + y
print(WithInit(1, y=2).x)
class WithNew(ABC):
    def __new__(cls, v):
        obj = super().__new__(cls)
        obj.v = v
        return obj
print(WithNew(7).v)

# update_abstractmethods after the class changed
class Later(ABC):
    @abstractmethod
    def f(self):
        ...
Later.f = lambda self: "now concrete"
make(Later)
abc.update_abstractmethods(Later)
print(make(Later).f())
class Plain:
    pass
print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))
