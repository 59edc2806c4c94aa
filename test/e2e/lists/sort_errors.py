# Sorting incomparable values raises TypeError; the list is left intact-ish.
def try_sort(lst):
    try:
        lst.sort()
        print("sorted:", lst)
    except TypeError as e:
        print("TypeError:", e)
try_sort([3, "a", 1])
try_sort(["a", 3])
try_sort([1, None])
try_sort([(1, 2), (1, "x")])
try_sort([[1], 1])
try_sort([2, 1.5, 2**64, -7])
try_sort([1, 2.5, True])
try:
    sorted([1, 2], key=lambda x: "a" if x == 1 else 2)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], reverse=None)
except TypeError as e:
    print("TypeError:", e)
try:
    [].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
