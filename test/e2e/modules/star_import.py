# from m import * binds the names in m.__all__, or every public global of m;
# the importer's functions see them as globals.
from _shapes import *
print(Square(5).area(), VERSION)
try:
    unit_square
except NameError as e:
    print("NameError:", e)
from _geometry import *
print(square_area(7), PI_ROUNDED, round(circle_area(1), 3), calls)
try:
    _private
except NameError as e:
    print("NameError:", e)
def uses_star_names():
    return square_area(2) + len("abc") + math.floor(2.5)
print(uses_star_names())
PI_ROUNDED = "rebound"
print(PI_ROUNDED)
from math import *
print(sqrt(16.0), floor(pi), round(e, 3), isinf(inf))
