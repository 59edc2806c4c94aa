# Uncaught OverflowError: converting a huge int to float.
big = 1
for i in range(5):
    big *= 10**100
    print("digits group", i)
print(float(big))
