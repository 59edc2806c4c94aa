# Ranges with huge bounds stay lazy; len() past sys.maxsize overflows.
r = range(10**20)
print(r[-1], r[10**19], 10**19 + 5 in r, -1 in r, r[5:10], r[::10**19])
big = range(-2**70, 2**70, 2**68)
print(len(big), big[0], big[-1], list(big)[:3], 2**69 in big, 2**69 + 1 in big)
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2**64)[-1], range(2**64).stop)
print(sum(range(1, 10**6 + 1)), sum(range(10**6, 0, -7)))
print(range(10**30, 10**30 + 3)[1], (10**30 + 2) in range(10**30, 10**30 + 3))
