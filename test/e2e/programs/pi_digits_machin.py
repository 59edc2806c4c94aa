# 200 digits of pi with Machin's formula using big-int fixed point.
def arctan_inv(x, unity):
    total = unity // x
    term = total
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
DIGITS = 200
unity = 10 ** (DIGITS + 10)
pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
pi //= 10 ** 10
s = str(pi)
print(s)
print(pi % 10**20)
print(pi // 10**(DIGITS - 20))
