# id() values are implementation details; only their relations are checked.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) == id(a))
x = object()
ids = {id(x)}
print(id(x) in ids, (a is b) == (id(a) == id(b)))
live = [object() for _ in range(10)]
print(len({id(o) for o in live}))
