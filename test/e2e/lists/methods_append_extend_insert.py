# list.append, list.extend (any iterable) and list.insert at every position.
a = []
a.append(1)
a.append([2, 3])
a.append(None)
print(a)
b = [1]
b.extend([2, 3])
b.extend((4, 5))
b.extend(range(6, 8))
b.extend("ab")
b.extend({"k": 1})
b.extend(x * 10 for x in range(2))
b.extend([])
print(b)
c = [1, 2, 3]
c.extend(c)
print(c)
d = ["x"]
d.insert(0, "first")
d.insert(len(d), "last")
d.insert(1, "second")
d.insert(-1, "before-last")
d.insert(100, "way-past-end")
d.insert(-100, "way-before-start")
print(d)
e = []
e.insert(5, "into-empty")
print(e)
try:
    [].extend(5)
except TypeError as err:
    print("TypeError:", err)
try:
    [].insert("0", 1)
except TypeError as err:
    print("TypeError:", err)
try:
    [].append()
except TypeError as err:
    print("TypeError:", err)
print(a.append(4), b.extend([]), c.insert(0, 0))
