# Context managers: enter/exit order, suppression, several items, continue and return inside with.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None)
        return self.suppress
with CM("a") as x:
    print("in", x)
with CM("b", True):
    raise ValueError("boom")
def f():
    for i in range(3):
        with CM("l%d" % i) as n, CM("m"):
            if i == 1:
                continue
            if i == 2:
                return n
            print("body", i)
print(f())
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
