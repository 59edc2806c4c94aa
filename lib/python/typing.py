# typing: the names annotations use, so that they evaluate at run time as in
# CPython 3.11 (adder's standard library, written for adder).
#
# What differs from CPython, and why:
# - adder has no __mro_entries__ and no __instancecheck__ on objects, so
#   isinstance()/issubclass() do not accept typing objects, and
#   only classes can be base classes. Generic[T] and Protocol[T] therefore
#   give back Generic and Protocol themselves; the type variables are
#   remembered until the class statement using them finishes (see
#   Generic.__init_subclass__). User generics can be subscripted
#   (Stack[int]) but a subscripted alias cannot be a base class.
# - Any is not a class, so `Any | None` is typing.Optional[typing.Any]
#   (equal to CPython's types.UnionType result, but printed differently).
# - The aliases of collections and collections.abc classes (Iterable,
#   Deque, Callable, ...) have no __origin__: typing does not import those
#   modules (get_origin() of them raises AttributeError).
# - NewType and TypeVar cannot see the module that created them, so their
#   __module__ is 'typing'; ForwardRef does not check its string's syntax.
# - NamedTuple and TypedDict are classes with a metaclass, not functions.
# - get_type_hints resolves string annotations only when they are names or
#   dotted names (there is no eval), and leaves strings nested in
#   subscripted aliases (List["X"]) as they are.
# - Not provided: Annotated, runtime_checkable, ParamSpec, Concatenate,
#   TypeVarTuple, IO, Pattern, Match, no_type_check, reveal_type,
#   get_overloads.

__all__ = [
    "Any", "Callable", "ClassVar", "Final", "ForwardRef", "Generic",
    "Literal", "NamedTuple", "Optional", "Protocol", "Tuple", "Type",
    "TypedDict", "TypeVar", "Union",
    "AbstractSet", "ChainMap", "Collection", "Container", "ContextManager",
    "Counter", "DefaultDict", "Deque", "Dict", "FrozenSet", "Generator",
    "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "List",
    "Mapping", "MappingView", "MutableMapping", "MutableSequence",
    "MutableSet", "NewType", "NoReturn", "Never", "OrderedDict",
    "Reversible", "Self", "Sequence", "Set", "Sized", "Text", "ValuesView",
    "AnyStr", "LiteralString", "TypeAlias", "TYPE_CHECKING",
    "assert_never", "assert_type", "cast", "final", "get_args",
    "get_origin", "get_type_hints", "overload",
]

_NoneType = type(None)
_UnionType = type(int | str)
_Function = type(lambda: None)
_GenericAlias = type(list[int])


def _type_repr(obj):
    if isinstance(obj, type):
        # Builtin classes have no '__module__' entry in adder (and reading
        # it crashes), user classes always have one.
        if "__module__" in obj.__dict__ and obj.__module__ != "builtins":
            return "%s.%s" % (obj.__module__, obj.__qualname__)
        return obj.__qualname__
    if obj is ...:
        return "..."
    if isinstance(obj, _Function):
        return obj.__name__
    return repr(obj)


def _convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    arg = _convert(arg)
    if isinstance(arg, _Alias) and (arg._key is ClassVar
                                    or arg._key is Final):
        raise TypeError("%r is not valid as type argument" % (arg,))
    if (isinstance(arg, _SpecialForm) and not arg._bare_ok) \
            or arg is Generic or arg is Protocol:
        raise TypeError("Plain %r is not valid as type argument" % (arg,))
    if type(arg) is tuple:
        raise TypeError("%s Got %s." % (msg, repr(arg)[:100]))
    return arg


def _as_tuple(params):
    return params if type(params) is tuple else (params,)


def _parameters(args):
    # The type variables in args, in order of first appearance.
    out = []
    for a in args:
        # (int | str).__parameters__ crashes adder; such unions hold no
        # type variables anyway (T | int is a typing Union).
        if isinstance(a, TypeVar):
            ps = (a,)
        elif isinstance(a, _Alias):
            ps = a.__parameters__
        else:
            continue
        for p in ps:
            if p not in out:
                out.append(p)
    return tuple(out)


def _check_count(alias, params, expected):
    if len(params) != expected:
        raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                        % ("many" if len(params) > expected else "few",
                           alias, len(params), expected))


def _union_or(self, other):
    return Union[self, other]


def _union_ror(self, other):
    return Union[other, self]


class _SpecialForm:
    # Any, NoReturn, Union, Optional, Literal, Final, ClassVar, ...
    def __init__(self, name, getitem=None, bare_ok=False):
        self._name = name
        self._getitem = getitem
        # Whether the unsubscripted form is a valid type argument.
        self._bare_ok = bare_ok

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            # Any is a class in CPython 3.11, hence its own messages.
            if self is Any:
                raise TypeError("type 'Any' is not subscriptable")
            raise TypeError("%r is not subscriptable" % (self,))
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        if self is Any:
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate %r" % (self,))

    __or__ = _union_or
    __ror__ = _union_ror


Any = _SpecialForm("Any", bare_ok=True)
NoReturn = _SpecialForm("NoReturn", bare_ok=True)
Never = _SpecialForm("Never", bare_ok=True)
Self = _SpecialForm("Self", bare_ok=True)
LiteralString = _SpecialForm("LiteralString", bare_ok=True)
TypeAlias = _SpecialForm("TypeAlias", bare_ok=True)


def _union_getitem(self, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    args = []
    for p in params:
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        if isinstance(p, _UnionType) or \
                (isinstance(p, _Alias) and p._key is Union):
            more = p.__args__
        else:
            more = (p,)
        for a in more:
            if a not in args:
                args.append(a)
    if len(args) == 1:
        return args[0]
    return _Alias(Union, tuple(args), "Union")


def _optional_getitem(self, params):
    arg = _type_check(params, "%r requires a single type." % (self,))
    return Union[arg, _NoneType]


def _literal_getitem(self, params):
    args = []
    seen = []
    for p in _as_tuple(params):
        if isinstance(p, _Alias) and p._key is Literal:
            more = p.__args__
        else:
            more = (p,)
        for a in more:
            # 1, True and 1.0 are different literals.
            key = (a, type(a))
            if key not in seen:
                seen.append(key)
                args.append(a)
    return _Alias(Literal, tuple(args), "Literal")


def _single_getitem(self, params):
    arg = _type_check(params, "%r accepts only single type." % (self,))
    return _Alias(self, (arg,), self._name)


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Final = _SpecialForm("Final", _single_getitem)
ClassVar = _SpecialForm("ClassVar", _single_getitem)


class _BaseAlias:
    def __init__(self, origin, name, inst):
        if origin is not None:
            self.__origin__ = origin
        self._key = origin if origin is not None else name
        self._name = name
        self._inst = inst

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getattr__(self, attr):
        # Like CPython: other attributes come from the origin class.
        if not (attr.startswith("__") and attr.endswith("__")) \
                and "__origin__" in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    __or__ = _union_or
    __ror__ = _union_ror


class _SpecialAlias(_BaseAlias):
    # The unsubscripted List, Dict, Iterable, ...: nparams < 0 means any
    # number.
    def __init__(self, origin, nparams, name, inst=True):
        _BaseAlias.__init__(self, origin, name, inst)
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        name = self._name
        if name == "Callable":
            return _callable_getitem(params)
        params = _as_tuple(params)
        if name == "Tuple":
            if len(params) == 2 and params[1] is ...:
                msg = "Tuple[t, ...]: t must be a type."
                return _Alias(tuple, (_type_check(params[0], msg), ...),
                              name, False)
            msg = "Tuple[t0, t1, ...]: each t must be a type."
        else:
            if self._nparams == 0:
                raise TypeError("%r is not a generic class" % (self,))
            _check_count(self, params, self._nparams)
            msg = "Parameters to generic types must be types."
        return _Alias(self.__dict__.get("__origin__"),
                      tuple([_type_check(p, msg) for p in params]),
                      name, self._inst)


def _callable_getitem(params):
    if type(params) is not tuple or len(params) != 2:
        raise TypeError("Callable must be used as "
                        "Callable[[arg, ...], result].")
    args, result = params
    result = _type_check(result,
                         "Callable[args, result]: result must be a type.")
    if args is ...:
        return _Alias(None, (..., result), "Callable")
    msg = "Callable[[arg, ...], result]: each arg must be a type."
    if type(args) is list:
        args = tuple([_type_check(a, msg) for a in args])
    else:
        args = (_type_check(args, msg),)
    return _Alias(None, args + (result,), "Callable")


def _literal_pairs(args):
    return frozenset([(a, type(a)) for a in args])


class _Alias(_BaseAlias):
    # A subscripted generic: typing.List[int], Stack[int], Final[int],
    # Union[int, str], ... (name is None for user classes). Unions and
    # literals compare regardless of order, as in CPython.
    def __init__(self, origin, args, name, inst=True):
        _BaseAlias.__init__(self, origin, name, inst)
        self.__args__ = args
        self.__parameters__ = _parameters(args)

    def __repr__(self):
        args = self.__args__
        if self._key is Union and len(args) == 2:
            if args[0] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[0])
        if self._name == "Callable" and not (len(args) == 2
                                             and args[0] is ...):
            return "typing.Callable[[%s], %s]" % (
                ", ".join([_type_repr(a) for a in args[:-1]]),
                _type_repr(args[-1]))
        if self._name is None:
            head = _type_repr(self.__origin__)
        else:
            head = "typing." + self._name
        if not args:
            return head + "[()]"
        return "%s[%s]" % (head, ", ".join([_type_repr(a) for a in args]))

    def __eq__(self, other):
        key = self._key
        if key is Union:
            if isinstance(other, _UnionType) or \
                    (isinstance(other, _Alias) and other._key is Union):
                return set(self.__args__) == set(other.__args__)
            return NotImplemented
        if not isinstance(other, _Alias):
            return NotImplemented
        if key is Literal and other._key is Literal:
            return _literal_pairs(self.__args__) == \
                _literal_pairs(other.__args__)
        return key == other._key and self.__args__ == other.__args__

    def __hash__(self):
        if self._key is Union:
            return hash(frozenset(self.__args__))
        if self._key is Literal:
            return hash(_literal_pairs(self.__args__))
        return hash((self._key, self.__args__))

    def __getitem__(self, params):
        # Substitution of the type variables: List[T][int] is List[int].
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % (self,))
        params = tuple([_convert(p) for p in _as_tuple(params)])
        _check_count(self, params, len(self.__parameters__))
        subst = dict(zip(self.__parameters__, params))
        args = []
        for a in self.__args__:
            if isinstance(a, TypeVar):
                a = subst[a]
            elif isinstance(a, _Alias) and a.__parameters__:
                a = a[tuple([subst[p] for p in a.__parameters__])]
            args.append(a)
        if self._key is Union:
            return Union[tuple(args)]
        return _Alias(self.__dict__.get("__origin__"), tuple(args),
                      self._name, self._inst)


List = _SpecialAlias(list, 1, "List", False)
Dict = _SpecialAlias(dict, 2, "Dict", False)
Set = _SpecialAlias(set, 1, "Set", False)
FrozenSet = _SpecialAlias(frozenset, 1, "FrozenSet", False)
Type = _SpecialAlias(type, 1, "Type", False)
Tuple = _SpecialAlias(tuple, -1, "Tuple", False)
Callable = _SpecialAlias(None, 2, "Callable")
Hashable = _SpecialAlias(None, 0, "Hashable")
Sized = _SpecialAlias(None, 0, "Sized")
Iterable = _SpecialAlias(None, 1, "Iterable")
Iterator = _SpecialAlias(None, 1, "Iterator")
Reversible = _SpecialAlias(None, 1, "Reversible")
Container = _SpecialAlias(None, 1, "Container")
Collection = _SpecialAlias(None, 1, "Collection")
Generator = _SpecialAlias(None, 3, "Generator")
Sequence = _SpecialAlias(None, 1, "Sequence")
MutableSequence = _SpecialAlias(None, 1, "MutableSequence")
AbstractSet = _SpecialAlias(None, 1, "AbstractSet")
MutableSet = _SpecialAlias(None, 1, "MutableSet")
Mapping = _SpecialAlias(None, 2, "Mapping")
MutableMapping = _SpecialAlias(None, 2, "MutableMapping")
MappingView = _SpecialAlias(None, 1, "MappingView")
KeysView = _SpecialAlias(None, 1, "KeysView")
ItemsView = _SpecialAlias(None, 2, "ItemsView")
ValuesView = _SpecialAlias(None, 1, "ValuesView")
ContextManager = _SpecialAlias(None, 1, "ContextManager")
Deque = _SpecialAlias(None, 1, "Deque")
DefaultDict = _SpecialAlias(None, 2, "DefaultDict")
OrderedDict = _SpecialAlias(None, 2, "OrderedDict")
Counter = _SpecialAlias(None, 1, "Counter")
ChainMap = _SpecialAlias(None, 2, "ChainMap")

Text = str


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple([_type_check(t, msg)
                                      for t in constraints])
        if bound is not None:
            bound = _type_check(bound, "Bound must be a type.")
        self.__bound__ = bound

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__

    __or__ = _union_or
    __ror__ = _union_ror


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r"
                            % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        if self.__forward_module__ is None:
            return "ForwardRef(%r)" % (self.__forward_arg__,)
        return "ForwardRef(%r, module=%r)" % (self.__forward_arg__,
                                              self.__forward_module__)

    __or__ = _union_or
    __ror__ = _union_ror


def _resolve_hint(value, globalns, localns):
    # CPython evaluates a string annotation with eval(); adder has none, so
    # a string (or ForwardRef) resolves only when it is a name or a dotted
    # name, looked up in localns, globalns, then builtins.
    if value is None:
        return _NoneType
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if not isinstance(value, str):
        return value
    parts = value.strip().split(".")
    if not all(p.isidentifier() for p in parts):
        raise NotImplementedError(
            "get_type_hints: adder cannot evaluate the annotation %r (only "
            "names and dotted names in string annotations)" % (value,))
    head = parts[0]
    if localns is not None and head in localns:
        result = localns[head]
    elif head in globalns:
        result = globalns[head]
    else:
        import builtins
        if not hasattr(builtins, head):
            raise NameError("name %r is not defined" % (head,))
        result = getattr(builtins, head)
    for p in parts[1:]:
        result = getattr(result, p)
    return _NoneType if result is None else result


def _globals_of(obj):
    # A module's own namespace; for anything else, its __module__'s.
    import sys
    if isinstance(obj, type(sys)):
        return vars(obj)
    module = sys.modules.get(getattr(obj, "__module__", None), None)
    return {} if module is None else vars(module)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its MRO's, base classes first), function
    or module, with None as NoneType and string annotations resolved."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get("__annotations__", {})
            base_globals = _globals_of(base) if globalns is None else globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in annotations.items():
                hints[name] = _resolve_hint(value, base_globals, base_locals)
        return hints
    annotations = getattr(obj, "__annotations__", None)
    if annotations is None:
        raise TypeError("%r is not a module, class, method, or function."
                        % (obj,))
    if globalns is None:
        globalns = _globals_of(obj)
    return {name: _resolve_hint(value, globalns, localns)
            for name, value in annotations.items()}


# Generic[T] hands back Generic: the type variables wait here until the
# class statement that has Generic (or Protocol) as a direct base pops them.
# Class statements nest, so this is a stack.
_pending = []
_protocol_defined = False  # Protocol itself derives from plain Generic


class Generic:
    """Abstract base class for generic types."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty"
                                % cls.__qualname__)
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to %s[...] must all be type "
                                    "variables or parameter specification "
                                    "variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique"
                                % cls.__name__)
            _pending.append(params)
            return cls
        if not cls.__parameters__:
            raise TypeError("%r is not a generic class" % (cls,))
        msg = "Parameters to generic types must be types."
        params = tuple([_type_check(p, msg) for p in params])
        _check_count(cls, params, len(cls.__parameters__))
        return _Alias(cls, params, None)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = ()
        bases = cls.__bases__
        if Generic in bases or Protocol in bases:
            if _pending:
                params = _pending.pop()
            elif Generic in bases and _protocol_defined:
                raise TypeError("Cannot inherit from plain Generic")
        cls.__parameters__ = params


class Protocol(Generic):
    """Base class for protocol classes (static duck typing only: adder
    cannot check isinstance() against them)."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = Protocol in cls.__bases__

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if cls._is_protocol:
            raise TypeError("Protocols cannot be instantiated")
        # Continue with the first __init__ after the protocol classes.
        mro = cls.__mro__
        for c in mro[mro.index(Protocol) + 1:]:
            if c is object:
                break
            if "__init__" in c.__dict__:
                c.__init__(self, *args, **kwargs)
                return
        if args or kwargs:
            raise TypeError("%s() takes no arguments" % cls.__name__)


_protocol_defined = True


# NamedTuple and TypedDict are classes here whose metaclass builds the
# classes derived from them (CPython makes them functions with an
# __mro_entries__, which adder does not have): `class P(NamedTuple)` gives
# a namedtuple class, `class M(TypedDict)` a class whose call makes a dict.

_NT_PROHIBITED = frozenset(["__new__", "__init__", "__slots__",
                            "__getnewargs__", "_fields", "_field_defaults",
                            "_make", "_replace", "_asdict", "_source"])
_NT_SPECIAL = frozenset(["__module__", "__name__", "__annotations__"])


def _make_nmtuple(name, types, module, defaults=()):
    from _namedtuple import namedtuple
    msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
    types = {n: _type_check(t, msg) for n, t in types.items()}
    nm_tpl = namedtuple(name, list(types), defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if not bases:
            return super().__new__(cls, typename, bases, ns)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError(
                    "can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot "
                                "follow default field%s %s"
                                % (field_name,
                                   "s" if len(default_names) > 1 else "",
                                   ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, types, ns["__module__"],
                               [ns[n] for n in default_names])
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute "
                                     + key)
            if key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        # The functional form: NamedTuple('P', [('x', int), ('y', int)]).
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be "
                            "provided to NamedTuple, not both")
        return _make_nmtuple(typename, dict(fields), "__main__")


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple."""


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if not bases:
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            if base is TypedDict or base is Generic:
                continue
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(t, msg)
               for n, t in ns.get("__annotations__", {}).items()}
        annotations.update(own)
        for key in own:
            if total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is not TypedDict:
            return dict(*args, **kwargs)
        # The functional form: TypedDict('M', {'name': str}, total=False).
        if len(args) != 2:
            raise TypeError("TypedDict() takes a name and a dict of fields")
        total = kwargs.pop("total", True)
        if kwargs:
            raise TypeError("TypedDict takes either a dict or keyword "
                            "arguments, but not both")
        ns = {"__annotations__": dict(args[1]), "__module__": "__main__"}
        return _TypedDictMeta(args[0], (TypedDict,), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """A simple typed namespace. At runtime it is equivalent to a plain
    dict."""


class NewType:
    """NewType creates simple unique types with almost zero runtime
    overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    __or__ = _union_or
    __ror__ = _union_ror


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _BaseAlias) or type(tp) is _GenericAlias:
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _Alias) or type(tp) is _GenericAlias \
            or isinstance(tp, _UnionType):
        res = tp.__args__
        if isinstance(tp, _Alias) and tp._name == "Callable" \
                and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    return ()


TYPE_CHECKING = False


def cast(typ, val):
    """Cast a value to a type (does nothing at run time)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given
    type (does nothing at run time)."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: " + value)


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    return _overload_dummy


def final(f):
    """A decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


AnyStr = TypeVar("AnyStr", bytes, str)
