# contextlib: utilities for with-statement contexts (adder's standard library,
# written for adder; behaves as CPython 3.11's contextlib).
#
# Not provided: the async variants (adder has no async), chdir (no os),
# and AbstractContextManager.

import sys

__all__ = ["contextmanager", "closing", "nullcontext", "ContextDecorator",
           "ExitStack", "suppress", "redirect_stdout", "redirect_stderr"]


def _wraps(wrapper, wrapped):
    # What functools.wraps copies.
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    wrapper.__dict__.update(getattr(wrapped, "__dict__", {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


class ContextDecorator:
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _wraps(inner, func)


class _GeneratorContextManager(ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Dropping these makes a second `with` on the same object fail
        # with AttributeError, as in CPython.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            # One-argument throw: adder's throw() rejects a traceback third
            # argument (the instance carries the same traceback anyway).
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator returned: the exception is suppressed, unless
            # it was a StopIteration from the body itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration from the body comes back turned into a
            # RuntimeError by the generator (PEP 479): re-raise the original.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """@contextmanager decorator: turns a generator function that yields
    once into a factory of context managers."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _wraps(helper, func)


class closing:
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext:
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream:
    # Reentrant: each `with` pushes the stream it replaces.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress:
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _type_name(cls):
    # Builtin types have no '__module__' entry in adder (and reading it
    # crashes); CPython reports them as builtins.
    mod = cls.__dict__["__module__"] if "__module__" in cls.__dict__ else "builtins"
    return "%s.%s" % (mod, cls.__qualname__)


class ExitStack:
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature,
        or a context manager's __exit__ method."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager and pushes its __exit__."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s' object does not support the context "
                            "manager protocol" % _type_name(cls)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments; it cannot suppress
        exceptions."""
        def wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        wrapper.__wrapped__ = callback
        self._exit_callbacks.append(wrapper)
        return callback

    def _push_cm_exit(self, cm, exit):
        def wrapper(exc_type, exc, tb):
            return exit(cm, exc_type, exc, tb)
        wrapper.__self__ = cm
        self._exit_callbacks.append(wrapper)

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        # The exception being handled around the with statement, where a
        # context chain that does not lead to the current exception ends.
        outer = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new:
                # Chain it as nested with statements would: the exception
                # it replaces becomes the end of its context chain.
                old = exc_details[1]
                e = new
                while True:
                    ctx = e.__context__
                    if ctx is old:
                        break
                    if ctx is None or ctx is outer:
                        e.__context__ = old
                        break
                    e = ctx
                pending = True
                exc_details = (type(new), new, new.__traceback__)
        if pending:
            exc = exc_details[1]
            # Raising here would chain the exception to the one handled
            # around us; keep the context built above.
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = ctx
                raise
        return received and suppressed
