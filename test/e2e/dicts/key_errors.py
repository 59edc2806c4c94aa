# Missing keys raise KeyError whose str() is the repr of the key.
d = {"a": 1, 2: "two", (1, 2): "t"}
for key in ["missing", 3, (1, 3), None, 2.5, "", "quote'd"]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, "| args:", e.args, "| repr:", repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("del KeyError:", e)
class Defaulting(dict):
    def __missing__(self, key):
        return "default for " + repr(key)
dd = Defaulting(x=1)
print(dd["x"], dd["y"], "y" in dd, dd.get("y"))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e)
try:
    raise KeyError()
except KeyError as e:
    print("[" + str(e) + "]")
