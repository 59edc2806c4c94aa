from _circular_from_b import helper
VALUE = "a value"
