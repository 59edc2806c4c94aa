# Graph algorithms: BFS, DFS, topological sort, Dijkstra with heapq, union-find, connected components.
from collections import deque, defaultdict
import heapq

edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3),
         ("e", "d", 4), ("d", "f", 11), ("g", "h", 1)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m, _ in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order

def dfs(start, seen=None):
    if seen is None:
        seen = set()
    seen.add(start)
    out = [start]
    for m, _ in sorted(graph[start]):
        if m not in seen:
            out.extend(dfs(m, seen))
    return out

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, target):
    p = [target]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]

class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[v] = indeg.get(v, 0) + 1
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for v in sorted(deps.get(n, ())):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    if len(out) != len(indeg):
        raise ValueError("cycle detected")
    return out

print(bfs("a"), dfs("a"), bfs("g"))
dist, prev = dijkstra("a")
for k in sorted(dist):
    print(k, dist[k], "->".join(path(prev, k)))
nodes = sorted(graph)
dsu = DSU(nodes)
mst = []
for u, v, w in sorted(edges, key=lambda e: e[2]):
    if dsu.union(u, v):
        mst.append((u, v, w))
print("mst", mst, sum(w for *_, w in mst))
comps = defaultdict(list)
for n in nodes:
    comps[dsu.find(n)].append(n)
print(sorted(sorted(c) for c in comps.values()))
deps = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"],
        "belt": ["jacket"], "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}
print(topo(deps))
try:
    topo({"x": ["y"], "y": ["x"]})
except ValueError as e:
    print("error:", e)
grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
def maze():
    R, C = len(grid), len(grid[0])
    q = deque([(0, 0, 0)])
    seen = {(0, 0)}
    while q:
        r, c, d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append((nr, nc, d + 1))
    return -1
print("maze", maze())
