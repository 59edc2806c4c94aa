# Nested classes, methods closing over outer variables, and class factories.
class Outer:
    class Inner:
        def who(self):
            return "Inner"
    def make(self):
        return self.Inner()
print(Outer().make().who(), Outer.Inner.__qualname__, Outer.Inner.__name__)
def counter_class(step):
    class Counter:
        def __init__(self):
            self.n = 0
        def tick(self):
            self.n += step
            return self.n
    return Counter
C2 = counter_class(2)
C10 = counter_class(10)
a, b = C2(), C10()
print(a.tick(), a.tick(), b.tick(), a.tick())
class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v, self.kids = v, list(kids)
        def total(self):
            return self.v + sum(k.total() for k in self.kids)
    def __init__(self):
        N = Tree.Node
        self.root = N(1, [N(2, [N(4)]), N(3)])
print(Tree().root.total())
