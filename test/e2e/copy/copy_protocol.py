# copy: __getstate__/__setstate__, __reduce__/__reduce_ex__, __getnewargs__ and __deepcopy__ with memo
import copy

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = [owner]
        self.cache = {"big": 1}
    def __getstate__(self):
        print("getstate")
        st = dict(self.__dict__)
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = {}
a = Account("ann")
for b in (copy.copy(a), copy.deepcopy(a)):
    print(b.owner, b.history, b.cache, b.history is a.history)

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __reduce__(self):
        print("reduce")
        return (Vec, tuple(self.xs))
    def __repr__(self):
        return "Vec%r" % (tuple(self.xs),)
v = Vec(1, [2])
print(copy.copy(v), copy.deepcopy(v), copy.deepcopy(v).xs[1] is v.xs[1])

class Singleton:
    def __reduce__(self):
        return "THE_ONE"
THE_ONE = Singleton()
print(copy.copy(THE_ONE) is THE_ONE, copy.deepcopy([THE_ONE])[0] is THE_ONE)

class Ex:
    def __init__(self, v):
        self.v = v
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (Ex, (self.v + 1,), {"extra": True})
x = copy.deepcopy(Ex(1))
print(x.v, x.extra)

class Fixed:
    def __new__(cls, n):
        print("new", n)
        obj = object.__new__(cls)
        obj.n = n
        return obj
    def __getnewargs__(self):
        return (self.n * 10,)
f = copy.copy(Fixed(4))
print(f.n)

class Tree:
    def __init__(self, name, kids=()):
        self.name = name
        self.kids = list(kids)
        self.parent = None
        for k in self.kids:
            k.parent = self
    def __deepcopy__(self, memo):
        print("copying", self.name, id(self) in memo)
        t = Tree(self.name)
        memo[id(self)] = t
        t.kids = copy.deepcopy(self.kids, memo)
        t.parent = copy.deepcopy(self.parent, memo)
        return t
root = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
r2 = copy.deepcopy(root)
print(r2.kids[1].kids[0].parent is r2.kids[1], r2.kids[0].parent is r2, r2 is root)
