# staticmethod, classmethod and super used as plain builtins (not decorators).
class A:
    def hello(self):
        return "A.hello"
    def twice(x):
        return x * 2
    twice = staticmethod(twice)
    def make(cls):
        return cls.__name__
    make = classmethod(make)
class B(A):
    def hello(self):
        return "B>" + super(B, self).hello()
print(A.twice(4), A().twice(5), A.make(), B.make(), B().hello())
sup = super(B, B())
print(sup.hello(), type(sup).__name__)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
def no_class():
    return super()
try:
    no_class()
except RuntimeError as e:
    print("RuntimeError:", e)
