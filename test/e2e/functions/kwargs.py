# **kwargs collects extra keyword arguments into a dict (in call order).
def f(a, **kw):
    return a, kw
print(f(1), f(1, b=2, c=3), f(a=0, z=26, y=25), f(**{"a": 1, "b": 2}))
def merge(**kw):
    return sorted(kw.items())
print(merge(x=1, **{"y": 2}, z=3))
def tagged(tag, /, **attrs):
    parts = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    return f"<{tag} {parts}>" if parts else f"<{tag}>"
print(tagged("a", href="/x", title="t"), tagged("br"), tagged("p", tag="allowed because tag is positional-only"))
try:
    f(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"b": 1}, b=2)
except TypeError as e:
    print("TypeError:", e)
def all_kinds(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(all_kinds(1, c=3), all_kinds(1, 2, 3, 4, c=5, e=6), all_kinds(c=0, a=-1, zz=9))
