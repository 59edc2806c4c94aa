# enum: aliases, __members__, unique, definition errors (reused names, extending, reassigning, _order_, sunder names)
from enum import Enum, unique


class Shade(Enum):
    BLACK = 0
    WHITE = 1
    DARK = 0
    LIGHT = 1
    GREY = 2


print(list(Shade), len(Shade))
print(Shade.DARK, Shade.DARK is Shade.BLACK, Shade(0), Shade['LIGHT'])
print(Shade.DARK.name, Shade.LIGHT.value)
members = Shade.__members__
print(list(members), len(members), members['DARK'], 'GREY' in members)
print([(n, m.name) for n, m in members.items() if n != m.name])

try:
    @unique
    class Bad(Enum):
        BLACK = 1
        DARK = 1
        WHITE = 2
        LIGHT = 2
        GREY = 3
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Good(Enum):
    A = 1
    B = 2


print(list(Good))

# reusing a name
for case in range(3):
    try:
        if case == 0:
            class R(Enum):
                RED = 1
                RED = 2
        elif case == 1:
            class R(Enum):
                RED = 1

                def RED(self):
                    pass
        else:
            class R(Enum):
                @property
                def RED(self):
                    return 0
                RED = 'x'
    except TypeError as e:
        print(type(e).__name__, str(e).split(' at ')[0])

# an enum with members cannot be extended
try:
    class More(Good):
        C = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Empty(Good):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# members cannot be reassigned or deleted; other class attributes can
try:
    Good.A = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Good.B
except AttributeError as e:
    print(type(e).__name__, e)
Good.extra = 'fine'
print(Good.extra, list(Good))

# _order_ is checked against the definition order
class Ordered(Enum):
    _order_ = 'X Y'
    X = 1
    Y = 2
    Z = 1


print(list(Ordered), hasattr(Ordered, '_order_'))
try:
    class Misordered(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)

# reserved names
for bad in ('sunder', 'mro'):
    try:
        if bad == 'sunder':
            class S(Enum):
                _foo_ = 1
        else:
            class S(Enum):
                mro = 1
    except ValueError as e:
        print(type(e).__name__, e)
