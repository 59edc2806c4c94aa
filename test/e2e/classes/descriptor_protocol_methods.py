# classmethod, staticmethod and property expose the descriptor protocol
# as methods (__get__, and property's __set__/__delete__), which code that
# wraps or forwards descriptors calls directly.
class C:
    def __init__(self):
        self._p = 1

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def twice(x):
        return x * 2

    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, v):
        self._p = v

    @p.deleter
    def p(self):
        self._p = None


class D(C):
    pass


cm = C.__dict__["make"]
sm = C.__dict__["twice"]
pr = C.__dict__["p"]
print(cm.__get__(None, C)(), cm.__get__(D())(), cm.__get__(None, D).__self__)
print(sm.__get__(None, C)(4), sm.__get__(C())(5), sm.__get__(1) is sm.__func__)
obj = C()
print(pr.__get__(obj, C), pr.__get__(None, C) is pr)
pr.__set__(obj, 42)
print(obj.p)
pr.__delete__(obj)
print(obj.p)
for f in (lambda: cm.__get__(None, None), lambda: cm.__get__(), lambda: sm.__get__(1, 2, 3),
          lambda: pr.__set__(obj)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(cm, "__get__"), hasattr(sm, "__get__"), hasattr(pr, "__set__"),
      hasattr(pr, "__delete__"), hasattr(cm, "__set__"))


class Forward:
    """Forwards to whatever descriptor it wraps."""

    def __init__(self, inner):
        self.inner = inner

    def __get__(self, obj, owner=None):
        return self.inner.__get__(obj, owner)


class E:
    build = Forward(classmethod(lambda cls: "built " + cls.__name__))
    helper = Forward(staticmethod(lambda: "static"))


print(E.build(), E().build(), E.helper())
