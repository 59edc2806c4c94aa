# Conway's Game of Life on a small torus, printed with text.
W = 12
H = 10
def empty():
    g = []
    for r in range(H):
        g.append([0] * W)
    return g
grid = empty()
glider = [[0, 1], [1, 2], [2, 0], [2, 1], [2, 2]]
for cell in glider:
    grid[cell[0]][cell[1]] = 1
blinker = [[6, 7], [6, 8], [6, 9]]
for cell in blinker:
    grid[cell[0]][cell[1]] = 1
def step(g):
    n = empty()
    for r in range(H):
        for c in range(W):
            count = 0
            for dr in [-1, 0, 1]:
                for dc in [-1, 0, 1]:
                    if dr != 0 or dc != 0:
                        count += g[(r + dr) % H][(c + dc) % W]
            if g[r][c] == 1 and (count == 2 or count == 3):
                n[r][c] = 1
            elif g[r][c] == 0 and count == 3:
                n[r][c] = 1
    return n
def show(g):
    for row in g:
        line = ""
        for v in row:
            if v:
                line = line + "#"
            else:
                line = line + "."
        print(line)
def population(g):
    p = 0
    for row in g:
        for v in row:
            p += v
    return p
show(grid)
for gen in range(1, 25):
    grid = step(grid)
    if gen % 8 == 0:
        print("generation", gen, "population", population(grid))
        show(grid)
