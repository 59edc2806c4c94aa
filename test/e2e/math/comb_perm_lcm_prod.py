# Exact integer combinatorics and products.
import math
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 0), math.comb(5, 6), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 0), math.perm(3, 4))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(3, 5, 7), math.lcm(-4, 6), math.lcm(2**40, 3**20))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([0.5, 4]), math.prod([2, 3], start=10))
print(math.isqrt(10**50) ** 2 == 10**50, math.factorial(30) // math.factorial(28))
for f, args in [(math.comb, (-1, 2)), (math.perm, (3, -1)), (math.comb, (3.0, 1))]:
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
