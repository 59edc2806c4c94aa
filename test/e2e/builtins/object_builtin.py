# object(): a featureless base; instances do not have a __dict__.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(str(o).startswith("<object object at 0x"), object.__name__, object.__bases__, object.__mro__)
sentinel = object()
def lookup(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        return "missing" if default is sentinel else default
    return v
print(lookup({"a": None}, "a"), lookup({}, "a"), lookup({}, "a", 0))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
