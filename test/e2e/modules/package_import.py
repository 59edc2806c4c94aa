# Packages: __init__ execution, submodules, relative imports.
import _shapes
print(_shapes.VERSION, _shapes.Square(3).area(), _shapes.unit_square().area(), _shapes.__doc__)
from _shapes._three_d import Cube, FACTOR
print(Cube(2).volume(), FACTOR)
import _shapes._three_d._cube
print(_shapes._three_d._cube.Cube(3).volume(), _shapes._three_d._cube.__name__)
from _shapes._flat import Square as Sq
print(Sq is _shapes.Square, _shapes._flat.__name__, _shapes._three_d.__name__)
import _shapes._common as common
common.FACTOR = 10
print(_shapes.Square(2).area(), Cube(1).volume())
