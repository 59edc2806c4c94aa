# dataclasses: fields(), asdict(), astuple() (recursive), replace() and is_dataclass()
from collections import OrderedDict, namedtuple
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

Pair = namedtuple('Pair', 'left right')


@dataclass
class Tag:
    name: str
    extra: set = field(default_factory=set)


@dataclass
class Post:
    title: str
    tags: list
    by_key: dict
    pair: Pair
    cover: tuple = ()
    hidden: int = field(default=0, repr=False)


post = Post('hi', [Tag('a'), Tag('b', {1})], {'main': Tag('m')},
            Pair(Tag('l'), 5), (Tag('c'),))
d = asdict(post)
print(d)
print(astuple(post))
print(d['tags'][1]['extra'] is not post.tags[1].extra, type(d['pair']).__name__)
print(asdict(Tag('x'), dict_factory=OrderedDict))
print(astuple(Tag('x'), tuple_factory=list))


class Names(list):
    pass


@dataclass
class Group:
    members: Names


g = asdict(Group(Names([Tag('q')])))
print(type(g['members']).__name__, g)
for bad in (asdict, astuple):
    for arg in (Tag, 3, [Tag('x')]):
        try:
            bad(arg)
        except TypeError as e:
            print(type(e).__name__, e)

t = Tag('a', {1})
t2 = replace(t, name='b')
print(t2, t2.extra is t.extra, replace(t), replace(t) is t)
try:
    replace(t, color=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(Tag, name='x')
except TypeError as e:
    print(type(e).__name__, e)
print(is_dataclass(Tag), is_dataclass(t), is_dataclass(Pair), is_dataclass(3))
print(fields(Tag) == fields(t), len(fields(Post)), fields(post)[0].name)
