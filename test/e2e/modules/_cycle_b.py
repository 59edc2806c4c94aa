import _cycle_a
B_VALUE = "b"
seen_partial = hasattr(_cycle_a, "A_VALUE")
def from_a():
    return _cycle_a.A_VALUE
