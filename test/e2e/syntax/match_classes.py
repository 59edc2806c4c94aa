# match statement with class patterns (positional via __match_args__).
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(0, 0), r) if r > 10:
            return "big circle at origin"
        case Circle(center=Point(x, y), r=r):
            return f"circle r={r} at {x},{y}"
        case Point():
            return "some point"
        case int() | float():
            return "a number"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(0, 0), 20), Circle(Point(1, 2), 3), 7, 2.5, "x"]:
    print(where(s))
