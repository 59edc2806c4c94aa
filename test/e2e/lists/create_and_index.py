# Creating lists with literals and [x]*n; positive and negative indexing.
a = [10, 20, 30, 40, 50]
print(a, len(a))
print(a[0], a[1], a[4], a[-1], a[-2], a[-5])
empty = []
print(empty, len(empty))
z = [0] * 5
print(z, len(z))
f = [0.5] * 3
print(f)
print([1, 2] * 3, [] * 10, [7] * 0, [7] * -2)
n = 4
grid_row = [-1] * n
print(grid_row)
mixed = [1, 2.0, -3, 4.5e10, 2**70, True]
print(mixed, len(mixed))
print(mixed[-1], mixed[4], mixed[-3])
nested = [[1, 2], [3, 4, 5], []]
print(nested[1][2], nested[-2][-1], len(nested[2]), len(nested))
i = 2
print(a[i], a[i - 1], a[-i], a[i * 2], a[len(a) - 1])
big = [0] * 1000
print(len(big), big[999], big[-1000])
single = [42]
print(single[0], single[-1])
trailing = [1, 2, 3,]
print(trailing)
