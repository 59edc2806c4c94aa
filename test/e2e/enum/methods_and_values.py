# enum: methods, properties, classmethods, tuple values with __init__, __new__ setting _value_, object values, mixins
from enum import Enum
from dataclasses import dataclass


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return 'm/s^2'


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.radius)
print(round(Planet.EARTH.surface_gravity, 3), Planet.unit(), Planet.heaviest())
print(Planet((3.303e+23, 2.4397e6)), repr(Planet.VENUS))
print(vars(Planet.EARTH))


class Coordinate(Enum):
    def __new__(cls, value, label, unit):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'V.X', 'km/s')

    def describe(self):
        return '%s [%s]' % (self.label, self.unit)


print(Coordinate(1), Coordinate.VX.value, Coordinate.VX.describe(), repr(Coordinate.PX))


class AutoNumber(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj


class Day(AutoNumber):
    MON = ()
    TUE = ()
    WED = ()


print(list(Day), Day(3))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


class Corner(Enum):
    ORIGIN = Point(0, 0)
    FAR = Point(9, 9)
    LIST = [1, 2]
    NONE = None


print(list(Corner), Corner.FAR.value.x, Corner([1, 2]), Corner(None))
print(Corner(Corner.ORIGIN.value) is Corner.ORIGIN)


class Greeter:
    def greet(self):
        return 'hello from ' + self.name.lower()


class Lang(Greeter, Enum):
    PY = 'python'
    C = 'c'

    def __str__(self):
        return self.value.upper()

    def __repr__(self):
        return 'Lang(%s)' % self.name


print(Lang.PY.greet(), str(Lang.C), f"{Lang.PY:>8}|", [Lang.PY], Lang._member_type_)


@dataclass
class CreatureData:
    size: str
    legs: int


class Creature(CreatureData, Enum):
    BEETLE = 'small', 6
    DOG = 'medium', 4


print(repr(Creature.DOG), Creature.DOG.legs, Creature.BEETLE.value, Creature._member_type_ is CreatureData)


class Base(Enum):
    def describe(self):
        return '%s=%r' % (self.name, self.value)

    @classmethod
    def names(cls):
        return ','.join(m.name for m in cls)


class Size(Base):
    S = 1
    M = 2


print(Size.M.describe(), Size.names(), Size.__mro__)
