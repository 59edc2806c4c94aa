# itertools for adder: CPython 3.11's iterator building blocks, written in
# Python. count, repeat, chain, groupby and tee are classes (their reprs,
# classmethods or shared state need one); the rest are generators behind a
# function that checks the arguments and calls iter() eagerly, so errors
# appear when CPython raises them, not at the first next().

import sys as _sys

_NULL = object()   # "no value yet", distinct from any user value


def _isnumber(x):
    # CPython's count() accepts what PyNumber_Check accepts
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


def _index(x):
    # always returns an exact int (so adder can type what uses it as int)
    if isinstance(x, int):
        return int(x)
    f = getattr(type(x), '__index__', None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    n = f(x)
    if not isinstance(n, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % type(n).__name__)
    return int(n)


def _ssize(x):
    # an index that must fit a C Py_ssize_t, as CPython requires
    n = _index(x)
    if n > _sys.maxsize or n < -_sys.maxsize - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


class count:
    def __init__(self, start=0, step=1):
        if not _isnumber(start) or not _isnumber(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, step)


class repeat:
    def __init__(self, object, times=_NULL):
        self._obj = object
        if times is _NULL:
            self._left = -1          # forever
        else:
            n = _ssize(times)
            self._left = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left < 0:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._left)


class chain:
    def __init__(self, *iterables):
        self._src = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterable):
        self = object.__new__(cls)
        self._src = iter(iterable)
        self._cur = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            cur = self._cur
            if cur is None:
                src = self._src
                if src is None:
                    raise StopIteration
                try:
                    cur = self._cur = iter(next(src))
                except BaseException:
                    # as in CPython, an error here (or the source's end)
                    # ends the chain for good
                    self._src = None
                    raise
            v = next(cur, _NULL)
            if v is not _NULL:
                return v
            self._cur = None


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        total = next(it, _NULL)
        if total is _NULL:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for x, keep in zip(data, selectors):
        if keep:
            yield x


def cycle(iterable, /):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        saved.append(x)
        yield x
    if saved:
        while True:
            yield from saved


def dropwhile(predicate, iterable, /):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(pred, it):
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable, /):
    return _takewhile(predicate, iter(iterable))


def _takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def filterfalse(function, iterable, /):
    return _filterfalse(function, iter(iterable))


def _filterfalse(pred, it):
    if pred is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not pred(x):
                yield x


def starmap(function, iterable, /):
    return _starmap(function, iter(iterable))


def _starmap(func, it):
    for args in it:
        if type(args) is not tuple:
            # tuple() gives CPython's "'int' object is not iterable"
            args = tuple(args)
        yield func(*args)


class groupby:
    # The groups share this object's position in the input: advancing to
    # the next key invalidates the previous group, as in CPython.
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgt = _NULL       # key of the group handed out last
        self._key = _NULL       # key of the item read last
        self._val = _NULL       # item read last, until a group takes it
        self._grouper = None

    def _step(self):
        v = next(self._it)
        self._key = v if self._keyfunc is None else self._keyfunc(v)
        self._val = v

    def __iter__(self):
        return self

    def __next__(self):
        self._grouper = None
        while True:
            if self._key is _NULL:
                pass
            elif self._tgt is _NULL or not (self._tgt == self._key):
                break
            self._step()
        self._tgt = self._key
        g = self._grouper = _grouper(self, self._tgt)
        return (self._key, g)


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._tgt = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._val is _NULL:
            p._step()
        if not (self._tgt == p._key):
            raise StopIteration
        v = p._val
        p._val = _NULL
        return v


def islice(*args):
    n = len(args)
    if n < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % n)
    if n > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % n)
    if n == 2:
        start, stop, step = None, args[1], None
    else:
        start, stop = args[1], args[2]
        step = args[3] if n == 4 else None
    stop = _islice_arg(stop, -1, 'Stop argument for islice() must be None '
                       'or an integer: 0 <= x <= sys.maxsize.')
    start = _islice_arg(start, 0, 'Indices for islice() must be None or an '
                        'integer: 0 <= x <= sys.maxsize.')
    step = _islice_arg(step, 1, 'Step for islice() must be a positive '
                       'integer or None.')
    if step == 0:
        raise ValueError('Step for islice() must be a positive integer '
                         'or None.')
    return _islice(iter(args[0]), start, stop, step)


def _islice_arg(x, default, msg):
    if x is None:
        return default
    try:
        n = _index(x)
    except TypeError:
        raise ValueError(msg) from None
    if n < 0 or n > _sys.maxsize:
        raise ValueError(msg)
    return n


def _islice(it, want, stop, step):
    # want: position of the next item to yield; got: items read so far.
    # Reads exactly as many items as CPython does (stop == -1: no stop).
    got = 0
    while True:
        while got < want:
            if next(it, _NULL) is _NULL:
                return
            got += 1
        if stop != -1 and got >= stop:
            return
        x = next(it, _NULL)
        if x is _NULL:
            return
        got += 1
        want += step
        if stop != -1 and want > stop:
            want = stop
        yield x


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(its, fill):
    live = len(its)
    if not live:
        return
    while True:
        row = []
        for i in range(len(its)):
            it = its[i]
            v = fill
            if it is not None:
                v = next(it, _NULL)
                if v is _NULL:
                    live -= 1
                    if not live:
                        return
                    its[i] = None
                    v = fill
            row.append(v)
        yield tuple(row)


def pairwise(iterable, /):
    return _pairwise(iter(iterable))


def _pairwise(it):
    a = next(it, _NULL)
    if a is _NULL:
        return
    for b in it:
        yield (a, b)
        a = b


class _tee:
    # Tees of one input share a singly linked list of [value, next] cells;
    # a cell whose next is None has not been read yet.
    def __init__(self, it, cell):
        self._it = it
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            cell[0] = next(self._it)
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        return _tee(self._it, self._cell)


def tee(iterable, n=2, /):
    n = _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, '__copy__') else _tee(it, [None, None])
    res = [first]
    for _ in range(n - 1):
        res.append(first.__copy__())
    return tuple(res)


def product(*iterables, repeat=1):
    r = _ssize(repeat)
    if r < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * r
    return _product(pools)


def _product(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    idx = [0] * n
    cur = [p[0] for p in pools]
    while True:
        yield tuple(cur)
        # odometer: bump the rightmost position that can move
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = idx[i] + 1
            if j < len(pool):
                idx[i] = j
                cur[i] = pool[j]
                break
            idx[i] = 0
            cur[i] = pool[0]
            i -= 1
        else:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        k = len(pool)
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    else:
        k = _ssize(r)
        if k < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, k)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    cur = list(pool[:r])
    used = [i < r for i in range(n)]
    while True:
        yield tuple(cur)
        # Next r-permutation of indices in lexicographic order: the
        # rightmost position that can take a larger unused index takes the
        # smallest such; the positions after it take the smallest unused.
        i = r - 1
        while i >= 0:
            old = idx[i]
            used[old] = False
            j = old + 1
            while j < n and used[j]:
                j += 1
            if j < n:
                idx[i] = j
                cur[i] = pool[j]
                used[j] = True
                k = 0
                for p in range(i + 1, r):
                    while used[k]:
                        k += 1
                    idx[p] = k
                    cur[p] = pool[k]
                    used[k] = True
                break
            i -= 1
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    r = _ssize(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    while True:
        yield tuple([pool[i] for i in idx])
        # position i can still grow while it is below n - r + i
        i = r - 1
        while i >= 0 and idx[i] == n - r + i:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
            v += 1


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    r = _ssize(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_wr(pool, r)


def _combinations_wr(pool, r):
    n = len(pool)
    if n == 0 and r:
        return
    idx = [0] * r
    while True:
        yield tuple([pool[i] for i in idx])
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
