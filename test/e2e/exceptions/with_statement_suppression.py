# Context managers that suppress selected exceptions.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False
with Suppress(KeyError, IndexError) as s:
    [][1]
print("suppressed:", repr(s.caught))
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
count = 0
for v in ["1", "x", "3", "", "5"]:
    with Suppress(ValueError):
        count += int(v)
print("sum of parseable:", count)
class ExitReturnsTruthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return 1
with ExitReturnsTruthy():
    raise RuntimeError("eaten")
print("truthy non-bool return also suppresses")
