# Functions reached through `from m import *` and `m.f(...)` with **kwargs take any arguments.
import _kwargs_and_star_mod as m
print(m.options(1), m.options(2, b=3, a=4))
from _kwargs_and_star_mod import *
print(join([1, 2, 3]), join("ab", sep="-", end="!"), join((1.5,), "/"))
print(scale(3), scale("ab", 3), scale([0], factor=2), scale(1.5))
