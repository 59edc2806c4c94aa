# Tuples as records, dict keys and sort keys.
people = [("Smith", "Ann", 1990), ("Jones", "Bob", 1985), ("Smith", "Al", 1990), ("Adams", "Cy", 2001)]
for last, first, year in sorted(people):
    print(f"{last:8}{first:5}{year}")
by_year = {}
for last, first, year in people:
    by_year.setdefault(year, []).append((first, last))
for y in sorted(by_year):
    print(y, by_year[y])
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (3, 3) in grid)
neighbours = [(r + dr, c + dc) for (r, c) in [(1, 1)] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
print(neighbours)
print(sum(grid[p] for p in neighbours))
