# typing: repr, equality, flattening and errors of the special forms and generic aliases
from typing import *
import typing

T = TypeVar("T")
K = TypeVar("K")
class Node:
    pass

print(Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Type, Callable)
print(Iterable, Iterator, Generator, Sequence, Mapping, Deque, DefaultDict, Counter)
print(NoReturn, Literal, Final, ClassVar, Never, Self, Hashable, Sized, ChainMap, OrderedDict)
forms = [
    List[int], List[List[int]], Optional[int], Union[int, str], Union[int, None],
    Union[None, int], Union[int, str, None], Union[int, Union[str, float]],
    Dict[str, int], Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool],
    Callable[..., int], Callable[[], None], Type[int], Type[Node], Literal["a", 1, None, True],
    Final[int], ClassVar[int], Deque[int], DefaultDict[str, List[int]], Counter[str],
    Iterable[int], Generator[int, None, None], Sequence[Node], Mapping[str, Any],
    List[None], List[T], Dict[K, T], Optional[List[int]], List["Node"], Optional["Node"],
    List[list[int]], Optional[int | str], Union[int, List[int]], Type[Any],
    Callable[[T], T], Literal[1, 1, True, "a"], Literal[Literal[1, 2], 3], Union[int, Any],
    List[Optional[Dict[str, Tuple[int, ...]]]], List[int] | None, T | None, int | List[int],
    Optional[T], Union[Literal[1], Literal[2]], Literal["a"] | None, Tuple[int, ...][()],
]
for f in forms:
    print(f)
print(Union[int], Union[int, int], Union[str, str, str])

# equality and hashing
print(List[int] == List[int], List[int] == List[str], List[int] == list[int], List == List)
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], Union[int, str] == (int | str))
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Callable[[int], str] == Callable[[int], str])
print(len({List[int], List[int], Union[int, str], Union[str, int], Dict[str, int]}))
print(List["Node"] == List["Node"], ForwardRef("X"), ForwardRef("X") == ForwardRef("X"))

# attributes
print(List[int].__origin__, List[int].__args__, List[T].__parameters__, Dict[T, int].__parameters__)
print(Union[int, str].__args__, Union[int, str].__origin__, Optional[int].__args__)
print(Callable[[int], str].__args__, Callable[..., str].__args__, Tuple[()].__args__)
print(Tuple[int, ...].__args__, Literal[1, 2].__args__, Final[int].__args__, Type[int].__origin__)
print(Union[T, List[K]].__parameters__, Callable[[T], K].__parameters__, List[int].__parameters__)
print(List.__origin__, Tuple.__origin__, Dict[str, int].__origin__, List[int].append is list.append)

def err(f):
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
err(lambda: List[int, str])
err(lambda: List[()])
err(lambda: Dict[int])
err(lambda: List[Optional])
err(lambda: List[Final[int]])
err(lambda: List[ClassVar])
err(lambda: List[Generic])
err(lambda: Optional[int, str])
err(lambda: Optional[()])
err(lambda: Union[()])
err(lambda: Callable[[int]])
err(lambda: Callable[int])
err(lambda: Tuple[int, ...][int])
err(lambda: List[int][str])
err(lambda: Literal[1][2])
err(lambda: Final[int, str])
err(lambda: ClassVar[Final[int]])
err(lambda: Type[int, str])
err(lambda: Hashable[int])
err(lambda: Generator[int])
err(lambda: NoReturn[int])
err(lambda: Any[int])
err(lambda: List[T][int, str])
err(lambda: Any())
err(lambda: NoReturn())
err(lambda: Union())
err(lambda: Optional())
err(lambda: List())
err(lambda: List[int]())
err(lambda: Dict[str, int]())
err(lambda: Tuple[int]())
err(lambda: Type())
err(lambda: List.__args__)
