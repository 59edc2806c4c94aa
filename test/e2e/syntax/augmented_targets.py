# Augmented assignment evaluates the target expression only once.
calls = []
def idx(i):
    calls.append(i)
    return i
lst = [10, 20, 30]
lst[idx(1)] += 5
print(lst, calls)
d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", []).append(1)
print(d)
class C:
    def __init__(self):
        self.n = 0
c = C()
c.n += 10
c.n -= 3
c.n *= 2
print(c.n)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)
s = "ab"
s *= 3
print(s)
x = 2
x **= 3 ** 2
print(x)
m = [[0, 0], [0, 0]]
m[1][0] += 7
m[0] += [1]
print(m)
