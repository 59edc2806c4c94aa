# Nested lists: shallow copies share inner lists; rebuilding copies deeply.
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shallow = grid[:]
shallow[0][0] = 9
shallow[2] = ["new"]
print(grid)
print(shallow)
deep = [row[:] for row in grid]
deep[0][1] = 7
print(grid[0], deep[0])
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x
tree = [1, [2, [3, [4]]]]
t2 = deep_copy(tree)
t2[1][1][1].append(5)
print(tree, t2)
flat = []
def flatten(x):
    for v in x:
        if isinstance(v, list):
            flatten(v)
        else:
            flat.append(v)
flatten([1, [2, [3, [4, [5]]]], [], [[6]]])
print(flat)
