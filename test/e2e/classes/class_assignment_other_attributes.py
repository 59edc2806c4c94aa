# __class__ assignment between classes whose methods set other attributes:
# the instance keeps its attributes, found by name through the new class.
class A:
    def __init__(self):
        self.x = 1
        self.y = 2


class B:
    def __init__(self):
        self.p = 10
        self.q = 20

    def show(self):
        return (self.x, self.y, getattr(self, "p", None))


a = A()
a.__class__ = B
print(type(a).__name__, a.show(), vars(a))
a.p = 5
print(a.p, a.show(), vars(a))
b = B()
b.__class__ = A
print(vars(b), b.p, hasattr(b, "x"))
