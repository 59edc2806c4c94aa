# range() in a for loop with a step known only at run time: its sign picks
# the direction, and zero raises ValueError before the loop starts.
def collect(start, stop, step):
    out = []
    for i in range(start, stop, step):
        out.append(i)
    return out
for step in [1, 2, 3, -1, -2, -4, 7, -7, 100, -100]:
    print(step, collect(-5, 6, step), collect(6, -5, step))
print(collect(0, 0, 5), collect(3, 3, -5))
big = 2 ** 62
print(collect(big - 3, big + 3, 2), collect(-big, -big - 4, -1))
for step in [0, -0]:
    try:
        collect(0, 10, step)
    except ValueError as e:
        print("ValueError:", e)
n = 0
s = 3
for i in range(10, -10, -s):
    n += i
print(n)
