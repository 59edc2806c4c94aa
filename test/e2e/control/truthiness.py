# Truth values of every core type in if/while conditions.
def check(v):
    if v:
        print(repr(v), "-> true")
    else:
        print(repr(v), "-> false")
check(0)
check(1)
check(-1)
check(2**100)
check(0.0)
check(-0.0)
check(0.5)
check(float("nan"))
check(float("inf"))
check("")
check(" ")
check("0")
check([])
check([0])
check([[]])
check(None)
check(True)
check(False)
lst = []
while not lst:
    lst.append(len(lst) + 1)
print(lst)
n = 5
while n:
    n -= 1
print(n)
