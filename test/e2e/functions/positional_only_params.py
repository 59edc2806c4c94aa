# Positional-only parameters before /.
def div(a, b, /):
    return a / b
print(div(1, 4))
try:
    div(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
def f(a, /, b, *, c):
    return a, b, c
print(f(1, 2, c=3), f(1, b=2, c=3))
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def g(x, y=5, /, z=6):
    return x, y, z
print(g(1), g(1, 2), g(1, 2, 3), g(1, z=9))
def kw_same_name(name, /, **kw):
    return name, kw
print(kw_same_name("pos", name="kw"))
try:
    g()
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, y=2)
except TypeError as e:
    print("TypeError:", e)
print(len.__name__, divmod(7, 2))
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError:", e)
