# range() argument errors.
for args in [(), (1, 2, 3, 4), (1.5,), (0, 10, 0), ("1",), (None,)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
r = range(5)
try:
    r[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    r.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    range(3)["a"]
except TypeError as e:
    print("TypeError:", e)
