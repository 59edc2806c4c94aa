# Bound methods, functions stored on instances, and method identity.
class C:
    def m(self, x):
        return (type(self).__name__, x)
c = C()
bm = c.m
print(bm(1), bm.__self__ is c, bm.__func__ is C.m, C.m(c, 2), type(bm).__name__)
print(c.m == c.m, c.m is c.m, C.m is C.m)
c.f = lambda x: ("instance function", x)
print(c.f(3))
def outside(self):
    return "outside attached to " + type(self).__name__
C.outside = outside
print(c.outside(), C().outside())
methods = [c.m, C().m]
print([m(0) for m in methods])
class D(C):
    pass
print(D().m(9), D.m is C.m)
