# dataclasses: InitVar, ClassVar (typing and string forms) and __post_init__
import typing
from typing import ClassVar
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, replace


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    rate: InitVar[float] = 0.0
    opened: ClassVar[int] = 0
    currency: 'ClassVar[str]' = 'EUR'
    limits: 'typing.ClassVar[dict]' = {'daily': 500}

    def __post_init__(self, rate):
        Account.opened += 1
        self.balance = round(self.balance * (1 + rate), 2)


a = Account('ann', 100.0, 0.05)
b = Account('bob')
print(a, b, Account.opened, Account.currency, Account.rate)
print([f.name for f in fields(Account)])
print([(n, f._field_type) for n, f in Account.__dataclass_fields__.items()])
print(Account.__match_args__, InitVar[int], InitVar[list], InitVar['x'])
print(InitVar[typing.List[int]], InitVar[int].type)
print(replace(a, owner='cy', rate=0.5))
try:
    print(replace(a, opened=3))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Scaled:
    value: int
    factor: 'InitVar[int]'
    extra: 'dataclasses.InitVar[int]' = 1

    def __post_init__(self, factor, extra):
        self.value *= factor * extra


print(Scaled(2, 3), Scaled(2, 3, 10))
try:
    replace(Scaled(1, 1))
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Cache:
    key: str
    hits: int = field(init=False, default=0)
    log: list = field(init=False, default_factory=list)

    def __post_init__(self):
        self.log.append('created ' + self.key)


c = Cache('k')
print(c, c.log)
try:
    replace(c, hits=3)
except ValueError as e:
    print(type(e).__name__, e)




def classvar_factory():
    @dataclass
    class C:
        v: ClassVar[list] = field(default_factory=list)


def classvar_kw():
    @dataclass
    class C:
        v: ClassVar[int] = field(default=1, kw_only=True)


for fn in (classvar_factory, classvar_kw):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
