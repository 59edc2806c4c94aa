# del of variables shared with nested functions (cells), and the errors when they are unbound.
def outer():
    a = 1
    def inner():
        nonlocal a
        del a
    inner()
    try:
        print(a)
    except NameError as e:
        print(type(e).__name__, e)
    def g():
        nonlocal a
        try:
            del a
        except NameError as e:
            print(type(e).__name__, e)
    g()
    a = 5
    def h():
        return a
    del a
    try:
        del a
    except NameError as e:
        print(type(e).__name__, e)
outer()
