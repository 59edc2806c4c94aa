# dataclasses: __repr__ (with recursion guard), __eq__ and the __hash__ rules
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    secret: str = field(default='x', repr=False)


root = Node('root', [Node('a'), Node('b', [Node('c')])])
print(root)
root.children.append(root)
print(root)
root.children.pop()
print(Node.__repr__.__qualname__, Node.__eq__.__qualname__)

print(Node('a') == Node('a'), Node('a') == Node('b'), Node('a') != Node('a'))
print(Node('a') == ('a', [], 'x'), Node('a').__eq__(3))


@dataclass
class Other:
    name: str
    children: list = field(default_factory=list)
    secret: str = 'x'


print(Node('a') == Other('a'))
print(Node.__hash__)
try:
    hash(Node('a'))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Money:
    amount: int
    currency: str = field(compare=False, default='EUR')


print(Money(5) == Money(5, 'USD'), Money(5) == Money(6))
nan = float('nan')
print(Money(nan) == Money(nan))
m = Money(nan)
print(m == m)


@dataclass(unsafe_hash=True)
class Tag:
    label: str
    weight: int = field(default=1, hash=False)
    note: str = field(default='', compare=False)


print(hash(Tag('x', 1)) == hash(Tag('x', 2)), Tag('x') == Tag('x', note='n'))
print(len({Tag('a'), Tag('a'), Tag('b')}), Tag.__hash__.__qualname__)


@dataclass(eq=False)
class Handle:
    fd: int


h = Handle(3)
print(h == Handle(3), h == h, {h: 1}[h], '__eq__' in Handle.__dict__)


@dataclass
class CustomEq:
    v: int

    def __eq__(self, other):
        return True


print(CustomEq(1) == CustomEq(2), CustomEq.__hash__)


@dataclass
class CustomHash:
    v: int

    def __hash__(self):
        return 42


print(hash(CustomHash(1)))
try:
    dataclass(unsafe_hash=True)(CustomHash)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class Key:
    a: int
    b: tuple = ()


print(hash(Key(1, (2,))) == hash(Key(1, (2,))), {Key(1): 'one'}[Key(1)])


@dataclass(repr=False)
class Quiet:
    v: int


print(repr(Quiet(1)).startswith('<__main__.Quiet object at'))
