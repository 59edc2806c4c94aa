# abc: ABC mixed with __init_subclass__, multiple inheritance and builtin bases
from abc import ABC, abstractmethod

registry = []
class Plugin(ABC):
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry.append(name or cls.__name__)
    @abstractmethod
    def run(self):
        ...
class Loader(Plugin, name="loader"):
    def run(self):
        return "loading"
class Partial(Plugin):
    pass
print(registry, sorted(Loader.__abstractmethods__), sorted(Partial.__abstractmethods__))
print(Loader().run())
try:
    Partial()
except TypeError as e:
    print(e)

# an __init_subclass__ that does not call super() still gets checked
class Quiet(ABC):
    def __init_subclass__(cls):
        pass
    @abstractmethod
    def f(self):
        ...
class Sub(Quiet):
    pass
try:
    Sub()
except TypeError as e:
    print(e)

# abstract methods coming from two bases
class Readable(ABC):
    @abstractmethod
    def read(self):
        ...
class Writable(ABC):
    @abstractmethod
    def write(self, data):
        ...
class Stream(Readable, Writable):
    pass
class File(Stream):
    def __init__(self):
        self.buf = []
    def read(self):
        return "".join(self.buf)
    def write(self, data):
        self.buf.append(data)
for cls in (Stream, File):
    try:
        f = cls()
        f.write("abc")
        print(cls.__name__, f.read())
    except TypeError as e:
        print(e)

# CPython does not check when the class's __new__ comes from Exception, list or dict
class AppError(ABC, Exception):
    @abstractmethod
    def code(self):
        ...
print(repr(AppError("x")))
class Seq(ABC, list):
    @abstractmethod
    def total(self):
        ...
print(Seq([1, 2]), len(Seq("abc")))
class Mapping(ABC, dict):
    @abstractmethod
    def f(self):
        ...
print(Mapping(a=1))
