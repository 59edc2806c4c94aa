# functools.wraps and update_wrapper: copied attributes and __wrapped__.
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, len(args), kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b


print(add(2, b=3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__)
print(add.__wrapped__(10, 20), add.__wrapped__.__name__)


class Box:
    @logged
    def size(self):
        """The size."""
        return 3


print(Box().size(), Box.size.__qualname__, Box.size.__doc__)


def tagged(func):
    func.tag = 'T'
    func.__wrapped__ = 'old'
    return func


@logged
@tagged
def g():
    pass


print(g.tag, g.__wrapped__ != 'old', g.__wrapped__.__name__, g.__dict__['tag'])


def plain(*a):
    return a


def target(x):
    "target doc"
    return x


r = update_wrapper(plain, target)
print(r is plain, plain.__name__, plain.__doc__, plain.__wrapped__ is target)


def other():
    "orig"


update_wrapper(other, target, assigned=('__doc__',), updated=())
print(other.__name__, other.__doc__)


# wrapping something without the attributes skips them
def wrap_len(*a):
    return len(*a)


update_wrapper(wrap_len, len)
print(wrap_len.__name__, wrap_len.__wrapped__ is len, wrap_len('ab'))


# a decorator with arguments
def repeat(n):
    def deco(func):
        @wraps(func)
        def inner(*a):
            return [func(*a) for _ in range(n)]
        return inner
    return deco


@repeat(3)
def hello(name):
    "greets"
    return 'hi ' + name


print(hello('bob'), hello.__name__, hello.__doc__)
