# abc.ABC and @abstractmethod (stdlib module abc).
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self):
        ...
class Impl(Base):
    def run(self):
        return "running"
print(Impl().run(), isinstance(Impl(), Base))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Partial(Base):
    pass
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
