# enum: the functional API (string, list, pairs, mapping forms; start, qualname, type) and EnumMeta/EnumType
from enum import Enum, Flag, EnumMeta, EnumType

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.BEE.value, Animal(3), Animal['DOG'])
print(Animal, Animal.__name__, type(Animal) is EnumType, EnumMeta is EnumType)

print(list(Enum('Commas', 'A,B, C')))
print(list(Enum('FromList', ['X', 'Y', 'Z'])))
print(list(Enum('FromTuple', ('P', 'Q'))))
print(list(Enum('Pairs', [('ONE', 'one'), ('TWO', 'two')])))
print(list(Enum('Mapping', {'RED': '#f00', 'GREEN': '#0f0'})))
print(list(Enum('Started', 'A B C', start=10)))
print(list(Enum('Zero', 'A B', start=0)))

Nested = Enum('Nested', 'X Y', qualname='Outer.Nested')
print(Nested.__qualname__, Nested.__name__)
try:
    Nested(7)
except ValueError as e:
    print(type(e).__name__, e)

Perm = Flag('Perm', 'R W X')
print(list(Perm), Perm.R | Perm.X, repr(Perm(6)))


class Base(Enum):
    def shout(self):
        return self.name.upper() + '!'


Word = Base('Word', 'hi bye')
print(Word.hi.shout(), isinstance(Word.bye, Base), Word.__bases__)

try:
    Animal('Bigger', 'X')
except TypeError as e:
    print(type(e).__name__, e)

# a metaclass deriving from EnumType
class CountingMeta(EnumType):
    created = []

    def __new__(mcs, cls_name, bases, ns, **kw):
        cls = super().__new__(mcs, cls_name, bases, ns, **kw)
        mcs.created.append((cls_name, len(cls)))
        return cls


class Counted(Enum, metaclass=CountingMeta):
    A = 1
    B = 2


print(CountingMeta.created, type(Counted).__name__, list(Counted), Counted(2))
