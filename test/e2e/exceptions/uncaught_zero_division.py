# An uncaught ZeroDivisionError ends the program with status 1; output
# printed before it must still appear.
print("before")
total = 0
for i in range(5, -1, -1):
    total += 60 // i
    print(i, total)
print("never printed")
