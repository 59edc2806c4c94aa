# pass statements, deeply nested blocks, and early returns.
def empty():
    pass
print(empty())
if True:
    pass
for i in range(2):
    pass
while False:
    pass
def nested(n):
    if n > 0:
        for i in range(n):
            if i % 2 == 0:
                while i > 0:
                    if i == 4:
                        return "returned at " + str(i)
                    i -= 2
            else:
                pass
        return "loop done"
    else:
        return "non-positive"
print(nested(0))
print(nested(3))
print(nested(6))
def level(x):
    if x > 0:
        if x > 10:
            if x > 100:
                if x > 1000:
                    return 4
                return 3
            return 2
        return 1
    return 0
for v in [-1, 5, 50, 500, 5000]:
    print(v, level(v))
