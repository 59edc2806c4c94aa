# __slots__ restricts instance attributes.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
del p.y
print(hasattr(p, "y"))
class Q(P):
    pass
q2 = Q(1, 2)
q2.extra = "subclass without slots has a __dict__"
print(q2.extra, hasattr(q2, "__dict__"))
