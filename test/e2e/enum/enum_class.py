# enum: the enum class as a container (EnumType): members mapping, reversed, in, copy, members named name/value
from enum import Enum, Flag
import copy


class Status(Enum):
    ACTIVE = 'a'
    INACTIVE = 'i'
    OLD = 'a'


class Other(Enum):
    ACTIVE = 'a'


print(repr(Enum), repr(Flag), list(Enum), len(Flag), bool(Enum))
print(type(Status).__name__, Status.__class__.__name__, Status.__bases__)
print(list(reversed(Status)), [m for m in Status.__members__])
print([(k, v) for k, v in Status.__members__.items()])
print(Status.__members__['OLD'], len(Status.__members__), 'OLD' in Status.__members__)
print(Status.ACTIVE in Status, Other.ACTIVE in Status, Status.OLD in Status)
print(Status.ACTIVE == Other.ACTIVE, Status('a') is Status.OLD)
print(issubclass(Status, Enum), isinstance(Status, type), Status.__dict__['ACTIVE'])
print(getattr(Status, 'INACTIVE'), Status._member_names_, sorted(Status._value2member_map_))
print(copy.copy(Status.ACTIVE) is Status.ACTIVE, copy.deepcopy([Status.INACTIVE])[0] is Status.INACTIVE)

it = iter(Status)
print(next(it), next(it), next(it, 'done'))
lookup = {m.value: m for m in Status}
print(lookup)


class Field(Enum):
    name = 1
    value = 2
    size = 3


print(list(Field), Field.name, Field.value, Field.name.name, Field.name.value, Field.value.name, Field.value.value)
print(Field(2), Field['name'], Field.size.name)


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7

    @property
    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print([d.name for d in Weekday if d.is_weekend], Weekday.SUN.next(), Weekday.WED.next().next())
print(max(Weekday, key=lambda d: d.value), min(Weekday, key=lambda d: d.name))
print(sorted([Weekday.FRI, Weekday.MON, Weekday.WED], key=lambda d: d.value))


# __init_subclass__ runs once the members exist
REGISTRY = {}


class Registered(Enum):
    def __init_subclass__(cls, prefix='', **kw):
        super().__init_subclass__(**kw)
        REGISTRY[cls.__name__] = [prefix + m.name for m in cls]


class Unit(Registered, prefix='u_'):
    M = 1
    KM = 1000


class Empty(Registered):
    pass


print(sorted(REGISTRY.items()), list(Unit))
