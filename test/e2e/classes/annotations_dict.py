# Module and class bodies keep the annotations of their simple names in __annotations__.
x: int = 5
y: str
print(__annotations__)
class Point:
    """doc"""
    x: int
    y: float = 2.5
    if True:
        z: "List[int]" = []
    def m(self):
        q: undefined_name = 1
        return q
print(Point.__annotations__, Point.y, Point.z, Point().m())
print('x' in Point.__dict__, '__annotations__' in Point.__dict__)
class Plain:
    a = 1
print(hasattr(Plain, '__annotations__') and Plain.__dict__.get('__annotations__'))
def f():
    class Inner:
        v: list[int] = [1]
    return Inner.__annotations__
print(f())
import sys
class O:
    pass
o = O()
o.attr: int = 3
print(o.attr)
class Sub(Point):
    pass
print(Sub.__annotations__, Point().__annotations__ is Point.__annotations__)
try:
    print(int.__annotations__)
except AttributeError as e:
    print(e)
