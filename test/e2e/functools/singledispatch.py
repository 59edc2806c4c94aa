# functools.singledispatch: dispatch on the first argument's class and MRO.
from functools import singledispatch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@singledispatch
def describe(x):
    """Describe x."""
    return 'object'


@describe.register
def _(x: int):
    return 'int %d' % x


@describe.register(list)
def _(x):
    return 'list of %d' % len(x)


@describe.register
def _(x: str | bytes):
    return 'text'


def for_float(x, extra=''):
    return 'float' + extra


print(describe.register(float, for_float) is for_float)
print(describe(1), describe(True), describe([1, 2]), describe('a'), describe(b'x'))
print(describe(2.5), describe(2.5, extra='!'), describe(None), describe({}))
print(describe.__name__, describe.__doc__, describe.dispatch(bool) is describe.dispatch(int))
print(describe.dispatch(dict).__name__, describe.dispatch(float) is for_float)


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@singledispatch
def sound(a):
    return '...'


@sound.register
def _(a: Animal):
    return 'generic animal'


print(sound(Puppy()), sound(Dog()))


@sound.register(Dog)
def _(a):
    return 'woof'


print(sound(Puppy()), sound(Animal()), sound(3))
show(lambda: sound())
show(lambda: sound.register(1))
show(lambda: sound.register(1, len))


def unannotated(x):
    pass


try:
    sound.register(unannotated)
except TypeError as e:
    print(str(e).startswith('Invalid first argument to `register()`: <function unannotated'))
try:
    @sound.register
    def _(x: list[int]):
        pass
except TypeError as e:
    print(e)
