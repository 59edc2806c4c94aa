# type() with one argument and three arguments.
print(type(1), type("s"), type([]), type(None), type(type), type(int), type(lambda: 0).__name__)
Point = type("Point", (), {"x": 0, "__repr__": lambda self: f"Point(x={self.x})"})
p = Point()
p.x = 5
print(p, type(p) is Point, Point.__name__, Point.__bases__)
Child = type("Child", (Point,), {"y": 1})
print(Child(), Child.y, issubclass(Child, Point), Child.__mro__[1] is Point)
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
