# Program: shortest paths in a grid maze by breadth-first search with a deque.
from collections import deque

MAZE = [
    "S.#.......#....",
    ".##.#####.#.##.",
    "....#...#...#..",
    "###.#.#.#####.#",
    "....#.#.....#..",
    ".####.#####.##.",
    "......#.......E",
]


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c >= 0:
            return r, c


def bfs(start, goal):
    rows, cols = len(MAZE), len(MAZE[0])
    prev = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        r, c = cell
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and MAZE[nr][nc] != '#' \
                    and (nr, nc) not in prev:
                prev[(nr, nc)] = cell
                queue.append((nr, nc))
    if goal not in prev:
        return None
    path = deque()
    cell = goal
    while cell is not None:
        path.appendleft(cell)
        cell = prev[cell]
    return path


start, goal = find('S'), find('E')
path = bfs(start, goal)
print('steps:', len(path) - 1, 'from', path[0], 'to', path[-1])
grid = [list(row) for row in MAZE]
for r, c in list(path)[1:-1]:
    grid[r][c] = '*'
for row in grid:
    print(''.join(row))
print('path to (0, 3):', len(bfs(start, (0, 3))) - 1, 'next door:', bfs(start, (1, 0)))

# distances from the start to every open cell, level by level
dist = {start: 0}
frontier = deque([start])
while frontier:
    r, c = frontier.popleft()
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != '#' \
                and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            frontier.append((nr, nc))
print('reachable:', len(dist), 'farthest:', max(dist.values()), 'goal at', dist[goal])
