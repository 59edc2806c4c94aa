# Names in class bodies: namespace first, then globals/builtins or the
# enclosing function; super() and __class__ through the class cell.
x = "global x"
len = len


class A:
    y = x
    x = "class x"
    z = x
    doubled = [c * 2 for c in "ab"]
    keys = sorted(k for k in ("b", "a"))
    def where(self):
        return x


print(A.y, A.z, A.doubled, A.keys, A().where())


def outer():
    v = 1
    w = 10
    class B:
        u = v + 1
        w = 20
        t = w
        def get(self):
            return v, w
        def bump(self):
            nonlocal v
            v += 100
            return __class__.__name__
    return B


B = outer()
b = B()
print(B.u, B.t, b.get(), b.bump(), b.get())


class Base:
    def hello(self):
        return "Base.hello"


class Kid(Base):
    def hello(self):
        greet = lambda: super(Kid, self).hello()
        return "Kid+" + super().hello() + "+" + greet()

    def cls_name(self):
        return [__class__.__name__ for _ in range(2)]


print(Kid().hello(), Kid().cls_name())


class G:
    global made_in_class
    made_in_class = "yes"
    tmp = 5
    del tmp


print(made_in_class, hasattr(G, "tmp"))


class Kw:
    def __init_subclass__(cls, tag="none", **rest):
        cls.tag = tag


class Tagged(Kw, tag="t1"):
    pass


print(Tagged.tag, Kw.__dict__.get("tag"))


def no_args():
    return super()


try:
    no_args()
except RuntimeError as e:
    print("RuntimeError:", e)


def stray(self):
    return super()


try:
    stray(1)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    class Bad:
        del nothing
except NameError as e:
    print("NameError:", e)
