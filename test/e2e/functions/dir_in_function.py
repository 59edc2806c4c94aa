# dir() without arguments in a function lists its bound locals, sorted.
def f(b, a=1):
    z = 3
    if a > 5:
        never = 0
    return dir()


def g():
    y = 1

    def h():
        return dir(), y

    return h()


print(f(2), g(), "f" in dir())
