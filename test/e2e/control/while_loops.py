# while loops with break, continue and else.
i = 0
while i < 5:
    print("i =", i)
    i += 1
print("after:", i)
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz(27) steps:", steps)
k = 0
while k < 20:
    k += 1
    if k % 3 != 0:
        continue
    if k > 14:
        break
    print("multiple of 3:", k)
print("k ended at", k)
j = 0
while j < 3:
    j += 1
else:
    print("while-else ran, j =", j)
j = 0
while j < 10:
    if j == 4:
        print("breaking at", j)
        break
    j += 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else of never-entered loop")
a = 1071
b = 462
while b:
    t = a % b
    a = b
    b = t
print("gcd:", a)
total = 0
x = 1.0
while x > 1e-10:
    total += x
    x /= 2
print("geometric:", total)
count = 0
while True:
    count += 1
    if count >= 1000:
        break
print("count:", count)
outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner > outer:
            break
    print(outer, inner)
    outer += 1
