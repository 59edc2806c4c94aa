# Dynamic attribute protocols: __getattr__/__setattr__, descriptors, class decorators, properties, __call__, registries.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Record:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._data[name] = value
    def __delattr__(self, name):
        del self._data[name]
    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self._data.items()) + ")"

REGISTRY = {}
def register(cls):
    REGISTRY[cls.__name__] = cls
    cls.registered = True
    return cls

@register
class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"

class Polynomial:
    def __init__(self, *coeffs):
        self.c = list(coeffs)
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        a = self.c + [0] * (n - len(self.c))
        b = o.c + [0] * (n - len(o.c))
        return Polynomial(*[x + y for x, y in zip(a, b)])
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Polynomial(*out)
    def __str__(self):
        terms = []
        for i, a in reversed(list(enumerate(self.c))):
            if a == 0:
                continue
            t = {0: f"{a}", 1: f"{a}x"}.get(i, f"{a}x^{i}")
            terms.append(t)
        return " + ".join(terms).replace("+ -", "- ") or "0"

r = Record(x=1, y="two")
r.z = [3]
print(r, r.x, r.z)
del r.x
print(r, hasattr(r, "x"), getattr(r, "y"))
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
p = Person("ann", 31)
print(p, p.name, p.age, Person.registered, sorted(REGISTRY), type(Person.__dict__["age"]).__name__)
for bad in (("name", 5), ("age", "old")):
    try:
        setattr(p, *bad)
    except TypeError as e:
        print("TypeError:", e)
print(vars(p))
poly = Polynomial(1, -3, 2)
print(poly, [poly(x) for x in range(5)], poly + Polynomial(0, 0, 0, 1), poly * Polynomial(1, 1))
print(callable(poly), callable(5), callable(Person), callable(print))
class Meta:
    def __init__(self):
        self.__dict__["hits"] = 0
    def __getattribute__(self, name):
        if name != "__dict__":
            self.__dict__["hits"] += 1
        return object.__getattribute__(self, name)
m = Meta()
m.hits; m.hits
print(m.hits)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
    @property
    def ro(self):
        return "ro"
lz = Lazy()
print(lz.value, lz.value, lz.computed)
try:
    lz.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
    def __repr__(self):
        return "/".join(self.path)
print(Chain().api.v1.users)
class Counter2:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
Counter2(1); Counter2(2)
print(Counter2.instances, type(Counter2(3)).__name__)
a = [1, 2]
a.append(a)
d = {"k": 1}
d["self"] = d
print(a, d)
print(getattr(p, "__class__").__name__, p.__class__ is Person, isinstance(p, object), type(type(p)).__name__)
print(dir(r)[:0], "__init__" in dir(Person), Person.__dict__.get("zz"), p.__dict__)
