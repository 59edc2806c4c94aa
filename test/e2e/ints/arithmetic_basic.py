# Basic integer arithmetic, operator precedence and unary operators.
a = 17
b = 5
print(a + b, a - b, a * b)
print(b - a, -a - b, -a * b)
print(a + b * 2, (a + b) * 2, a - b - 3, a - (b - 3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(-3 ** 3, (-3) ** 3)
print(a * -1, -a * -b)
print(1 + 2 * 3 - 4 // 2 + 10 % 4)
print(100 - 3 * (7 - 2) ** 2)
print(0 * -5, -0 + 0)
print(~5, ~-5, ~0, -~5, ~~7)
print(10 - -10, 10 + -10, 10 * +3)
total = 0
i = 1
while i <= 100:
    total = total + i * i
    i = i + 1
print("sum of squares 1..100 =", total)
n = 1
for k in range(1, 21):
    n = n * k
print("20! =", n)
print(3 * 1000000007 + 12345 - 99 * 77)
