# Bucket pseudo-random values into a histogram and draw it with text bars.
seed = 7
def rand():
    global seed
    seed = (seed * 48271) % 2147483647
    return seed
buckets = [0] * 10
for i in range(5000):
    a = rand() % 100
    b = rand() % 100
    buckets[(a + b) // 20] += 1
total = 0
for i in range(10):
    total += buckets[i]
print("total", total)
biggest = 0
for c in buckets:
    if c > biggest:
        biggest = c
for i in range(10):
    bar = ""
    for k in range(buckets[i] * 40 // biggest):
        bar = bar + "#"
    print("%3d-%3d | %4d | %s" % (i * 20, i * 20 + 19, buckets[i], bar))
mode = 0
for i in range(10):
    if buckets[i] == biggest:
        mode = i
        break
print("mode bucket:", mode)
