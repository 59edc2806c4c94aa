# AttributeError and NameError messages.
class C:
    x = 1
def attempt(k):
    try:
        if k == 0:
            C().y
        elif k == 1:
            C.y
        elif k == 2:
            (5).real = 1
        elif k == 3:
            None.foo
        elif k == 4:
            "s".nope()
        elif k == 5:
            [].push(1)
        elif k == 6:
            undefined_var
        elif k == 7:
            import math
            math.nonexistent
        else:
            del C().x
    except (AttributeError, NameError) as e:
        print(k, type(e).__name__ + ":", e)
for k in range(9):
    attempt(k)
