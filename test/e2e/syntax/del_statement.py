# del on names, items, slices, attributes and multiple targets.
a = 1
b = [1, 2, 3, 4]
c = {"k": 1, "m": 2}
class O:
    pass
o = O()
o.attr = 5
o.other = 6
del a
del b[1], c["k"], o.attr
print(b, c, hasattr(o, "attr"), o.other)
try:
    print(a)
except NameError as e:
    print("NameError:", e)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c["zz"]
except KeyError as e:
    print("KeyError:", e)
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
lst = [0, 1, 2, 3, 4, 5]
del lst[::2], lst[0]
print(lst)
