# typing: typing names in class-body and module annotations (ClassVar, Final, forward references)
from typing import ClassVar, Dict, Final, Generic, List, Optional, Protocol, Tuple, TypeVar

T = TypeVar("T")
MAX: Final = 100
table: Dict[str, List[int]] = {}

class Node(Generic[T]):
    value: T
    next: Optional["Node[T]"] = None
    count: ClassVar[int] = 0
    LIMIT: Final[int] = 10
    def __init__(self, v: T) -> None:
        self.value = v
        Node.count += 1

class Named(Protocol):
    name: str
    def describe(self) -> Tuple[str, int]: ...

for k, v in Node.__annotations__.items():
    print(k, v)
print(Named.__annotations__, Node.__parameters__)
a = Node[int](3)
a.next = Node(4)
print(a.value, a.next.value, a.__orig_class__, Node.count, Node.LIMIT, MAX)
