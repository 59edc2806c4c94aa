# namedtuple for adder's standard library (collections.namedtuple and
# typing.NamedTuple): a function that builds a subclass of tuple whose
# fields are read-only descriptors, as CPython 3.11's does (same reprs,
# errors and methods; no _source, no pickling support).

from keyword import iskeyword as _iskeyword


class _tuplegetter:
    # The descriptor of one field: read-only, like a tuple item.
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


# The methods every namedtuple class has, shared by all of them.

def _nt_make(cls, iterable):
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError('Expected %d arguments, got %d'
                        % (len(cls._fields), len(result)))
    return result


def _nt_replace(self, /, **kwds):
    result = self._make([kwds.pop(name, v)
                         for name, v in zip(self._fields, self)])
    if kwds:
        raise ValueError('Got unexpected field names: %r' % list(kwds))
    return result


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_getnewargs(self):
    return tuple(self)


def _nt_repr(self):
    return '%s(%s)' % (type(self).__name__, ', '.join(
        ['%s=%r' % fv for fv in zip(self._fields, self)]))


def _name_list(names):
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + ' and ' + names[1]
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _nt_bind(typename, fields, defaults, args, kwargs):
    # Binds the arguments of Point(...) to the fields, with the errors
    # CPython gives for a def __new__(_cls, x, y=...).
    n = len(fields)
    nargs = len(args)
    where = typename + '.__new__() '
    for key in kwargs:
        if key not in fields:
            raise TypeError(where + 'got an unexpected keyword argument %r'
                            % key)
        if fields.index(key) < nargs:
            raise TypeError(where + 'got multiple values for argument %r'
                            % key)
    if nargs > n:
        if defaults:
            takes = 'from %d to %d positional arguments' % (
                n - len(defaults) + 1, n + 1)
        elif n:
            takes = '%d positional arguments' % (n + 1)
        else:
            takes = '1 positional argument'
        raise TypeError(where + 'takes %s but %d were given'
                        % (takes, nargs + 1))
    values = list(args)
    missing = []
    for name in fields[nargs:]:
        if name in kwargs:
            values.append(kwargs[name])
        elif name in defaults:
            values.append(defaults[name])
        else:
            missing.append(repr(name))
    if missing:
        raise TypeError(where + 'missing %d required positional argument%s: %s'
                        % (len(missing), 's' if len(missing) > 1 else '',
                           _name_list(missing)))
    return tuple(values)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    seen = set()
    if rename:
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[i] = '_%d' % i
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    def __new__(_cls, *args, **kwargs):
        if kwargs or len(args) != nfields:
            args = _nt_bind(typename, fields, field_defaults, args, kwargs)
        return tuple.__new__(_cls, args)

    signature = '%s(%s)' % (typename, ', '.join(fields))
    __new__.__qualname__ = typename + '.__new__'
    __new__.__doc__ = 'Create new instance of ' + signature
    ns = {
        '__doc__': signature,
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__new__': __new__,
        '_make': classmethod(_nt_make),
        '_replace': _nt_replace,
        '_asdict': _nt_asdict,
        '__getnewargs__': _nt_getnewargs,
        '__repr__': _nt_repr,
        # Without frames the caller's module is unknown: a script's
        # namedtuples are the common case.
        '__module__': '__main__' if module is None else module,
    }
    for i, name in enumerate(fields):
        ns[name] = _tuplegetter(i, 'Alias for field number %d' % i)
    return type(typename, (tuple,), ns)
