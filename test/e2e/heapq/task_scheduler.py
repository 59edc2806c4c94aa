# heapq (user program): a priority task scheduler and Dijkstra's shortest paths, with typing annotations
import heapq
from typing import Dict, List, Optional, Tuple

class Scheduler:
    def __init__(self) -> None:
        self._heap: List[Tuple[int, int, str]] = []
        self._count = 0
        self._removed = set()

    def add(self, name: str, priority: int) -> None:
        heapq.heappush(self._heap, (priority, self._count, name))
        self._count += 1

    def cancel(self, name: str) -> None:
        self._removed.add(name)

    def next(self) -> Optional[str]:
        while self._heap:
            _, _, name = heapq.heappop(self._heap)
            if name not in self._removed:
                return name
        return None

s = Scheduler()
for name, prio in [("write report", 3), ("fix bug", 1), ("lunch", 2), ("email", 3),
                   ("deploy", 1), ("review", 2)]:
    s.add(name, prio)
s.cancel("lunch")
order = []
while True:
    t = s.next()
    if t is None:
        break
    order.append(t)
print(order)

Graph = Dict[str, List[Tuple[str, int]]]
def dijkstra(graph: Graph, start: str) -> Dict[str, Tuple[int, List[str]]]:
    dist: Dict[str, Tuple[int, List[str]]] = {}
    frontier = [(0, start, [start])]
    while frontier:
        d, node, path = heapq.heappop(frontier)
        if node in dist:
            continue
        dist[node] = (d, path)
        for nxt, w in graph.get(node, []):
            if nxt not in dist:
                heapq.heappush(frontier, (d + w, nxt, path + [nxt]))
    return dist

g: Graph = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
}
for node, (d, path) in sorted(dijkstra(g, "A").items()):
    print(node, d, "->".join(path))

# k-way merge of sorted logs and the top talkers
logs = [[(1, "a"), (5, "a"), (9, "a")], [(2, "b"), (3, "b"), (10, "b")], [(4, "c")]]
print([f"{t}{who}" for t, who in heapq.merge(*logs)])
counts = {"ann": 12, "bob": 7, "cid": 12, "dee": 3, "eve": 9}
print(heapq.nlargest(3, counts, key=counts.get), heapq.nsmallest(2, counts.items(), key=lambda kv: kv[1]))

# running median with two heaps
lo: List[int] = []
hi: List[int] = []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(lo, -heapq.heappushpop(hi, x))
    if len(lo) > len(hi):
        heapq.heappush(hi, -heapq.heappop(lo))
    medians.append(hi[0] if len(hi) > len(lo) else (hi[0] - lo[0]) / 2)
print(medians)
