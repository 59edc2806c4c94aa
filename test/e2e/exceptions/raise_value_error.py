# Raising built-in exceptions explicitly, with and without messages.
def check_positive(x):
    if x <= 0:
        raise ValueError("expected a positive number, got " + str(x))
    return x
for v in [5, 0, -2.5]:
    try:
        print(check_positive(v))
    except ValueError as e:
        print("ValueError:", e)
try:
    raise ValueError
except ValueError as e:
    print("empty message: [" + str(e) + "]")
try:
    raise ValueError()
except ValueError as e:
    print("empty call: [" + str(e) + "]", repr(e))
try:
    raise IndexError("custom index message")
except IndexError as e:
    print(e, repr(e))
try:
    raise ZeroDivisionError("not really")
except ZeroDivisionError as e:
    print(e)
try:
    raise TypeError("bad type", 42)
except TypeError as e:
    print(e)
try:
    raise OverflowError(7)
except OverflowError as e:
    print(e, repr(e))
def deep(n):
    if n == 0:
        raise ValueError("bottom reached")
    return deep(n - 1)
try:
    deep(50)
except ValueError as e:
    print("from depth:", e)
err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e, e is err)
