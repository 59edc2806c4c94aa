# An exception raised while handling another gets __context__ set.
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("a")
    finally:
        raise IndexError("b from finally")
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))
def chain(n):
    try:
        if n == 0:
            raise OSError("root")
        chain(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}")
try:
    chain(3)
except RuntimeError as e:
    names = []
    cur = e
    while cur is not None:
        names.append(str(cur))
        cur = cur.__context__
    print(names)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise e
except ValueError as e:
    print("re-raised same object keeps context None:", e.__context__)
