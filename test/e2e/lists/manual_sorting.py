# Sorting algorithms written with index operations.
def bubble(lst):
    n = len(lst)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if lst[j] > lst[j + 1]:
                t = lst[j]
                lst[j] = lst[j + 1]
                lst[j + 1] = t
                swaps += 1
    return swaps
def insertion(lst):
    for i in range(1, len(lst)):
        key = lst[i]
        j = i - 1
        while j >= 0 and lst[j] > key:
            lst[j + 1] = lst[j]
            j -= 1
        lst[j + 1] = key
def selection(lst):
    for i in range(len(lst)):
        m = i
        for j in range(i + 1, len(lst)):
            if lst[j] < lst[m]:
                m = j
        t = lst[i]
        lst[i] = lst[m]
        lst[m] = t
data = [38, 27, 43, 3, 9, 82, 10, -5, 0, 27, 2**65, -2.5]
a = [0] * len(data)
b = [0] * len(data)
c = [0] * len(data)
for i in range(len(data)):
    a[i] = data[i]
    b[i] = data[i]
    c[i] = data[i]
print("swaps", bubble(a))
insertion(b)
selection(c)
print(a)
print(b)
print(c)
print(a == b and b == c)
seed = 12345
rnd = []
for i in range(300):
    seed = (seed * 1103515245 + 12345) % 2**31
    rnd.append(seed % 1000)
insertion(rnd)
ok = True
for i in range(len(rnd) - 1):
    if rnd[i] > rnd[i + 1]:
        ok = False
print(ok, rnd[0], rnd[150], rnd[-1])
def binary_search(lst, target):
    lo = 0
    hi = len(lst) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if lst[mid] == target:
            return mid
        if lst[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
print(binary_search(a, 43), binary_search(a, 44), binary_search(a, -5), binary_search([], 1))
