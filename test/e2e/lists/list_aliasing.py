# Two names can refer to the same list; copies made by loops are distinct.
a = [1, 2, 3]
b = a
b.append(4)
b[0] = 100
print(a, b, a is b)
c = []
for v in a:
    c.append(v)
c[0] = -1
print(a, c, a is c, a == c)
def zero_in_place(lst):
    for i in range(len(lst)):
        lst[i] = 0
zero_in_place(b)
print(a, b)
rows = []
row = [0, 0]
for i in range(3):
    rows.append(row)
rows[0][0] = 7
print(rows)
rows2 = []
for i in range(3):
    rows2.append([0, 0])
rows2[0][0] = 7
print(rows2)
self_ref = [1]
self_ref.append(self_ref)
print(self_ref)
print(self_ref[1][1][1][0])
