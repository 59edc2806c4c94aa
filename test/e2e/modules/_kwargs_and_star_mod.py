# Helper module for star_import_and_kwargs.py.
def options(first, **kw):
    return first, sorted(kw.items())

def join(items, sep=", ", end=""):
    return sep.join(str(i) for i in items) + end

def scale(x, factor=2):
    return x * factor
