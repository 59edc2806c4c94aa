# Recursive generators: permutations, subsets, tree walks.
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in perms("abc")], len(list(perms([1, 2, 3, 4]))))
def subsets(s):
    if not s:
        yield []
        return
    for sub in subsets(s[1:]):
        yield sub
        yield [s[0]] + sub
print(sorted(subsets([1, 2, 3]), key=lambda x: (len(x), x)))
def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
moves = list(hanoi(4, "A", "B", "C"))
print(len(moves), moves[:4])
def inorder(t):
    if t is not None:
        left, v, right = t
        yield from inorder(left)
        yield v
        yield from inorder(right)
tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(inorder(tree)))
