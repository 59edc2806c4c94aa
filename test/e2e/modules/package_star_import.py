# from package import * honours __all__.
from _shapes import *
print(sorted(n for n in dir() if not n.startswith("__")))
print(Square(5).area(), VERSION)
try:
    unit_square
except NameError as e:
    print("NameError:", e)
