# typing: TypeVar, substitution of generic aliases, user generic classes (Generic[T]) and Protocol
from typing import Dict, Generic, List, Optional, Protocol, Tuple, TypeVar, Union, Callable
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V", bound=int)
S = TypeVar("S", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, V, S, Co, Contra, typing.AnyStr)
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__)
print(V.__bound__, S.__constraints__, Co.__covariant__, Contra.__contravariant__, T == T, T == K)
for args, kw in [(("X", int), {}), (("X",), {"covariant": True, "contravariant": True}),
                 (("X", int, str), {"bound": int})]:
    try:
        TypeVar(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# generic type aliases
Vector = List[T]
Table = Dict[str, List[T]]
Pair = Tuple[K, T]
Fn = Callable[[T], List[T]]
print(Vector[float], Table[int], Pair[str, int], Fn[int], Optional[List[T]][int])
print(Union[T, int][str], Union[T, int][int], Dict[T, List[T]][bytes], Tuple[T, ...][int])
print(Vector.__parameters__, Pair.__parameters__, Vector[float].__parameters__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def empty(self) -> bool:
        return not self.items

class Box(Generic[T]):
    def __init__(self, content: T):
        self.content = content
    def get(self) -> T:
        return self.content

class Mapping2(Generic[K, T]):
    pass

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.empty(), s.__orig_class__, type(s).__name__)
b = Box("hi")
print(b.get(), Box[str]("x").get(), Box[int], Box[List[int]], Mapping2[str, int], Stack[T])
print(Stack.__parameters__, Mapping2.__parameters__, Box.__mro__, Stack.__bases__)
print(Stack[int] == Stack[int], Stack[int] == Stack[str], Stack[int].__origin__ is Stack, Stack[int].__args__)
print(isinstance(s, Stack), isinstance(s, Generic), issubclass(Box, Generic))

class IntStack(Stack):
    pass
print(IntStack.__parameters__)
for f in (lambda: Stack[int, str], lambda: Mapping2[int], lambda: IntStack[int],
          lambda: Generic[int], lambda: Generic[T, T]):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

class SupportsClose(Protocol):
    def close(self) -> None:
        ...
class Resource(SupportsClose):
    def __init__(self, name: str):
        self.name = name
    def close(self) -> None:
        print("closing", self.name)
class Plain(SupportsClose):
    pass
def shutdown(items: List[SupportsClose]) -> int:
    for it in items:
        it.close()
    return len(items)
print(shutdown([Resource("a"), Resource("b")]))
print(SupportsClose._is_protocol, Resource._is_protocol, type(Plain()).__name__)
for f in (lambda: SupportsClose(), lambda: Plain(1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

class Comparable(Protocol[T]):
    def compare(self, other: T) -> int:
        ...
print(Comparable.__parameters__, Comparable[int])
