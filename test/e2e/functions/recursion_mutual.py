# Mutual recursion and recursive algorithms with several calls.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
for n in [0, 1, 10, 31, 100]:
    print(n, is_even(n), is_odd(n))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(0, 0), ackermann(1, 2), ackermann(2, 3), ackermann(3, 3))
moves = [0]
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves[0] += 1
    if n >= 4:
        print("move disk", n, "from", src, "to", dst)
    hanoi(n - 1, via, dst, src)
hanoi(6, 1, 3, 2)
print("moves:", moves[0])
def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))
fs = []
ms = []
for i in range(15):
    fs.append(hofstadter_f(i))
    ms.append(hofstadter_m(i))
print(fs)
print(ms)
def merge_sort(lst):
    if len(lst) <= 1:
        return lst
    mid = len(lst) // 2
    left = []
    right = []
    for i in range(mid):
        left.append(lst[i])
    for i in range(mid, len(lst)):
        right.append(lst[i])
    left = merge_sort(left)
    right = merge_sort(right)
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    while i < len(left):
        out.append(left[i])
        i += 1
    while j < len(right):
        out.append(right[j])
        j += 1
    return out
print(merge_sort([5, -2, 9, 0, 3.5, 2**65, -7, 3, 3, 1]))
