# Set operators | & - ^ and their in-place forms; results printed sorted.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
def show(s):
    return type(s).__name__ + str(sorted(s))
print(show(a | b), show(a & b), show(a - b), show(b - a), show(a ^ b))
print(show(a | set()), show(a & set()), show(set() - a), show(a ^ a))
c = set(a)
c |= {10}
print(show(c))
c &= {1, 2, 10, 11}
print(show(c))
c -= {2}
print(show(c))
c ^= {1, 99}
print(show(c))
alias = c
c |= {7}
print(alias is c, show(alias))
fa = frozenset(a)
print(show(fa | b), show(b | fa), show(fa & b), show(b - fa))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
