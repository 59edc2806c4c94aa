# Importing a submodule binds it as an attribute of its package; packages
# run before their submodules; sys.modules has every level.
import sys
import _shapes._three_d._cube as cube_mod
print(cube_mod.__name__, "_shapes" in sys.modules)
import _shapes
print(_shapes._three_d._cube is cube_mod, _shapes._three_d.__name__, _shapes._flat.__name__)
print(sorted(n for n in sys.modules if n.startswith("_shapes")))
print(cube_mod.__file__.endswith("_cube.py"), _shapes.__file__.endswith("__init__.py"))
from _shapes import _common
from _shapes._three_d import _cube
print(_common is sys.modules["_shapes._common"], _cube is cube_mod)
def late():
    from _shapes import _flat as f
    return f.unit_square().area()
print(late(), __name__, __doc__)
