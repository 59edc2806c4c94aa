# Comprehension variables do not leak; they see enclosing scopes.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(g())
def h():
    fns = [lambda i=i: i for i in range(3)]
    return [fn() for fn in fns]
print(h())
class C:
    factor = 3
    try:
        values = [factor for _ in range(2)]
    except NameError as e:
        err = "class-scope names are invisible in comprehensions: " + str(e)
    first = [v for v in [factor]]
    doubled = [v * 2 for v in range(3)]
print(C.doubled, C.first, C.err, hasattr(C, "values"))
n = 5
print([n * k for k in range(n)])
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError:", e)
outer_list = [1, 2, 3]
print([[v for v in outer_list if v != w] for w in outer_list])
