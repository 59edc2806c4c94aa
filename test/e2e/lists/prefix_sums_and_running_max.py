# Single-pass list algorithms: prefix sums, running maxima, differences.
data = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3, 5]
prefix = [0] * (len(data) + 1)
for i in range(len(data)):
    prefix[i + 1] = prefix[i] + data[i]
print(prefix)
print("sum of data[2:7] =", prefix[7] - prefix[2])
running = []
best = data[0]
for v in data:
    if v > best:
        best = v
    running.append(best)
print(running)
diffs = []
for i in range(1, len(data)):
    diffs.append(data[i] - data[i - 1])
print(diffs)
best_sum = data[0]
cur = 0
for v in data:
    cur = cur + v
    if cur > best_sum:
        best_sum = cur
    if cur < 0:
        cur = 0
print("max subarray sum:", best_sum)
counts = [0] * 10
for v in data:
    counts[v % 10] += 1
print(counts)
fl = [0.5, 0.25, 0.125, 0.0625]
acc = [0.0]
for v in fl:
    acc.append(acc[-1] + v)
print(acc)
