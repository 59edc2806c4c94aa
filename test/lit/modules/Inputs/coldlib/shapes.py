# A library module for cold-functions.test.
def _helper(x):
    return x * 2

def area(w, h):
    return _helper(w) * h

def perimeter(w, h):
    return 2 * (w + h)

class Box:
    def __init__(self, w):
        self.w = w
    def __repr__(self):
        return "Box(%d)" % self.w
    def grow(self):
        return Box(self.w + 1)

class Unused:
    def __init__(self):
        self.v = 0

scale = area
