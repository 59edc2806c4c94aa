# Failing imports: missing modules, bad relative imports, bodies that raise
# (not cached: the next import runs them again), circular from-imports.
import sys
for attempt in range(2):
    try:
        import _raises_on_import
    except ZeroDivisionError as e:
        print("attempt", attempt, "failed:", e, "| cached:", "_raises_on_import" in sys.modules)
try:
    from . import _geometry
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name, e.path)
try:
    from .._shapes import Square
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import _no_such_package.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name, e.path, e.msg)
try:
    from _no_such_module import anything
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from _shapes import no_such_name
except ImportError as e:
    print(type(e).__name__, "| cannot import:", str(e).startswith("cannot import name 'no_such_name' from '_shapes' ("), e.name)
    print("path is the package's __init__:", e.path.endswith("__init__.py"))
import _circular_from_a
print(_circular_from_a.VALUE, _circular_from_a.helper())
print([name for name in sys.modules if name.startswith("_circular") or name.startswith("_shapes")])
