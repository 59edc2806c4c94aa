# Metaclasses: registration, __call__, __prepare__, attributes, conflicts.
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        cls.tag = kw.get("tag", name.lower())
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialized = True

    def describe(cls):
        return "class %s tagged %s" % (cls.__name__, cls.tag)

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Base(metaclass=Registry):
    def hello(self):
        return "hello from " + type(self).__name__


class Child(Base, tag="kid"):
    pass


print(Registry.classes)
print(type(Base) is Registry, type(Child).__name__, isinstance(Child, type))
print(Base.tag, Child.tag, Child.initialized)
print(Child.describe(), Child.upper_name)
print(Child().hello())
print(isinstance(Child, Registry), issubclass(Registry, type))
try:
    Child().describe
except AttributeError as e:
    print("AttributeError", e)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))


class P(metaclass=Ordered, flag=1):
    x = injected + 1

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


print(P.x, P.injected)


def func_meta(name, bases, ns):
    print("func_meta", name, sorted(k for k in ns if not k.startswith("__")))
    return 7


class NotAClass(metaclass=func_meta):
    y = 1


print(NotAClass)


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Bad(A1, A2):
        pass
except TypeError as e:
    print("TypeError", e)

D = type("D", (A1,), {"z": 3})
print(type(D).__name__, D.z)
X = M1("X", (), {"w": 5})
print(type(X).__name__, X.w, X.__name__, repr(X).startswith("<class '"))
try:
    M1("only")
except TypeError as e:
    print("TypeError", e)


class Counted(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, k):
        return cls.items[k]

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return "<Counted %s>" % cls.__name__


class Bag(metaclass=Counted):
    items = ["a", "b", "c"]


print(len(Bag), list(Bag), Bag[1], "b" in Bag, "z" in Bag, repr(Bag))
print(Bag.__class__.__name__, Bag.__mro__[0].__name__)
