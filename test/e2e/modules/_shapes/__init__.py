"""A package used by the package tests."""
print("_shapes package initialised")
from ._flat import Square, unit_square
VERSION = (1, 2)
__all__ = ["Square", "VERSION"]
