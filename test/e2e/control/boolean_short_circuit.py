# and/or short-circuit and return one of their operands.
calls = []
def t(name):
    calls.append(name)
    return True
def f(name):
    calls.append(name)
    return False
print(t(1) and f(2) and t(3))
print(calls)
calls = []
print(f(1) or f(2) or t(3) or t(4))
print(calls)
calls = []
print(f(24) and t(25), t(16) or t(17))
print(calls)
print(0 and 1, 1 and 0, 2 and 3, 0 or 0.0, 0.0 or 0, [] or [1], [2] and [])
print(None or "default", "" or None, 5 or 1 / 0, 0 and 1 / 0)
print(not (1 and 0), not 1 and 0, not (0 or 0), (not 0) or 0)
x = 10
ok = x > 5 and x < 20 and x != 15
print(ok)
y = 0
safe = y != 0 and 10 / y > 1
print(safe)
z = None
print(z is None or z > 0)
lst = []
print(len(lst) > 0 and lst[0] == 1)
print(1 < 2 and 2 < 3 or 1 / 0)
