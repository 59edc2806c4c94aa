# typing (user program): a typed in-memory repository with Generic, Protocol, TypeVar, Callable and Optional
from typing import (Callable, Dict, Generic, Iterator, List, Optional, Protocol, Tuple,
                    TypeVar, Union, cast)

class HasId(Protocol):
    id: int

T = TypeVar("T")
K = TypeVar("K")

class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[int, T] = {}
        self._next = 1

    def add(self, make: Callable[[int], T]) -> T:
        item = make(self._next)
        self._items[self._next] = item
        self._next += 1
        return item

    def get(self, item_id: int) -> Optional[T]:
        return self._items.get(item_id)

    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [x for x in self._items.values() if pred(x)]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def group_by(self, key: Callable[[T], K]) -> Dict[K, List[T]]:
        out: Dict[K, List[T]] = {}
        for x in self:
            out.setdefault(key(x), []).append(x)
        return out

class Product:
    def __init__(self, id: int, name: str, price: float, tags: Tuple[str, ...] = ()) -> None:
        self.id = id
        self.name = name
        self.price = price
        self.tags = tags
    def __repr__(self) -> str:
        return f"Product({self.id}, {self.name!r}, {self.price})"

products: Repository[Product] = Repository[Product]()
for name, price, tags in [("pen", 1.5, ("office",)), ("lamp", 20.0, ("home", "office")),
                          ("mug", 6.0, ("home",)), ("desk", 150.0, ("office",))]:
    products.add(lambda i: Product(i, name, price, tags))

print(products.get(2), products.get(9))
print(products.find(lambda p: p.price < 10))
print({k: [p.name for p in v] for k, v in products.group_by(lambda p: p.tags[0]).items()})
print(type(products).__name__, products.__orig_class__)

Number = Union[int, float]
def total(items: List[Product], discount: Optional[Number] = None) -> float:
    s = sum(p.price for p in items)
    return s * (1 - discount) if discount else s
print(total(list(products)), total(list(products), 0.1))
print(total.__annotations__)

def first_id(xs: List[HasId]) -> int:
    return cast(HasId, xs[0]).id
print(first_id(list(products)))

Registry = Dict[str, Repository[T]]
print(Registry, Registry[Product], Repository[int] == Repository[int])
