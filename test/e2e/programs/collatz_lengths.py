# Collatz sequence lengths with a memo list for small values.
LIMIT = 30000
memo = [0] * LIMIT
memo[1] = 1
def length(n):
    steps = 0
    m = n
    while m >= LIMIT or memo[m] == 0:
        if m % 2 == 0:
            m //= 2
        else:
            m = 3 * m + 1
        steps += 1
    total = steps + memo[m]
    if n < LIMIT:
        memo[n] = total
    return total
best = 1
best_len = 1
for n in range(1, LIMIT):
    L = length(n)
    if L > best_len:
        best_len = L
        best = n
print("longest below", LIMIT, ":", best, "with", best_len, "terms")
for n in [1, 2, 3, 6, 7, 9, 27, 97, 871, 6171]:
    print(n, length(n))
peak = 0
m = 27
while m != 1:
    if m > peak:
        peak = m
    if m % 2:
        m = 3 * m + 1
    else:
        m //= 2
print("peak for 27:", peak)
big = 2**100 + 1
print("length for 2**100+1:", length(big))
