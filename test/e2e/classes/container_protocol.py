# __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def _check(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {key} out of range")
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
print(len(g), g[0, 1], g[1, 1], 7 in g, 8 in g, 0 in g)
del g[0, 1]
print(g[0, 1], 5 in g)
try:
    g[5, 5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return f"slice({i.start}, {i.stop}, {i.step})"
        return i * 10
s = Seq()
print(s[3], s[1:5], s[::2], s[-1], s[:])
