# for/else: the else clause runs only when the loop was not broken.
def find(lst, target):
    for i in range(len(lst)):
        if lst[i] == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
data = [4, 8, 15, 16, 23, 42]
find(data, 15)
find(data, 42)
find(data, 7)
find([], 1)
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, "is prime")
for x in []:
    print("never")
else:
    print("else on empty iterable")
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("else after continue-only loop")
def first_negative(lst):
    for v in lst:
        if v < 0:
            return v
    else:
        return None
print(first_negative([3, 1, -4, 1, -5]), first_negative([1, 2]))
