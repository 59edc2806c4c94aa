# copy (user program): undo/redo history of a document model with deepcopy snapshots and shallow copies
import copy

class Shape:
    def __init__(self, kind, pos, style):
        self.kind = kind
        self.pos = pos
        self.style = style
    def __repr__(self):
        return "%s@%s%s" % (self.kind, tuple(self.pos), self.style)

class Document:
    def __init__(self):
        self.shapes = []
        self.meta = {"title": "untitled", "tags": []}
        self.shared_style = {"color": "black"}

class History:
    def __init__(self, doc):
        self.doc = doc
        self.undo_stack = []
        self.redo_stack = []
    def change(self, fn):
        self.undo_stack.append(copy.deepcopy(self.doc))
        self.redo_stack.clear()
        fn(self.doc)
    def undo(self):
        self.redo_stack.append(self.doc)
        self.doc = self.undo_stack.pop()
    def redo(self):
        self.undo_stack.append(self.doc)
        self.doc = self.redo_stack.pop()

doc = Document()
h = History(doc)
h.change(lambda d: d.shapes.append(Shape("circle", [0, 0], d.shared_style)))
h.change(lambda d: d.shapes.append(Shape("square", [5, 5], d.shared_style)))
h.change(lambda d: d.shapes[0].pos.__setitem__(0, 42))
h.change(lambda d: d.meta["tags"].append("draft"))
h.change(lambda d: d.shared_style.__setitem__("color", "red"))
print(h.doc.shapes, h.doc.meta)
# the shared style stayed shared inside each snapshot
print(h.doc.shapes[0].style is h.doc.shapes[1].style is h.doc.shared_style)
h.undo()
print(h.doc.shapes, h.doc.meta)
h.undo()
h.undo()
print(h.doc.shapes, h.doc.meta)
h.redo()
print(h.doc.shapes, len(h.undo_stack), len(h.redo_stack))
snap = h.undo_stack[0]
print(snap.shapes, snap.meta, snap is not h.doc)

# shallow copies share the nested parts
template = {"name": "", "scores": [], "settings": {"theme": "dark"}}
a = copy.copy(template)
b = copy.deepcopy(template)
a["name"] = "A"
a["scores"].append(1)
b["scores"].append(2)
print(template, a, b)
grid = [[0] * 3 for _ in range(2)]
g2 = copy.copy(grid)
g3 = copy.deepcopy(grid)
grid[0][0] = 9
print(g2, g3)
