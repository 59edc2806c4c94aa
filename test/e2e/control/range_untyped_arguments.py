# for loops over range() whose arguments the compiler cannot type: converted
# with __index__ after all arguments are evaluated, bigints, errors, else.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        print('index', self.v)
        return self.v
def get(x):
    return x
def f(n, m, s):
    out = []
    for i in range(n):
        out.append(i)
    for i in range(n, m):
        out.append(i)
    for i in range(m, n, s):
        out.append(i)
    return out
print(f(get(3), get(6), get(-1)))
print(f(Idx(2), Idx(4), Idx(-1)))
print(f(True, get(3), get(-2)))
import enum
class E(enum.IntEnum):
    A = 2
    B = 5
r = []
for i in range(E.A, E.B):
    r.append((i, type(i).__name__))
print(r)
def g(a, b):
    for i in range(a, b):
        if i > 2**64 + 3:
            print('big', i)
            break
g(get(2**64), get(2**65))
def trace(x):
    print('eval', x)
    return x
try:
    for i in range(trace(1.5), trace(3)):
        pass
except TypeError as e:
    print(e)
try:
    for i in range(get('a')):
        pass
except TypeError as e:
    print(e)
try:
    for i in range(0, 5, get(0)):
        pass
except ValueError as e:
    print(e)
class Bad:
    def __index__(self): return 'x'
try:
    for i in range(Bad()):
        pass
except TypeError as e:
    print(e)
for i in range(get(5)):
    i = i * 2
print(i)
total = 0
for k in range(get(3)):
    total += k
else:
    print('else', total)
