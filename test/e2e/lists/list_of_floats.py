# Lists of floats: statistics computed with explicit loops.
readings = [21.5, 22.0, 21.75, 23.25, 22.5, 20.0, 19.75, 24.125]
n = len(readings)
s = 0.0
lo = readings[0]
hi = readings[0]
for r in readings:
    s += r
    if r < lo:
        lo = r
    if r > hi:
        hi = r
mean = s / n
var = 0.0
for r in readings:
    var += (r - mean) * (r - mean)
var /= n
print("n", n, "sum", s, "mean", mean, "min", lo, "max", hi)
print("variance", var)
print("%.4f" % var, f"{mean:.3f}")
tenths = []
for i in range(10):
    tenths.append(i / 10)
print(tenths)
acc = [0.0] * 4
for i in range(12):
    acc[i % 4] += 0.1
print(acc)
print([1e16 + 1, 1e16 + 2, -0.0, 2.5e-8])
print([float("inf"), float("-inf")])
scaled = [0.0] * n
for i in range(n):
    scaled[i] = (readings[i] - lo) / (hi - lo)
print(scaled)
