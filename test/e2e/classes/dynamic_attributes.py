# getattr/setattr/hasattr/delattr and __dict__ manipulation.
class Obj:
    cls_attr = "class"
o = Obj()
setattr(o, "x", 1)
o.y = 2
o.__dict__["z"] = 3
print(o.x, o.y, o.z, getattr(o, "x"), getattr(o, "nope", "default"), sorted(vars(o).items()))
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(o, "cls_attr"), "cls_attr" in vars(o))
delattr(o, "x")
print(hasattr(o, "x"), sorted(o.__dict__))
name = "dyn_" + "attr"
setattr(o, name, [1])
print(getattr(o, name), o.dyn_attr)
setattr(Obj, "added", lambda self: "method added at runtime")
print(o.added())
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(o, "not an identifier!", 9)
print(getattr(o, "not an identifier!"))
