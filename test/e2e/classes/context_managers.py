# __enter__/__exit__: values, exception info and suppression.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Tracker("a") as v:
    print("inside with", v)
with Tracker("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Tracker("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
with Tracker("outer") as o, Tracker("inner") as i:
    print("both", o, i)
def early():
    with Tracker("ret"):
        return "returned"
print(early())
for n in range(3):
    with Tracker(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
