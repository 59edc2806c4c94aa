# Cooperative __init__ through super() with keyword arguments.
class Shape:
    def __init__(self, **kw):
        self.unused = sorted(kw)
        print("Shape init, leftover", self.unused)
class Colored(Shape):
    def __init__(self, color="black", **kw):
        self.color = color
        print("Colored init", color)
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        print("Sized init", size)
        super().__init__(**kw)
class Box(Colored, Sized):
    def __init__(self, **kw):
        print("Box init")
        super().__init__(**kw)
b = Box(color="red", size=3, weight=9)
print(b.color, b.size, b.unused, [c.__name__ for c in Box.__mro__])
