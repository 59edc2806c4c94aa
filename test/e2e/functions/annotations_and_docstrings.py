# Annotations are stored, not enforced; docstrings are the first statement.
def scale(v: float, k: float = 2.0) -> float:
    """Scale v by k.

    Second paragraph."""
    return v * k
print(scale("ab", 3), scale.__annotations__)
print(scale.__doc__.splitlines()[0], len(scale.__doc__.splitlines()))
x: int = "not an int"
y: list[str]
print(x, "y" in globals(), __annotations__)
class Model:
    """Model docstring."""
    name: str
    size: int = 3
print(Model.__annotations__, Model.__doc__, Model.size, hasattr(Model, "name"))
def not_doc():
    x = 1
    "this string is not a docstring"
print(not_doc.__doc__)
