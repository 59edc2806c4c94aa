# abc: abstract base classes (adder's standard library, written for adder;
# behaves as CPython 3.11's abc for what it provides).
#
# ABCMeta computes a class's __abstractmethods__ when it is created and
# refuses to instantiate a class that still has some (in its __call__,
# where CPython checks in object.__new__), with CPython's message; it keeps
# virtual subclasses (register) and asks __subclasshook__.

__all__ = ["ABC", "ABCMeta", "abstractmethod", "update_abstractmethods"]


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


# Classes whose builtin base has its own __new__: CPython checks abstract
# methods in object.__new__ only, so these are never refused.
_OWN_NEW = (BaseException, list, dict, set, frozenset, int, float, str, tuple,
            bytes)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute(cls)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                return True
        return False

    def __call__(cls, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing and not issubclass(cls, _OWN_NEW):
            names = sorted(missing)
            raise TypeError("Can't instantiate abstract class %s with "
                            "abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "",
                               ", ".join(names)))
        return super().__call__(*args, **kwargs)


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """

    __slots__ = ()
