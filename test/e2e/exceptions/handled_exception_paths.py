# Paths through except blocks when no exception was being handled before:
# returning from a handler, an exception escaping a handler into an outer
# one, bare raise after a nested try, and handlers in loops.
def ret_from_handler(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1
print(ret_from_handler(2), ret_from_handler(0))
def escape(kind):
    try:
        try:
            raise ValueError("first")
        except ValueError:
            if kind == 1:
                raise KeyError("second")
            return "handled"
    except KeyError as e:
        return "outer caught " + repr(e)
print(escape(0), escape(1))
def reraise_after_nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    reraise_after_nested()
except ValueError as e:
    print("re-raised:", e)
def in_loop(values):
    out = []
    for v in values:
        try:
            out.append(100 // v)
        except ZeroDivisionError:
            out.append(None)
            continue
        finally:
            out.append("f")
    return out
print(in_loop([5, 0, -3]))
def nothing_handled(x):
    try:
        y = x + 1
    except Exception:
        print("unreachable")
        y = 0
    return y
print(nothing_handled(1))
