# break and continue affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        print(i, j)
print("---")
found = False
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                if c > 20:
                    found = True
                    break
        if found:
            break
    if found:
        break
print("stopped with", a, b, c)
i = 0
while i < 3:
    for j in range(10):
        if j == 2:
            break
        print("w", i, j)
    i += 1
count = 0
for i in range(10):
    if i % 2:
        continue
    for j in range(10):
        if j % 3:
            continue
        count += 1
print("count", count)
table = [1, 2, 3]
for x in table:
    line = ""
    for y in table:
        line = line + str(x * y) + " "
    print(line)
