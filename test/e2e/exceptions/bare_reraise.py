# A bare `raise` re-raises the exception currently being handled.
def risky(n):
    if n == 0:
        raise ValueError("zero not allowed")
    return 10 / n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("  logging and re-raising")
        raise
for n in [5, 0]:
    try:
        print(wrapper(n))
    except ValueError as e:
        print("outer caught:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_after_handling_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            pass
        raise
try:
    reraise_after_handling_other()
except KeyError as e:
    print("re-raised the first:", repr(e))
def reraise_caught_object():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    reraise_caught_object()
except ZeroDivisionError as e:
    print("raised saved object:", e)
