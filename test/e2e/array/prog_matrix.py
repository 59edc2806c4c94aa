# User program: dense matrices in flat array('d') storage, multiply and solve.
from array import array


class Matrix:
    def __init__(self, rows, cols, data=None):
        self.rows, self.cols = rows, cols
        self.data = array("d", data) if data is not None else array("d", [0.0]) * (rows * cols)

    def __getitem__(self, rc):
        return self.data[rc[0] * self.cols + rc[1]]

    def __setitem__(self, rc, v):
        self.data[rc[0] * self.cols + rc[1]] = v

    def __matmul__(self, other):
        out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            row = self.data[i * self.cols:(i + 1) * self.cols]
            for j in range(other.cols):
                col = other.data[j::other.cols]
                out[i, j] = sum(a * b for a, b in zip(row, col))
        return out

    def row(self, i):
        return self.data[i * self.cols:(i + 1) * self.cols].tolist()


def solve(m, rhs):
    """Gaussian elimination with partial pivoting on a copy."""
    n = m.rows
    a = Matrix(n, n, m.data)
    b = array("d", rhs)
    for k in range(n):
        p = max(range(k, n), key=lambda r: abs(a[r, k]))
        if p != k:
            rk, rp = a.data[k * n:(k + 1) * n], a.data[p * n:(p + 1) * n]
            a.data[k * n:(k + 1) * n], a.data[p * n:(p + 1) * n] = rp, rk
            b[k], b[p] = b[p], b[k]
        for r in range(k + 1, n):
            f = a[r, k] / a[k, k]
            for c in range(k, n):
                a[r, c] -= f * a[k, c]
            b[r] -= f * b[k]
    x = array("d", [0.0]) * n
    for k in range(n - 1, -1, -1):
        s = b[k] - sum(a[k, c] * x[c] for c in range(k + 1, n))
        x[k] = s / a[k, k]
    return x


m = Matrix(3, 3, [2, 1, -1, -3, -1, 2, -2, 1, 2])
ident = Matrix(3, 3, [1 if i % 4 == 0 else 0 for i in range(9)])
print((m @ ident).data == m.data, (m @ m).row(0), (m @ m).row(2))
x = solve(m, [8, -11, -3])
print([round(v, 9) for v in x])
hilbert = Matrix(4, 4, [1 / (i + j + 1) for i in range(4) for j in range(4)])
y = solve(hilbert, [1, 0, 0, 0])
print([round(v, 6) for v in y], hilbert.data.itemsize * len(hilbert.data))
single = array("f", hilbert.data)
print(single[:3], max(abs(p - q) for p, q in zip(single, hilbert.data)) < 1e-7)
