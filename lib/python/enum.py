# enum for adder: CPython 3.11's enum written in Python: EnumType
# (EnumMeta), Enum, Flag, ReprEnum, IntEnum, StrEnum, IntFlag, auto,
# unique, member and nonmember.
#
# Not provided: FlagBoundary (Flag is always STRICT, IntFlag always KEEP),
# verify/EnumCheck, global_enum, property, pickling support (__reduce_ex__),
# __dir__, _numeric_repr_/_iter_member_*, the functional API's guess of the
# caller's __module__, names for flag values made of multi-bit members
# only, and the DeprecationWarnings of 3.11 (adder has no warnings module).

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum',
           'Flag', 'IntFlag', 'auto', 'unique', 'member', 'nonmember']

_NULL = object()
# Bound below, once they exist: EnumType.__new__ builds these classes too.
_Flag = _ReprEnum = None


def _func():
    pass


_FUNC = type(_func)

_proxy = type(type.__dict__)


def _is_dunder(n):
    return (len(n) > 4 and n[:2] == n[-2:] == '__'
            and n[2] != '_' and n[-3] != '_')


def _is_sunder(n):
    return (len(n) > 2 and n[0] == n[-1] == '_'
            and n[1] != '_' and n[-2] != '_')


def _is_descriptor(v):
    # adder's functions, classmethods and staticmethods have no __get__
    # attribute, hence the isinstance test.
    return (isinstance(v, (_FUNC, classmethod, staticmethod))
            or hasattr(v, '__get__') or hasattr(v, '__set__')
            or hasattr(v, '__delete__'))


_OVERRIDES = ('__repr__', '__str__', '__format__', '__or__', '__and__',
              '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__')
_SUNDERS = ('_order_', '_ignore_', '_generate_next_value_', '_missing_')


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=_NULL):
        self.value = value


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class _prop:
    # name and value: read-only on members; on the class they only find a
    # member of that name.
    def __init__(self, name, member=None):
        self.name = name
        self.member = member

    def __get__(self, inst, owner=None):
        if inst is None:
            if self.member is None:
                raise AttributeError(self.name)
            return self.member
        return getattr(inst, '_%s_' % self.name)

    def __set__(self, inst, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r"
                             % self.name)

    def __delete__(self, inst):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r"
                             % self.name)


class _EnumDict(dict):
    # The class body namespace: records member names and values in order
    # and resolves auto().
    def __init__(self, cls_name, gnv):
        super().__init__()
        self._private = '_%s__' % cls_name.lstrip('_')
        self._gnv = gnv
        self._names = []
        self._values = []
        self._ignore = []
        self._auto_used = False

    def __setitem__(self, key, value):
        if key.startswith(self._private) and len(key) > len(self._private):
            pass
        elif _is_sunder(key):
            if key not in _SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % key)
            if key == '_generate_next_value_':
                if self._auto_used:
                    raise TypeError('_generate_next_value_ must be defined '
                                    'before members')
                self._gnv = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                already = set(value) & set(self._names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set '
                                     'names: %r' % (already,))
                self._ignore = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _NULL:
                    value.value = self._gnv(key, 1, len(self._names),
                                            self._values[:])
                    self._auto_used = True
                value = value.value
            self._names.append(key)
            self._values.append(value)
        super().__setitem__(key, value)


def _bin(v, width):
    return '0b%d %s' % (v < 0, format(v & ((1 << width) - 1), '0%db' % width))


def _find(cls, value):
    # The member for value (cls(value)): by value, else via _missing_.
    if isinstance(value, cls):
        return value
    if not cls._member_map_:
        raise TypeError('%r has no members defined' % cls)
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    exc = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
        result = None
    if isinstance(result, cls):
        return result
    # raised outside any handler: the ValueError has no context
    ve = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if exc is None:
        if result is None:
            raise ve
        exc = TypeError('error in %s._missing_: returned %r instead of None '
                        'or a valid member' % (cls.__name__, result))
    if not isinstance(exc, ValueError):
        exc.__context__ = ve
    raise exc


def _context(cls, ctx):
    # How cls makes members: its data type (the mixed-in type, object if
    # none), the __new__ to call (None: object's, without arguments), and
    # whether it is a Flag.
    mtype = object
    for c in cls.__mro__[1:]:
        if isinstance(c, EnumType):
            if c._member_type_ is not object:
                mtype = c._member_type_
                break
        elif c is not object and (
                '__new__' in c.__dict__ or '__dataclass_fields__' in c.__dict__
                or c.__module__ == 'builtins'):
            mtype = c
            break
    type.__setattr__(cls, '_member_type_', mtype)
    make = None
    for c in cls.__mro__:
        if c is mtype:
            break
        if '__new__' in c.__dict__:
            make = cls.__new__
            break
    if make is None and mtype is not object and (
            '__new__' in mtype.__dict__ or mtype.__module__ == 'builtins'):
        make = mtype.__new__
    ctx.extend((mtype, make, _Flag is not None and issubclass(cls, _Flag)))


def _add_member(cls, name, value, ctx):
    if not ctx:
        _context(cls, ctx)
    mtype, make, flag = ctx
    args = value if isinstance(value, tuple) else (value,)
    if mtype is tuple:
        args = (args,)
    m = object.__new__(cls) if make is None else make(cls, *args)
    if not hasattr(m, '_value_'):
        m._value_ = value if mtype is object else mtype(*args)
    value = m._value_
    m._name_ = name
    m.__objclass__ = cls
    m.__init__(*args)
    m._sort_order_ = len(cls._member_names_)
    try:
        canon = cls._value2member_map_.get(value)
    except TypeError:
        canon = None
        for c in cls._member_map_.values():
            if c._value_ == value:
                canon = c
                break
    setc = type.__setattr__
    if flag:
        setc(cls, '_flag_mask_', cls._flag_mask_ | value)
        setc(cls, '_all_bits_', (1 << cls._flag_mask_.bit_length()) - 1)
    if canon is not None:
        m = canon
    else:
        if not flag or (value and not value & (value - 1)):
            cls._member_names_.append(name)
            if flag:
                setc(cls, '_singles_mask_', cls._singles_mask_ | value)
        try:
            cls._value2member_map_[value] = m
        except TypeError:
            pass
    cls._member_map_[name] = m
    if name == 'name' or name == 'value':
        m = _prop(name, m)
    setc(cls, name, m)


class _proto:
    # A member's value in the namespace given to type.__new__, whose
    # __set_name__ call makes the member, so that __init_subclass__ sees it.
    def __init__(self, value, ctx):
        self.value = value
        self.ctx = ctx

    def __set_name__(self, cls, name):
        _add_member(cls, name, self.value, self.ctx)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(mcs, cls_name, bases, **kwds):
        gnv = None
        for base in bases:
            for c in base.__mro__:
                if isinstance(c, EnumType):
                    if c._member_names_:
                        raise TypeError('<enum %r> cannot extend %r'
                                        % (cls_name, c))
                    if gnv is None:
                        gnv = c._generate_next_value_
        return _EnumDict(cls_name, gnv)

    def __new__(mcs, cls_name, bases, ns, **kwds):
        names = ns._names
        bad = [n for n in names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(n) for n in bad))
        body = dict(ns)
        for n in ns._ignore + ['_ignore_']:
            body.pop(n, None)
        order = body.pop('_order_', None)
        ctx = []
        for n, v in zip(names, ns._values):
            body[n] = _proto(v, ctx)
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        if _Flag is not None and any(issubclass(b, _Flag) for b in bases):
            body['_flag_mask_'] = body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
        try:
            exc = None
            cls = super().__new__(mcs, cls_name, bases, body, **kwds)
        except RuntimeError as e:
            # type.__new__ wraps what the members' __set_name__ raised
            exc = e.__cause__ or e
        if exc is not None:
            raise exc
        setc = type.__setattr__
        if not ctx:
            _context(cls, ctx)
        mtype = ctx[0]
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            order = [n for n in order if n not in cls._member_map_
                     or n in cls._member_names_]
            if order != cls._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n'
                                '  %r' % (cls._member_names_, order))
        if mtype is not object:
            # Enum's methods must win over the data type's, unless the class
            # or a mixin before the data type defines them.
            for n in _OVERRIDES:
                for c in cls.__mro__:
                    if c is mtype:
                        for c in cls.__mro__:
                            if isinstance(c, EnumType) and n in c.__dict__:
                                setc(cls, n, c.__dict__[n])
                                break
                        break
                    if n in c.__dict__:
                        break
            if _ReprEnum in bases:
                # str() and format() of the data type.
                if '__format__' not in body:
                    setc(cls, '__format__', mtype.__format__)
                if '__str__' not in body:
                    s = mtype.__str__
                    if s is object.__str__:
                        s = mtype.__repr__
                    setc(cls, '__str__', s)
        return cls

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1):
        if names is None:
            return _find(cls, value)
        bases = (cls,) if type is None else (type, cls)
        mcs = cls.__class__
        ns = mcs.__prepare__(value, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(
                names[0], str):
            vals = []
            for i, n in enumerate(names):
                vals.append(ns._gnv(n, start, i, vals[:]))
            names = list(zip(names, vals))
        for item in names:
            if isinstance(item, str):
                ns[item] = names[item]
            else:
                ns[item[0]] = item[1]
        if module is not None:
            ns['__module__'] = module
        if qualname is not None:
            ns['__qualname__'] = qualname
        return mcs.__new__(mcs, value, bases, ns)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__,
                               cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, name))
        super().__delattr__(name)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _proxy(cls._member_map_)

    def __repr__(cls):
        if _Flag is not None and issubclass(cls, _Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    name = _prop('name')
    value = _prop('value')

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        # one more than the largest value (the latest if unorderable)
        try:
            last_values = sorted(last_values)
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_,
                                self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


def _flag_operand(self, other):
    if isinstance(other, self.__class__):
        return other._value_
    if self._member_type_ is not object and isinstance(other,
                                                       self._member_type_):
        return other
    return None


class Flag(Enum):
    """Support for flags"""

    def _generate_next_value_(name, start, count, last_values):
        # the power of two above the largest value
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % (last,)) from None
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        # Combinations of members become cached pseudo-members.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s'
                             % (value, cls.__qualname__))
        given = value
        if value < 0:
            value += max(cls._all_bits_ + 1, 2 ** value.bit_length())
        extra = value & ~cls._flag_mask_
        if extra and not cls._keep_:
            mask = cls._flag_mask_
            w = max(given.bit_length(), mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, given, _bin(given, w), _bin(mask, w)))
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        if names and extra:
            names.append(str(extra))
        mtype = cls._member_type_
        p = object.__new__(cls) if mtype is object else mtype.__new__(cls,
                                                                      value)
        p._value_ = value
        p._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, p)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__,
                               self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        v = self._value_
        return (m for m in self.__class__ if m._value_ & v == m._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other = _flag_operand(self, other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = _flag_operand(self, other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = _flag_operand(self, other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


_Flag = Flag
_ReprEnum = ReprEnum
Flag._keep_ = False


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    dups = ['%s -> %s' % (n, m._name_)
            for n, m in enumeration.__members__.items() if n != m._name_]
    if dups:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(dups)))
    return enumeration


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        n = len(values)
        if n > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if n == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if n >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if n == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""


IntFlag._keep_ = True   # CPython's boundary=KEEP: unknown bits are kept
