# Loop variables stay bound after the loop; an empty loop does not rebind.
for i in range(5):
    pass
print(i)
i = "unchanged"
for i in range(0):
    pass
print(i)
for v in [1.5, 2.5]:
    w = v * 2
print(v, w)
j = 100
for j in range(3):
    j = j * 10
    print("body j", j)
print("after j", j)
for k in range(3):
    print("k", k)
    k = 99
print(k)
def f():
    for q in range(4):
        pass
    return q
print(f())
lst = [1, 2, 3]
for x in lst:
    x = x * 100
print(lst, x)
