# Class decorators: adding methods and registering classes.
def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("circle")
class Circle:
    pass
print(registry["circle"].__name__)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3), type(Config).__name__)
def count_instances(cls):
    orig_init = cls.__init__
    cls.created = 0
    def __init__(self, *a, **k):
        cls.created += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
@add_greeting
class Widget:
    def __init__(self, name):
        self.name = name
ws = [Widget(n) for n in "abc"]
print(Widget.created, ws[1].name, ws[2].greet())
