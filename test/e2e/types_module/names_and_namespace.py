# The types module: names of built-in types, SimpleNamespace, MethodType,
# GenericAlias and dynamic class creation.
import types


def function():
    return 1


def generator():
    yield 1


print(isinstance(function, types.FunctionType),
      isinstance(lambda: 0, types.LambdaType),
      isinstance(generator(), types.GeneratorType),
      isinstance(types, types.ModuleType),
      isinstance(len, types.BuiltinFunctionType),
      isinstance(None, types.NoneType),
      isinstance(..., types.EllipsisType),
      isinstance(NotImplemented, types.NotImplementedType))
print(types.FunctionType.__name__, types.GeneratorType.__name__,
      types.ModuleType.__name__, types.NoneType.__name__)


class Point:
    def __init__(self, x):
        self.x = x

    def scaled(self, k):
        return self.x * k


p = Point(3)
print(isinstance(p.scaled, types.MethodType), type(p.scaled).__name__)
bound = types.MethodType(lambda self, y: self.x + y, p)
print(bound(4), bound.__self__ is p)

proxy = types.MappingProxyType({"a": 1, "b": 2})
print(proxy["a"], len(proxy), sorted(proxy), "a" in proxy)
try:
    proxy["c"] = 3
except TypeError as e:
    print("TypeError:", e)

alias = types.GenericAlias(list, (int,))
print(alias, alias.__origin__, alias.__args__, alias == list[int])
print(types.GenericAlias(dict, (str, float)), types.GenericAlias(tuple, int))
print(isinstance(int | str, types.UnionType))

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, sorted(vars(ns)))
print(ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
print(types.SimpleNamespace())
ns.me = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError")


class Config(types.SimpleNamespace):
    pass


print(Config(debug=True, level=2))


def body(ns):
    ns["greet"] = lambda self: "hello from " + type(self).__name__
    ns["answer"] = 42


Dyn = types.new_class("Dyn", (Point,), exec_body=body)
d = Dyn(5)
print(Dyn.__name__, Dyn.__bases__[0].__name__, d.greet(), d.answer, d.scaled(2))
meta, ns2, kw = types.prepare_class("X", (), {"metaclass": type, "flag": 1})
print(meta, ns2, kw)
print(types.resolve_bases((Point, int)) == (Point, int))


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"prepared": True}


Made = types.new_class("Made", (), {"metaclass": Meta})
print(type(Made).__name__, Made.prepared)
