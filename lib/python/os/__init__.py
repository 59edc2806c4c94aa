# os: the parts of CPython 3.11's os that need no operating system
# (adder's standard library, written for adder): os.path's path
# arithmetic, the path constants, name and linesep, and fspath. Nothing
# here touches files, processes or the environment: getcwd, listdir,
# environ, getenv, remove and the rest are not provided, on any target.

import abc as _abc
from os import path

__all__ = ["path", "name", "linesep", "sep", "altsep", "extsep", "pathsep",
           "curdir", "pardir", "defpath", "devnull", "fspath", "PathLike"]

name = "posix"
linesep = "\n"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    r = method(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    if klass.__dict__["__fspath__"] is None:
                        return NotImplemented
                    return True
        return NotImplemented
