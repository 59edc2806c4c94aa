# Imports inside functions bind local names; modules are cached.
def use_geometry():
    import _geometry as g
    return g.square_area(6)
def use_from():
    from _geometry import Rect
    return Rect(2, 2).area()
print(use_geometry(), use_from(), use_geometry())
print("_geometry" in globals())
import sys
print("_geometry" in sys.modules)
