# Out-of-range indexing raises IndexError with exact messages.
a = [1, 2, 3]
def get(lst, i):
    try:
        print(lst[i])
    except IndexError as e:
        print("IndexError:", e)
def put(lst, i, v):
    try:
        lst[i] = v
        print(lst)
    except IndexError as e:
        print("IndexError:", e)
get(a, 2)
get(a, 3)
get(a, -3)
get(a, -4)
get([], 0)
get([], -1)
get(a, 2**70)
get(a, -(2**70))
put(a, 0, 10)
put(a, -1, 30)
put(a, 3, 40)
put(a, -4, 0)
put([], 0, 1)
try:
    print(a[1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    print(a[None])
except TypeError as e:
    print("TypeError:", e)
try:
    print(a["0"])
except TypeError as e:
    print("TypeError:", e)
print(a[True], a[False])
print(a)
