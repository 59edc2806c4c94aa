# Digit manipulation with while loops: reverse, sum, palindromes, bases.
def reverse_digits(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r
def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
def to_base(n, b):
    # digits, most significant first; the sign goes on the first digit
    if n == 0:
        return [0]
    neg = n < 0
    if neg:
        n = -n
    rev = []
    while n:
        rev.append(n % b)
        n //= b
    out = []
    i = len(rev) - 1
    while i >= 0:
        out.append(rev[i])
        i -= 1
    if neg:
        out[0] = -out[0]
    return out
for n in [0, 7, 12345, 1000, 987654321, 2**64]:
    print(n, reverse_digits(n), digit_sum(n))
pal = 0
for n in range(1, 1000):
    if n == reverse_digits(n):
        pal += 1
print("palindromes below 1000:", pal)
for b in [2, 3, 7, 16, 36]:
    print(b, to_base(255, b), to_base(-1000, b), to_base(2**70, b))
n = 196
for i in range(10):
    n = n + reverse_digits(n)
print("196 after 10 steps:", n)
