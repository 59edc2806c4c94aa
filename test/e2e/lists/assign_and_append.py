# Element assignment and append, growing from empty.
a = [0] * 5
for i in range(5):
    a[i] = i * i
print(a)
a[-1] = -1
a[0] = 2**64
print(a)
b = []
for i in range(10):
    b.append(i * 1.5)
print(b, len(b))
b[3] = None
print(b[3], b[4])
c = []
c.append(len(c) == 0)
c.append(len(c))
print(c)
squares = []
n = 0
while len(squares) < 8:
    squares.append(n * n)
    n += 1
print(squares)
grid = []
for r in range(3):
    row = [0] * 4
    for col in range(4):
        row[col] = r * 4 + col
    grid.append(row)
print(grid)
grid[1][2] = 99
print(grid)
alias_rows = [[0] * 2] * 3
alias_rows[0][0] = 5
print(alias_rows)
x = [1, 2, 3]
x[1] += 10
x[-1] -= 0.5
x[0] *= 2**63
print(x)
big = []
for i in range(10000):
    big.append(i)
print(len(big), big[-1], big[5000])
