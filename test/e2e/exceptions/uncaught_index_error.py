# Uncaught IndexError from reading past the end of a list.
data = [1, 2, 3]
i = 0
while True:
    print("item", data[i])
    i += 1
