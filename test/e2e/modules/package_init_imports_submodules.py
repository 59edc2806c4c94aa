# A package's __init__ binds its submodules with `from pkg import sub` and
# `from . import sub`; the program calls their functions through the
# package with lists, tuples and generators.
import _tools

print(_tools.VERSION)
print(_tools.text.words(["a b", "c"]))
print(_tools.text.words(("x y z",)))
print(_tools.text.words(s for s in ["p q"]))
print(_tools.text.shout("hi"), _tools.text.shout("yo", times=2))
print(_tools.numbers.total([1, 2, 3]), _tools.numbers.total(range(4)))
from _tools import numbers
print(numbers.total({5: "a", 6: "b"}), numbers is _tools.numbers)
f = _tools.text.words
print(f(["one two"]), type(_tools.text).__name__, _tools.text.__name__)
