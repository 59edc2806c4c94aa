# Grid games: tic-tac-toe minimax, Langton's ant, flood fill, 2048-style row merging, simple cellular automaton rule 30.
def winner(b):
    lines = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
    for a, c, d in lines:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return None

def minimax(b, player, memo={}):
    key = ("".join(b), player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        return (1 if w == "X" else -1), None
    if " " not in b:
        return 0, None
    best = None
    for i in range(9):
        if b[i] == " ":
            b[i] = player
            score, _ = minimax(b, "O" if player == "X" else "X")
            b[i] = " "
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    memo[key] = best
    return best

board = list("X O  O  X".ljust(9))
print(minimax(board, "X"))
b = [" "] * 9
turn = "X"
while winner(b) is None and " " in b:
    _, mv = minimax(b, turn)
    b[mv] = turn
    turn = "O" if turn == "X" else "X"
for r in range(3):
    print("|".join(b[r * 3:r * 3 + 3]))
print("winner:", winner(b))

def langton(steps, size=11):
    grid = [[0] * size for _ in range(size)]
    x = y = size // 2
    dx, dy = 0, -1
    for _ in range(steps):
        if grid[y][x]:
            dx, dy = -dy, dx
        else:
            dx, dy = dy, -dx
        grid[y][x] ^= 1
        x, y = (x + dx) % size, (y + dy) % size
    return grid
for row in langton(200):
    print("".join("#" if c else "." for c in row))

def flood(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return 0
    stack, n = [(r, c)], 0
    while stack:
        r, c = stack.pop()
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == old:
            grid[r][c] = new
            n += 1
            stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return n
img = [list(row) for row in ["aaab", "abbb", "aaba", "bbaa"]]
print(flood(img, 0, 0, "z"), ["".join(r) for r in img], flood(img, 0, 0, "z"))

def merge_row(row):
    tiles = [t for t in row if t]
    out, i, score = [], 0, 0
    while i < len(tiles):
        if i + 1 < len(tiles) and tiles[i] == tiles[i + 1]:
            out.append(tiles[i] * 2)
            score += tiles[i] * 2
            i += 2
        else:
            out.append(tiles[i])
            i += 1
    return out + [0] * (len(row) - len(out)), score
for row in ([2, 2, 2, 2], [0, 4, 4, 8], [2, 0, 2, 4], [8, 16, 0, 0], [0, 0, 0, 0]):
    print(row, "->", merge_row(row))

cells = [0] * 31
cells[15] = 1
for gen in range(15):
    print("".join("█" if c else " " for c in cells).rstrip())
    cells = [(30 >> (cells[i - 1] << 2 | cells[i] << 1 | cells[(i + 1) % 31])) & 1 for i in range(31)]
life = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for _ in range(4):
    counts = {}
    for (x, y) in life:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    counts[(x + dx, y + dy)] = counts.get((x + dx, y + dy), 0) + 1
    life = {c for c, n in counts.items() if n == 3 or (n == 2 and c in life)}
print(sorted(life))
