# callable() on functions, classes, instances, methods and others.
class WithCall:
    def __call__(self):
        return 1
class Without:
    pass
def f():
    pass
items = [f, lambda: 0, len, print, str.upper, "x".upper, Without, WithCall(), Without(), 5, "s", None, [], type, object]
print([callable(i) for i in items])
