# Sets of tuples for coordinates; comparing visited states.
moves = "RRUULDDDLLLUR"
pos = (0, 0)
visited = {pos}
for m in moves:
    dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}[m]
    pos = (pos[0] + dx, pos[1] + dy)
    visited.add(pos)
print(len(visited), pos, sorted(visited))
xs = {p[0] for p in visited}
ys = {p[1] for p in visited}
print(min(xs), max(xs), min(ys), max(ys))
for y in range(max(ys), min(ys) - 1, -1):
    print("".join("#" if (x, y) in visited else "." for x in range(min(xs), max(xs) + 1)))
