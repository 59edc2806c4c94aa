# Handling exceptions inside loops and continuing.
vals = [10, 0, 5, -2, 0, 3]
results = []
errors = 0
for v in vals:
    try:
        results.append(100 // v)
    except ZeroDivisionError:
        errors += 1
        results.append(None)
print(results, errors)
lst = [1, 2, 3]
i = 0
total = 0
while True:
    try:
        total += lst[i]
    except IndexError:
        break
    i += 1
print("summed", i, "items:", total)
import math
roots = []
for v in [4, -1, 9, -16, 2]:
    try:
        roots.append(math.sqrt(v))
    except ValueError as e:
        roots.append(-1.0)
        print("skip", v, e)
print(roots)
attempts = 0
n = 5
while n < 10**30:
    try:
        attempts += 1
        if attempts % 4 == 0:
            raise OverflowError("simulated at " + str(attempts))
        n *= 100
    except OverflowError as e:
        print(e)
print(attempts, n)
