# gcd (including negatives and several args) and exact factorials.
import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(-12, -18))
print(math.gcd(0, 0), math.gcd(0, 5), math.gcd(5, 0), math.gcd(0, -7))
print(math.gcd(2**100, 2**60 * 3), math.gcd(10**30 + 1, 10**15 + 1))
print(math.gcd(), math.gcd(42), math.gcd(-42), math.gcd(12, 18, 27), math.gcd(0, 0, 9))
print(math.gcd(True, 4))
for n in [0, 1, 2, 5, 10, 20, 21, 25]:
    print(n, math.factorial(n))
print(math.factorial(60))
print(math.factorial(100) // math.factorial(98))
f = math.factorial(200)
zeros = 0
while f % 10 == 0:
    zeros += 1
    f //= 10
print("trailing zeros of 200!:", zeros)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    math.gcd(2.0, 4)
except TypeError as e:
    print("TypeError:", e)
