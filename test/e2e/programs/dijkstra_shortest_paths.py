# Dijkstra's algorithm with a hand-written binary heap.
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top
    def __len__(self):
        return len(self.a)
def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    h = Heap()
    h.push((0, src))
    while h:
        d, u = h.pop()
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                h.push((nd, v))
    return dist, prev
def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
graph = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
    "G": [],
}
dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    print(node, dist.get(node, "unreachable"), "->".join(path(prev, node)) if node in dist else "-")
grid_n = 30
grid = {}
for r in range(grid_n):
    for c in range(grid_n):
        edges = []
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < grid_n and 0 <= cc < grid_n:
                edges.append(((rr, cc), 1 + (rr * 7 + cc * 13) % 5))
        grid[(r, c)] = edges
gd, gp = dijkstra(grid, (0, 0))
print(gd[(grid_n - 1, grid_n - 1)], len(path(gp, (grid_n - 1, grid_n - 1))), max(gd.values()))
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
