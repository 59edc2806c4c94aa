# functools.partial: calls, attributes, nesting, repr and errors.
from functools import partial


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b=2, *c, **k):
    return (a, b, c, k)


p = partial(f, 1, k=3)
print(p(), p(2, z=5), p(2, 3, 4, k=9))
print(p.func is f, p.args, p.keywords)
print(partial(f)(0), partial(f).args, partial(f).keywords)
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo('11', base=10))
print(partial(max, key=len)(['aa', 'b', 'ccc']))

# a nested partial is folded into one
pp = partial(p, 5, k=4)
print(pp.func is f, pp.args, pp.keywords, pp(6))
p.attr = 1
q = partial(p, 2)
print(q.func is p, q.args, p.__dict__)

# reprs (stable parts only: functions print addresses)
print(repr(partial(len)), repr(partial(len, 'ab')))
print(repr(partial(max, 1, key=abs)))
print(repr(partial(partial(divmod, 7), 2)))
print(repr(partial(f, 1)).startswith('functools.partial(<function f at 0x'))


class P(partial):
    pass


sp = P(len, 'xyz')
print(repr(sp), sp(), type(P(partial(len), 'a')).__name__, P(partial(len), 'a').args)


# a partial stored on a class does not become a method
class A:
    m = partial(f, 9)


print(A().m(1))

show(lambda: partial(1))
show(lambda: partial())
show(lambda: partial(f)())
show(lambda: partial(len, 'a', 'b')())
try:
    p.func = len
except AttributeError:
    print('func is read-only')
print(callable(p), hash(p) == hash(p))
callbacks = [partial(lambda i, x: i * x, i) for i in range(4)]
print([cb(10) for cb in callbacks])
