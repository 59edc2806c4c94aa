# Function objects carry metadata and can hold arbitrary attributes.
def documented(a, b=2, *args, c=3, **kw) -> int:
    """Docstring here."""
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__, documented.__module__, documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
documented.counter = 0
documented.counter += 5
print(documented.counter, "counter" in documented.__dict__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc(), nodoc.__annotations__)
def annotated(x: int, y: "str" = "s") -> list[int]:
    return [x]
print(annotated.__annotations__)
class K:
    def method(self):
        "method doc"
print(K.method.__qualname__, K.method.__doc__, K().method.__name__)
