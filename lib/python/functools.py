# functools for adder: higher-order functions and decorators of CPython
# 3.11's functools, written in Python: reduce, partial, update_wrapper,
# wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property and
# singledispatch.

_NULL = object()      # "no value", distinct from any user value
_KWD_MARK = object()  # separates positional from keyword parts of a cache key

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def reduce(function, iterable, initial=_NULL, /):
    try:
        it = iter(iterable)
    except TypeError:
        it = None
    if it is None:
        # raised outside the handler: CPython's error has no context
        raise TypeError('reduce() arg 2 must support iteration')
    value = initial
    if value is _NULL:
        value = next(it, _NULL)
        if value is _NULL:
            raise TypeError('reduce() of empty iterable with no initial value')
    for x in it:
        value = function(value, x)
    return value


class partial:
    __slots__ = ('_func', '_args', '_kw', '__dict__')

    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # Fold a plain nested partial into this one, as CPython does
        # (not one with attributes of its own or its own __call__).
        if (isinstance(func, partial) and not func.__dict__
                and type(func).__call__ is partial.__call__):
            args = func._args + args
            keywords = {**func._kw, **keywords}
            func = func._func
        self._func = func
        self._args = args
        self._kw = keywords

    @property
    def func(self):
        return self._func

    @property
    def args(self):
        return self._args

    @property
    def keywords(self):
        return self._kw

    def __call__(self, *args, **keywords):
        if self._kw:
            keywords = {**self._kw, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self._func)]
        for a in self._args:
            parts.append(repr(a))
        for k, v in self._kw.items():
            parts.append('%s=%r' % (k, v))
        name = type(self).__name__
        if type(self) is partial:
            name = 'functools.partial'
        return '%s(%s)' % (name, ', '.join(parts))


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last so that a __wrapped__ copied from wrapped's __dict__ loses
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


class _CacheInfo:
    # CPython's CacheInfo is a namedtuple; adder cannot subclass tuple, so
    # this has its repr, fields, indexing, unpacking, == and hash instead.
    __slots__ = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % (
            self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._tuple()[i]

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        return self._tuple() == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._tuple())


def _make_key(args, kwds, typed):
    if not kwds and not typed:
        if len(args) == 1:
            a = args[0]
            t = type(a)
            # exact int or str is its own key (so f(1) and f(1.0) differ)
            if t is int or t is str:
                return a
        return args
    key = list(args)
    if kwds:
        key.append(_KWD_MARK)
        for k, v in kwds.items():
            key.append(k)
            key.append(v)
    if typed:
        for v in args:
            key.append(type(v))
        for v in kwds.values():
            key.append(type(v))
    return tuple(key)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize):
        # bare @lru_cache
        return _lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(func, maxsize, typed):
    cache = {}
    stats = [0, 0]      # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return func(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            r = cache.get(key, _NULL)
            if r is not _NULL:
                stats[0] += 1
                return r
            stats[1] += 1
            r = func(*args, **kwds)
            cache[key] = r
            return r
    else:
        # The cache maps keys to links [prev, next, key, result] of a
        # circular list in use order, oldest first after root: moving and
        # evicting are O(1). (Evicting the first key of an insertion-ordered
        # dict gets slower with every deletion before the dict is resized.)
        root = [None, None, None, None]
        root[0] = root[1] = root

        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            link = cache.get(key)
            if link is not None:
                prev = link[0]
                nxt = link[1]
                prev[1] = nxt
                nxt[0] = prev
                last = root[0]
                last[1] = link
                link[0] = last
                link[1] = root
                root[0] = link
                stats[0] += 1
                return link[3]
            stats[1] += 1
            r = func(*args, **kwds)
            # a recursive call with the same arguments may have stored it
            if key not in cache:
                if len(cache) >= maxsize:
                    old = root[1]
                    nxt = old[1]
                    root[1] = nxt
                    nxt[0] = root
                    del cache[old[2]]
                last = root[0]
                link = [last, root, key, r]
                last[1] = link
                root[0] = link
                cache[key] = link
            return r

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        if maxsize:
            root[0] = root[1] = root
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    update_wrapper(wrapper, func)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def cache(user_function, /):
    return _lru_wrapper(user_function, None, False)


# total_ordering: each missing operator from the one the class defines.
# They return NotImplemented when the defined one does.

def _gt_from_lt(self, other):
    r = self.__lt__(other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = self.__lt__(other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = self.__lt__(other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = self.__le__(other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = self.__le__(other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = self.__le__(other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = self.__gt__(other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = self.__gt__(other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = self.__gt__(other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = self.__ge__(other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = self.__ge__(other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = self.__ge__(other)
    if r is NotImplemented:
        return r
    return not r


_DERIVED = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    # The operators cls (or a base other than object) defines. Looked up in
    # the classes' __dict__ because adder makes a new object for each
    # getattr(object, '__lt__'), so an identity test cannot tell.
    roots = set()
    for k in cls.__mro__:
        if k is not object:
            for op in _DERIVED:
                if op in k.__dict__:
                    roots.add(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    # prefer __lt__, then __le__, __gt__, __ge__
    root = max(roots)
    for name, func in _DERIVED[root]:
        if name not in roots:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


class _KeyWrapper:
    __slots__ = ('_cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def _other(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self._cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, self._other(other)) > 0

    def __le__(self, other):
        return self._cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, self._other(other)) >= 0

    def __eq__(self, other):
        return self._cmp(self.obj, self._other(other)) == 0


def cmp_to_key(mycmp):
    def K(obj):
        return _KeyWrapper(mycmp, obj)
    return K


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two '
                            'different names (%r and %r).'
                            % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        d = getattr(instance, '__dict__', None)
        if d is None:
            raise TypeError("No '__dict__' attribute on %r instance to cache "
                            "%r property." % (type(instance).__name__, name))
        v = d.get(name, _NULL)
        if v is _NULL:
            v = self.func(instance)
            d[name] = v
        return v


_UnionType = type(int | str)


def _is_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return (isinstance(cls, _UnionType)
            and all(isinstance(a, type) for a in cls.__args__))


def singledispatch(func):
    # Dispatch on the first class in type(arg).__mro__ that has an
    # implementation. (No abstract base classes: adder has no abc module.)
    registry = {object: func}
    memo = {}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        impl = memo.get(cls)
        if impl is None:
            for k in cls.__mro__:
                impl = registry.get(k)
                if impl is not None:
                    break
            memo[cls] = impl
        return impl

    def register(cls, func=None):
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class or union type.' % (cls,))
            ann = getattr(cls, '__annotations__', None)
            if not ann:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an '
                    'annotated function.' % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _is_dispatch_type(cls):
                if isinstance(cls, _UnionType):
                    raise TypeError('Invalid annotation for %r. %r not all '
                                    'arguments are classes.' % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a '
                                'class.' % (argname, cls))
        if isinstance(cls, _UnionType):
            for k in cls.__args__:
                registry[k] = func
        else:
            registry[cls] = func
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    update_wrapper(wrapper, func)
    return wrapper
