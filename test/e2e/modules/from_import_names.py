# from-import binds names directly; later rebinding is local to the importer.
from _geometry import circle_area, Rect, PI_ROUNDED as PI
from _geometry import calls
print(PI, Rect(3, 4).area(), round(circle_area(1), 5))
import _geometry
print("module calls:", _geometry.calls, "imported snapshot:", calls)
_geometry.PI_ROUNDED = 3.0
print(PI, _geometry.PI_ROUNDED)
from _geometry import *
print(square_area(7), "_private" in dir())
try:
    from _geometry import does_not_exist
except ImportError as e:
    print("ImportError for missing name:", type(e).__name__, e.name)
