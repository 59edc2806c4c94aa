# copy: instances, __slots__, subclasses of list/dict/Exception and the copy hooks
import copy

class Point:
    def __init__(self, x, y, tags):
        print("init", x, y)
        self.x, self.y, self.tags = x, y, tags
    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)

p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q).__name__, q.tags is p.tags, r.tags is p.tags, r is p)
print(vars(r))

# self references in instances
class Node:
    def __init__(self, v):
        self.v = v
        self.next = self
n = Node(1)
m = copy.deepcopy(n)
print(m.next is m, m is n, m.v)
e = object.__new__(Node)
print(vars(copy.copy(e)))

class Slotted:
    __slots__ = ("a", "b", "c")
    def __init__(self):
        self.a = [1]
        self.b = 2
class Sub(Slotted):
    __slots__ = "d"
s = Sub()
s.d = {"k": 1}
for t in (copy.copy(s), copy.deepcopy(s)):
    print(type(t).__name__, t.a, t.b, t.d, hasattr(t, "c"), t.a is s.a, t.d is s.d)

class Bag(list):
    pass
b = Bag([1, [2]])
b.label = "x"
for t in (copy.copy(b), copy.deepcopy(b)):
    print(type(t).__name__, t, t.label, t[1] is b[1])

class Reg(dict):
    def __setitem__(self, k, v):
        print("set", k)
        dict.__setitem__(self, k, v)
g = Reg()
dict.update(g, {"a": [1], "b": 2})
g.owner = "me"
for t in (copy.copy(g), copy.deepcopy(g)):
    print(type(t).__name__, t, t.owner, t["a"] is g["a"])

class AppError(Exception):
    pass
err = AppError("bad", [1])
err.code = 7
for t in (copy.copy(err), copy.deepcopy(err)):
    print(repr(t), t.code, t.args[1] is err.args[1], type(t).__name__)
print(repr(copy.copy(KeyError("k"))), repr(copy.deepcopy(ValueError())))

# a class that is copied as a whole
class Config:
    def __init__(self):
        self.values = {"debug": [False]}
    def __copy__(self):
        print("__copy__")
        return "copied"
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return "deep"
c = Config()
print(copy.copy(c), copy.deepcopy(c), copy.deepcopy([c, c]))
