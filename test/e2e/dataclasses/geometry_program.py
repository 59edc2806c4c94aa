# dataclasses program: frozen points and segments as set members and dict keys
from dataclasses import dataclass, replace, astuple


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def neighbours(self):
        return [self + d for d in STEPS]


STEPS = [Point(1, 0), Point(-1, 0), Point(0, 1), Point(0, -1)]


@dataclass(frozen=True)
class Segment:
    a: Point
    b: Point

    def length2(self):
        return (self.a.x - self.b.x) ** 2 + (self.a.y - self.b.y) ** 2


walls = {Point(1, 1), Point(1, 2), Point(1, 3), Point(3, 0), Point(3, 1),
         Point(3, 2)}
start, goal = Point(0, 0), Point(4, 3)
print(Point(1, 1) in walls, Point(2, 2) in walls, len(walls | {Point(1, 1)}))

# Breadth-first search over the grid; points are keys of the parents dict.
parents = {start: None}
frontier = [start]
while frontier and goal not in parents:
    nxt = []
    for p in frontier:
        for q in p.neighbours():
            if 0 <= q.x <= 4 and 0 <= q.y <= 4 and q not in walls \
                    and q not in parents:
                parents[q] = p
                nxt.append(q)
    frontier = nxt
path = []
p = goal
while p is not None:
    path.append(p)
    p = parents[p]
path.reverse()
print(len(path) - 1, [astuple(p) for p in path])

segs = {Segment(path[i], path[i + 1]) for i in range(len(path) - 1)}
print(len(segs), Segment(start, Point(1, 0)) in segs)
print(max(path), min(walls), sorted(walls)[:3])
moved = replace(start, y=9)
print(moved, start, moved > start)
try:
    start.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
counts = {}
for s in segs:
    counts[s.length2()] = counts.get(s.length2(), 0) + 1
print(counts)
