# Linked list and binary search tree classes with iteration protocols, __reversed__, __len__, recursion, generics.
from typing import Generic, TypeVar, Optional, Iterator

T = TypeVar("T")

class Node(Generic[T]):
    def __init__(self, value: T, nxt: "Optional[Node[T]]" = None):
        self.value = value
        self.next = nxt

class LinkedList(Generic[T]):
    def __init__(self, items=()):
        self.head: Optional[Node[T]] = None
        self._len = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v: T) -> None:
        self.head = Node(v, self.head)
        self._len += 1
    def pop(self) -> T:
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v
    def __iter__(self) -> Iterator[T]:
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self._len
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

class BST:
    class _N:
        __slots__ = ("k", "l", "r")
        def __init__(self, k):
            self.k, self.l, self.r = k, None, None
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, k):
        if self.root is None:
            self.root = self._N(k)
        else:
            n = self.root
            while True:
                if k == n.k:
                    return False
                side = "l" if k < n.k else "r"
                child = getattr(n, side)
                if child is None:
                    setattr(n, side, self._N(k))
                    break
                n = child
        self.size += 1
        return True
    def __contains__(self, k):
        n = self.root
        while n and n.k != k:
            n = n.l if k < n.k else n.r
        return n is not None
    def inorder(self, n="start"):
        if n == "start":
            n = self.root
        if n is None:
            return
        yield from self.inorder(n.l)
        yield n.k
        yield from self.inorder(n.r)
    def height(self, n="start"):
        if n == "start":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.l), self.height(n.r))

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], list(reversed(ll)), 3 in ll, 9 in ll)
ll.push(0); ll.reverse()
print(ll, ll.pop(), ll == LinkedList([3, 2, 1, 0]), ll != LinkedList())
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
e = LinkedList()
try:
    e.pop()
except IndexError as ex:
    print(ex)
print(sum(LinkedList(range(100))), max(LinkedList("hello")), sorted(LinkedList([3, 1, 2])))
words = LinkedList(["pear", "fig", "apple"])
print(", ".join(words), dict(enumerate(words)), list(zip(words, ll)))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]:
    t.insert(k)
print(list(t.inorder()), t.size, t.height(), 65 in t, 66 in t)
sw = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    sw.insert(w)
print(list(sw.inorder()), sw.height())
print(BST._N.__name__, BST._N.__qualname__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list = []
    def push(self, x: T) -> "Stack[T]":
        self.items.append(x)
        return self
    def __repr__(self):
        return f"Stack{self.items}"
print(Stack[int]().push(1).push(2), Stack().push("a"))
