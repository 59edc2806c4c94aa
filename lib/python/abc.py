# abc: abstract base classes (adder's standard library, written for adder;
# behaves as CPython 3.11's abc for what it provides).
#
# adder has no metaclasses, so there is no ABCMeta and no virtual
# subclasses (register, __subclasshook__); ABC computes a class's
# __abstractmethods__ when it is created (__init_subclass__) and refuses to
# instantiate a class that still has some (__new__), with CPython's message.

__all__ = ["ABC", "abstractmethod", "update_abstractmethods"]


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    # property, classmethod and staticmethod report their functions'
    # abstractness in CPython; adder's do not have __isabstractmethod__.
    if isinstance(value, property):
        return (_is_abstract(value.fget) or _is_abstract(value.fset)
                or _is_abstract(value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return bool(getattr(value, "__isabstractmethod__", False))


def _compute(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if hasattr(cls, "__abstractmethods__"):
        _compute(cls)
    return cls


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """

    __slots__ = ()
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        _compute(cls)

    def __new__(cls, *args, **kwargs):
        # CPython checks in object.__new__ only: builtin bases with their
        # own __new__ skip the check.
        if issubclass(cls, (BaseException, list, dict)):
            return super().__new__(cls, *args, **kwargs)
        d = cls.__dict__
        # A subclass whose __init_subclass__ did not call super() has not
        # been computed yet.
        if "__abstractmethods__" not in d:
            _compute(cls)
        missing = cls.__abstractmethods__
        if missing:
            names = sorted(missing)
            raise TypeError("Can't instantiate abstract class %s with "
                            "abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "",
                               ", ".join(names)))
        if args or kwargs:
            # object.__new__ rejects arguments that no __init__ takes. (The
            # MRO is searched: adder's C.__init__ is not object.__init__.)
            for c in cls.__mro__:
                if c is object:
                    raise TypeError("%s() takes no arguments" % cls.__name__)
                if "__init__" in c.__dict__:
                    break
        return object.__new__(cls)
