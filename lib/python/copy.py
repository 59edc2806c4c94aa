# copy: shallow and deep copies (adder's standard library, written for adder;
# behaves as CPython 3.11's copy module).
#
# CPython reaches user classes through the pickle protocol (__reduce_ex__).
# adder's object has no __reduce_ex__ or __getstate__, so the default
# reduction is done here: the new object comes from cls.__new__ (exceptions
# are rebuilt from their args) and gets the instance's __dict__ and slots.
# A class's own __copy__, __deepcopy__, __reduce_ex__, __reduce__,
# __getstate__, __setstate__, __getnewargs__ and __getnewargs_ex__ are used
# as CPython uses them. Builtin objects that CPython can only copy through
# their pickle support (iterators, for instance) raise TypeError here.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_NoneType = type(None)
_Builtin = type(len)
_Function = type(lambda: None)

# Types whose objects are returned as they are; frozenset and tuple are only
# atomic for a shallow copy.
_ATOMIC = {_NoneType, int, float, bool, complex, str, bytes, type, range,
           _Builtin, _Function, type(...), type(NotImplemented), property}


def _user_attr(cls, name):
    # The class that defines name, skipping builtin classes (which have no
    # '__module__' in their __dict__), or None.
    for c in cls.__mro__:
        d = c.__dict__
        if "__module__" in d and name in d:
            return c
    return None


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        d = c.__dict__
        if "__module__" not in d or "__slots__" not in d:
            continue
        slots = d["__slots__"]
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name == "__dict__" or name == "__weakref__":
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_" + c.__name__.lstrip("_") + name
            names.append(name)
    return names


def _new_object(cls, *args, **kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x, cls):
    # What x.__reduce_ex__(4) gives under CPython, as a tuple
    # (callable, args, state, listitems, dictitems, state_setter) or a str.
    if _user_attr(cls, "__reduce_ex__") is not None:
        return x.__reduce_ex__(4)
    if _user_attr(cls, "__reduce__") is not None:
        return x.__reduce__()
    if cls is _Method:
        return getattr, (x.__self__, x.__func__.__name__)
    base = None
    for c in cls.__mro__:
        if "__module__" not in c.__dict__:
            base = c
            break
    if issubclass(base, BaseException):
        d = x.__dict__
        return cls, x.args, d if d else None
    if base is not object and base is not list and base is not dict:
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if _user_attr(cls, "__getnewargs_ex__") is not None:
        args, kwargs = x.__getnewargs_ex__()
        func = _new_object
        args = (cls,) + tuple(args)
    else:
        kwargs = None
        func = cls.__new__
        args = (cls,)
        if _user_attr(cls, "__getnewargs__") is not None:
            args = args + tuple(x.__getnewargs__())
    if _user_attr(cls, "__getstate__") is not None:
        state = x.__getstate__()
    else:
        state = None
        if hasattr(x, "__dict__") and x.__dict__:
            state = x.__dict__
        slots = {}
        for name in _slot_names(cls):
            if hasattr(x, name):
                slots[name] = getattr(x, name)
        if slots:
            state = (state, slots)
    listitems = iter(x) if base is list else None
    dictitems = iter(x.items()) if base is dict else None
    if kwargs:
        return _Kw(func, kwargs), args, state, listitems, dictitems
    return func, args, state, listitems, dictitems


class _Kw:
    # Binds the keyword arguments of __getnewargs_ex__ so that the rebuild
    # (and its deep copy of the positional args) sees one callable.
    def __init__(self, func, kwargs):
        self.func = func
        self.kwargs = kwargs

    def __call__(self, *args):
        return self.func(*args, **self.kwargs)


_Method = type(_Kw(None, None).__call__)


def _rebuild(x, memo, func, args, state=None, listitems=None,
             dictitems=None, state_setter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    if type(func) is _Kw and deep:
        func.kwargs = deepcopy(func.kwargs, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                if isinstance(y, BaseException):
                    for k, v in state.items():
                        setattr(y, k, v)
                else:
                    y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listitems is not None:
        for item in listitems:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictitems is not None:
        for k, v in dictitems:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    if _user_attr(cls, "__copy__") is not None:
        return x.__copy__()
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _rebuild(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A cycle back to x may already have made its copy.
        if d in memo:
            return memo[d]
        y = x
        for i in range(len(x)):
            if items[i] is not x[i]:
                y = tuple(items)
                break
    elif cls is set or cls is frozenset or cls is bytearray:
        y = cls(deepcopy(list(x), memo))
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo),
                  deepcopy(x.step, memo))
    elif getattr(x, "__deepcopy__", None) is not None:
        y = x.__deepcopy__(memo)
    else:
        rv = _reduce(x, cls)
        if isinstance(rv, str):
            y = x
        else:
            y = _rebuild(x, memo, *rv)
    if y is not x:
        memo[d] = y
        # Keep x alive while memo refers to it by id.
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return y
