"""Helper module for the modules tests."""
import math
PI_ROUNDED = 3.14
_private = "hidden"
calls = 0
def circle_area(r):
    global calls
    calls += 1
    return math.pi * r * r
def square_area(s):
    return s * s
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
print("_geometry imported, __name__ =", __name__)
if __name__ == "__main__":
    print("this must not print when imported")
