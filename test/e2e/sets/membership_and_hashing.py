# Membership uses hash + equality; custom classes participate.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(3, 3) in pts)
print(sorted(pts, key=lambda p: (p.x, p.y)))
s = {2**64, 2.0**64, -1, -2}
print(len(s), sorted(s))
print(1 in {1.0}, 1.5 in {1, 2}, "a" in {"a"}, (1, 2) in {(1, 2)}, None in {None})
try:
    [1] in {1}
except TypeError as e:
    print("TypeError:", e)
print(frozenset([1]) in {frozenset([1])}, {1} in [{1}])
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)
