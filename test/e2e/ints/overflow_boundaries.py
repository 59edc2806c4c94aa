# Values around machine-word boundaries: results must silently grow into
# big ints and shrink back, for 31-, 32-, 62-, 63- and 64-bit edges.
edges = [2**30, 2**31, 2**32, 2**62, 2**63, 2**64]
for e in edges:
    print(e - 1, e, e + 1, -e, -e - 1)
    print(e * 2, e * e, (e * e) // e, e + e - e - e)
m = 2**63 - 1
print(m + 1, m * 2, m * m, -m - 1, -m - 2)
print((m + 1) - 1, m + 1 - 1 == m)
n = -(2**63)
print(n - 1, n * -1, -n, n // -1, n % -1, abs(n))
x = 1
steps = 0
while x < 2**70:
    x = x * 2
    steps += 1
print(steps, x)
while x > 1:
    x = x // 2
    steps -= 1
print(steps, x)
big = 2**64 + 5
small = big - 2**64
print(small, small + 1, small * 3)
print(4611686018427387903 + 1, 4611686018427387904 - 1)
print(-4611686018427387904 - 1, -4611686018427387905 + 1)
print(1073741823 + 1, -1073741824 - 1, 2147483647 + 1, -2147483648 - 1)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(9223372036854775807 * -1, 9223372036854775807 * -1 - 1)
acc = 0
for i in range(100):
    acc += 2**62
print(acc, acc // 100 == 2**62)
