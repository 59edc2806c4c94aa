# Module objects: attributes, __dict__, setattr, dir() membership.
import _geometry
print(sorted(k for k in vars(_geometry) if not k.startswith("__")))
print("circle_area" in dir(_geometry), "__name__" in dir(_geometry), _geometry.__dict__ is vars(_geometry))
_geometry.new_attr = "set from outside"
setattr(_geometry, "other", 7)
print(_geometry.new_attr, getattr(_geometry, "other"), getattr(_geometry, "missing", "dflt"))
del _geometry.other
print(hasattr(_geometry, "other"))
import math
print(math.__name__, callable(math.sqrt), "pi" in dir(math))
print(__name__, "__builtins__" in globals(), __doc__)
