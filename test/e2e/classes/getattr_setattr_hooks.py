# __getattr__ (fallback), __getattribute__ (always), __setattr__, __delattr__.
class Fallback:
    real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name!r} here")
f = Fallback()
print(f.real, f.auto_hello, hasattr(f, "auto_x"), hasattr(f, "other"))
try:
    f.other
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
g = Logged()
g.a = 5
print(g.a, g.secret, g.log)
del g.a
print(g.log, hasattr(g, "a"))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
