# Lists of lists as matrices: multiply, transpose, determinant.
def zeros(r, c):
    m = []
    for i in range(r):
        m.append([0] * c)
    return m
def matmul(a, b):
    n = len(a)
    k = len(b)
    m = len(b[0])
    out = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            out[i][j] = s
    return out
def transpose(a):
    out = zeros(len(a[0]), len(a))
    for i in range(len(a)):
        for j in range(len(a[0])):
            out[j][i] = a[i][j]
    return out
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    total = 0
    for col in range(n):
        sub = []
        for r in range(1, n):
            row = []
            for c in range(n):
                if c != col:
                    row.append(m[r][c])
            sub.append(row)
        sign = 1
        if col % 2:
            sign = -1
        total += sign * m[0][col] * det(sub)
    return total
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
print(det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det([[1, 2], [2, 4]]))
fibm = [[1, 1], [1, 0]]
r = [[1, 0], [0, 1]]
for i in range(90):
    r = matmul(r, fibm)
print(r[0][1])
fm = [[0.5, 0.25], [0.125, 2.0]]
print(matmul(fm, fm))
ident = zeros(4, 4)
for i in range(4):
    ident[i][i] = 1
print(ident, det(ident))
