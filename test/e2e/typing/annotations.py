# typing: annotations built from typing names evaluate at def time and print like CPython's
from typing import (Any, Callable, ClassVar, DefaultDict, Deque, Dict, Final, FrozenSet,
                    Generator, Iterable, Iterator, List, Literal, Mapping, MutableMapping,
                    MutableSequence, NoReturn, Optional, Sequence, Set, Tuple, Type, Union,
                    Counter, TypeVar)
import typing

T = TypeVar("T")

def parse(text: str, sep: Optional[str] = None) -> List[int]:
    return [int(t) for t in text.split(sep)]

def group(pairs: Iterable[Tuple[str, int]]) -> Dict[str, List[int]]:
    out: Dict[str, List[int]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out

def apply(f: Callable[[int, int], int], xs: Sequence[int]) -> Union[int, None]:
    r = None
    for x in xs:
        r = x if r is None else f(r, x)
    return r

def fail(msg: str) -> NoReturn:
    raise RuntimeError(msg)

def gen(n: int) -> Generator[int, None, str]:
    yield from range(n)
    return "done"

def first(xs: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default

def mode(kind: Literal["r", "w"] = "r", *, extra: Dict[str, Any] = {}) -> Tuple[str, ...]:
    return (kind,) + tuple(extra)

print(parse("1 2 3"), group([("a", 1), ("b", 2), ("a", 3)]), apply(lambda a, b: a * b, [2, 3, 4]))
print(list(gen(3)), first([]), first("xy"), mode("w", extra={"x": 1}))
for f in (parse, group, apply, fail, gen, first, mode):
    print(f.__name__, f.__annotations__)

def many(a: Set[int], b: FrozenSet[str], c: Type[int], d: Deque[int], e: DefaultDict[str, int],
         f: Counter[str], g: Mapping[str, float], h: MutableMapping[str, bytes],
         i: MutableSequence[int], j: Iterator[str], k: Callable[..., None],
         l: Callable[[], List[Dict[str, Tuple[int, str]]]]) -> Tuple[()]:
    pass
for name, ann in many.__annotations__.items():
    print(name, ann)

class Config:
    # class-level annotations are not evaluated by adder; methods are
    def load(self, data: Optional[Dict[str, "Config"]] = None) -> "Config":
        return self
    def keys(self) -> Final[List[str]]:
        return []
    def count(self) -> ClassVar[int]:
        return 0
print(Config.load.__annotations__)
print(Config.keys.__annotations__["return"], Config.count.__annotations__["return"])
print(typing.Optional[int], typing.Union[int, str], typing.List[int], typing.Dict[str, int])
try:
    fail("stop")
except RuntimeError as e:
    print("RuntimeError", e)
