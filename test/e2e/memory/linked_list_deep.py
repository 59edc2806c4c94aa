# skip-targets: mps2-an385 (needs several MB of RAM)
# skip-gc-stress: 200,000 live nodes, each collection marks them all
# A 200,000-node singly linked list: iterative traversal and teardown.
# Freeing it must not overflow the stack.
class Cell:
    __slots__ = ("v", "next")
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt
head = None
for i in range(200000):
    head = Cell(i, head)
n = 0
s = 0
cur = head
while cur is not None:
    n += 1
    s += cur.v
    cur = cur.next
print(n, s, head.v)
head = None
print("dropped")
nested = []
for i in range(100000):
    nested = [nested]
depth = 0
cur = nested
while cur:
    cur = cur[0]
    depth += 1
print(depth)
nested = None
print("dropped nested")
