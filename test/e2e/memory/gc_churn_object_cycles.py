# skip-targets: mps2-an385 (allocates far more than the board's RAM in total)
# Many short-lived objects with reference cycles; only survivors are printed.
class Node:
    __slots__ = ("value", "peer", "children")
    def __init__(self, value):
        self.value = value
        self.peer = None
        self.children = []
survivors = []
for rnd in range(300):
    root = Node(rnd)
    for i in range(100):
        child = Node(i)
        child.peer = root
        root.children.append(child)
    root.peer = root
    if rnd % 100 == 0:
        survivors.append(root)
print(len(survivors), [s.value for s in survivors], [len(s.children) for s in survivors])
print(sum(c.value for s in survivors for c in s.children), survivors[1].children[5].peer is survivors[1])
import gc
gc.collect()
print(survivors[2].peer is survivors[2])
