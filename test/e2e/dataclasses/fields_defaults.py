# dataclasses: field() options, defaults, factories and the checks made on them
from dataclasses import dataclass, field, fields, Field, MISSING


def attempt(action):
    try:
        print(action())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)


counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


@dataclass
class Item:
    name: str
    qty: int = 1
    ident: int = field(default_factory=next_id)
    history: list = field(default_factory=list, init=False, repr=False)
    cached: str = field(default='none', init=False)
    unit: str = field(default='pcs', metadata={'doc': 'unit of measure'})


a = Item('bolt')
b = Item('nut', 5)
c = Item('pin', 2, 100)
print(a, b, c)
print(a.history is not b.history, a.cached, Item.cached, Item.qty)
print('history' in Item.__dict__, counter)
for f in fields(Item):
    print(f.name, f.type.__name__, f.init, f.repr, f.compare, f.hash,
          f.default is MISSING, f.default_factory is MISSING, f.kw_only)
md = fields(Item)[5].metadata
print(md['doc'], md.get('x', '-'), len(md), list(md), 'doc' in md, md)
print(fields(Item)[0].metadata, type(md).__name__, isinstance(fields(a)[0], Field))
attempt(lambda: field(default=1, default_factory=list))


def mutable(value):
    @dataclass
    class C:
        v: object = value
    return C


attempt(lambda: mutable([]))
attempt(lambda: mutable({}))
attempt(lambda: mutable(set()))
attempt(lambda: mutable(bytearray()))
print(mutable(()).v, mutable(frozenset()).v, mutable(None).v)


@dataclass
class Unhashable:
    v: int = 0


attempt(lambda: mutable(Unhashable()))


def bad_order():
    @dataclass
    class C:
        a: int = 1
        b: int
attempt(bad_order)


def no_annotation():
    @dataclass
    class C:
        a: int = 1
        b = field(default=2)
attempt(no_annotation)


@dataclass
class Late:
    a: int = field(init=False)
    b: int = 2


late = Late()
attempt(lambda: late.a)
late.a = 1
print(late, Late.__match_args__)
attempt(lambda: fields(3))
attempt(lambda: fields(int))
