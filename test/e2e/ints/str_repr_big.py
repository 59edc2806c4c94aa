# Decimal conversion of big ints in both directions.
n = 1
for i in range(1, 101):
    n = n * i
s = str(n)
print(s)
print(int(s) == n, int("-" + s) == -n)
print(repr(-n))
p = 7**300
print(p)
print(p % 10**10, p // 10**240)
print(10**100)
print(10**100 - 1)
print(-(10**100) + 1)
m = 0
for d in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3]:
    m = m * 10 + d
print(m, m * m)
digits = 0
t = 2**500
while t > 0:
    digits += t % 10
    t //= 10
print("digit sum of 2**500:", digits)
