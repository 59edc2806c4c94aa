# array: typed arrays of numbers or characters, as CPython 3.11's array module.
# Items live in a Python list; every store is checked and converted the way
# CPython's C arrays would store it. Item sizes and byte order are those of
# CPython on x86-64 Linux on every target, so programs behave alike everywhere.
from struct import pack as _pack, unpack as _unpack

typecodes = 'bBuhHiIlLqQfd'

_SIZES = (1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8)
# struct codes with standard sizes ('<'): 'l'/'L' are 8 bytes here as on x86-64.
_FMT = 'bBIhHiIqQqQfd'
_KINDS = (0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2)  # 0 int, 1 float32, 2 double, 3 char
_BOUNDS = ((-128, 127), (0, 255), None, (-32768, 32767), (0, 65535),
           (-2147483648, 2147483647), (0, 4294967295),
           (-9223372036854775808, 9223372036854775807), (0, 18446744073709551615),
           (-9223372036854775808, 9223372036854775807), (0, 18446744073709551615))

_LONG = 'Python int too large to convert to C long'
_ULONG = 'Python int too large to convert to C unsigned long'
_NEG = "can't convert negative value to unsigned int"
_BIG = 'int too big to convert'
# CPython's OverflowError messages: (too large, too small) per typecode.
_RANGE_MSGS = {
    'b': ('signed char is greater than maximum', 'signed char is less than minimum'),
    'B': ('unsigned byte integer is greater than maximum',
          'unsigned byte integer is less than minimum'),
    'h': ('signed short integer is greater than maximum',
          'signed short integer is less than minimum'),
    'H': ('unsigned short is greater than maximum', 'unsigned short is less than minimum'),
    'i': ('signed integer is greater than maximum', 'signed integer is less than minimum'),
    'I': ('unsigned int is greater than maximum', _NEG),
    'l': (_LONG, _LONG),
    'L': (_ULONG, _NEG),
    'q': (_BIG, _BIG),
    'Q': (_BIG, "can't convert negative int to unsigned"),
}

_INF = float('inf')
_NO = object()  # "argument not given"


def _range_error(tc, v):
    # The small types go through a C long first, which fails before their own check.
    if tc in 'bBhHi' and not -9223372036854775808 <= v <= 9223372036854775807:
        return OverflowError(_LONG)
    if tc == 'I' and v > 18446744073709551615:
        return OverflowError(_ULONG)
    msgs = _RANGE_MSGS[tc]
    return OverflowError(msgs[0] if v > 0 else msgs[1])


def _tname(x):
    # CPython's array type is a C type whose name in messages is 'array.array'.
    return 'array.array' if type(x) is array else type(x).__name__


def _index(v):
    if isinstance(v, int):
        return int(v)
    if not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    r = v.__index__()
    if type(r) is not int:
        raise TypeError('__index__ returned non-int (type %s)' % type(r).__name__)
    return r


def _float(v):
    t = type(v)
    if t is float:
        return v
    if isinstance(v, int):
        return float(v)
    if hasattr(t, '__float__'):
        r = v.__float__()
        if type(r) is not float:
            raise TypeError('%s.__float__ returned non-float (type %s)'
                            % (t.__name__, type(r).__name__))
        return r
    if hasattr(t, '__index__'):
        return float(_index(v))
    raise TypeError('must be real number, not ' + t.__name__)


def _f32(x):
    # A C float store: round to single precision; out-of-range values become inf.
    try:
        return _unpack('<f', _pack('<f', x))[0]
    except OverflowError:
        return _INF if x > 0 else -_INF


def _f32s(xs):
    n = len(xs)
    try:
        return list(_unpack('<%df' % n, _pack('<%df' % n, *xs)))
    except OverflowError:
        return [_f32(x) for x in xs]


def _chars(codes):
    for c in codes:
        if c > 0x10FFFF:
            # CPython accepts such bytes and fails only when the item is read;
            # here the store itself fails, leaving the array unchanged.
            raise ValueError('character U+%x is not in range [U+0000; U+10ffff]' % c)
    return [chr(c) for c in codes]


def _slice_bound(v):
    if isinstance(v, int):
        return int(v)
    if not hasattr(type(v), '__index__'):
        raise TypeError('slice indices must be integers or have an __index__ method')
    return _index(v)


def _subscript(i):
    if isinstance(i, int):
        return int(i)
    if not hasattr(type(i), '__index__'):
        raise TypeError('array indices must be integers')
    return _index(i)


def _repeat_count(n, other):
    if isinstance(n, int):
        return int(n)
    if not hasattr(type(n), '__index__'):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % _tname(other))
    return _index(n)


class array:
    __slots__ = ('_tc', '_a', '_k', '_lo', '_hi')

    def __init__(self, typecode, initializer=_NO, /):
        if type(typecode) is not str or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not '
                            + type(typecode).__name__)
        init = initializer
        # CPython checks the initializer before the typecode itself.
        if type(init) is str and typecode != 'u':
            raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                            % typecode)
        if isinstance(init, array) and init._tc == 'u' and typecode != 'u':
            raise TypeError("cannot use a unicode array to initialize an array with "
                            "typecode '%s'" % typecode)
        if init is not _NO and not isinstance(init, (list, tuple, str, bytes, bytearray, array)):
            init = iter(init)
        k = typecodes.find(typecode)
        if k < 0:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._a = []
        self._k = _KINDS[k]
        if self._k == 0:
            self._lo, self._hi = _BOUNDS[k]
        else:
            self._lo = self._hi = 0
        if init is _NO:
            return
        if type(init) is str:
            self._a = list(init)
        elif isinstance(init, (bytes, bytearray)):
            self.frombytes(init)
        elif isinstance(init, array) and init._tc == typecode:
            self._a = init._a[:]
        else:
            self._a = self._conv(init)

    def _make(self, items):
        r = array(self._tc)
        r._a = items
        return r

    def _item(self, v):
        k = self._k
        if k == 0:
            if type(v) is not int:
                v = _index(v)
            if self._lo <= v <= self._hi:
                return v
            raise _range_error(self._tc, v)
        if k == 2:
            return _float(v)
        if k == 1:
            return _f32(_float(v))
        if type(v) is str and len(v) == 1:
            return v
        raise TypeError('array item must be unicode character')

    def _conv(self, seq):
        k = self._k
        if k == 0:
            lo = self._lo
            hi = self._hi
            out = []
            for v in seq:
                if type(v) is not int or v < lo or v > hi:
                    v = self._item(v)
                out.append(v)
            return out
        if k == 2:
            return [v if type(v) is float else _float(v) for v in seq]
        if k == 1:
            return _f32s([_float(v) for v in seq])
        return [self._item(v) for v in seq]

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[typecodes.find(self._tc)]

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __repr__(self):
        name = type(self).__name__
        if not self._a:
            return "%s('%s')" % (name, self._tc)
        if self._k == 3:
            return "%s('u', %r)" % (name, ''.join(self._a))
        return "%s('%s', %r)" % (name, self._tc, self._a)

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % _tname(self))

    def __getitem__(self, i):
        a = self._a
        if type(i) is not int:
            if isinstance(i, slice):
                return self._make(a[i])
            i = _subscript(i)
        n = len(a)
        if -n <= i < n:
            return a[i]
        raise IndexError('array index out of range')

    def __setitem__(self, i, v):
        a = self._a
        if type(i) is not int:
            if isinstance(i, slice):
                start, stop, step = i.indices(len(a))
                if not isinstance(v, array):
                    raise TypeError('can only assign array (not "%s") to array slice'
                                    % type(v).__name__)
                if v._tc != self._tc:
                    raise TypeError('bad argument type for built-in operation')
                if step != 1:
                    size = len(range(start, stop, step))
                    if len(v._a) != size:
                        raise ValueError('attempt to assign array of size %d to extended '
                                         'slice of size %d' % (len(v._a), size))
                a[i] = v._a[:]
                return
            i = _subscript(i)
        n = len(a)
        if not -n <= i < n:
            raise IndexError('array assignment index out of range')
        if type(v) is not int or v < self._lo or v > self._hi or self._k:
            v = self._item(v)
        a[i] = v

    def __delitem__(self, i):
        a = self._a
        if type(i) is not int:
            if isinstance(i, slice):
                del a[i]
                return
            i = _subscript(i)
        n = len(a)
        if not -n <= i < n:
            raise IndexError('array assignment index out of range')
        del a[i]

    def _find(self, v, start, stop):
        a = self._a
        if self._k == 1 or self._k == 2:
            # Explicit == because list searches treat an identical nan as equal.
            for j in range(start, min(stop, len(a))):
                if a[j] == v:
                    return j
            return -1
        try:
            return a.index(v, start, stop)
        except ValueError:
            pass
        return -1

    def __contains__(self, v):
        return self._find(v, 0, len(self._a)) >= 0

    def count(self, v, /):
        a = self._a
        if self._k == 1 or self._k == 2:
            n = 0
            for x in a:
                if x == v:
                    n += 1
            return n
        return a.count(v)

    def index(self, v, start=0, stop=_NO, /):
        n = len(self._a)
        start = _slice_bound(start)
        stop = n if stop is _NO else _slice_bound(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        j = self._find(v, start, min(stop, n))
        if j < 0:
            raise ValueError('array.index(x): x not in array')
        return j

    def remove(self, v, /):
        j = self._find(v, 0, len(self._a))
        if j < 0:
            raise ValueError('array.remove(x): x not in array')
        del self._a[j]

    def append(self, v, /):
        if type(v) is not int or v < self._lo or v > self._hi or self._k:
            v = self._item(v)
        self._a.append(v)

    def insert(self, i, v, /):
        i = _index(i)
        self._a.insert(i, self._item(v))

    def pop(self, i=-1, /):
        if type(i) is not int:
            i = _index(i)
        a = self._a
        n = len(a)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        return a.pop(i)

    def extend(self, bb, /):
        a = self._a
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            a.extend(bb._a if bb is not self else a[:])
            return
        # Item by item: CPython keeps the items stored before a bad one.
        if self._k == 0:
            lo = self._lo
            hi = self._hi
            for v in bb:
                if type(v) is not int or v < lo or v > hi:
                    v = self._item(v)
                a.append(v)
        else:
            for v in bb:
                a.append(self._item(v))

    def fromlist(self, list_, /):
        if not isinstance(list_, list):
            raise TypeError('arg must be list')
        self._a.extend(self._conv(list_))

    def tolist(self):
        return self._a[:]

    def reverse(self):
        self._a.reverse()

    def _codes(self):
        return [ord(c) for c in self._a] if self._k == 3 else self._a

    def tobytes(self):
        a = self._codes()
        return _pack('<%d%s' % (len(a), _FMT[typecodes.find(self._tc)]), *a)

    def frombytes(self, buffer, /):
        if isinstance(buffer, array):
            buffer = buffer.tobytes()
        elif isinstance(buffer, memoryview):
            buffer = bytes(buffer)
        elif not isinstance(buffer, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
        k = typecodes.find(self._tc)
        size = _SIZES[k]
        if len(buffer) % size:
            raise ValueError('bytes length not a multiple of item size')
        vals = _unpack('<%d%s' % (len(buffer) // size, _FMT[k]), buffer)
        self._a.extend(_chars(vals) if self._k == 3 else vals)

    def byteswap(self):
        k = typecodes.find(self._tc)
        if _SIZES[k] == 1:
            return
        a = self._codes()
        code = '%d%s' % (len(a), _FMT[k])
        vals = _unpack('>' + code, _pack('<' + code, *a))
        self._a[:] = _chars(vals) if self._k == 3 else vals

    def fromunicode(self, ustr, /):
        if type(ustr) is not str:
            raise TypeError('fromunicode() argument must be str, not ' + type(ustr).__name__)
        if self._k != 3:
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._a.extend(ustr)

    def tounicode(self):
        if self._k != 3:
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._a)

    # Stands in for CPython's buffer protocol, which Python classes lack here.
    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return self._make(self._a[:])

    def __deepcopy__(self, memo, /):
        return self._make(self._a[:])

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._make(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._make(self._a * _repeat_count(n, n))

    def __rmul__(self, n):
        # seq * array: CPython's sequence complains about the array as a count.
        bad = self if isinstance(n, (str, bytes, bytearray, list, tuple)) else n
        return self._make(self._a * _repeat_count(n, bad))

    def __imul__(self, n):
        self._a *= _repeat_count(n, n)
        return self

    def _diff(self, other):
        # The first pair of unequal items, else the two lengths (CPython's rule).
        a = self._a
        b = other._a
        if self._k == 1 or self._k == 2 or other._k == 1 or other._k == 2:
            for j in range(min(len(a), len(b))):
                if not a[j] == b[j]:
                    return a[j], b[j]
            return len(a), len(b)
        return a, b

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if len(self._a) != len(other._a):
            return False
        x, y = self._diff(other)
        return x == y

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if len(self._a) != len(other._a):
            return True
        x, y = self._diff(other)
        return x != y

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        x, y = self._diff(other)
        return x < y

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        x, y = self._diff(other)
        return x <= y

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        x, y = self._diff(other)
        return x > y

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        x, y = self._diff(other)
        return x >= y


ArrayType = array
