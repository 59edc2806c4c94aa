# dir() results are sorted lists; check membership, not full contents.
d = dir([])
print(type(d).__name__, d == sorted(d), "append" in d, "__len__" in d, "nope" in d)
class C:
    cls_attr = 1
    def method(self):
        pass
c = C()
c.inst = 2
dc = dir(c)
print("cls_attr" in dc, "method" in dc, "inst" in dc, "inst" in dir(C), dc == sorted(dc))
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
import math
print("sqrt" in dir(math), "pi" in dir(math))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
