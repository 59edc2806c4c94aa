# A sensor-processing loop: synthesize readings with an integer LCG,
# reject outliers, keep a moving average and report statistics.
seed = 2024
def next_raw():
    global seed
    seed = (seed * 1664525 + 1013904223) % 4294967296
    return seed
readings = []
for i in range(200):
    r = next_raw()
    base = 20.0 + (i % 50) * 0.1
    noise = ((r >> 8) % 1000) / 1000.0 - 0.5
    if r % 37 == 0:
        noise += 15.0
    readings.append(base + noise)
window = [0.0] * 8
wsum = 0.0
filled = 0
pos = 0
rejected = 0
averages = []
for i in range(len(readings)):
    v = readings[i]
    if filled == 8:
        mean = wsum / 8
        if v - mean > 5.0 or mean - v > 5.0:
            rejected += 1
            continue
    wsum -= window[pos]
    window[pos] = v
    wsum += v
    pos = (pos + 1) % 8
    if filled < 8:
        filled += 1
    averages.append(wsum / filled)
print("samples:", len(readings), "rejected:", rejected, "kept:", len(averages))
lo = averages[0]
hi = averages[0]
total = 0.0
for a in averages:
    total += a
    if a < lo:
        lo = a
    if a > hi:
        hi = a
print("avg of averages: %.6f" % (total / len(averages)))
print("min %.4f max %.4f" % (lo, hi))
for i in range(0, len(averages), 20):
    print("%3d: %8.4f" % (i, averages[i]))
print(f"last: {averages[-1]:.10f}")
