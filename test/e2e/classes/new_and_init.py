# __new__ controls instance creation; __init__ runs only for instances of cls.
class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print("creating instance")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init with", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Weird())
class Point:
    def __new__(cls, x, y):
        obj = super().__new__(cls)
        obj.created_by_new = True
        return obj
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.created_by_new, p.x, p.y)
