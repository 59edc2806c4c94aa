# if/elif/else chains, nesting and conditions of every core type.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 9, 10, 99, 100, 2**70, -(2**70)]:
    print(v, classify(v))
def fizz(i):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
for i in range(1, 31):
    fizz(i)
x = 7
if x > 5:
    if x > 6:
        if x > 7:
            print("deep: >7")
        else:
            print("deep: ==7")
    else:
        print("deep: 6")
if x:
    print("x truthy")
if not x - 7:
    print("x - 7 falsy")
if 0.0:
    print("never")
elif -0.0:
    print("never either")
elif None:
    print("not this")
else:
    print("all falsy")
if x > 100: print("one-liner no")
else: print("one-liner else")
y = 3
if y == 1 or y == 2:
    print("1 or 2")
elif y == 3 and x == 7:
    print("3 and 7")
