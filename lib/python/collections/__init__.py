# collections for adder: defaultdict, Counter, OrderedDict, deque, namedtuple
# and ChainMap, written in Python. Not here: UserDict, UserList, UserString,
# pickling support, and X[...] generic aliases.
#
# Every program that imports this compiles all of it, and each method body
# costs compile time, so families of similar methods (comparisons, set
# operations, Counter arithmetic) are built by small factories, and
# collections.abc is not imported: it re-exports the mapping views defined
# here and adds its Mapping to _mapping_types when a program imports it.

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque',
           'namedtuple']

# ids of the containers whose repr is being built, to print a recursive
# reference as CPython does instead of recursing forever.
_repr_running = set()


def _guarded_repr(obj, make, recursive):
    key = id(obj)
    if key in _repr_running:
        return recursive
    _repr_running.add(key)
    try:
        return make(obj)
    finally:
        _repr_running.discard(key)


def _as_index(n):
    # n.__index__() with CPython's TypeError for other types (there is no
    # operator module here); range() does exactly this conversion.
    return range(n).stop


# What counts as a mapping for Counter.update() and ChainMap's | (CPython
# asks collections.abc.Mapping); ChainMap and abc.Mapping join later.
_mapping_types = (dict,)


def _is_mapping(obj):
    return isinstance(obj, _mapping_types)


################################################################ defaultdict

class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        base = dict.__repr__(self)
        # CPython guards the factory, not the dict, against recursion.
        return '%s(%s, %s)' % (type(self).__name__, _guarded_repr(
            self.default_factory, repr, '...'), base)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    # dict's | would return a plain dict.
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


#################################################################### Counter

def _count_of(item):
    return item[1]


def _counter_binop(op):
    # A Counter of the positive results of op(count, other_count), missing
    # counts being 0: self's elements first, then other's new ones.
    def method(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = op(count, other[elem])
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self:
                n = op(0, count)
                if n > 0:
                    result[elem] = n
        return result
    return method


def _counter_cmp(op, strict):
    # Multiset comparisons, missing counts being 0; strict ones also
    # require inequality.
    def method(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not op(self[e], other[e]):
                    return False
        return not strict or not self == other
    return method


def _counter_inplace(op):
    # In place, any mapping is accepted; only positive counts remain.
    def method(self, other):
        for elem, count in other.items():
            self[elem] = op(self[elem], count)
        return self._keep_positive()
    return method


def _add(a, b):
    return a + b


def _sub(a, b):
    return a - b


def _max(a, b):
    return b if a < b else a


def _min(a, b):
    return a if a < b else b


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable, so equal counts keep insertion order.
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[:n] if n > 0 else []

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _tally(self, iterable, kwds, sign):
        if iterable is not None:
            get = self.get
            if not _is_mapping(iterable):
                for elem in iterable:
                    self[elem] = get(elem, 0) + sign
            elif sign < 0:
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            elif self:
                for elem, count in iterable.items():
                    self[elem] = count + get(elem, 0)
            else:
                # Counts are stored as given, not added to 0.
                dict.update(self, iterable)
        if kwds:
            self._tally(kwds, None, sign)

    def update(self, iterable=None, /, **kwds):
        self._tally(iterable, kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        self._tally(iterable, kwds, -1)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            items = self.most_common()
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            items = list(self.items())
        return '%s({%s})' % (type(self).__name__,
                             ', '.join(['%r: %r' % kv for kv in items]))

    __eq__ = _counter_cmp(_eq, False)
    __le__ = _counter_cmp(_le, False)
    __ge__ = _counter_cmp(_ge, False)
    __lt__ = _counter_cmp(_le, True)
    __gt__ = _counter_cmp(_ge, True)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    __add__ = _counter_binop(_add)
    __sub__ = _counter_binop(_sub)
    __or__ = _counter_binop(_max)
    __and__ = _counter_binop(_min)

    def __pos__(self):
        return _counter_binop(_max)(Counter(), self)

    def __neg__(self):
        return _counter_binop(_sub)(Counter(), self)

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    __iadd__ = _counter_inplace(_add)
    __isub__ = _counter_inplace(_sub)
    __ior__ = _counter_inplace(_max)

    def __iand__(self, other):
        for elem, count in self.items():
            o = other[elem]
            if o < count:
                self[elem] = o
        return self._keep_positive()


################################################################ OrderedDict

# dict keeps insertion order, so OrderedDict only adds its own methods, an
# order-sensitive == and its reprs; move_to_end(last=False) is O(n).

def _odict_repr(od):
    return '%s(%r)' % (type(od).__name__, list(dict.items(od)))


class OrderedDict(dict):
    def __repr__(self):
        if not self:
            return type(self).__name__ + '()'
        return _guarded_repr(self, _odict_repr, '...')

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not a == b:
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def keys(self):
        return odict_keys(dict.keys(self))

    def values(self):
        return odict_values(dict.values(self))

    def items(self):
        return odict_items(dict.items(self))


# The OrderedDict views wrap dict's live views, for their names and reprs.

class _odict_view:
    __slots__ = ('_view',)

    def __init__(self, view):
        self._view = view

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __contains__(self, x):
        return x in self._view

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self._view))


def _view_op(name):
    def method(self, other):
        if isinstance(other, _odict_view):
            other = other._view
        return getattr(self._view, name)(other)
    return method


class _odict_setview(_odict_view):
    __slots__ = ()
    __hash__ = None


for _name in ('__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
              '__and__', '__rand__', '__or__', '__ror__', '__sub__',
              '__rsub__', '__xor__', '__rxor__', 'isdisjoint'):
    setattr(_odict_setview, _name, _view_op(_name))


class odict_keys(_odict_setview):
    __slots__ = ()
    __module__ = 'builtins'


class odict_items(_odict_setview):
    __slots__ = ()
    __module__ = 'builtins'


class odict_values(_odict_view):
    __slots__ = ()
    __module__ = 'builtins'


###################################################################### deque

# Two lists: _left holds the left part reversed (its end is the leftmost
# item), _right the right part in order, so both ends are list appends and
# pops. A pop from an empty side moves half of the other side over, which
# keeps every end operation amortized O(1). The two sides mirror each
# other, so the helpers take (near, far) pairs. _state counts mutations,
# for iterators to detect them as CPython's do.

def _deque_cmp(op):
    def method(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._tolist(), other._tolist())
    return method


def _deque_body(d):
    return repr(d._tolist())


def _deque_maxlen_readonly(self, *value):
    # *value, not value=None: adder compiles a defaulted parameter of a
    # property setter for the default's type only (/tmp/bugs/helper-coll-6.py).
    raise AttributeError(
        "attribute 'maxlen' of 'collections.deque' objects is not writable")


class deque:
    # No __slots__ (CPython's deque has no __dict__): adder reads and writes
    # slot attributes several times slower (/tmp/bugs/helper-coll-7.py).

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            try:
                maxlen = _as_index(maxlen)
            except TypeError:
                raise TypeError('an integer is required') from None
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        if iterable is self:
            iterable = self._tolist()
        try:
            self._state += 1
        except AttributeError:
            self._state = 0
        self._left = []
        self._right = []
        self._maxlen = maxlen
        self.extend(iterable)

    maxlen = property(lambda self: self._maxlen, _deque_maxlen_readonly,
                      _deque_maxlen_readonly)

    def _tolist(self):
        return self._left[::-1] + self._right

    def _take(self, near, far, k):
        # Removes the k outermost items on near's side; returns them in
        # near's order (innermost first).
        n = len(near)
        if k <= n:
            chunk = near[n - k:]
            del near[n - k:]
        else:
            m = k - n
            chunk = far[m - 1::-1] + near
            del far[:m]
            near.clear()
        return chunk

    def __len__(self):
        return len(self._left) + len(self._right)

    def append(self, x):
        self._state += 1
        self._right.append(x)
        if (self._maxlen is not None
                and len(self._left) + len(self._right) > self._maxlen):
            self._take(self._left, self._right, 1)

    def appendleft(self, x):
        self._state += 1
        self._left.append(x)
        if (self._maxlen is not None
                and len(self._left) + len(self._right) > self._maxlen):
            self._take(self._right, self._left, 1)

    def pop(self):
        right = self._right
        if not right:
            self._refill(right, self._left)
        self._state += 1
        return right.pop()

    def popleft(self):
        left = self._left
        if not left:
            self._refill(left, self._right)
        self._state += 1
        return left.pop()

    def _refill(self, near, far):
        # near is empty: move the inner half of far over.
        if not far:
            raise IndexError('pop from an empty deque')
        k = (len(far) + 1) // 2
        near.extend(far[k - 1::-1])
        del far[:k]

    def _extend(self, iterable, near, append):
        if iterable is self:
            iterable = self._tolist()
        if self._maxlen is None:
            n = len(near)
            near.extend(iterable)
            if len(near) != n:
                self._state += 1
        else:
            # One at a time, so a long input never piles up beyond maxlen.
            for x in iterable:
                append(x)

    def extend(self, iterable):
        self._extend(iterable, self._right, self.append)

    def extendleft(self, iterable):
        self._extend(iterable, self._left, self.appendleft)

    def clear(self):
        self._state += 1
        self._left.clear()
        self._right.clear()

    def copy(self):
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._left.count(x) + self._right.count(x)

    def index(self, x, start=0, stop=None):
        items = self._tolist()
        try:
            return items.index(x, start, len(items) if stop is None else stop)
        except ValueError:
            raise ValueError('%r is not in deque' % (x,)) from None

    def insert(self, i, x):
        i = _as_index(i)
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if i < 0:
            i = max(i + n, 0)
        self._state += 1
        nl = len(self._left)
        if i <= nl:
            self._left.insert(nl - i, x)
        else:
            self._right.insert(i - nl, x)

    def remove(self, x):
        del self[self.index(x)]

    def reverse(self):
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        n = _as_index(n)
        size = len(self)
        self._state += 1
        if size > 1:
            n %= size
            if n <= size // 2:
                near, far = self._right, self._left
            else:
                near, far, n = self._left, self._right, size - n
            chunk = self._take(near, far, n)
            chunk.reverse()
            far.extend(chunk)

    def _locate(self, i):
        # (list, position) of item i.
        if not isinstance(i, int):
            try:
                i = _as_index(i)
            except TypeError:
                raise TypeError('sequence index must be integer, not %r'
                                % type(i).__name__) from None
        left = self._left
        nl = len(left)
        if i < 0:
            i += nl + len(self._right)
        if 0 <= i < nl:
            return left, nl - 1 - i
        if nl <= i < nl + len(self._right):
            return self._right, i - nl
        raise IndexError('deque index out of range')

    def __getitem__(self, i):
        lst, j = self._locate(i)
        return lst[j]

    def __setitem__(self, i, x):
        lst, j = self._locate(i)
        lst[j] = x

    def __delitem__(self, i):
        lst, j = self._locate(i)
        self._state += 1
        del lst[j]

    def __contains__(self, x):
        return x in self._left or x in self._right

    def __iter__(self):
        return _deque_iterator(self, 0, 1)

    def __reversed__(self):
        return _deque_iterator(self, len(self) - 1, -1)

    def __repr__(self):
        body = _guarded_repr(self, _deque_body, '[...]')
        if body == '[...]':
            return body
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, body)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, body, self._maxlen)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        if not isinstance(n, int):
            try:
                n = _as_index(n)
            except TypeError:
                raise TypeError("can't multiply sequence by non-int of type %r"
                                % type(n).__name__) from None
        if n <= 0:
            self.clear()
        elif n > 1:
            items = self._tolist()
            for _ in range(n - 1):
                self.extend(items)
        return self

    def __mul__(self, n):
        return self.copy().__imul__(n)

    __rmul__ = __mul__

    __hash__ = None
    __eq__ = _deque_cmp(list.__eq__)
    __ne__ = _deque_cmp(list.__ne__)
    __lt__ = _deque_cmp(list.__lt__)
    __le__ = _deque_cmp(list.__le__)
    __gt__ = _deque_cmp(list.__gt__)
    __ge__ = _deque_cmp(list.__ge__)


class _deque_iterator:
    # Walks positions, as CPython's does: reverse() and item assignment
    # are seen, any other mutation makes the next step raise.

    def __init__(self, d, pos, step):
        self._deque = d
        self._pos = pos
        self._step = step
        self._todo = len(d)
        self._state = d._state

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError('deque mutated during iteration')
        if self._todo == 0:
            raise StopIteration
        self._todo -= 1
        i = self._pos
        self._pos = i + self._step
        left = d._left
        if i < len(left):
            return left[-1 - i]
        return d._right[i - len(left)]


################################################################# namedtuple

# In its own module, so that typing.NamedTuple shares it without importing
# the rest of collections.
from _namedtuple import namedtuple


########################################################## the mapping views

# collections.abc's MappingView, KeysView, ItemsView and ValuesView live
# here, for ChainMap; abc.py re-exports them. Set operations on keys and
# items views work on a set of the view's contents.

class _MappingView:
    __slots__ = ('_mapping',)
    __module__ = 'collections.abc'

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class _KeysView(_MappingView):
    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class _ItemsView(_MappingView):
    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield (key, m[key])


class _ValuesView(_MappingView):
    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield m[key]


def _setview_cmp(name):
    # Comparisons are with sets and set-like views only.
    def method(self, other):
        if isinstance(other, (_KeysView, _ItemsView)):
            other = set(other)
        return getattr(set(self), name)(other)
    return method


def _setview_op(name, swap):
    # Operators take any iterable; swap is for the reflected - .
    def method(self, other):
        if getattr(type(other), '__iter__', None) is None:
            return NotImplemented
        if swap:
            return getattr(set(other), name)(self)
        return getattr(set(self), name)(other)
    return method


for _cls in (_MappingView, _KeysView, _ItemsView, _ValuesView):
    _cls.__name__ = _cls.__qualname__ = _cls.__name__[1:]
for _cls in (_KeysView, _ItemsView):
    _cls.__hash__ = None
    for _name in ('__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
                  'isdisjoint'):
        setattr(_cls, _name, _setview_cmp(_name))
    for _name, _op in (('__and__', 'intersection'), ('__or__', 'union'),
                       ('__xor__', 'symmetric_difference'),
                       ('__sub__', 'difference')):
        setattr(_cls, _name, _setview_op(_op, False))
        setattr(_cls, '__r' + _name[2:], _setview_op(_op, _op == 'difference'))


################################################################### ChainMap

def _chainmap_repr(cm):
    return '%s(%s)' % (type(cm).__name__, ', '.join(map(repr, cm.maps)))


class ChainMap:
    # CPython's is a collections.abc.MutableMapping; here it carries those
    # mixin methods itself.
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Each key once, in the order of the last map first.
        d = {}
        for m in reversed(self.maps):
            d.update(dict.fromkeys(m))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _guarded_repr(self, _chainmap_repr, '...')

    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def update(self, other=(), /, **kwds):
        _update_mapping(self, other, kwds)

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return type(self)(m)


_mapping_types = (dict, ChainMap)


def _update_mapping(self, other, kwds):
    # MutableMapping.update()
    if _is_mapping(other):
        for key in other:
            self[key] = other[key]
    elif hasattr(other, 'keys'):
        for key in other.keys():
            self[key] = other[key]
    else:
        for key, value in other:
            self[key] = value
    for key, value in kwds.items():
        self[key] = value
