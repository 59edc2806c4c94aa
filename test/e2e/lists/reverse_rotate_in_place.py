# In-place reversal and rotation with index swaps; lists of big ints.
def reverse_range(lst, lo, hi):
    while lo < hi:
        t = lst[lo]
        lst[lo] = lst[hi]
        lst[hi] = t
        lo += 1
        hi -= 1
def rotate_left(lst, k):
    n = len(lst)
    if n == 0:
        return
    k = k % n
    reverse_range(lst, 0, k - 1)
    reverse_range(lst, k, n - 1)
    reverse_range(lst, 0, n - 1)
a = [1, 2, 3, 4, 5, 6, 7]
reverse_range(a, 0, len(a) - 1)
print(a)
rotate_left(a, 2)
print(a)
rotate_left(a, -3)
print(a)
rotate_left(a, 700)
print(a)
e = []
rotate_left(e, 3)
print(e)
powers = []
for i in range(0, 130, 16):
    powers.append(2 ** i)
rotate_left(powers, 4)
print(powers)
floats = [0.1, 0.2, 0.30000000000000004, -0.0]
reverse_range(floats, 0, 3)
print(floats)
