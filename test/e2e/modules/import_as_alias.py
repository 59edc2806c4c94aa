# import x as y, and aliasing stdlib modules.
import _geometry as geo
import math as m
from _geometry import Rect as R
print(geo.square_area(4), m.floor(2.5), R(1, 2).area(), geo.__name__)
import _geometry
print(geo is _geometry, R is _geometry.Rect)
import sys as system, math as mth
print(mth.sqrt(81), system.maxsize > 0)
