# dataclasses: generated __init__, __repr__, __eq__, ordering and hashing
# for classes with annotated fields (adder's standard library, written for
# adder; behaves as CPython 3.11's dataclasses module).
#
# adder has no exec, so the generated methods are closures over the field
# list: __init__ takes (*args, **kwargs) and binds them as the __init__
# CPython would generate, with the same TypeError messages.
#
# What differs from CPython, and why:
# - Field.metadata is a read-only mapping class named mappingproxy, not
#   types.MappingProxyType itself (adder cannot call that type to build
#   one); it lacks the | operator and reversed().
# - A class whose __init__ is not generated (init=False with a user
#   __init__, a user __new__) gets no __doc__: without code objects its
#   signature is unknown.
# - Not provided: weakref_slot (adder has no weakref), abstract method
#   bookkeeping (abc.update_abstractmethods), Field[...] subscription.

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class _MetadataProxy:
    # Stands in for types.MappingProxyType (see the header), under its name.
    __slots__ = ('_d',)
    __module__ = 'builtins'

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __contains__(self, key):
        return key in self._d

    def __eq__(self, other):
        return self._d == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return self._d.copy()


_MetadataProxy.__name__ = _MetadataProxy.__qualname__ = 'mappingproxy'
_EMPTY_METADATA = _MetadataProxy({})


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        return 'dataclasses.InitVar[%s]' % (
            t.__name__ if isinstance(t, type) else repr(t))

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _MetadataProxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,'
                'init=%r,repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%r)' % (
                    self.name, self.type, self.default,
                    self.default_factory, self.init, self.repr, self.hash,
                    self.compare, self.metadata, self.kw_only,
                    self._field_type))

    def __set_name__(self, owner, name):
        # Let a descriptor used as default know its name, as if it had been
        # assigned in the class body itself.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


_MemberDescriptor = type(Field.name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)' % (
                    self.init, self.repr, self.eq, self.order,
                    self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=MISSING, compare=True, metadata=MISSING, kw_only=MISSING):
    # hash and metadata default to None in CPython. adder does not see the
    # calls made in class bodies when it infers argument types, and would
    # compile a None-default parameter for None only.
    if hash is MISSING:
        hash = None
    if metadata is MISSING:
        metadata = None
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------- annotations

def _is_classvar(a, typing):
    return a is typing.ClassVar or (
        type(a) is type(typing.ClassVar[int])
        and getattr(a, '__origin__', None) is typing.ClassVar)


def _is_initvar(a, dc):
    return a is InitVar or type(a) is InitVar


def _is_kw_only(a, dc):
    return a is KW_ONLY


def _word_end(s, i):
    while i < len(s) and (s[i].isalnum() or s[i] == '_'):
        i += 1
    return i


def _space_end(s, i):
    while i < len(s) and s[i].isspace():
        i += 1
    return i


def _is_type_str(ann, cls, module, pred):
    # A string annotation names the type as "Name[...]" or "mod.Name[...]":
    # Name is looked up in the class's module, mod.Name in module, provided
    # the class's module knows module as mod.
    i = _space_end(ann, 0)
    j = _word_end(ann, i)
    if i == j:
        return False
    name = ann[i:j]
    modname = None
    k = _space_end(ann, j)
    if k < len(ann) and ann[k] == '.':
        m = _space_end(ann, k + 1)
        n = _word_end(ann, m)
        if n > m:
            modname = name
            name = ann[m:n]
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    ns = home.__dict__
    if modname is not None:
        if ns.get(modname) is not module:
            return False
        ns = module.__dict__
    return pred(ns.get(name), module)


def _has_hash_none(c):
    # Walk the MRO as attribute lookup does; adder's list, dict, set,
    # bytearray and slice lack their `__hash__ = None` entry (so that
    # list.__hash__ is not None), hence they are named here.
    for k in c.__mro__:
        d = k.__dict__
        if '__hash__' in d:
            return d['__hash__'] is None
        if k is list or k is dict or k is set or k is bytearray \
                or k is slice:
            return True
    return False


def _get_field(cls, name, ann, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptor):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = ann
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing is not None and (
            _is_classvar(ann, typing) or (
                isinstance(ann, str)
                and _is_type_str(ann, cls, typing, _is_classvar))):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dc = sys.modules.get(__name__)
        if _is_initvar(ann, dc) or (
                isinstance(ann, str)
                and _is_type_str(ann, cls, dc, _is_initvar)):
            f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only'
                            % name)
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and _has_hash_none(f.default.__class__):
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), name))
    return f


# ------------------------------------------------------ generated methods

def _set_new_attribute(cls, name, value):
    # True when the class defines name itself (and keeps its own).
    if name in cls.__dict__:
        return True
    if isinstance(value, type(_set_new_attribute)):
        value.__qualname__ = '%s.%s' % (cls.__qualname__, value.__name__)
    setattr(cls, name, value)
    return False


def _plural(n):
    return '' if n == 1 else 's'


def _missing_error(qual, names, kind):
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        text = q[0]
    elif len(q) == 2:
        text = q[0] + ' and ' + q[1]
    else:
        text = ', '.join(q[:-1]) + ', and ' + q[-1]
    return TypeError('%s() missing %d required %s argument%s: %s'
                     % (qual, len(q), kind, _plural(len(q)), text))


# Text of the signature of each generated __init__, for __doc__.
_init_signatures = {}


def _ann_text(a):
    # As inspect prints annotations.
    if isinstance(a, type):
        m = a.__dict__.get('__module__')
        if m is None or m == 'builtins':
            return a.__qualname__
        if m != 'typing':
            return m + '.' + a.__qualname__
    elif isinstance(a, str) or getattr(a, '__module__', None) != 'typing':
        return repr(a)
    return repr(a).replace('typing.', '')


def _init_fn(cls, fields, all_init, std, kwo, frozen, slots, has_post):
    seen_default = False
    for f in std:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument %r follows default argument'
                            % (f.name,))
    qual = cls.__qualname__ + '.__init__'
    self_name = '__dataclass_self__' if 'self' in fields else 'self'
    pos = [f.name for f in std]
    npos = len(pos)
    nreq = len([f for f in std if f.default is MISSING
                and f.default_factory is MISSING])
    kwnames = [f.name for f in kwo]
    kwreq = [f.name for f in kwo if f.default is MISSING
             and f.default_factory is MISSING]
    # One step per field, in field order: (name, how, value, is InitVar).
    # how: 0 argument, 1 argument or default, 2 argument or factory(),
    # 3 factory(), 4 default, 5 undefined (an InitVar that is no argument).
    steps = []
    params = []
    for f in all_init:
        how = None
        value = f.default
        if f.default_factory is not MISSING:
            value = f.default_factory
            how = 2 if f.init else 3
        elif f.init:
            how = 0 if f.default is MISSING else 1
        elif slots and f.default is not MISSING:
            how = 4
        initvar = f._field_type is _FIELD_INITVAR
        if initvar and not f.init:
            how = 5
        if how is not None and (has_post or not initvar):
            steps.append((f.name, how, value, initvar))
    for f in std + kwo:
        text = '%s: %s' % (f.name, _ann_text(f.type))
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        params.append(text)
    if kwo:
        params.insert(npos, '*')
    setter = object.__setattr__ if frozen else setattr

    def __init__(*args, **kwargs):
        given = len(args) - 1
        self = args[0] if args else None
        vals = dict(zip(pos, args[1:]))
        nkw = 0
        for k in kwargs:
            if k in kwnames:
                nkw += 1
            elif k == self_name or (k in vals and k in pos):
                raise TypeError('%s() got multiple values for argument '
                                "'%s'" % (qual, k))
            elif k not in pos:
                raise TypeError("%s() got an unexpected keyword argument "
                                "'%s'" % (qual, k))
            vals[k] = kwargs[k]
        if given > npos:
            if nreq < npos:
                sig = 'from %d to %d' % (nreq + 1, npos + 1)
                s = 's'
            else:
                sig = str(npos + 1)
                s = _plural(npos + 1)
            extra = ''
            if nkw:
                extra = (' positional argument%s (and %d keyword-only '
                         'argument%s)' % (_plural(given + 1), nkw,
                                          _plural(nkw)))
            raise TypeError('%s() takes %s positional argument%s but %d%s '
                            'were given' % (qual, sig, s, given + 1, extra))
        missing = [n for n in pos[max(given, 0):nreq] if n not in vals]
        if not args:
            missing.insert(0, self_name)
        if missing:
            raise _missing_error(qual, missing, 'positional')
        missing = [n for n in kwreq if n not in vals]
        if missing:
            raise _missing_error(qual, missing, 'keyword-only')
        post = []
        for name, how, value, initvar in steps:
            if how == 0 or (how < 3 and name in vals):
                value = vals[name]
            elif how == 2 or how == 3:
                value = value()
            elif how == 5:
                raise NameError("name '%s' is not defined" % name)
            if initvar:
                post.append(value)
            else:
                setter(self, name, value)
        if has_post:
            self.__post_init__(*post)

    _init_signatures[__init__] = '(%s)' % ', '.join(params)
    return __init__


def _repr_fn(names):
    running = set()

    def __repr__(self):
        # Like reprlib.recursive_repr: a repr reaching itself gives '...'.
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__qualname__, ', '.join(
                ['%s=%r' % (n, getattr(self, n)) for n in names]))
        finally:
            running.discard(key)
    return __repr__


def _cmp_fn(name, op, names):
    def cmp(self, other):
        if other.__class__ is self.__class__:
            return op(tuple([getattr(self, n) for n in names]),
                      tuple([getattr(other, n) for n in names]))
        return NotImplemented
    cmp.__name__ = name
    return cmp


def _hash_fn(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _frozen_fns(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _signature_text(cls):
    # inspect.signature(cls) as text, where it can be known.
    for k in cls.__mro__:
        if k is object:
            return '()'
        d = k.__dict__
        if '__new__' in d or '__module__' not in d:
            return None
        if '__init__' in d:
            return _init_signatures.get(d['__init__'])


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, frozen):
    d = dict(cls.__dict__)
    names = tuple([f.name for f in fields(cls)])
    inherited = set()
    for b in cls.__mro__[1:-1]:
        s = b.__dict__.get('__slots__')
        if s is None:
            continue
        if isinstance(s, str):
            inherited.add(s)
        elif hasattr(s, '__next__'):
            raise TypeError("Slots of '%s' cannot be determined"
                            % b.__name__)
        else:
            inherited.update(s)
    d['__slots__'] = tuple([n for n in names if n not in inherited])
    for n in names:
        d.pop(n, None)
    d.pop('__dict__', None)
    d.pop('__weakref__', None)
    qualname = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, d)
    cls.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in d:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in d:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr_, eq, order,
                                           unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    dc = sys.modules.get(__name__)
    for name, ann in annotations.items():
        if _is_kw_only(ann, dc) or (
                isinstance(ann, str)
                and _is_type_str(ann, cls, dc, _is_kw_only)):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already '
                                'been specified' % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, ann, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        # The class attribute becomes the plain default (or goes away).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')
    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (
        class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init = [f for f in fields.values()
                if f._field_type is not _FIELD_CLASSVAR]
    std = [f for f in all_init if f.init and not f.kw_only]
    kwo = [f for f in all_init if f.init and f.kw_only]
    if init:
        _set_new_attribute(cls, '__init__', _init_fn(
            cls, fields, all_init, std, kwo, frozen, slots,
            hasattr(cls, '__post_init__')))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr_:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn([f.name for f in field_list if f.repr]))
    cmp_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', _eq, cmp_names))
    if order:
        for name, op in (('__lt__', _lt), ('__le__', _le), ('__gt__', _gt),
                         ('__ge__', _ge)):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, cmp_names)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
    if frozen:
        for fn in _frozen_fns(cls, tuple([f.name for f in field_list])):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % cls.__name__)
        add_hash = True
    else:
        add_hash = eq and frozen and not has_explicit_hash
        if eq and not frozen and not has_explicit_hash:
            cls.__hash__ = None
    if add_hash:
        fn = _hash_fn([f.name for f in field_list
                       if (f.compare if f.hash is None else f.hash)])
        fn.__qualname__ = cls.__qualname__ + '.__hash__'
        cls.__hash__ = fn

    if not getattr(cls, '__doc__'):
        text = _signature_text(cls)
        if text is not None:
            cls.__doc__ = cls.__name__ + text
    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple([f.name for f in std]))
    if slots:
        if '__slots__' in cls.__dict__:
            raise TypeError('%s already specifies __slots__' % cls.__name__)
        cls = _add_slots(cls, frozen)
    return cls


def _eq(a, b):
    return a == b


def dataclass(*args, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    # CPython's signature is (cls=None, /, *, ...). adder does not see a
    # class decorator as a call when it infers argument types, and would
    # compile a None-default cls for None only.
    if len(args) > 1:
        raise TypeError('dataclass() takes from 0 to 1 positional arguments '
                        'but %d were given' % len(args))
    cls = args[0] if args else None

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


# ------------------------------------------------------------- functions

def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') \
            from None
    return tuple([f for f in fs.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, factory, as_dict):
    # asdict/astuple of a value: dataclasses become dicts (tuples), lists,
    # tuples and dicts are rebuilt around converted items, the rest is
    # deep-copied.
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory,
                                              True)) for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, False)
                        for f in fields(obj)])
    t = type(obj)
    # adder's namedtuples are no tuple subclasses, hence the _make test.
    if hasattr(t, '_fields') and (isinstance(obj, tuple)
                                  or hasattr(t, '_make')):
        return t(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return t(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return t((_convert(k, factory, as_dict),
                  _convert(v, factory, as_dict)) for k, v in obj.items())
    # Imported here rather than at the top: programs compile faster so.
    from copy import deepcopy
    return deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()'
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with '
                                 'replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


from keyword import iskeyword as _iskeyword


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False,
                   slots=False):
    ns = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if _iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns.update(defaults)
    ns['__annotations__'] = annotations
    # CPython's class comes from types.new_class, hence its module.
    ns.setdefault('__module__', 'types')
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
