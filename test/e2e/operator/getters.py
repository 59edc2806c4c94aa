# operator.itemgetter, attrgetter and methodcaller: calls, reprs, errors.
from operator import itemgetter, attrgetter, methodcaller


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(itemgetter(1)('abc'), itemgetter(1, 0)('abc'), itemgetter('k')({'k': 5}))
print(itemgetter(slice(2, None))([1, 2, 3, 4]), itemgetter(-1, -1)([7, 8]))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(itemgetter(slice(1, 2))))
print(list(map(itemgetter(0), [(1, 2), (3, 4)])))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1)))
show(lambda: itemgetter())
show(lambda: itemgetter(5)([1]))
show(lambda: itemgetter(1)(1))
show(lambda: itemgetter(1)(1, 2))
show(lambda: itemgetter('x')({}))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


tree = Node('root', Node('kid', Node('leaf')))
print(attrgetter('name')(tree), attrgetter('child.name')(tree), attrgetter('child.child.name')(tree))
print(attrgetter('name', 'child.name')(tree), attrgetter('real', 'imag')(3 + 4j))
print(repr(attrgetter('a.b', 'c')), repr(attrgetter('x')))
show(lambda: attrgetter())
show(lambda: attrgetter(1))
show(lambda: attrgetter('a', 2))
show(lambda: attrgetter('missing')(tree))
show(lambda: attrgetter('child.missing')(tree))
show(lambda: attrgetter('child.child.child.name')(tree))

print(methodcaller('upper')('ab'), methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(methodcaller('count', 'a')('banana'), methodcaller('get', 'k', 0)({}))
print(repr(methodcaller('f', 1, k=2)), repr(methodcaller('g')), repr(methodcaller('f', 'x', a=[1])))
print(list(map(methodcaller('strip'), [' a ', 'b  '])))
show(lambda: methodcaller())
show(lambda: methodcaller(1))
show(lambda: methodcaller('upper')())
show(lambda: methodcaller('nope')('s'))
show(lambda: methodcaller('upper', 1)('s'))
ig = itemgetter(1)
print(ig == itemgetter(1), ig == ig, callable(ig))
