# typing: cast, overload, final, NewType, get_origin/get_args, assert_never, TYPE_CHECKING
import typing
from typing import (Callable, Dict, List, Literal, NewType, Optional, Tuple, Union,
                    TYPE_CHECKING, cast, final, get_args, get_origin, overload, TypeVar, Generic)

if TYPE_CHECKING:
    import not_a_real_module
print(TYPE_CHECKING)

print(cast(int, "not an int"), cast("List[int]", [1]), cast(List[int], None))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))

@overload
def only(x: int) -> int: ...
try:
    only(1)
except NotImplementedError as e:
    print("NotImplementedError", e)

@final
class Leaf:
    @final
    def f(self):
        return 1
print(Leaf.__final__, Leaf.f.__final__, Leaf().f())

UserId = NewType("UserId", int)
uid = UserId(5)
print(uid, type(uid).__name__, UserId.__supertype__, UserId.__name__)
def lookup(u: UserId) -> Optional[str]:
    return {5: "ann"}.get(u)
print(lookup(uid))

T = TypeVar("T")
class Box(Generic[T]):
    pass
for tp in [List[int], Dict[str, int], Union[int, str], Optional[int], Literal[1, 2],
           Tuple[()], Tuple[int, ...],
           int, list[int], int | str, List, typing.Final[int], typing.ClassVar[str],
           typing.Generic, Box[int], T, None]:
    print(get_origin(tp), get_args(tp))
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Callable[[], None]))

def check(x: Union[int, str]) -> str:
    if isinstance(x, int):
        return "int"
    elif isinstance(x, str):
        return "str"
    else:
        typing.assert_never(x)
print(check(1), check("a"))
try:
    typing.assert_never([1, 2])
except AssertionError as e:
    print("AssertionError", e)
try:
    typing.assert_never("x" * 200)
except AssertionError as e:
    print("AssertionError", len(str(e)))
print(typing.assert_type(5, int), typing.Text is str)
try:
    typing.ForwardRef(3)
except TypeError as e:
    print("TypeError", e)
