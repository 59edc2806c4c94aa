# A dict of 10**5 str -> int entries (issue 4's memory goal).
table = {}
for i in range(10**5):
    table["key" + str(i)] = i
print(len(table), table["key99999"])
