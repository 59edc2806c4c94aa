# collections/heapq/bisect/array in realistic use: LRU with OrderedDict, namedtuple records, ChainMap config, deque windows.
from collections import namedtuple, OrderedDict, deque, ChainMap, defaultdict, Counter
import heapq
import bisect
import array

Point = namedtuple("Point", "x y")
Employee = namedtuple("Employee", ["name", "age", "dept"], defaults=["none"])


p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]))
e = Employee("ann", 30)
print(e, e.dept, tuple(e), e == ("ann", 30, "none"))
x, y = p
print(x + y, len(p), p.count(3), p.index(4))

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
    def get(self, k):
        if k not in self.d:
            return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            print("evict", self.d.popitem(last=False))
lru = LRU(3)
for k in "abcadeb":
    lru.put(k, ord(k))
    lru.get("a")
print(list(lru.d.items()), lru.get("zz"))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=False)
print(od, od.popitem(), repr(OrderedDict()))

defaults = {"color": "red", "size": 10}
user = {"size": 12}
cfg = ChainMap(user, defaults)
print(cfg["color"], cfg["size"], len(cfg), sorted(cfg.keys()))
child = cfg.new_child({"color": "blue"})
print(child["color"], child.maps[-1] is defaults)

win = deque(maxlen=3)
avgs = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    win.append(v)
    avgs.append(round(sum(win) / len(win), 2))
print(avgs, win)
d = deque(range(6))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.appendleft(-1); d.extend([10, 11]); d.extendleft("ab")
print(d, d.pop(), d.popleft(), d[0], d[-1], len(d), d.count(10))
try:
    deque().pop()
except IndexError as ex:
    print("IndexError", ex)

tasks = []
for pri, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(3)], tasks[0])
nums = [15, 3, 99, 42, 7, 64, 8, 23]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
h = nums[:]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 1), heapq.heapreplace(h, 100), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))

grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, sc)] for sc in (33, 60, 75, 89, 90, 100)])
sorted_list = []
for v in [5, 1, 4, 1, 9, 2]:
    bisect.insort(sorted_list, v)
print(sorted_list, bisect.bisect_left(sorted_list, 1), bisect.bisect_right(sorted_list, 1))
a = array.array("i", [1, 2, 3])
a.append(4); a.extend([5, 6])
print(a, a.tolist(), a[2], len(a), sum(a), a.typecode, a.itemsize)
f = array.array("d", [0.5, 1.5])
print(f, f * 2)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, len(t))
inv = defaultdict(set)
for word in "apple avocado banana blueberry cherry".split():
    inv[word[0]].add(word)
print({k: sorted(v) for k, v in sorted(inv.items())})
c = Counter(a=3, b=1)
c.update("aab"); c.subtract({"b": 5})
print(c, c.total() if hasattr(c, "total") else "", +c, -c)
