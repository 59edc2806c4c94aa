# import a sibling module and use its functions, classes and globals.
import _geometry
print(round(_geometry.circle_area(2), 6), _geometry.square_area(3), _geometry.Rect(2, 5).area())
print(_geometry.PI_ROUNDED, _geometry.calls, _geometry._private, _geometry.__name__, _geometry.__doc__)
import _geometry
print("second import does not re-run the module:", _geometry.calls)
print(type(_geometry).__name__, hasattr(_geometry, "circle_area"), hasattr(_geometry, "nope"))
