# Multiple inheritance and C3 linearization, including a diamond.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__], D().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"
class Thing:
    def extra(self):
        return "thing-extra"
class Combo(Mixin, Thing):
    pass
print(Combo().describe(), Combo.__bases__ == (Mixin, Thing))
