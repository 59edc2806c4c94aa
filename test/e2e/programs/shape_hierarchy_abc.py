# OOP hierarchy: abc abstract classes, super(), classmethods, staticmethods, class attributes, __init_subclass__, MRO.
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    registry = {}
    count = 0

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls

    def __init__(self, name=None):
        Shape.count += 1
        self.name = name or type(self).__name__

    @abstractmethod
    def area(self):
        ...

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def __repr__(self):
        return f"<{self.name} area={self.area():.3f}>"

    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape: {kind}") from None

    @staticmethod
    def total_area(shapes):
        return sum(s.area() for s in shapes)

class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "Square"

class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__()
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a},{b},{c}")
        self.sides = (a, b, c)
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
shapes = [Circle(1), Rect(2, 3), Square(4), Triangle(3, 4, 5), Shape.create("circle", 2.5)]
print(shapes)
print(sorted(Shape.registry))
print(round(Shape.total_area(shapes), 4), Shape.count)
for s in shapes:
    try:
        print(s.name, round(s.perimeter(), 3))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    Shape.create("hexagon")
except ValueError as e:
    print(e, e.__suppress_context__)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(e)
print(isinstance(shapes[2], Rect), isinstance(shapes[2], Shape), issubclass(Square, Circle))
print([c.__name__ for c in Square.__mro__])
print(type(shapes[0]).__name__, Square.__bases__[0].__name__, Square.__name__, Square.__qualname__)
print(hasattr(shapes[0], "r"), getattr(shapes[1], "w"), getattr(shapes[1], "zz", "nope"))
setattr(shapes[0], "color", "red")
print(shapes[0].color, vars(shapes[1]))

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    def __str__(self):
        return f"{self.deg}{self.unit}"
t = Temp(20)
print(t, Temp.unit)
t.unit = "F"
print(t, Temp.unit, Temp(5))
Temp.unit = "K"
print(Temp(5), t)
try:
    t.missing
except AttributeError as e:
    print(e)
