# A user program: a serializer with singledispatch and ordered tasks with total_ordering.
from functools import singledispatch, total_ordering, cmp_to_key, cached_property


@singledispatch
def to_text(obj):
    raise TypeError('cannot serialize %s' % type(obj).__name__)


@to_text.register
def _(obj: bool):
    return 'true' if obj else 'false'


@to_text.register(int)
@to_text.register(float)
def _(obj):
    return repr(obj)


@to_text.register
def _(obj: str):
    return '"' + obj.replace('"', '\\"') + '"'


@to_text.register(type(None))
def _(obj):
    return 'null'


@to_text.register(list)
@to_text.register(tuple)
def _(obj):
    return '[' + ', '.join(to_text(x) for x in obj) + ']'


@to_text.register
def _(obj: dict):
    return '{' + ', '.join(to_text(str(k)) + ': ' + to_text(v) for k, v in obj.items()) + '}'


print(to_text({'name': 'adder', 'ok': True, 'n': [1, 2.5, None, ('x', 'say "hi"')]}))
try:
    to_text({1, 2})
except TypeError as e:
    print(e)


@total_ordering
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __eq__(self, other):
        return (self.priority, self.name) == (other.priority, other.name)

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    @cached_property
    def label(self):
        print('  (label computed for %s)' % self.name)
        return '%s/p%d' % (self.name, self.priority)


tasks = [Task(2, 'write'), Task(1, 'plan'), Task(3, 'ship'), Task(1, 'coffee')]
ordered = sorted(tasks)
print([t.label for t in ordered])
print([t.label for t in ordered if t >= Task(2, 'a')])
print(max(tasks).name, min(tasks).name, Task(1, 'a') <= Task(1, 'a'))
print([t.name for t in sorted(tasks, key=cmp_to_key(lambda a, b: len(a.name) - len(b.name)))])
