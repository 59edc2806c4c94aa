# Instance attributes that sema gives fixed slots must behave exactly as
# dict attributes: insertion order in vars() whatever order __init__
# sets them in, deletion, __dict__ access and assignment, __class__
# assignment, properties and hooks added to the class later, and objects
# of other classes reaching the same attribute sites.


class Base:
    def __init__(self, a):
        self.a = a
        self.b = a * 2

    def total(self):
        return self.a + self.b


class Sub(Base):
    def __init__(self, a, c):
        self.c = c              # before the base's slots: out of slot order
        super().__init__(a)
        self.d = c + 1

    def total(self):
        return super().total() + self.c + self.d


s = Sub(1, 10)
print(vars(s), s.total())
s.a = 5                         # replacing keeps the order
print(list(vars(s)), s.total())
s.extra = "x"                   # an attribute without a slot
print(vars(s))
del s.c
print(vars(s), hasattr(s, "c"))
try:
    s.total()
except AttributeError as e:
    print("AttributeError:", e)
s.c = 3
print(vars(s), s.total())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Other:
    def __init__(self):
        self.y = "other-y"
        self.x = "other-x"


def show(o):
    # One attribute site, objects of several classes.
    return o.x, o.y


for o in [Point(1, 2), Other(), Point(3, 4), Other()]:
    print(show(o))

p = Point(3, -4)
print(p.norm1())
p.__dict__["x"] = 10            # writes through the materialized dict
print(p.x, p.norm1(), vars(p))
p.__dict__ = {"y": 1, "x": 2}
print(p.x, p.y, p.norm1())

q = Point(1, 1)
del q.x
print(vars(q))
q.x = 5
print(vars(q), q.norm1())

# A slot never set is an AttributeError naming the class.
class Lazy:
    def __init__(self):
        pass

    def set(self):
        self.value = 42


z = Lazy()
try:
    print(z.value)
except AttributeError as e:
    print("AttributeError:", e)
z.set()
print(z.value, vars(z))

# A property added to the class later takes over the attribute.
class Temp:
    def __init__(self, c):
        self.c = c

    def get(self):
        return self.c


t = Temp(20)
Temp.c = property(lambda self: -1)
print(t.get(), vars(t))


# __getattribute__ and __setattr__ see every access.
class Logged:
    def __init__(self, v):
        self.v = v

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __getattribute__(self, name):
        if name == "v":
            print("get v")
        return object.__getattribute__(self, name)

    def read(self):
        return self.v


lg = Logged(7)
print(lg.read())


# __class__ assignment between classes with the same layout.
class A1:
    def __init__(self):
        self.n = 1

    def who(self):
        return "A1", self.n


class A2(A1):
    def who(self):
        return "A2", self.n


a = A1()
a.__class__ = A2
print(a.who())

# Many instances, some out of order, in one list.
items = [Sub(i, i * 10) if i % 2 else Base(i) for i in range(6)]
print([it.total() for it in items])
print([list(vars(it)) for it in items[:2]])
